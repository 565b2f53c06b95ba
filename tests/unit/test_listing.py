"""The activity list read through the driver (desktop/store/listing.py) equals the ORM's, record for record."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.demo import generate_portfolio
from desktop.services import Services, open_services
from desktop.services.portfolio import ActivitySummary
from desktop.store import listing, models
from desktop.store.repository import row_to_record
from sync import portfolio as vocab


def reference_summaries(services: Services, deleted: bool | None) -> list[ActivitySummary]:
    """The list as it was computed before the driver path: ORM rows through the generic record converter."""
    with services.db.reading() as s:
        table = models.Activity.__table__
        q = select(table.c.id, table.c.revision)  # the statement the list used, so SQLite's plan and order
        if deleted is True:
            q = q.where(models.Activity.deleted_at.is_not(None))
        elif deleted is False:
            q = q.where(models.Activity.deleted_at.is_(None))
        order = [i for i, _rev in s.execute(q)]
        rows = {r.id: r for r in s.scalars(select(models.Activity))}
        activities = [row_to_record(rows[i], "activity") for i in order]
        counts = dict(
            s.execute(
                select(models.ActivityEvidence.activity_id, func.count())
                .join(models.Evidence, models.Evidence.id == models.ActivityEvidence.evidence_id)
                .where(models.Evidence.deleted_at.is_(None))
                .group_by(models.ActivityEvidence.activity_id)
            ).all()
        )
        reflected = set(
            s.scalars(
                select(models.Reflection.activity_id).where(
                    models.Reflection.deleted_at.is_(None), models.Reflection.activity_id.is_not(None)
                )
            )
        )
    activities.sort(key=lambda a: (-a.start.toordinal(), a.title))
    return [ActivitySummary(a, counts.get(a.id, 0), a.id in reflected) for a in activities]


def assert_same(got: list[ActivitySummary], want: list[ActivitySummary]) -> None:
    assert [x.activity.id for x in got] == [x.activity.id for x in want]  # same order, ties included
    for g, w in zip(got, want, strict=True):
        assert g == w
        # Not only equal: the same attributes with the same types (a str where a date belongs compares unequal
        # anyway, but an int where a float belongs would not), and the same hash.
        assert vars(g.activity) == vars(w.activity)
        assert {k: type(v) for k, v in vars(g.activity).items()} == {k: type(v) for k, v in vars(w.activity).items()}
        assert hash(g.activity) == hash(w.activity)
        assert isinstance(g.activity, vocab.Activity) and g.activity.ru == w.activity.ru


@pytest.fixture(scope="module")
def realistic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A generated portfolio of 700 activities (more than the 500 from which the whole table is read) with
    evidence and reflections, then some trashed activities, a trashed evidence file, a trashed reflection,
    equal titles on equal days (the sort's ties), several domains and SBL competences, and no end date."""
    data_dir = tmp_path_factory.mktemp("listing") / "portfolio"
    with open_services(data_dir) as services:
        acts = generate_portfolio(services, activities=700, evidence_files=40, seed=7, today=dt.date(2025, 3, 1))
        svc = services.portfolio
        for a in acts[::50]:
            svc.delete_activity(a.id)
        # Three files on one live activity, so two stay for certain (the generator spreads 40 at random, and the
        # evidence trashed below is whichever has the smallest random id).
        deleted_ids = {a.id for a in acts[::50]}
        several = next(a for a in acts if not a.planned and a.id not in deleted_ids)
        for n in range(3):
            extra = data_dir.parent / f"bewijs-{n}.txt"
            extra.write_text(f"bewijsstuk {n}", "utf-8")
            svc.attach_evidence(several.id, extra, kind=vocab.EvidenceKind.OVERIG)
        twin = dict(
            title="Studiedag ‘formatief’ — Ω",
            start=dt.date(2024, 9, 2),
            contact_hours=3,
            domains=(vocab.Domain.VAKDIDACTISCH,),
        )
        svc.create_activities(
            [
                vocab.Activity(type=vocab.ActivityType.OPLEIDING, **twin),  # type: ignore[arg-type]
                vocab.Activity(type=vocab.ActivityType.BINNEN_SCHOOL, **twin),  # type: ignore[arg-type]
                vocab.Activity(
                    title="Oud scholingstraject",
                    type=vocab.ActivityType.OPLEIDING,
                    start=dt.date(2015, 1, 5),
                    end=None,
                    contact_hours=1.25,
                    self_study_hours=7,
                    domains=(vocab.Domain.VAKINHOUDELIJK, vocab.Domain.PEDAGOGISCH),
                    sbl_competences=(vocab.SblCompetence.INTERPERSOONLIJK, vocab.SblCompetence.PEDAGOGISCH),
                    validated_code="RL-2015-00001",
                    status=vocab.ActivityStatus.PLANNED,
                    origin=vocab.Origin.TRANSFER,
                ),
            ]
        )
        with services.db.reading() as s:
            evidence_id = s.scalars(select(models.Evidence.id).order_by(models.Evidence.id)).first()
            reflection_id = s.scalars(select(models.Reflection.id).order_by(models.Reflection.id)).first()
        assert evidence_id is not None and reflection_id is not None
        svc.delete_record("evidence", evidence_id)
        svc.delete_record("reflection", reflection_id)
    yield data_dir


def test_the_portfolio_has_what_the_comparison_needs(realistic: Path) -> None:
    with open_services(realistic) as services:
        summaries = services.portfolio.activity_summaries(include_deleted=True)
        with services.db.reading() as s:
            trashed_evidence = s.scalar(select(func.count()).where(models.Evidence.deleted_at.is_not(None)))
            trashed_reflections = s.scalar(select(func.count()).where(models.Reflection.deleted_at.is_not(None)))
    acts = [x.activity for x in summaries]
    assert len(acts) > listing.WHOLE_TABLE_FROM
    assert any(a.planned for a in acts) and any(a.validated for a in acts) and any(a.end is None for a in acts)
    assert any(len(a.domains) > 1 for a in acts) and any(a.sbl_competences for a in acts)
    assert any(x.evidence_count > 1 for x in summaries) and any(x.has_reflection for x in summaries)
    assert trashed_evidence == 1 and trashed_reflections == 1
    keys = [(a.start, a.title) for a in acts]
    assert len(set(keys)) < len(keys)  # ties, so the order among equals is compared too
    assert listing.FAST_CONSTRUCTION  # a field added to Activity must be added to listing._FILLED too


@pytest.mark.parametrize(
    ("kwargs", "deleted"),
    [({}, False), ({"include_deleted": True}, None), ({"only_deleted": True}, True)],
)
def test_summaries_equal_the_orm_reference_cold_and_warm(
    realistic: Path, kwargs: dict[str, bool], deleted: bool | None
) -> None:
    with open_services(realistic) as services:
        want = reference_summaries(services, deleted)
        assert want
        assert_same(services.portfolio.activity_summaries(**kwargs), want)  # cold: the whole table
        assert_same(services.portfolio.activity_summaries(**kwargs), want)  # warm: from the cache


def test_the_ordinary_constructor_gives_the_same_records(realistic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback when Activity's fields no longer match the fast path's list."""
    monkeypatch.setattr(listing, "FAST_CONSTRUCTION", False)
    with open_services(realistic) as services:
        assert_same(services.portfolio.activity_summaries(), reference_summaries(services, False))


def test_changes_since_the_last_list_are_read_again(tmp_path: Path) -> None:
    """Edits, trash, restore, evidence and reflections show in the next list: the few changed rows are
    read by id, and records built by the fast path behave like any other (replace, edit, compare)."""
    with open_services(tmp_path / "portfolio") as services:
        acts = generate_portfolio(services, activities=60, evidence_files=6, seed=3, today=dt.date(2025, 3, 1))
        svc = services.portfolio
        first = svc.activity_summaries()
        assert_same(first, reference_summaries(services, False))
        listed = {x.activity.id: x.activity for x in first}
        edited = dataclasses.replace(listed[acts[0].id], title="Anders genoemd", contact_hours=2.5)
        svc.save_activity(edited)
        svc.delete_activity(acts[1].id)
        svc.set_reflection(acts[2].id, vocab.ReflectionModelId.VRIJ, {"tekst": "Ik deed het."})
        new = vocab.Activity(
            title="Nieuw",
            type=vocab.ActivityType.ZELFSTUDIE,
            start=dt.date(2025, 2, 1),
            self_study_hours=4,
            domains=(vocab.Domain.PEDAGOGISCH,),
        )
        svc.create_activity(new)
        after = svc.activity_summaries()
        assert_same(after, reference_summaries(services, False))
        by_id = {x.activity.id: x for x in after}
        assert by_id[acts[0].id].activity == edited and acts[1].id not in by_id and new.id in by_id
        assert by_id[acts[2].id].has_reflection
        svc.restore_activity(acts[1].id)
        assert_same(svc.activity_summaries(), reference_summaries(services, False))
        assert_same(svc.activity_summaries(only_deleted=True), reference_summaries(services, True))


def test_a_second_process_writing_is_noticed(realistic: Path, tmp_path: Path) -> None:
    """The cache is keyed by revision, whoever wrote: another open of the same folder edits a row."""
    with open_services(realistic) as one, open_services(realistic) as other:
        before = one.portfolio.activity_summaries()
        target = before[3].activity
        other.portfolio.update_activity(target.id, title=target.title + " (bijgewerkt)")
        after = one.portfolio.activity_summaries()
        assert_same(after, reference_summaries(one, False))
        assert {x.activity.id: x.activity.title for x in after}[target.id].endswith("(bijgewerkt)")
        other.portfolio.update_activity(target.id, title=target.title)  # the module's portfolio as it was

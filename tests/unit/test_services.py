"""Use cases over a real store: changes, the trash, evidence, reflections, history and the outbox."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from desktop.services import Services, open_services
from desktop.services.portfolio import NotFound
from sync import portfolio as v
from sync.rules import RulesetError, compute_progress, load_ruleset


def new_activity(**kw: object) -> v.Activity:
    base: dict[str, object] = dict(
        title="Studiedag passend onderwijs", type=v.ActivityType.STUDIEDAG, start=dt.date(2023, 10, 4),
        contact_hours=6.0, self_study_hours=1.0, domains=(v.Domain.PEDAGOGISCH,),
    )
    base.update(kw)
    return v.Activity(**base)  # type: ignore[arg-type]


def log_ops(services: Services) -> list[tuple[str, str, list[str]]]:
    return [(c["record_type"], c["op"], c["fields"]) for c in reversed(services.portfolio.change_log())]


def test_create_edit_and_the_change_log_names_fields_time_and_device(services: Services) -> None:
    svc = services.portfolio
    a = svc.create_activity(new_activity())
    assert svc.get_activity(a.id) == a
    svc.update_activity(a.id, title="Studiedag inclusief onderwijs", contact_hours=5.5)
    changes = svc.change_log()
    assert changes[0]["op"] == "update" and changes[0]["fields"] == ["contact_hours", "title"]
    assert changes[0]["device_id"] == services.device_id and changes[0]["record_id"] == a.id
    assert changes[1]["op"] == "create"
    assert svc.pending_changes() == 2
    history = svc.history("activity", a.id)
    assert [h["data"]["title"] for h in history] == ["Studiedag passend onderwijs"]
    assert history[0]["revision"] == 1 and history[0]["reason"] == "edit"
    # saving the same content again changes nothing and logs nothing
    assert svc.save_activity(svc.get_activity(a.id)) == []
    assert svc.pending_changes() == 2


def test_invalid_records_are_refused_and_nothing_is_written(services: Services) -> None:
    svc = services.portfolio
    with pytest.raises(v.ValidationError):
        svc.create_activity(new_activity(contact_hours=-2.0))
    a = svc.create_activity(new_activity())
    with pytest.raises(v.ValidationError):
        svc.update_activity(a.id, end=dt.date(2020, 1, 1))
    assert svc.get_activity(a.id).end is None
    assert svc.pending_changes() == 1


def test_delete_goes_to_the_trash_and_restores(services: Services) -> None:
    svc = services.portfolio
    a = svc.create_activity(new_activity())
    svc.delete_activity(a.id)
    assert svc.list_activities() == [] and [t.id for t in svc.trash()] == [a.id]
    with pytest.raises(NotFound):
        svc.get_activity(a.id)
    assert svc.get_activity(a.id, include_deleted=True) == a
    svc.restore_activity(a.id)
    assert [x.id for x in svc.list_activities()] == [a.id] and svc.trash() == []
    ops = [op for (_t, op, _f) in log_ops(services)]
    assert ops == ["create", "delete", "restore"]
    assert [h["reason"] for h in svc.history("activity", a.id)] == ["delete", "restore"]


def test_evidence_is_stored_once_and_can_support_several_activities(services: Services, tmp_path: Path) -> None:
    svc = services.portfolio
    a = svc.create_activity(new_activity())
    b = svc.create_activity(new_activity(title="Vervolgbijeenkomst"))
    f = tmp_path / "bewijs van deelname.pdf"
    f.write_bytes(b"%PDF-1.4 deelname")
    e1 = svc.attach_evidence(a.id, f, kind=v.EvidenceKind.DEELNAME, issued_on=dt.date(2023, 10, 4))
    e2 = svc.attach_evidence(b.id, f)
    assert e1.id == e2.id and set(e2.activity_ids) == {a.id, b.id}
    assert e1.media_type == "application/pdf" and e1.size == len(b"%PDF-1.4 deelname")
    assert list(services.blobs.iter_hashes()) == [e1.sha256]
    assert [s.evidence_count for s in svc.activity_summaries()] == [1, 1]
    svc.detach_evidence(a.id, e1.id)
    assert svc.evidence_for(a.id) == [] and [e.id for e in svc.evidence_for(b.id)] == [e1.id]
    svc.detach_evidence(b.id, e1.id)
    assert svc.list_evidence() == []  # unused evidence goes to the trash, the file stays
    assert services.blobs.exists(e1.sha256)
    again = svc.link_evidence(a.id, e1.id)  # undo
    assert again.activity_ids == (a.id,) and svc.list_evidence()[0].id == e1.id
    with pytest.raises(NotFound):
        svc.attach_evidence("no-such-activity", f)


def test_reflection_is_kept_per_activity_with_every_version(services: Services) -> None:
    svc = services.portfolio
    a = svc.create_activity(new_activity())
    svc.set_reflection(a.id, "vrij", {"tekst": "eerste versie"})
    r = svc.set_reflection(a.id, v.ReflectionModelId.ALACT, {"handelen": "tweede", "uitproberen": "straks"})
    assert svc.reflection_for(a.id) == r
    assert [h["data"]["answers"] for h in svc.history("reflection", r.id)] == [{"tekst": "eerste versie"}]
    with pytest.raises(v.ValidationError):
        svc.set_reflection(a.id, "starr", {"handelen": "wrong model"})
    assert svc.reflection_for(a.id) == r


def test_dossier_and_progress_equal_the_rules(services: Services) -> None:
    svc = services.portfolio
    assert svc.progress() is None
    svc.set_profile(name="Piet Puk", sectors=["vo"], register_number="RL-1")
    svc.save_record(v.School(name="Het Lyceum", place="Zwolle", brin="12AB"))
    svc.save_record(v.WorkPeriod(school="Het Lyceum", start=dt.date(2021, 8, 1), end=dt.date(2022, 7, 31), hours=700))
    cycle = svc.set_cycle(dt.date(2021, 8, 1))
    acts = [svc.create_activity(new_activity(contact_hours=float(i), start=dt.date(2022, 1, i))) for i in range(1, 9)]
    svc.create_activity(new_activity(status=v.ActivityStatus.PLANNED, start=dt.date(2024, 1, 1)))
    p = svc.progress(today=dt.date(2024, 1, 1))
    assert p is not None
    expected = compute_progress(load_ruleset("registerleraar"), cycle, svc.list_activities(), [v.Sector.VO],
                                svc.work_periods(), today=dt.date(2024, 1, 1))
    assert p.to_dict() == expected.to_dict()
    assert p.total_ru == sum(a.ru for a in acts) and p.work_hours == 700
    with pytest.raises(RulesetError):
        svc.set_cycle(dt.date(2021, 8, 1), "does_not_exist")
    assert svc.set_cycle(dt.date(2022, 8, 1), "lerarenregister").id == cycle.id
    assert [s.name for s in svc.schools()] == ["Het Lyceum"]


def test_changes_survive_closing_and_reopening(data_dir: Path, tmp_path: Path) -> None:
    with open_services(data_dir) as s:
        a = s.portfolio.create_activity(new_activity())
        f = tmp_path / "foto.png"
        f.write_bytes(b"\x89PNG fake")
        e = s.portfolio.attach_evidence(a.id, f, kind=v.EvidenceKind.FOTO)
        device = s.device_id
    with open_services(data_dir) as s:
        assert s.device_id == device
        assert s.portfolio.get_activity(a.id) == a
        assert s.portfolio.evidence_for(a.id)[0] == dataclasses.replace(e)
        assert s.portfolio.check().ok


def test_check_reports_corrupted_and_missing_evidence(services: Services, tmp_path: Path) -> None:
    svc = services.portfolio
    a = svc.create_activity(new_activity())
    f1, f2 = tmp_path / "a.pdf", tmp_path / "b.pdf"
    f1.write_bytes(b"one")
    f2.write_bytes(b"two")
    e1 = svc.attach_evidence(a.id, f1)
    e2 = svc.attach_evidence(a.id, f2)
    p1 = services.blobs.path_for(e1.sha256)
    p1.chmod(0o644)
    p1.write_bytes(b"0ne")
    services.blobs.path_for(e2.sha256).unlink()
    report = svc.check()
    assert not report.ok and report.corrupted == (e1.sha256,) and report.missing == (e2.sha256,)

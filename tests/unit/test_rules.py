"""The rules at their edges: which activities count, and each requirement's standing."""

from __future__ import annotations

import datetime as dt

import pytest

from sync import portfolio as v
from sync.rules import (
    RulesetError,
    builtin_ruleset_ids,
    compute_progress,
    domain_shares,
    load_ruleset,
    map_competences,
    parse_ruleset,
)

CYCLE = v.Cycle(start=dt.date(2020, 8, 1))  # runs to 2024-07-31
TODAY = dt.date(2024, 5, 1)
RL = load_ruleset("registerleraar")


def act(ru: float, *domains: v.Domain, start: dt.date = dt.date(2022, 1, 10), end: dt.date | None = None,
        planned: bool = False, contact_share: float = 1.0, **kw: object) -> v.Activity:
    contact = round(ru * contact_share, 2)
    return v.Activity(
        title="A",
        type=v.ActivityType.CURSUS,
        start=start,
        end=end,
        contact_hours=contact,
        self_study_hours=round(ru - contact, 2),
        domains=domains or (v.Domain.VAKINHOUDELIJK,),
        status=v.ActivityStatus.PLANNED if planned else v.ActivityStatus.COMPLETED,
        **kw,  # type: ignore[arg-type]
    )


def req(progress, req_id: str):  # type: ignore[no-untyped-def]
    return next(r for r in progress.requirements if r.id == req_id)


def progress_of(activities: list[v.Activity], sectors=(v.Sector.VO,), periods=()):  # type: ignore[no-untyped-def]
    return compute_progress(RL, CYCLE, activities, sectors, periods, today=TODAY)


def test_builtin_rulesets_are_data_files() -> None:
    assert builtin_ruleset_ids() == ["lerarenregister", "registerleraar"]
    assert not RL.provisional and RL.cycle_years == 4
    lr = load_ruleset("lerarenregister")
    assert lr.provisional
    assert [(r.id, r.minimum) for r in lr.requirements] == [(r.id, r.minimum) for r in RL.requirements]
    assert {r.id: r.minimum for r in RL.requirements} == {
        "total_ru": 160, "primary_process_ru": 100, "vo_vakinhoudelijk_ru": 40, "work_hours": 1328,
    }


def test_159_and_a_half_ru_is_not_160() -> None:
    p = progress_of([act(100, v.Domain.VAKINHOUDELIJK), act(59.5, v.Domain.PROFESSIONEEL_HANDELEN)])
    total = req(p, "total_ru")
    assert (total.achieved, total.met, total.short_by) == (159.5, False, 0.5)
    p = progress_of([act(100, v.Domain.VAKINHOUDELIJK), act(60, v.Domain.PROFESSIONEEL_HANDELEN)])
    assert req(p, "total_ru").met and req(p, "total_ru").short_by == 0


def test_99_against_100_on_the_primary_process() -> None:
    p = progress_of([act(33, v.Domain.VAKINHOUDELIJK), act(33, v.Domain.VAKDIDACTISCH),
                     act(33, v.Domain.PEDAGOGISCH), act(80, v.Domain.PROFESSIONEEL_HANDELEN)])
    primary = req(p, "primary_process_ru")
    assert (primary.achieved, primary.met, primary.short_by) == (99, False, 1)
    assert req(p, "total_ru").met  # 179 in all: only the primary process falls short
    p = progress_of([act(34, v.Domain.VAKINHOUDELIJK), act(33, v.Domain.VAKDIDACTISCH),
                     act(33, v.Domain.PEDAGOGISCH)])
    assert req(p, "primary_process_ru").met


def test_vo_teacher_with_39_ru_vakinhoudelijk_falls_short() -> None:
    p = progress_of([act(39, v.Domain.VAKINHOUDELIJK), act(130, v.Domain.PEDAGOGISCH)], sectors=(v.Sector.VO,))
    vo = req(p, "vo_vakinhoudelijk_ru")
    assert (vo.achieved, vo.met, vo.short_by) == (39, False, 1)
    p = progress_of([act(40, v.Domain.VAKINHOUDELIJK)], sectors=(v.Sector.VO,))
    assert req(p, "vo_vakinhoudelijk_ru").met


def test_po_teacher_with_no_vakinhoudelijk_has_no_vo_requirement() -> None:
    p = progress_of([act(160, v.Domain.PEDAGOGISCH)], sectors=(v.Sector.PO,))
    assert "vo_vakinhoudelijk_ru" not in {r.id for r in p.requirements}
    assert req(p, "total_ru").met and req(p, "primary_process_ru").met
    # a teacher in both PO and VO does get it
    p = progress_of([act(160, v.Domain.PEDAGOGISCH)], sectors=(v.Sector.PO, v.Sector.VO))
    assert not req(p, "vo_vakinhoudelijk_ru").met


def test_first_and_last_day_count_and_the_days_outside_do_not() -> None:
    first = act(10, start=CYCLE.start)
    last = act(20, start=CYCLE.end)
    before = act(40, start=CYCLE.start - dt.timedelta(days=1))
    after = act(80, start=CYCLE.end + dt.timedelta(days=1))
    p = progress_of([first, last, before, after])
    assert p.total_ru == 30
    assert set(p.counted) == {first.id, last.id}
    assert p.excluded == {before.id: "before_cycle", after.id: "after_cycle"}


def test_an_activity_counts_where_it_ends() -> None:
    straddling = act(12, start=CYCLE.start - dt.timedelta(days=30), end=CYCLE.start + dt.timedelta(days=5))
    leaving = act(7, start=CYCLE.end - dt.timedelta(days=3), end=CYCLE.end + dt.timedelta(days=3))
    p = progress_of([straddling, leaving])
    assert p.counted == (straddling.id,) and p.excluded == {leaving.id: "after_cycle"}


def test_planned_activities_do_not_count() -> None:
    planned = act(50, planned=True)
    p = progress_of([planned, act(10)])
    assert p.total_ru == 10 and p.excluded == {planned.id: "planned"}


def test_several_domains_split_equally_and_domains_add_up_to_the_total() -> None:
    a = act(30, v.Domain.VAKINHOUDELIJK, v.Domain.PEDAGOGISCH, v.Domain.PROFESSIONEEL_HANDELEN)
    p = progress_of([a, act(5, v.Domain.VAKDIDACTISCH, start=dt.date(2023, 3, 3))])
    assert p.ru_by_domain[v.Domain.VAKINHOUDELIJK] == 10
    assert p.ru_by_domain[v.Domain.PROFESSIONEEL_HANDELEN] == 10
    assert sum(p.ru_by_domain.values()) == p.total_ru == 35
    assert p.ru_by_domain_year[2022][v.Domain.PEDAGOGISCH] == 10
    assert p.ru_by_domain_year[2023][v.Domain.VAKDIDACTISCH] == 5
    assert req(p, "primary_process_ru").achieved == 25


def test_validated_ru_are_counted_apart() -> None:
    p = progress_of([act(10, validated_code="RL-1"), act(5)])
    assert p.validated_ru == 10 and p.total_ru == 15


def test_work_hours_count_in_proportion_to_the_overlap() -> None:
    inside = v.WorkPeriod(school="S", start=dt.date(2021, 8, 1), end=dt.date(2022, 7, 31), hours=700)
    half = v.WorkPeriod(school="S", start=dt.date(2024, 8, 1) - dt.timedelta(days=366),
                        end=dt.date(2025, 7, 31), hours=732)  # 731 days; 366 of them in the cycle
    p = progress_of([], periods=[inside, half])
    assert p.work_hours == pytest.approx(700 + 732 * 366 / 731, abs=0.01)
    assert not req(p, "work_hours").met
    p = progress_of([], periods=[v.WorkPeriod(school="S", start=CYCLE.start, end=CYCLE.end, hours=1328)])
    assert req(p, "work_hours").met


def test_sbl_mapping_follows_design_and_flags_competence_3() -> None:
    s = v.SblCompetence
    d = v.Domain
    assert map_competences([s.INTERPERSOONLIJK, s.PEDAGOGISCH]) == ((d.PEDAGOGISCH,), [])
    assert map_competences([s.ORGANISATORISCH]) == ((d.VAKDIDACTISCH,), [])
    assert map_competences([s.COLLEGAS, s.OMGEVING, s.REFLECTIE]) == ((d.PROFESSIONEEL_HANDELEN,), [])
    assert map_competences([s.VAKINHOUDELIJK_DIDACTISCH]) == ((), [s.VAKINHOUDELIJK_DIDACTISCH])
    chosen = map_competences([s.VAKINHOUDELIJK_DIDACTISCH], {s.VAKINHOUDELIJK_DIDACTISCH: [d.VAKINHOUDELIJK]})
    assert chosen == ((d.VAKINHOUDELIJK,), [])
    both = map_competences([s.VAKINHOUDELIJK_DIDACTISCH],
                           {s.VAKINHOUDELIJK_DIDACTISCH: [d.VAKDIDACTISCH, d.VAKINHOUDELIJK]})
    assert both == ((d.VAKINHOUDELIJK, d.VAKDIDACTISCH), [])
    with pytest.raises(ValueError):
        map_competences([s.VAKINHOUDELIJK_DIDACTISCH], {s.VAKINHOUDELIJK_DIDACTISCH: [d.PEDAGOGISCH]})


def test_an_old_activity_with_only_sbl_tags_counts_through_the_mapping() -> None:
    old = v.Activity(title="SBL", type=v.ActivityType.CURSUS, start=dt.date(2021, 1, 1), contact_hours=20,
                     sbl_competences=(v.SblCompetence.VAKINHOUDELIJK_DIDACTISCH, v.SblCompetence.REFLECTIE))
    assert domain_shares(old) == {v.Domain.VAKINHOUDELIJK: 0.25, v.Domain.VAKDIDACTISCH: 0.25,
                                  v.Domain.PROFESSIONEEL_HANDELEN: 0.5}
    p = progress_of([old])
    assert p.total_ru == 20 and req(p, "primary_process_ru").achieved == 10


def test_a_school_can_ship_its_own_ruleset_and_errors_name_the_problem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "schoolbeleid.toml").write_text(
        'id = "schoolbeleid"\ncycle_years = 2\n[name]\nnl = "Schoolbeleid"\nen = "School policy"\n'
        '[[requirements]]\nid = "total_ru"\nkind = "ru"\nminimum = 40\n'
        '[requirements.label]\nnl = "Uren"\nen = "Hours"\n',
        "utf-8",
    )
    rs = load_ruleset("schoolbeleid", [tmp_path])
    assert rs.cycle_years == 2 and rs.requirements[0].minimum == 40
    with pytest.raises(RulesetError, match="unknown ruleset 'nope'"):
        load_ruleset("nope")
    with pytest.raises(RulesetError, match="kind must be"):
        parse_ruleset('id="x"\n[name]\nnl="a"\nen="b"\n[[requirements]]\nid="r"\nkind="x"\nminimum=1\n')
    with pytest.raises(RulesetError, match="minimum cannot be negative"):
        parse_ruleset('id="x"\n[name]\nnl="a"\nen="b"\n[[requirements]]\nid="r"\nkind="ru"\nminimum=-1\n'
                      '[requirements.label]\nnl="a"\nen="b"\n')
    with pytest.raises(RulesetError, match="<ruleset>"):
        parse_ruleset("id = ")

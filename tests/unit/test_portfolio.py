"""The vocabulary: enumerations, validation messages, and lossless conversion to plain data."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync import portfolio as v


def activity(**kw: object) -> v.Activity:
    base: dict[str, object] = dict(
        title="Cursus formatief evalueren",
        type=v.ActivityType.CURSUS,
        start=dt.date(2022, 3, 1),
        end=dt.date(2022, 4, 1),
        contact_hours=12.0,
        self_study_hours=4.5,
        domains=(v.Domain.VAKDIDACTISCH,),
    )
    base.update(kw)
    return v.Activity(**base)  # type: ignore[arg-type]


def codes(issues: list[v.ValidationIssue]) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in issues}


def test_seven_activity_types_and_four_domains_with_both_languages() -> None:
    assert len(v.ActivityType) == 7
    assert v.ActivityType.ZELFSTUDIE.label("nl") == "Professionele zelfstudie"
    assert v.ActivityType.ZELFSTUDIE.label("en") == "Professional self-study"
    assert [d.value for d in v.Domain] == ["vakinhoudelijk", "vakdidactisch", "pedagogisch", "professioneel_handelen"]
    assert len(v.SblCompetence) == 7 and [c.number for c in v.SblCompetence] == [1, 2, 3, 4, 5, 6, 7]
    assert {s.value for s in v.Sector} == {"po", "so", "vo", "mbo"}
    for enum_cls in (v.ActivityType, v.Domain, v.SblCompetence, v.Sector, v.EvidenceKind, v.ReflectionModelId):
        for member in enum_cls:
            assert member.label("nl") and member.label("en")


def test_parse_accepts_stable_ids_and_names_the_choices() -> None:
    assert v.ActivityType.parse("Cursus") is v.ActivityType.CURSUS
    assert v.Domain.parse("professioneel-handelen") is v.Domain.PROFESSIONEEL_HANDELEN
    with pytest.raises(ValueError, match="choose one of: opleiding, cursus"):
        v.ActivityType.parse("workshop")


def test_reflection_models_are_data_with_prompts_in_both_languages() -> None:
    alact = v.REFLECTION_MODELS[v.ReflectionModelId.ALACT]
    expected = ["handelen", "terugblikken", "bewustwording", "alternatieven", "uitproberen"]
    assert [p.id for p in alact.prompts] == expected
    starr = v.REFLECTION_MODELS[v.ReflectionModelId.STARR]
    assert [p.id for p in starr.prompts] == ["situatie", "taak", "actie", "resultaat", "reflectie", "transfer"]
    for model in v.REFLECTION_MODELS.values():
        for p in model.prompts:
            assert p.label("nl") and p.label("en") and p.help("nl") and p.help("en")


def test_valid_activity_and_ru_is_contact_plus_self_study() -> None:
    a = activity()
    assert a.validate() == []
    assert a.ru == 16.5


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": "  "}, ("title", "required")),
        ({"end": dt.date(2022, 2, 28)}, ("end", "end_before_start")),
        ({"contact_hours": -1.0}, ("contact_hours", "hours_negative")),
        ({"self_study_hours": -0.5}, ("self_study_hours", "hours_negative")),
        ({"contact_hours": 5000.0}, ("contact_hours", "hours_too_large")),
        ({"contact_hours": float("nan")}, ("contact_hours", "hours_invalid")),
        ({"contact_hours": 1.234}, ("contact_hours", "hours_precision")),
        ({"contact_hours": 0.0, "self_study_hours": 0.0}, ("contact_hours", "no_hours")),
        ({"domains": ()}, ("domains", "required")),
        ({"domains": (v.Domain.PEDAGOGISCH, v.Domain.PEDAGOGISCH)}, ("domains", "duplicate")),
        ({"start": dt.date(1899, 1, 1), "end": None}, ("start", "date_out_of_range")),
        ({"validated_code": " "}, ("validated_code", "required")),
    ],
)
def test_invalid_activities_name_the_field_in_dutch_and_english(
    changes: dict[str, object], expected: tuple[str, str]
) -> None:
    issues = activity(**changes).validate()
    assert expected in codes(issues)
    issue = next(i for i in issues if (i.field, i.code) == expected)
    assert issue.message("nl") != issue.message("en")
    with pytest.raises(v.ValidationError) as err:
        activity(**changes).check()
    assert expected in codes(err.value.issues)


def test_planned_activity_may_have_no_hours_yet() -> None:
    assert activity(contact_hours=0.0, self_study_hours=0.0, status=v.ActivityStatus.PLANNED).validate() == []


def test_dossier_records_validate() -> None:
    assert v.School(name="Het Lyceum", brin="12AB").validate() == []
    assert ("brin", "brin_invalid") in codes(v.School(name="X", brin="ABCD").validate())
    assert ("name", "required") in codes(v.Profile().validate())
    wp = v.WorkPeriod(school="X", start=dt.date(2020, 8, 1), end=dt.date(2020, 7, 1), hours=-3)
    assert {("end", "end_before_start"), ("hours", "hours_negative")} <= codes(wp.validate())
    assert ("subject", "required") in codes(v.Qualification(sector=v.Sector.VO, subject="").validate())
    bad = v.Reflection(model=v.ReflectionModelId.STARR, answers={"handelen": "x"}, activity_id="a")
    assert ("answers", "unknown_prompt") in codes(bad.validate())
    bad_hash = v.Evidence(sha256="xyz", filename="a.pdf", size=1, media_type="x")
    assert ("sha256", "hash_invalid") in codes(bad_hash.validate())


def test_cycle_end_is_the_day_before_the_fourth_anniversary() -> None:
    c = v.Cycle(start=dt.date(2020, 8, 1))
    assert c.end == dt.date(2024, 7, 31)
    assert c.contains(c.start) and c.contains(c.end)
    assert not c.contains(dt.date(2024, 8, 1))
    assert v.Cycle(start=dt.date(2020, 2, 29)).end == dt.date(2024, 2, 28)


def test_parse_date_is_strict() -> None:
    assert v.parse_date("2024-02-29") == dt.date(2024, 2, 29)
    for bad in ("2023-02-29", "24-1-1", "2024-13-01", "gisteren"):
        with pytest.raises(v.ValidationError):
            v.parse_date(bad)


hours = st.decimals(min_value=0, max_value=500, places=2).map(float)


@given(
    title=st.text(min_size=1, max_size=50).filter(str.strip),
    a_type=st.sampled_from(list(v.ActivityType)),
    start=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2090, 1, 1)),
    days=st.none() | st.integers(min_value=0, max_value=400),
    contact=hours,
    self_study=hours,
    domains=st.lists(st.sampled_from(list(v.Domain)), min_size=1, max_size=4, unique=True),
    sbl=st.lists(st.sampled_from(list(v.SblCompetence)), max_size=3, unique=True),
    code=st.none() | st.text(alphabet="ABC-0123456789", min_size=1, max_size=10),
)
def test_activity_survives_plain_data_round_trip(
    title: str, a_type: v.ActivityType, start: dt.date, days: int | None, contact: float, self_study: float,
    domains: list[v.Domain], sbl: list[v.SblCompetence], code: str | None,
) -> None:
    a = v.Activity(
        title=title,
        type=a_type,
        start=start,
        end=None if days is None else start + dt.timedelta(days=days),
        contact_hours=contact,
        self_study_hours=self_study,
        domains=tuple(domains),
        sbl_competences=tuple(sbl),
        validated_code=code,
    )
    assert v.Activity.from_dict(a.to_dict()) == a


def test_other_records_round_trip() -> None:
    records: list[v.Record] = [
        v.Evidence(sha256="a" * 64, filename="c.pdf", size=3, media_type="application/pdf",
                   kind=v.EvidenceKind.DIPLOMA, issued_on=dt.date(2020, 1, 2), activity_ids=("x", "y")),
        v.Reflection(model=v.ReflectionModelId.ALACT, answers={"handelen": "ik deed"}, activity_id="x"),
        v.Profile(name="Ä", sectors=(v.Sector.PO, v.Sector.SO), register=v.Register.LERARENREGISTER),
        v.Qualification(sector=v.Sector.MBO, subject="Zorg", obtained_on=dt.date(2001, 6, 30)),
        v.WorkPeriod(school="S", start=dt.date(2020, 8, 1), hours=600.5),
        v.Cycle(start=dt.date(2021, 8, 1), ruleset="lerarenregister"),
        v.School(name="S", place="P", brin="00AA"),
    ]
    for r in records:
        assert type(r).from_dict(r.to_dict()) == r


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"type": "cursus", "start": "2022-01-01"}, "title", "required"),
        ({"title": "T", "type": "workshop", "start": "2022-01-01"}, "type", "invalid_value"),
        ({"title": "T", "type": "cursus", "start": "01-01-2022"}, "start", "invalid_value"),
        ({"title": "T", "type": "cursus", "start": "2022-01-01", "contact_hours": "12"}, "contact_hours",
         "invalid_value"),
        ({"title": "T", "type": "cursus", "start": "2022-01-01", "contact_hours": True}, "contact_hours",
         "invalid_value"),
        ({"title": "T", "type": "cursus", "start": "2022-01-01", "domains": "pedagogisch"}, "domains",
         "invalid_value"),
        ({"title": 3, "type": "cursus", "start": "2022-01-01"}, "title", "invalid_value"),
        ({"title": "T", "type": "cursus", "start": None}, "start", "invalid_value"),
    ],
)
def test_from_dict_refuses_malformed_data_with_the_field_named(data: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(v.ValidationError) as err:
        v.Activity.from_dict(data)
    assert (field, code) in codes(err.value.issues)


def test_from_dict_ignores_unknown_keys_from_newer_peers() -> None:
    a = activity()
    assert v.Activity.from_dict({**a.to_dict(), "colour": "blue"}) == a
    with pytest.raises(v.ValidationError):
        v.Reflection.from_dict({"model": "vrij", "answers": {"tekst": 5}})

"""Rulesets (data files), the progress calculation for a cycle, and the SBL→2017 mapping.

Which activities count (stated here once, tested in tests/unit/test_rules.py):
- only completed activities (status ``afgerond``); planned ones never count;
- an activity counts in the cycle in which it ended: its end date (its start date when it
  has none) lies within the cycle, both the first and the last day included;
- its RU (contact + self-study hours) go to its bekwaamheidsdomeinen; with several domains
  the RU are split equally, so the RU per domain add up to the total;
- an activity that carries only SBL competences (from before 2017) counts through the
  mapping below; competence 3 counts half vakinhoudelijk, half vakdidactisch until the
  teacher has chosen.
Work hours: each work period's hours count in proportion to the days it overlaps the cycle.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sync.portfolio import (
    Activity,
    Cycle,
    Domain,
    SblCompetence,
    Sector,
    WorkPeriod,
)


class RulesetError(ValueError):
    """A ruleset file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Requirement:
    id: str
    kind: str  # "ru" or "work_hours"
    minimum: float
    label_nl: str
    label_en: str
    domains: frozenset[Domain] = frozenset()  # empty: all domains
    sectors: frozenset[Sector] = frozenset()  # empty: every sector

    def label(self, lang: str = "nl") -> str:
        return self.label_en if lang == "en" else self.label_nl

    def applies_to(self, sectors: Iterable[Sector]) -> bool:
        return not self.sectors or bool(self.sectors & set(sectors))


@dataclass(frozen=True)
class Ruleset:
    id: str
    version: int
    name_nl: str
    name_en: str
    provisional: bool
    cycle_years: int
    requirements: tuple[Requirement, ...]

    def name(self, lang: str = "nl") -> str:
        return self.name_en if lang == "en" else self.name_nl


def _bilingual(data: Mapping[str, Any], key: str, where: str) -> tuple[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or not isinstance(value.get("nl"), str) or not isinstance(
        value.get("en"), str
    ):
        raise RulesetError(f"{where}: '{key}' needs a Dutch (nl) and an English (en) text")
    return value["nl"], value["en"]


def parse_ruleset(text: str, source: str = "<ruleset>") -> Ruleset:
    """Parse a ruleset from TOML text; every problem raises RulesetError naming `source`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesetError(f"{source}: {exc}") from None
    try:
        rid = data["id"]
        if not isinstance(rid, str) or not rid.isidentifier():
            raise RulesetError(f"{source}: 'id' must be a simple name")
        name_nl, name_en = _bilingual(data, "name", source)
        if data.get("multi_domain", "split_equally") != "split_equally":
            raise RulesetError(f"{source}: only multi_domain = \"split_equally\" is supported")
        years = int(data.get("cycle_years", 4))
        if not 1 <= years <= 10:
            raise RulesetError(f"{source}: cycle_years must be between 1 and 10")
        reqs = []
        seen = set()
        for i, item in enumerate(data.get("requirements", [])):
            where = f"{source}: requirement {i + 1}"
            kind = item.get("kind")
            if kind not in ("ru", "work_hours"):
                raise RulesetError(f"{where}: kind must be 'ru' or 'work_hours'")
            minimum = float(item["minimum"])
            if minimum < 0:
                raise RulesetError(f"{where}: minimum cannot be negative")
            req_id = str(item["id"])
            if req_id in seen:
                raise RulesetError(f"{where}: id '{req_id}' is used twice")
            seen.add(req_id)
            label_nl, label_en = _bilingual(item, "label", where)
            try:
                domains = frozenset(Domain(d) for d in item.get("domains", []))
                sectors = frozenset(Sector(s) for s in item.get("sectors", []))
            except ValueError as exc:
                raise RulesetError(f"{where}: {exc}") from None
            reqs.append(
                Requirement(req_id, kind, minimum, label_nl, label_en, domains, sectors)
            )
        return Ruleset(
            id=rid,
            version=int(data.get("version", 1)),
            name_nl=name_nl,
            name_en=name_en,
            provisional=bool(data.get("provisional", False)),
            cycle_years=years,
            requirements=tuple(reqs),
        )
    except KeyError as exc:
        raise RulesetError(f"{source}: missing {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:
        if isinstance(exc, RulesetError):
            raise
        raise RulesetError(f"{source}: {exc}") from None


def builtin_ruleset_ids() -> list[str]:
    folder = resources.files("sync").joinpath("data/rulesets")
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))


def load_ruleset(ruleset_id: str, extra_dirs: Sequence[Path] = ()) -> Ruleset:
    """Load a ruleset by id: from `extra_dirs` first (a school's own), then the built-in ones."""
    if not ruleset_id.replace("_", "").replace("-", "").isalnum():
        raise RulesetError(f"unknown ruleset {ruleset_id!r}")
    for folder in extra_dirs:
        path = Path(folder) / f"{ruleset_id}.toml"
        if path.is_file():
            return parse_ruleset(path.read_text("utf-8"), str(path))
    builtin = resources.files("sync").joinpath(f"data/rulesets/{ruleset_id}.toml")
    if not builtin.is_file():
        raise RulesetError(
            f"unknown ruleset {ruleset_id!r}; available: {', '.join(builtin_ruleset_ids())}"
        )
    return parse_ruleset(builtin.read_text("utf-8"), f"{ruleset_id}.toml")


# --------------------------------------------------------------------------- competence mapping


@dataclass(frozen=True)
class MappingRule:
    competence: SblCompetence
    domains: tuple[Domain, ...]
    needs_choice: bool  # the teacher chooses among `domains` (one or both)
    note_nl: str
    note_en: str


SBL_TO_2017: dict[SblCompetence, MappingRule] = {
    SblCompetence.INTERPERSOONLIJK: MappingRule(
        SblCompetence.INTERPERSOONLIJK, (Domain.PEDAGOGISCH,), False, "", ""
    ),
    SblCompetence.PEDAGOGISCH: MappingRule(
        SblCompetence.PEDAGOGISCH, (Domain.PEDAGOGISCH,), False, "", ""
    ),
    SblCompetence.VAKINHOUDELIJK_DIDACTISCH: MappingRule(
        SblCompetence.VAKINHOUDELIJK_DIDACTISCH,
        (Domain.VAKINHOUDELIJK, Domain.VAKDIDACTISCH),
        True,
        "Kies vakinhoudelijk, vakdidactisch of beide.",
        "Choose subject knowledge, subject pedagogy or both.",
    ),
    SblCompetence.ORGANISATORISCH: MappingRule(
        SblCompetence.ORGANISATORISCH, (Domain.VAKDIDACTISCH,), False, "", ""
    ),
    SblCompetence.COLLEGAS: MappingRule(
        SblCompetence.COLLEGAS,
        (Domain.PROFESSIONEEL_HANDELEN,),
        False,
        "Professioneel handelen: school en collega's.",
        "Professional practice: school and colleagues.",
    ),
    SblCompetence.OMGEVING: MappingRule(
        SblCompetence.OMGEVING,
        (Domain.PROFESSIONEEL_HANDELEN,),
        False,
        "Professioneel handelen: school en collega's.",
        "Professional practice: school and colleagues.",
    ),
    SblCompetence.REFLECTIE: MappingRule(
        SblCompetence.REFLECTIE,
        (Domain.PROFESSIONEEL_HANDELEN,),
        False,
        "Professioneel handelen: eigen ontwikkeling.",
        "Professional practice: own development.",
    ),
}


def map_competences(
    competences: Iterable[SblCompetence],
    choices: Mapping[SblCompetence, Iterable[Domain]] | None = None,
) -> tuple[tuple[Domain, ...], list[SblCompetence]]:
    """Map SBL competences to 2017 domains.

    Returns the mapped domains (in a stable order) and the competences still needing the
    teacher's choice. A choice must be a non-empty subset of the rule's domains.
    """
    choices = choices or {}
    result: list[Domain] = []
    open_choices: list[SblCompetence] = []
    for comp in competences:
        rule = SBL_TO_2017[comp]
        if rule.needs_choice:
            chosen = tuple(choices.get(comp, ()))
            if not chosen:
                open_choices.append(comp)
                continue
            bad = [d for d in chosen if d not in rule.domains]
            if bad:
                raise ValueError(
                    f"{comp.value} maps to {', '.join(d.value for d in rule.domains)}, "
                    f"not {', '.join(d.value for d in bad)}"
                )
            targets = chosen
        else:
            targets = rule.domains
        for d in targets:
            if d not in result:
                result.append(d)
    order = list(Domain)
    return tuple(sorted(result, key=order.index)), open_choices


def domain_shares(activity: Activity) -> dict[Domain, float]:
    """How an activity's RU spread over the 2017 domains (shares add up to 1)."""
    if activity.domains:
        n = len(activity.domains)
        return {d: 1.0 / n for d in activity.domains}
    if not activity.sbl_competences:
        return {}
    weights: dict[Domain, float] = defaultdict(float)
    per_comp = 1.0 / len(activity.sbl_competences)
    for comp in activity.sbl_competences:
        targets = SBL_TO_2017[comp].domains  # unchosen competence 3: split over both
        for d in targets:
            weights[d] += per_comp / len(targets)
    return dict(weights)


# --------------------------------------------------------------------------- progress


@dataclass(frozen=True)
class RequirementResult:
    id: str
    label_nl: str
    label_en: str
    kind: str
    required: float
    achieved: float
    met: bool
    short_by: float

    def label(self, lang: str = "nl") -> str:
        return self.label_en if lang == "en" else self.label_nl

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": {"nl": self.label_nl, "en": self.label_en},
            "kind": self.kind,
            "required": self.required,
            "achieved": self.achieved,
            "met": self.met,
            "short_by": self.short_by,
        }


@dataclass(frozen=True)
class Progress:
    ruleset: Ruleset
    cycle_start: dt.date
    cycle_end: dt.date
    total_ru: float
    ru_by_domain: dict[Domain, float]
    ru_by_domain_year: dict[int, dict[Domain, float]]
    validated_ru: float
    work_hours: float
    requirements: tuple[RequirementResult, ...]
    counted: tuple[str, ...]  # ids of activities that count
    excluded: dict[str, str] = field(default_factory=dict)  # id -> reason code

    @property
    def all_met(self) -> bool:
        return all(r.met for r in self.requirements)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ruleset": self.ruleset.id,
            "provisional": self.ruleset.provisional,
            "cycle_start": self.cycle_start.isoformat(),
            "cycle_end": self.cycle_end.isoformat(),
            "total_ru": self.total_ru,
            "validated_ru": self.validated_ru,
            "ru_by_domain": {d.value: v for d, v in self.ru_by_domain.items()},
            "ru_by_domain_year": {
                str(y): {d.value: v for d, v in per.items()}
                for y, per in sorted(self.ru_by_domain_year.items())
            },
            "work_hours": self.work_hours,
            "requirements": [r.to_dict() for r in self.requirements],
            "all_met": self.all_met,
            "counted_activities": len(self.counted),
            "excluded_activities": dict(sorted(self.excluded.items())),
        }


def _r2(x: float) -> float:
    return round(x + 0.0, 2)


def exclusion_reason(activity: Activity, cycle: Cycle) -> str | None:
    """Why an activity does not count in a cycle, or None when it counts."""
    if activity.planned:
        return "planned"
    day = activity.effective_end
    if day < cycle.start:
        return "before_cycle"
    if day > cycle.end:
        return "after_cycle"
    if activity.ru <= 0:
        return "no_hours"
    if not activity.domains and not activity.sbl_competences:
        return "no_domain"
    return None


def work_hours_in_cycle(periods: Iterable[WorkPeriod], cycle: Cycle, today: dt.date) -> float:
    total = 0.0
    for p in periods:
        end = p.end or max(today, p.start)
        lo, hi = max(p.start, cycle.start), min(end, cycle.end)
        if hi < lo:
            continue
        span = (end - p.start).days + 1
        overlap = (hi - lo).days + 1
        total += p.hours * overlap / span
    return _r2(total)


def compute_progress(
    ruleset: Ruleset,
    cycle: Cycle,
    activities: Iterable[Activity],
    sectors: Iterable[Sector],
    work_periods: Iterable[WorkPeriod] = (),
    today: dt.date | None = None,
) -> Progress:
    """RU in total, per domain and per domain per year, and each requirement's standing."""
    today = today or dt.date.today()
    sectors = list(sectors)
    by_domain: dict[Domain, float] = {d: 0.0 for d in Domain}
    by_year: dict[int, dict[Domain, float]] = {}
    total = validated = 0.0
    counted: list[str] = []
    excluded: dict[str, str] = {}
    for a in activities:
        reason = exclusion_reason(a, cycle)
        if reason:
            excluded[a.id] = reason
            continue
        counted.append(a.id)
        ru = a.ru
        total += ru
        if a.validated:
            validated += ru
        year = by_year.setdefault(a.effective_end.year, {d: 0.0 for d in Domain})
        for d, share in domain_shares(a).items():
            by_domain[d] += ru * share
            year[d] += ru * share
    work = work_hours_in_cycle(work_periods, cycle, today)
    results = []
    for req in ruleset.requirements:
        if not req.applies_to(sectors):
            continue
        if req.kind == "work_hours":
            achieved = work
        elif req.domains:
            achieved = sum(by_domain[d] for d in req.domains)
        else:
            achieved = total
        achieved = _r2(achieved)
        met = achieved >= req.minimum - 1e-9
        results.append(
            RequirementResult(
                id=req.id,
                label_nl=req.label_nl,
                label_en=req.label_en,
                kind=req.kind,
                required=req.minimum,
                achieved=achieved,
                met=met,
                short_by=0.0 if met else _r2(req.minimum - achieved),
            )
        )
    return Progress(
        ruleset=ruleset,
        cycle_start=cycle.start,
        cycle_end=cycle.end,
        total_ru=_r2(total),
        ru_by_domain={d: _r2(v) for d, v in by_domain.items()},
        ru_by_domain_year={
            y: {d: _r2(v) for d, v in per.items()} for y, per in sorted(by_year.items())
        },
        validated_ru=_r2(validated),
        work_hours=work,
        requirements=tuple(results),
        counted=tuple(counted),
        excluded=excluded,
    )

"""What the exports read from a portfolio: a consistent snapshot, the selection, the last change.

No Qt here (the wall): the PDF, Leap2A and backup modules in desktop/export build on this.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sync import portfolio as vocab
from sync.rules import Progress, Ruleset, compute_progress, load_ruleset

from desktop.services.portfolio import PortfolioService
from desktop.store import models
from desktop.store.repository import row_to_record


class SelectionMode(StrEnum):
    CYCLE = "cycle"  # the activities of the current cycle (all of them when there is no cycle)
    RANGE = "range"  # activities whose end (or start) date lies in [start, end]
    ACTIVITIES = "activities"  # the activities named by id
    ALL = "all"  # every activity in the portfolio


@dataclass(frozen=True)
class Selection:
    """Which activities go into an export."""

    mode: SelectionMode = SelectionMode.CYCLE
    start: dt.date | None = None
    end: dt.date | None = None
    activity_ids: tuple[str, ...] = ()

    def includes(self, activity: vocab.Activity, cycle: vocab.Cycle | None) -> bool:
        day = activity.effective_end
        if self.mode is SelectionMode.CYCLE:
            return cycle is None or cycle.contains(day)
        if self.mode is SelectionMode.RANGE:
            return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)
        if self.mode is SelectionMode.ACTIVITIES:
            return activity.id in self.activity_ids
        return True


@dataclass(frozen=True)
class ActivityBundle:
    """An activity with its evidence (in the teacher's order) and its reflection."""

    activity: vocab.Activity
    evidence: tuple[vocab.Evidence, ...]
    reflection: vocab.Reflection | None


@dataclass(frozen=True)
class Snapshot:
    """Everything live in a portfolio, read in one transaction so the parts agree."""

    profile: vocab.Profile | None
    schools: tuple[vocab.School, ...]
    qualifications: tuple[vocab.Qualification, ...]
    work_periods: tuple[vocab.WorkPeriod, ...]
    cycles: tuple[vocab.Cycle, ...]
    activities: tuple[vocab.Activity, ...]  # oldest first
    evidence: tuple[vocab.Evidence, ...]  # with activity_ids
    reflections: tuple[vocab.Reflection, ...]
    links: dict[str, tuple[str, ...]]  # activity id -> evidence ids in the teacher's order
    last_change: dt.datetime | None
    updated: dict[str, dt.datetime] = field(default_factory=dict)  # record id -> updated_at
    created: dict[str, dt.datetime] = field(default_factory=dict)  # record id -> created_at

    @property
    def cycle(self) -> vocab.Cycle | None:
        """The current cycle: the one that started last."""
        return max(self.cycles, key=lambda c: c.start) if self.cycles else None

    def evidence_by_id(self) -> dict[str, vocab.Evidence]:
        return {e.id: e for e in self.evidence}

    def reflection_by_activity(self) -> dict[str, vocab.Reflection]:
        return {r.activity_id: r for r in self.reflections if r.activity_id}

    def bundles(self, selection: Selection) -> list[ActivityBundle]:
        cycle = self.cycle
        by_id = self.evidence_by_id()
        reflections = self.reflection_by_activity()
        out = []
        for a in self.activities:
            if not selection.includes(a, cycle):
                continue
            evidence = tuple(by_id[e] for e in self.links.get(a.id, ()) if e in by_id)
            out.append(ActivityBundle(a, evidence, reflections.get(a.id)))
        return out

    def progress(self, ruleset_dirs: Any = (), today: dt.date | None = None) -> tuple[Ruleset, Progress] | None:
        cycle = self.cycle
        if cycle is None:
            return None
        ruleset = load_ruleset(cycle.ruleset, ruleset_dirs)
        sectors = self.profile.sectors if self.profile else ()
        return ruleset, compute_progress(
            ruleset, cycle, self.activities, sectors, self.work_periods, today=today or dt.date.today()
        )

    @property
    def is_empty(self) -> bool:
        return not (self.activities or self.evidence or self.reflections or self.cycles) and (
            self.profile is None or not self.profile.name
        )


_RECORDS: list[tuple[str, type[models.Synced]]] = [
    ("profile", models.Profile),
    ("school", models.School),
    ("qualification", models.Qualification),
    ("work_period", models.WorkPeriod),
    ("cycle", models.Cycle),
    ("activity", models.Activity),
    ("evidence", models.Evidence),
    ("reflection", models.Reflection),
]


def take_snapshot(portfolio: PortfolioService) -> Snapshot:
    """Read every live record in one read transaction (a consistent view under WAL)."""
    records: dict[str, list[Any]] = {}
    updated: dict[str, dt.datetime] = {}
    created: dict[str, dt.datetime] = {}
    with portfolio.db.reading() as s, s.begin():
        link_rows = s.execute(
            select(models.ActivityEvidence.activity_id, models.ActivityEvidence.evidence_id)
            .order_by(models.ActivityEvidence.activity_id, models.ActivityEvidence.position,
                      models.ActivityEvidence.evidence_id)
        ).all()
        evidence_links: dict[str, list[str]] = defaultdict(list)
        activity_links: dict[str, list[str]] = defaultdict(list)
        for activity_id, evidence_id in link_rows:
            activity_links[activity_id].append(evidence_id)
            evidence_links[evidence_id].append(activity_id)
        for name, table in _RECORDS:
            rows = s.scalars(select(table).where(table.deleted_at.is_(None))).all()
            out = []
            for row in rows:
                extra = {"activity_ids": sorted(evidence_links.get(row.id, []))} if name == "evidence" else None
                out.append(row_to_record(row, name, extra))
                updated[row.id] = row.updated_at
                created[row.id] = row.created_at
            records[name] = out
        last = s.scalar(select(func.max(models.ChangeLog.changed_at)))
    live_activities = {a.id for a in records["activity"]}
    live_evidence = {e.id for e in records["evidence"]}
    links = {
        a: tuple(e for e in ids if e in live_evidence) for a, ids in activity_links.items() if a in live_activities
    }
    profiles = records["profile"]
    return Snapshot(
        profile=profiles[0] if profiles else None,
        schools=tuple(sorted(records["school"], key=lambda r: (r.name, r.id))),
        qualifications=tuple(sorted(records["qualification"], key=lambda r: (str(r.obtained_on), r.subject, r.id))),
        work_periods=tuple(sorted(records["work_period"], key=lambda r: (r.start, r.id))),
        cycles=tuple(sorted(records["cycle"], key=lambda r: (r.start, r.id))),
        activities=tuple(sorted(records["activity"], key=lambda a: (a.start, a.effective_end, a.title, a.id))),
        evidence=tuple(sorted(records["evidence"], key=lambda e: (e.filename, e.id))),
        reflections=tuple(sorted(records["reflection"], key=lambda r: r.id)),
        links=links,
        last_change=last,
        updated=updated,
        created=created,
    )


__all__ = ["ActivityBundle", "Selection", "SelectionMode", "Snapshot", "take_snapshot"]

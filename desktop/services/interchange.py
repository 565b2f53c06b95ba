"""Adding imported records to a portfolio: all of them in one transaction, logged like any edit.

The Leap2A import (desktop/export/leap2a.py) decides what maps; this writes it through the
same repository as every other use case, so each record gets its history and change-log
entry, and a failure or a cancel leaves the portfolio exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sync import portfolio as vocab

from desktop.services.portfolio import PortfolioService
from desktop.store import models
from desktop.store.repository import RecordRepository, record_type_of

# Parents before children, so that links always find their activity.
_ORDER = ["profile", "school", "qualification", "work_period", "cycle", "activity", "evidence", "reflection"]


@dataclass
class ImportBatch:
    """Records to add, the activity→evidence links in the teacher's order, and where they came from."""

    records: list[vocab.Record] = field(default_factory=list)
    links: dict[str, list[str]] = field(default_factory=dict)  # activity id -> evidence ids
    provenance: dict[str, Any] = field(default_factory=dict)

    def count(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records:
            name = record_type_of(r)
            out[name] = out.get(name, 0) + 1
        return out


def known_ids(portfolio: PortfolioService, ids: Iterable[str]) -> set[str]:
    """Which of `ids` exist in the portfolio already, as any record, trash included."""
    wanted = set(ids)
    found: set[str] = set()
    if not wanted:
        return found
    with portfolio.db.reading() as s:
        for table in models.RECORD_TABLES.values():
            column = table.__table__.c.id  # type: ignore[attr-defined]
            chunk = list(wanted)
            for i in range(0, len(chunk), 500):
                found.update(s.scalars(select(column).where(column.in_(chunk[i:i + 500]))).all())
    return found


def evidence_ids_by_sha(portfolio: PortfolioService) -> dict[str, str]:
    """SHA-256 → the live evidence record holding that content (the oldest, as attach does)."""
    with portfolio.db.reading() as s:
        rows = s.execute(
            select(models.Evidence.sha256, models.Evidence.id)
            .where(models.Evidence.deleted_at.is_(None))
            .order_by(models.Evidence.created_at.desc())
        ).all()
    return {sha: eid for sha, eid in rows}


def profile_is_empty(portfolio: PortfolioService) -> bool:
    profile = portfolio.profile()
    return profile is None or not profile.name.strip()


def apply_import(portfolio: PortfolioService, batch: ImportBatch) -> None:
    """Write the batch in one transaction; raise (and change nothing) on any problem."""
    records = sorted(batch.records, key=lambda r: _ORDER.index(record_type_of(r)))
    with portfolio.db.transaction() as s:
        repo = RecordRepository(s, portfolio.device_id, portfolio.clock)
        for record in records:
            repo.save(record)
        s.flush()
        for activity_id, evidence_ids in batch.links.items():
            if s.get(models.Activity, activity_id) is None:
                raise ValueError(f"import links evidence to an unknown activity {activity_id}")
            position = int(s.scalar(
                select(func.count()).where(models.ActivityEvidence.activity_id == activity_id)) or 0)
            for evidence_id in evidence_ids:
                if s.get(models.ActivityEvidence, (activity_id, evidence_id)) is not None:
                    continue
                row = s.get(models.Evidence, evidence_id)
                if row is None:
                    raise ValueError(f"import links an unknown evidence record {evidence_id}")
                s.add(models.ActivityEvidence(activity_id=activity_id, evidence_id=evidence_id, position=position))
                position += 1
                _log_links(s, repo, row)
        if batch.provenance:
            now = portfolio.clock()
            n = int(s.scalar(select(func.count()).where(models.Meta.key.like("import:%"))) or 0)
            s.add(models.Meta(key=f"import:{now:%Y%m%dT%H%M%S}:{n + 1}",
                              value=json.dumps(batch.provenance, ensure_ascii=False, sort_keys=True)))


def _log_links(s: Any, repo: RecordRepository, row: models.Evidence) -> None:
    """The link set is part of the evidence record (as in PortfolioService): version and log it."""
    s.flush()
    now = repo.clock()
    repo._keep_history("evidence", row, "edit", now)
    row.revision += 1
    row.updated_at = now
    repo._log("evidence", row, "update", ["activity_ids"], now)


def import_history(portfolio: PortfolioService) -> list[dict[str, Any]]:
    """What earlier imports brought in (source, entries, records), oldest first."""
    with portfolio.db.reading() as s:
        rows = s.scalars(select(models.Meta).where(models.Meta.key.like("import:%")).order_by(models.Meta.key)).all()
        return [json.loads(r.value) for r in rows]


def sequence(items: Sequence[str]) -> list[str]:
    """Order-preserving de-duplication."""
    return list(dict.fromkeys(items))


__all__ = ["ImportBatch", "apply_import", "evidence_ids_by_sha", "import_history", "known_ids", "profile_is_empty"]

"""Between table rows and the vocabulary's records, and the bookkeeping of every change.

`RecordRepository.save()` is the one way a record is written: in the caller's transaction it
keeps the previous version in `history`, bumps the revision, and appends the change (record,
changed fields, time, device) to the `change_log` outbox.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session
from sync import portfolio as vocab

from desktop.store import models

R = TypeVar("R", bound=vocab.Record)

# One table of record types for the whole project (sync/portfolio.py); re-exported here.
RECORD_CLASSES = vocab.RECORD_CLASSES
record_type_of = vocab.record_type_of

_BOOKKEEPING = {"revision", "server_version", "created_at", "updated_at", "deleted_at"}

Clock = Callable[[], dt.datetime]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _column_names(table: type[models.Synced]) -> list[str]:
    return [c.key for c in table.__table__.columns if c.key not in _BOOKKEEPING]  # type: ignore[attr-defined]


def row_to_dict(row: models.Synced, record_type: str) -> dict[str, Any]:
    table = models.RECORD_TABLES[record_type]
    data: dict[str, Any] = {}
    for name in _column_names(table):
        value = getattr(row, name)
        data[name] = value.isoformat() if isinstance(value, dt.date) else value
    return data


def row_to_record(row: models.Synced, record_type: str, extra: dict[str, Any] | None = None) -> Any:
    data = row_to_dict(row, record_type)
    if extra:
        data.update(extra)
    return RECORD_CLASSES[record_type].from_dict(data)


def _storable(record: vocab.Record, table: type[models.Synced]) -> dict[str, Any]:
    plain = record.to_dict()
    out: dict[str, Any] = {}
    for name in _column_names(table):
        if name not in plain:
            continue
        value = getattr(record, name)
        if isinstance(value, dt.date):
            out[name] = value
        else:
            out[name] = plain[name]
    return out


class RecordRepository:
    """Reads and writes records inside a session; every write is logged and versioned."""

    def __init__(self, session: Session, device_id: str, clock: Clock = utcnow):
        self.session = session
        self.device_id = device_id
        self.clock = clock

    def row(self, record_type: str, record_id: str) -> models.Synced | None:
        table = models.RECORD_TABLES[record_type]
        return self.session.get(table, record_id)

    def _keep_history(self, record_type: str, row: models.Synced, reason: str, now: dt.datetime) -> None:
        self.session.add(
            models.History(
                record_type=record_type,
                record_id=row.id,
                revision=row.revision,
                data={
                    **row_to_dict(row, record_type),
                    "_deleted_at": row.deleted_at.isoformat() if row.deleted_at else None,
                    "_updated_at": row.updated_at.isoformat(),
                },
                replaced_at=now,
                device_id=self.device_id,
                reason=reason,
            )
        )

    def _log(self, record_type: str, row: models.Synced, op: str, fields: list[str], now: dt.datetime) -> None:
        self.session.add(
            models.ChangeLog(
                record_type=record_type,
                record_id=row.id,
                op=op,
                fields=sorted(fields),
                revision=row.revision,
                changed_at=now,
                device_id=self.device_id,
                pushed=False,
            )
        )

    def save(self, record: vocab.Record) -> tuple[str, list[str]]:
        """Insert or update; return the operation and the changed fields ([] when unchanged)."""
        record.check()
        record_type = record_type_of(record)
        table = models.RECORD_TABLES[record_type]
        values = _storable(record, table)
        now = self.clock()
        row = self.session.get(table, values["id"])
        if row is None:
            row = cast(Any, table)(**values, revision=1, created_at=now, updated_at=now)
            self.session.add(row)
            fields = [k for k in values if k != "id"]
            self._log(record_type, row, "create", fields, now)
            return "create", fields
        old = row_to_dict(row, record_type)
        new_plain = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}
        changed = [k for k in values if k != "id" and old.get(k) != new_plain.get(k)]
        if not changed:
            return "none", []
        self._keep_history(record_type, row, "edit", now)
        for key in changed:
            setattr(row, key, values[key])
        row.revision += 1
        row.updated_at = now
        self._log(record_type, row, "update", changed, now)
        return "update", changed

    def set_deleted(self, record_type: str, record_id: str, deleted: bool) -> bool:
        """Move a record to the trash or back; return False when nothing changed."""
        row = self.row(record_type, record_id)
        if row is None:
            raise KeyError(record_id)
        if (row.deleted_at is not None) == deleted:
            return False
        now = self.clock()
        self._keep_history(record_type, row, "delete" if deleted else "restore", now)
        row.deleted_at = now if deleted else None
        row.revision += 1
        row.updated_at = now
        self._log(record_type, row, "delete" if deleted else "restore", ["deleted"], now)
        return True

    def live(self, record_type: str) -> list[Any]:
        table = models.RECORD_TABLES[record_type]
        rows = self.session.scalars(select(table).where(table.deleted_at.is_(None))).all()
        return [row_to_record(r, record_type) for r in rows]

"""The activity list read straight from SQLite's driver: the one read that has to be fast cold.

Opening a 10,000-activity portfolio ends with this read, and the teacher waits for it. Through
SQLAlchemy it costs about three times as much the first time: statement compilation, a result
processor per JSON and date cell, a `Row` per row and a dataclass `__init__` per record. Here the
same columns come from the session's own DBAPI connection (so the same transaction and
snapshot as the rest of the caller's reads), dates are parsed with `date.fromisoformat` (what
SQLAlchemy's SQLite DATE does), the JSON lists, which repeat a handful of values, are decoded
once per distinct text, and the records are built without running `__init__`.
tests/unit/test_listing.py checks that every record and figure equals the ORM's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from sync import portfolio as vocab

#: The listing columns, in the order `activity_records` unpacks them (bookkeeping: id, revision).
_ACTIVITY_SELECT = (
    'SELECT id, revision, title, type, start, "end", contact_hours, self_study_hours, domains,'
    " sbl_competences, provider, content, contribution, validated_code, status, origin FROM activity"
)
_WHERE_DELETED = {
    True: " WHERE activity.deleted_at IS NOT NULL",
    False: " WHERE activity.deleted_at IS NULL",
    None: "",
}
#: The fields `activity_records` fills; a field added to vocab.Activity and not here falls back to
#: the ordinary constructor (slower, never wrong).
_FILLED = (
    "title",
    "type",
    "start",
    "end",
    "contact_hours",
    "self_study_hours",
    "domains",
    "sbl_competences",
    "provider",
    "content",
    "contribution",
    "validated_code",
    "status",
    "origin",
    "id",
)
FAST_CONSTRUCTION = tuple(f.name for f in dataclasses.fields(vocab.Activity)) == _FILLED

_TYPES = {m.value: m for m in vocab.ActivityType}
_DOMAINS = {m.value: m for m in vocab.Domain}
_SBL = {m.value: m for m in vocab.SblCompetence}
_STATUS = {m.value: m for m in vocab.ActivityStatus}
_ORIGIN = {m.value: m for m in vocab.Origin}

#: The whole list is read in one statement from this many changed rows on (an IN list of
#: thousands of ids costs more than reading the few unchanged rows too).
WHOLE_TABLE_FROM = 500


def driver_connection(session: Any) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy session, in the session's transaction."""
    conn = session.connection().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def activity_stamps(conn: sqlite3.Connection, deleted: bool | None) -> list[tuple[str, int]]:
    """(id, revision) of the live (False), trashed (True) or all (None) activities, in table order."""
    return conn.execute("SELECT activity.id, activity.revision FROM activity" + _WHERE_DELETED[deleted]).fetchall()


def _enum_tuple(cache: dict[str, tuple[Any, ...]], members: dict[str, Any], text: str) -> tuple[Any, ...]:
    value = cache.get(text)
    if value is None:
        value = cache[text] = tuple(members[v] for v in json.loads(text))
    return value


def activity_records(conn: sqlite3.Connection, ids: Sequence[str] | None) -> Iterable[tuple[int, vocab.Activity]]:
    """(revision, record) of the named activities, or of all of them (ids None)."""
    if ids is None:
        rows = conn.execute(_ACTIVITY_SELECT).fetchall()
    else:
        rows = []
        for i in range(0, len(ids), 400):  # SQLite's host-parameter limit is 999 on old builds
            chunk = ids[i : i + 400]
            rows += conn.execute(_ACTIVITY_SELECT + f" WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    fromiso = dt.date.fromisoformat
    domains: dict[str, tuple[Any, ...]] = {}
    competences: dict[str, tuple[Any, ...]] = {}
    types, statuses, origins = _TYPES, _STATUS, _ORIGIN
    activity = vocab.Activity
    new = object.__new__
    for (
        id_,
        revision,
        title,
        type_,
        start,
        end,
        contact_hours,
        self_study_hours,
        domain_text,
        sbl_text,
        provider,
        content,
        contribution,
        validated_code,
        status,
        origin,
    ) in rows:
        fields = {
            "title": title,
            "type": types[type_],
            "start": fromiso(start),
            "end": None if end is None else fromiso(end),
            "contact_hours": contact_hours,
            "self_study_hours": self_study_hours,
            "domains": _enum_tuple(domains, _DOMAINS, domain_text),
            "sbl_competences": _enum_tuple(competences, _SBL, sbl_text),
            "provider": provider,
            "content": content,
            "contribution": contribution,
            "validated_code": validated_code,
            "status": statuses[status],
            "origin": origins[origin],
            "id": id_,
        }
        if FAST_CONSTRUCTION:
            # A frozen dataclass's __init__ only assigns, field by field through object.__setattr__;
            # filling the instance dict at once gives the same object at a third of the cost.
            record = new(activity)
            record.__dict__.update(fields)
        else:
            record = activity(**fields)
        yield revision, record


def evidence_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many live evidence files each activity has (activities without any are absent)."""
    return dict(
        conn.execute(
            "SELECT activity_evidence.activity_id, count(*) FROM activity_evidence"
            " JOIN evidence ON evidence.id = activity_evidence.evidence_id"
            " WHERE evidence.deleted_at IS NULL GROUP BY activity_evidence.activity_id"
        ).fetchall()
    )


def reflected_activities(conn: sqlite3.Connection) -> set[str]:
    """The activities with a live reflection."""
    return {
        row[0]
        for row in conn.execute(
            "SELECT reflection.activity_id FROM reflection"
            " WHERE reflection.deleted_at IS NULL AND reflection.activity_id IS NOT NULL"
        )
    }

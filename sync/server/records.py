"""Portfolio sync on the server (DESIGN.md §4): the change feed and the push.

Versions come from the per-portfolio counter in table `portfolio`. A push locks that row
(SELECT ... FOR UPDATE on PostgreSQL; BEGIN IMMEDIATE on SQLite) for its whole transaction,
so concurrent pushes to one portfolio — from any number of server processes — run one after
the other, each change gets the next version, and versions become visible in order (a reader
of the feed never sees version n+1 without n). The idempotency key is stored with the answer
in the same transaction, so a retried push returns the first answer and applies nothing.

A change whose base version is not the server's version is a conflict, answered with the
server's copy (unless it holds the same content, which is simply 'unchanged'). Deletion is a
tombstone: the record stays, marked deleted, with its last content kept in the history.
A push that changes evidence records also settles, in the same transaction, which of the
teacher's files still count against the quota (settle_files; see uploads.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, Protocol

from sqlalchemy import Connection, Text, bindparam, cast, insert, select, update
from sqlalchemy.orm import Session

from sync import portfolio as vocab
from sync.protocol import (
    RECORD_CLASSES,
    ChangePublic,
    ChangesPublic,
    ErrorKind,
    PushChangeCreate,
    PushCreate,
    PushPublic,
    PushResultPublic,
    check_storable,
)
from sync.server import models
from sync.server.accounts import AuthContext
from sync.server.db import Database, utcnow
from sync.server.errors import ApiError
from sync.server.models import cast_table

IN_CHUNK = 500


class StoredRecord(Protocol):
    """A record row as the ORM or a Core query gives it."""

    type: str
    record_id: str
    version: int
    deleted: bool
    data: dict[str, Any]
    changed_at: dt.datetime
    device_id: str | None


def change_public(r: StoredRecord) -> ChangePublic:
    return ChangePublic(
        type=r.type,  # type: ignore[arg-type]
        id=r.record_id,
        version=r.version,
        deleted=r.deleted,
        data=None if r.deleted else r.data,
        changed_at=r.changed_at,
        device_id=r.device_id,
    )


def lock_portfolio(s: Session, teacher_id: int) -> models.Portfolio:
    """Take the portfolio's row lock for this transaction (serialises its writers)."""
    return s.scalars(
        select(models.Portfolio).where(models.Portfolio.teacher_id == teacher_id).with_for_update()
    ).one()


def changes_since(db: Database, teacher_id: int, since: int, limit: int) -> ChangesPublic:
    """A page of the change feed as the model (the reference for the faster changes_json)."""
    with db.read() as s:
        latest = s.scalar(select(models.Portfolio.version).where(models.Portfolio.teacher_id == teacher_id)) or 0
        rows = list(
            s.scalars(
                select(models.Record)
                .where(models.Record.teacher_id == teacher_id, models.Record.version > since)
                .order_by(models.Record.version)
                .limit(limit + 1)
            )
        )
    has_more = len(rows) > limit
    rows = rows[:limit]
    return ChangesPublic(
        changes=[change_public(r) for r in rows],
        cursor=rows[-1].version if rows else since,
        has_more=has_more,
        latest_version=latest,
    )


def _time(value: dt.datetime) -> str:
    return value.replace(tzinfo=dt.UTC).isoformat().replace("+00:00", "Z")


_R = models.Record
_LATEST_QUERY = select(models.Portfolio.version).where(models.Portfolio.teacher_id == bindparam("teacher"))
_FEED_QUERY = (
    select(_R.type, _R.record_id, _R.version, _R.deleted, cast(_R.data, Text), _R.changed_at, _R.device_id)
    .where(_R.teacher_id == bindparam("teacher"), _R.version > bindparam("since"))
    .order_by(_R.version)
    .limit(bindparam("limit"))
)


def changes_json(db: Database, teacher_id: int, since: int, limit: int) -> bytes:
    """The same page as changes_since, as JSON bytes built around the stored JSON text of each record."""
    with db.query() as conn:
        return changes_page(conn, teacher_id, since, limit)


def changes_page(conn: Connection, teacher_id: int, since: int, limit: int) -> bytes:
    """changes_json on an open connection (the fast path reads the caller's token in the same transaction)."""
    latest = conn.execute(_LATEST_QUERY, {"teacher": teacher_id}).scalar() or 0
    rows = conn.execute(_FEED_QUERY, {"teacher": teacher_id, "since": since, "limit": limit + 1}).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    dumps = json.dumps
    items = [
        f'{{"type":"{t}","id":{dumps(i)},"version":{v},"deleted":{"true" if d else "false"},'
        f'"data":{"null" if d else text},"changed_at":"{_time(at)}","device_id":{dumps(dev)}}}'
        for t, i, v, d, text, at, dev in rows
    ]
    cursor = rows[-1][2] if rows else since
    return (
        f'{{"changes":[{",".join(items)}],"cursor":{cursor},"has_more":{"true" if has_more else "false"},'
        f'"latest_version":{latest}}}'
    ).encode()


def _normalise(index: int, change: PushChangeCreate) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The record's canonical data, or the problems with it (naming index, record and field)."""

    def problem(field: str, code: str, message: str) -> dict[str, Any]:
        return {"index": index, "type": change.type, "id": change.id, "field": field, "code": code, "message": message}

    if change.deleted:
        return None, []
    if change.data is None:
        return None, [problem("data", "required", "data is required unless deleted is true")]
    cls = RECORD_CLASSES[change.type]
    try:
        record = cls.from_dict(change.data).check()
    except vocab.ValidationError as exc:
        return None, [problem(i.field, i.code, i.message_en) for i in exc.issues]
    data = record.to_dict()
    if data.get("id") != change.id:
        return None, [problem("id", "id_mismatch", "data.id must equal the change's id")]
    try:
        check_storable(data)
        json.dumps(data, allow_nan=False)
    except ValueError as exc:
        return None, [problem("data", "not_storable", str(exc))]
    return data, []


def request_hash(body: PushCreate) -> str:
    canonical = json.dumps(body.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def write_version(
    s: Session,
    teacher_id: int,
    current: models.Record | None,
    record_type: str,
    record_id: str,
    version: int,
    deleted: bool,
    data: dict[str, Any],
    device_id: str | None,
    reason: str,
    history: list[dict[str, Any]],
) -> models.Record:
    """Make `version` the record's newest version; its history row is appended to `history`."""
    now = utcnow()
    if current is None:
        current = models.Record(teacher_id=teacher_id, type=record_type, record_id=record_id)
        s.add(current)
    current.version = version
    current.deleted = deleted
    current.data = data
    current.changed_at = now
    current.device_id = device_id
    history.append(
        {"teacher_id": teacher_id, "type": record_type, "record_id": record_id, "version": version,
         "deleted": deleted, "data": data, "changed_at": now, "device_id": device_id, "reason": reason}
    )
    return current


def write_history(s: Session, history: list[dict[str, Any]]) -> None:
    """Insert the history rows of one transaction in one statement (executemany)."""
    if history:
        s.execute(insert(models.RecordRevision), history)


# The push runs as a handful of prepared Core statements on one connection: the ORM's unit of
# work cost several milliseconds of CPU per push, more than everything else in a sync.
_P = cast_table(models.Portfolio)
_K = cast_table(models.IdempotencyKey)
_RT = cast_table(models.Record)
_LOCK_QUERY = select(_P.c.version).where(_P.c.teacher_id == bindparam("teacher")).with_for_update()
_KEY_QUERY = select(_K.c.request_hash, _K.c.response).where(
    _K.c.teacher_id == bindparam("teacher"), _K.c.scope == bindparam("scope"), _K.c.key == bindparam("key")
)
_LOAD_QUERY = select(
    _RT.c.type, _RT.c.record_id, _RT.c.version, _RT.c.deleted, _RT.c.data, _RT.c.changed_at, _RT.c.device_id
).where(_RT.c.teacher_id == bindparam("teacher"), _RT.c.record_id.in_(bindparam("ids", expanding=True)))
_INSERT_RECORD = _RT.insert()
_UPDATE_RECORD = _RT.update().where(
    _RT.c.teacher_id == bindparam("b_teacher"), _RT.c.type == bindparam("b_type"),
    _RT.c.record_id == bindparam("b_id"),
)
_INSERT_HISTORY = cast_table(models.RecordRevision).insert()
_SET_VERSION = _P.update().where(_P.c.teacher_id == bindparam("b_teacher")).values(version=bindparam("b_version"))
_INSERT_KEY = _K.insert()


_TB = cast_table(models.TeacherBlob)
# The file an evidence record refers to (JSON_EXTRACT on SQLite, ->> on PostgreSQL).
_EVIDENCE_SHA = _RT.c.data["sha256"].as_string()


def referenced_files(conn: Connection, teacher_id: int, hashes: set[str]) -> set[str]:
    """Of these hashes, the ones a live (not deleted) evidence record of the teacher refers to."""
    found: set[str] = set()
    ordered = sorted(hashes)
    for i in range(0, len(ordered), IN_CHUNK):
        found.update(
            conn.execute(
                select(_EVIDENCE_SHA).where(
                    _RT.c.teacher_id == teacher_id, _RT.c.type == "evidence", _RT.c.deleted.is_(False),
                    _EVIDENCE_SHA.in_(ordered[i : i + IN_CHUNK]),
                )
            ).scalars()
        )
    return found


def settle_files(conn: Connection, teacher_id: int, hashes: set[str], now: dt.datetime) -> None:
    """Release the teacher's files among `hashes` no live evidence record refers to any more
    (they stop counting against the quota) and take back the ones referred to again.

    Runs in the push's transaction, under the portfolio lock, so the quota follows the records
    exactly, whichever server process took the push."""
    if not hashes:
        return
    referenced = referenced_files(conn, teacher_id, hashes)
    released = sorted(hashes - referenced)
    if released:
        conn.execute(
            update(_TB)
            .where(_TB.c.teacher_id == teacher_id, _TB.c.sha256.in_(released), _TB.c.released_at.is_(None))
            .values(released_at=now)
        )
    if referenced:
        conn.execute(
            update(_TB)
            .where(_TB.c.teacher_id == teacher_id, _TB.c.sha256.in_(sorted(referenced)),
                   _TB.c.released_at.is_not(None))
            .values(released_at=None, created_at=now)
        )


def _file_of(data: dict[str, Any] | None) -> str | None:
    sha = (data or {}).get("sha256")
    return sha if isinstance(sha, str) else None


def check_push_size(body: PushCreate, max_changes: int) -> None:
    if len(body.changes) > max_changes:
        raise ApiError(
            413,
            ErrorKind.BODY_TOO_LARGE,
            f"At most {max_changes} changes per push; send the rest in another push.",
            {"max_push_changes": max_changes},
        )


def push(db: Database, auth: AuthContext, key: str, body: PushCreate) -> PushPublic:
    problems: list[dict[str, Any]] = []
    normalised: list[dict[str, Any] | None] = []
    seen: set[tuple[str, str]] = set()
    for index, change in enumerate(body.changes):
        if (change.type, change.id) in seen:
            problems.append(
                {"index": index, "type": change.type, "id": change.id, "field": "id", "code": "duplicate",
                 "message": "the same record appears twice in one push"}
            )
        seen.add((change.type, change.id))
        data, issues = _normalise(index, change)
        normalised.append(data)
        problems += issues
    if problems:
        first = problems[0]
        raise ApiError(
            422,
            ErrorKind.INVALID_RECORD,
            f"Record {first['index']} ({first['type']} {first['id']}) is not valid: "
            f"{first['field']}: {first['message'].rstrip('.')}. Nothing was applied.",
            {"records": problems[:100]},
        )
    digest = request_hash(body)
    teacher = auth.teacher_id
    with db.write_query() as conn:
        version = conn.execute(_LOCK_QUERY, {"teacher": teacher}).scalar_one()
        stored = conn.execute(_KEY_QUERY, {"teacher": teacher, "scope": "push", "key": key}).first()
        if stored is not None:
            if stored.request_hash != digest:
                raise ApiError(
                    422,
                    ErrorKind.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used before for a different request; use a new key per request.",
                )
            return PushPublic.model_validate(stored.response)
        ids = sorted({c.id for c in body.changes})
        existing: dict[tuple[str, str], Any] = {}
        for i in range(0, len(ids), IN_CHUNK):
            for found in conn.execute(_LOAD_QUERY, {"teacher": teacher, "ids": ids[i : i + IN_CHUNK]}):
                existing[(found.type, found.record_id)] = found
        now = utcnow()
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        results: list[PushResultPublic] = []
        touched: set[str] = set()
        for change, data in zip(body.changes, normalised, strict=True):
            current = existing.get((change.type, change.id))
            if current is not None and current.deleted == change.deleted and (change.deleted or current.data == data):
                results.append(PushResultPublic(type=change.type, id=change.id, status="unchanged",
                                                version=current.version))
                continue
            if current is not None and change.base_version != current.version:
                results.append(PushResultPublic(type=change.type, id=change.id, status="conflict",
                                                version=current.version, server=change_public(current)))
                continue
            version += 1
            if change.type == "evidence":  # which files this change may release or take back
                for sha in (_file_of(None if current is None or current.deleted else current.data),
                            _file_of(data)):
                    if sha is not None:
                        touched.add(sha)
            # A tombstone keeps the last content (in the row and the history) but sends none.
            kept = data if not change.deleted else (current.data if current is not None else {"id": change.id})
            row = {"version": version, "deleted": change.deleted, "data": kept, "changed_at": now,
                   "device_id": auth.device_id}
            if current is None:
                inserts.append({"teacher_id": teacher, "type": change.type, "record_id": change.id, **row})
            else:
                updates.append({"b_teacher": teacher, "b_type": change.type, "b_id": change.id, **row})
            history.append({"teacher_id": teacher, "type": change.type, "record_id": change.id, **row,
                            "reason": "push"})
            results.append(PushResultPublic(type=change.type, id=change.id, status="applied", version=version))
        if updates:
            conn.execute(_UPDATE_RECORD, updates)
        if inserts:
            conn.execute(_INSERT_RECORD, inserts)
        if history:
            conn.execute(_INSERT_HISTORY, history)
            conn.execute(_SET_VERSION, {"b_teacher": teacher, "b_version": version})
        settle_files(conn, teacher, touched, now)
        answer = PushPublic(results=results, latest_version=version)
        conn.execute(
            _INSERT_KEY,
            {"teacher_id": teacher, "scope": "push", "key": key, "request_hash": digest,
             "response": answer.model_dump(mode="json"), "created_at": now},
        )
    return answer

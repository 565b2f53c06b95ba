"""Evidence on the server: which hashes are missing, resumable uploads, quota, downloads, clean-up.

An upload session is a database row (its hash, size and the offset stored so far) plus the bytes
in the blob store's upload area, so any server process can take the next chunk. A chunk first
*claims* the session — an atomic compare of the offset and a short lease in one write
transaction — so two processes can never write the same upload at once; the database's offset
stays the truth (bytes a failed attempt wrote past it are dropped on the next claim).

Quota: a teacher's usage is *derived* by a query, never kept in a process — the sizes of their
files not released plus their uploads in progress. A file is released (teacher_blob.released_at)
in the same transaction as the push that leaves no live evidence record of the teacher
referring to it (records.settle_files), so deleting evidence frees its space at once, on every
server process. `cleanup` later removes released rows after `blob_grace_seconds`, releases
files uploaded but never referred to within that time, and removes the bytes of a hash no
teacher has a row for and no upload is bringing in (BlobStore.remove_unless re-checks that
after setting the file aside, so a concurrent upload of the same content keeps it).

A teacher may download only files they uploaded themselves: the store keeps one copy per
content, but 'missing' and downloads are answered per teacher, so no one can learn whether
someone else holds a file, let alone fetch it, by knowing its hash.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import uuid
from typing import NamedTuple

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.orm import Session

from sync.protocol import ErrorKind, UploadPublic
from sync.server import models
from sync.server.accounts import insert_ignore
from sync.server.blobs import BlobStore, HashMismatch
from sync.server.config import Settings
from sync.server.db import Database, utcnow
from sync.server.errors import ApiError, not_found
from sync.server.records import lock_portfolio, referenced_files

log = logging.getLogger("bekwaam.server")
LEASE = dt.timedelta(minutes=10)


def missing(db: Database, teacher_id: int, hashes: list[str]) -> list[str]:
    wanted = list(dict.fromkeys(hashes))
    if not wanted:
        return []
    with db.read() as s:
        have = set(
            s.scalars(
                select(models.TeacherBlob.sha256).where(
                    models.TeacherBlob.teacher_id == teacher_id, models.TeacherBlob.sha256.in_(wanted),
                    models.TeacherBlob.released_at.is_(None),
                )
            )
        )
    return [h for h in wanted if h not in have]


def used_bytes(db: Database, teacher_id: int) -> int:
    with db.read() as s:
        return _used(s, teacher_id)


def _used(s: Session, teacher_id: int) -> int:
    stored = s.scalar(
        select(func.coalesce(func.sum(models.TeacherBlob.size), 0)).where(
            models.TeacherBlob.teacher_id == teacher_id, models.TeacherBlob.released_at.is_(None)
        )
    )
    pending = s.scalar(
        select(func.coalesce(func.sum(models.Upload.size), 0)).where(models.Upload.teacher_id == teacher_id)
    )
    return int(stored or 0) + int(pending or 0)


def _public(settings: Settings, u: models.Upload) -> UploadPublic:
    return UploadPublic(
        id=u.id,
        sha256=u.sha256,
        size=u.size,
        offset=u.offset,
        complete=False,
        expires_at=u.updated_at + dt.timedelta(seconds=settings.upload_ttl_seconds),
        max_chunk_size=settings.max_chunk_size,
    )


def _complete(settings: Settings, sha256: str, size: int) -> UploadPublic:
    return UploadPublic(
        id=None, sha256=sha256, size=size, offset=size, complete=True, expires_at=None,
        max_chunk_size=settings.max_chunk_size,
    )


def create(db: Database, settings: Settings, store: BlobStore, teacher_id: int, sha256: str, size: int) -> UploadPublic:
    """Start (or resume) the upload of one file; complete at once when the teacher already has it."""
    if size > settings.max_file_size:
        raise ApiError(
            413,
            ErrorKind.FILE_TOO_LARGE,
            f"The file is {size} bytes; this register accepts files up to {settings.max_file_size} bytes.",
            {"size": size, "max_file_size": settings.max_file_size},
        )
    with db.write() as s:
        lock_portfolio(s, teacher_id)  # one quota decision at a time per teacher
        # Locked: cleanup's removal of a released row waits for (or is seen by) this decision.
        owned = s.get(models.TeacherBlob, (teacher_id, sha256), with_for_update=True)
        if owned is not None and owned.released_at is None:
            return _complete(settings, sha256, size)
        open_upload = s.scalar(
            select(models.Upload).where(models.Upload.teacher_id == teacher_id, models.Upload.sha256 == sha256)
        )
        if open_upload is not None and open_upload.size == size:
            return _public(settings, open_upload)
        used = _used(s, teacher_id) - (open_upload.size if open_upload is not None else 0)
        if used + size > settings.quota_bytes:
            raise ApiError(
                413,
                ErrorKind.QUOTA_EXCEEDED,
                f"Your storage quota is full: {used} of {settings.quota_bytes} bytes used; "
                f"this file needs {size} more.",
                {"used_bytes": used, "quota_bytes": settings.quota_bytes, "size": size},
            )
        now = utcnow()
        if owned is not None:  # released earlier and added again: take it back when the bytes are still here
            if owned.size == size and store.size(sha256) == size:
                owned.released_at = None
                owned.created_at = now
                return _complete(settings, sha256, size)
            s.delete(owned)
        if open_upload is not None:  # same hash announced with another size: start again
            s.delete(open_upload)
            store.discard_upload(open_upload.id)
        upload = models.Upload(
            id=str(uuid.uuid4()), teacher_id=teacher_id, sha256=sha256, size=size, offset=0,
            created_at=now, updated_at=now,
        )
        s.add(upload)
    if size == 0:
        store.open_upload(upload.id, 0).commit()
        return finish(db, settings, store, teacher_id, upload.id, sha256, size, verified=False)
    return _public(settings, upload)


def get(db: Database, settings: Settings, teacher_id: int, upload_id: str) -> UploadPublic:
    with db.read() as s:
        upload = _live(s, settings, teacher_id, upload_id)
        return _public(settings, upload)


def _live(s: Session, settings: Settings, teacher_id: int, upload_id: str) -> models.Upload:
    upload = s.get(models.Upload, upload_id)
    expired = upload is not None and utcnow() - upload.updated_at > dt.timedelta(seconds=settings.upload_ttl_seconds)
    if upload is None or upload.teacher_id != teacher_id or expired:
        raise not_found("No such upload (it may have expired); start the upload again.")
    return upload


def claim(db: Database, settings: Settings, teacher_id: int, upload_id: str, offset: int) -> tuple[str, int]:
    """Claim the upload for one chunk at `offset`; return its hash and size."""
    now = utcnow()
    with db.write() as s:
        upload = _live(s, settings, teacher_id, upload_id)
        upload = s.scalars(select(models.Upload).where(models.Upload.id == upload_id).with_for_update()).one()
        if upload.lease_until is not None and upload.lease_until > now:
            raise ApiError(409, ErrorKind.UPLOAD_BUSY, "Another request is sending a chunk of this upload.",
                           {"offset": upload.offset}, {"Retry-After": "2"})
        if upload.offset != offset:
            raise ApiError(
                409,
                ErrorKind.OFFSET_MISMATCH,
                f"This upload continues at byte {upload.offset}, not {offset}; ask for the offset and resume there.",
                {"offset": upload.offset},
                {"Upload-Offset": str(upload.offset)},
            )
        upload.lease_until = now + LEASE
        upload.updated_at = now
        return upload.sha256, upload.size


def release(db: Database, upload_id: str, offset: int) -> None:
    with db.write() as s:
        upload = s.get(models.Upload, upload_id)
        if upload is not None:
            upload.offset = offset
            upload.lease_until = None
            upload.updated_at = utcnow()


def finish(
    db: Database, settings: Settings, store: BlobStore, teacher_id: int, upload_id: str, sha256: str, size: int,
    verified: bool,
) -> UploadPublic:
    """All bytes are in: check the hash, move the file into place, give the teacher access."""
    try:
        store.finish_upload(upload_id, sha256, verified=verified)
    except FileNotFoundError:
        with db.write() as s:
            s.execute(delete(models.Upload).where(models.Upload.id == upload_id))
        raise not_found("The upload's bytes are gone from storage; start the upload again.") from None
    except HashMismatch as exc:
        with db.write() as s:
            s.execute(delete(models.Upload).where(models.Upload.id == upload_id))
        raise ApiError(
            422,
            ErrorKind.HASH_MISMATCH,
            "The uploaded bytes do not have the SHA-256 announced for them; the upload was discarded.",
            {"expected": exc.expected, "actual": exc.actual},
        ) from None
    with db.write() as s:
        s.execute(delete(models.Upload).where(models.Upload.id == upload_id))
        insert_ignore(s, models.TeacherBlob, teacher_id=teacher_id, sha256=sha256, size=size, created_at=utcnow())
        s.execute(
            update(models.TeacherBlob)
            .where(models.TeacherBlob.teacher_id == teacher_id, models.TeacherBlob.sha256 == sha256,
                   models.TeacherBlob.released_at.is_not(None))
            .values(released_at=None, created_at=utcnow())
        )
    return _complete(settings, sha256, size)


def owned_size(db: Database, teacher_id: int, sha256: str) -> int:
    with db.read() as s:
        row = s.get(models.TeacherBlob, (teacher_id, sha256))
    if row is None:
        raise not_found("No such file among your evidence.")
    return row.size


class CleanupCounts(NamedTuple):
    uploads: int  # abandoned uploads removed
    keys: int  # expired idempotency keys removed
    released: int  # files uploaded but never referred to within the grace period, released
    rows: int  # released files past the grace period forgotten
    files: int  # stored files no teacher has any more, removed


def cleanup(db: Database, settings: Settings, store: BlobStore) -> CleanupCounts:
    """Remove abandoned uploads, expired idempotency keys and files no one refers to any more."""
    now = utcnow()
    cutoff = now - dt.timedelta(seconds=settings.upload_ttl_seconds)
    with db.write() as s:
        stale = list(
            s.scalars(
                select(models.Upload.id).where(
                    models.Upload.updated_at < cutoff,
                    (models.Upload.lease_until.is_(None)) | (models.Upload.lease_until < now),
                )
            )
        )
        if stale:
            s.execute(delete(models.Upload).where(models.Upload.id.in_(stale)))
        expired = s.execute(
            delete(models.IdempotencyKey).where(
                models.IdempotencyKey.created_at < now - dt.timedelta(seconds=settings.idempotency_ttl_seconds)
            )
        )
        keys = int(getattr(expired, "rowcount", 0) or 0)
    for upload_id in stale:
        store.discard_upload(upload_id)
    # Bytes whose session row never committed (a crash between the two) or was removed above.
    with db.read() as s:
        for upload_id in store.stale_uploads(settings.upload_ttl_seconds):
            if s.get(models.Upload, upload_id) is None:
                store.discard_upload(upload_id)
                stale.append(upload_id)
    released, rows, files = collect_files(db, settings, store)
    if stale or keys or released or rows or files:
        log.info("cleanup: %d abandoned uploads, %d expired idempotency keys removed; %d unreferenced files "
                 "released, %d released files forgotten, %d stored files removed",
                 len(stale), keys, released, rows, files)
    return CleanupCounts(len(stale), keys, released, rows, files)


_TB = models.TeacherBlob
_UNREFERENCED = ~exists().where(
    models.Record.teacher_id == _TB.teacher_id,
    models.Record.type == "evidence",
    models.Record.deleted.is_(False),
    models.Record.data["sha256"].as_string() == _TB.sha256,
)


def collect_files(db: Database, settings: Settings, store: BlobStore) -> tuple[int, int, int]:
    """The blob part of cleanup: (files released, released rows forgotten, stored files removed)."""
    now = utcnow()
    grace = now - dt.timedelta(seconds=settings.blob_grace_seconds)
    # 1. Files uploaded longer than the grace period ago that no evidence record refers to (an
    #    app that never pushed the record): released, under the teacher's portfolio lock so a
    #    push referring to one cannot slip in between the check and the release.
    with db.read() as s:
        candidates = s.execute(
            select(_TB.teacher_id, _TB.sha256).where(_TB.released_at.is_(None), _TB.created_at < grace, _UNREFERENCED)
        ).all()
    by_teacher: dict[int, set[str]] = {}
    for teacher_id, sha256 in candidates:
        by_teacher.setdefault(teacher_id, set()).add(sha256)
    released = 0
    for teacher_id, hashes in by_teacher.items():
        with db.write() as s:
            lock_portfolio(s, teacher_id)
            loose = sorted(hashes - referenced_files(s.connection(), teacher_id, hashes))
            if loose:
                result = s.execute(
                    update(_TB)
                    .where(_TB.teacher_id == teacher_id, _TB.sha256.in_(loose), _TB.released_at.is_(None),
                           _TB.created_at < grace)
                    .values(released_at=now)
                )
                released += int(getattr(result, "rowcount", 0) or 0)
    # 2. Released rows past the grace period are forgotten. One statement: on PostgreSQL a row
    #    taken back meanwhile (released_at cleared under its row lock) is re-checked and kept.
    with db.write() as s:
        result = s.execute(delete(_TB).where(_TB.released_at.is_not(None), _TB.released_at < grace))
        rows = int(getattr(result, "rowcount", 0) or 0)
    # 3. Stored files no teacher has a row for and no upload is bringing in.
    files = 0
    store.recover_aside(lambda hashes: _needed(db, hashes))
    for sha256 in store.orphans(lambda hashes: _needed(db, hashes)):
        if store.remove_unless(sha256, functools.partial(_is_needed, db, sha256)):
            files += 1
    return released, rows, files


def _is_needed(db: Database, sha256: str) -> bool:
    return bool(_needed(db, [sha256]))


def _needed(db: Database, hashes: list[str]) -> set[str]:
    """Of these hashes, the ones a teacher has (released or not) or an upload in progress is for."""
    with db.read() as s:
        return set(s.scalars(select(_TB.sha256).where(_TB.sha256.in_(hashes)))) | set(
            s.scalars(select(models.Upload.sha256).where(models.Upload.sha256.in_(hashes)))
        )

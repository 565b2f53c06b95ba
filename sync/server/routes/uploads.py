"""Resumable uploads: start (POST), ask the offset (GET), send a chunk at the offset (PATCH), abandon (DELETE).

A chunk's bytes are streamed to the blob store in 4 MiB blocks on a worker thread (never the
whole chunk in memory) and hashed on the way. The running SHA-256 of an upload is kept in this
process between its chunks only as a shortcut: when the next chunk arrives at another process,
or after a restart, the file is hashed from storage instead — the answer is the same.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections import OrderedDict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from sync.protocol import API_PREFIX, UPLOAD_OFFSET_HEADER, ErrorKind, UploadCreate, UploadPublic
from sync.server import uploads
from sync.server.deps import BlobsDep, CurrentAuth, DbDep, SettingsDep, check_protocol
from sync.server.errors import ApiError
from sync.server.routes import AUTHED, errors

router = APIRouter(prefix=f"{API_PREFIX}/uploads", tags=["evidence"], dependencies=[Depends(check_protocol)])

UploadId = Annotated[str, Path(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
WRITE_BLOCK = 4 * 1024 * 1024
_BINARY_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


class _RunningHashes:
    """upload id → (offset hashed so far, hasher); a bounded per-process cache, never the truth."""

    def __init__(self, size: int = 256):
        self._items: OrderedDict[str, tuple[int, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._size = size

    def take(self, upload_id: str, offset: int) -> Any:
        with self._lock:
            item = self._items.pop(upload_id, None)
        if item is not None and item[0] == offset:
            return item[1]
        return hashlib.sha256() if offset == 0 else None

    def keep(self, upload_id: str, offset: int, hasher: Any) -> None:
        with self._lock:
            self._items[upload_id] = (offset, hasher)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_hashes = _RunningHashes()


@router.post("", response_model=UploadPublic, status_code=201, responses=errors(*AUTHED))
def start(body: UploadCreate, auth: CurrentAuth, db: DbDep, settings: SettingsDep, store: BlobsDep) -> UploadPublic:
    """Start an upload (or get back the unfinished one for the same file); `complete` when none is needed."""
    return uploads.create(db, settings, store, auth.teacher_id, body.sha256, body.size)


@router.get("/{upload_id}", response_model=UploadPublic, responses=errors(*AUTHED, 404))
def status(upload_id: UploadId, auth: CurrentAuth, db: DbDep, settings: SettingsDep) -> UploadPublic:
    """Where to resume: the number of bytes the server has stored."""
    return uploads.get(db, settings, auth.teacher_id, upload_id)


@router.patch(
    "/{upload_id}",
    response_model=UploadPublic,
    responses=errors(*AUTHED, 404, 409),
    openapi_extra=_BINARY_BODY,
)
async def append(
    upload_id: UploadId,
    request: Request,
    auth: CurrentAuth,
    db: DbDep,
    settings: SettingsDep,
    store: BlobsDep,
    offset: Annotated[int, Header(alias=UPLOAD_OFFSET_HEADER, ge=0, le=2**50,
                                  description="Where this chunk starts; must be the upload's offset.")],
) -> UploadPublic:
    """Append one chunk at the upload's offset; after the last byte the SHA-256 is checked."""
    sha256, size = await run_in_threadpool(uploads.claim, db, settings, auth.teacher_id, upload_id, offset)
    limit = min(settings.max_chunk_size, size - offset)
    new_offset = offset
    try:
        try:
            writer = await run_in_threadpool(store.open_upload, upload_id, offset)
        except ValueError:
            # Storage holds fewer bytes than recorded (lost by the storage itself): resume from what is there.
            offset = await run_in_threadpool(store.upload_length, upload_id)
            raise ApiError(
                409, ErrorKind.OFFSET_MISMATCH, f"Resume this upload at byte {offset}.", {"offset": offset},
                {UPLOAD_OFFSET_HEADER: str(offset)},
            ) from None
        hasher = _hashes.take(upload_id, offset)
        received = 0

        def write(pieces: list[bytes]) -> None:
            for piece in pieces:
                writer.write(piece)
                if hasher is not None:
                    hasher.update(piece)

        # Double buffering: while a worker thread writes (and hashes) one block of pieces, the
        # event loop receives the next, so the network and the disk work at the same time.
        buffer: list[bytes] = []
        buffered = 0
        pending: asyncio.Future[None] | None = None
        try:
            async for piece in request.stream():
                received += len(piece)
                if received > limit:
                    raise ApiError(
                        413,
                        ErrorKind.CHUNK_TOO_LARGE,
                        f"A chunk here may have at most {limit} bytes (the chunk limit, or what is left of the file).",
                        {"max_chunk_size": settings.max_chunk_size, "remaining": size - offset},
                    )
                buffer.append(piece)
                buffered += len(piece)
                if buffered >= WRITE_BLOCK:
                    if pending is not None:
                        await pending
                    pending = asyncio.ensure_future(run_in_threadpool(write, buffer))
                    buffer, buffered = [], 0
            if pending is not None:
                await pending
                pending = None
            if buffer:
                await run_in_threadpool(write, buffer)
            new_offset = await run_in_threadpool(writer.commit)
        except BaseException:
            if pending is not None:
                await asyncio.wait([pending])
            writer.abort()
            raise
    except ClientDisconnect:
        await run_in_threadpool(uploads.release, db, upload_id, offset)
        raise ApiError(400, ErrorKind.BAD_REQUEST, "The chunk did not arrive completely; resend it.") from None
    except BaseException:
        await run_in_threadpool(uploads.release, db, upload_id, offset)
        raise
    await run_in_threadpool(uploads.release, db, upload_id, new_offset)
    if new_offset < size:
        if hasher is not None:
            _hashes.keep(upload_id, new_offset, hasher)
        return await run_in_threadpool(uploads.get, db, settings, auth.teacher_id, upload_id)
    verified = hasher is not None and hasher.hexdigest() == sha256
    # A running hash that disagrees is re-checked from storage, which then decides.
    return await run_in_threadpool(
        uploads.finish, db, settings, store, auth.teacher_id, upload_id, sha256, size, verified
    )


@router.delete("/{upload_id}", status_code=204, responses=errors(*AUTHED, 404))
def abandon(upload_id: UploadId, auth: CurrentAuth, db: DbDep, settings: SettingsDep, store: BlobsDep) -> Response:
    """Give up an upload: its bytes are removed and its size no longer counts against the quota."""
    with db.write() as s:
        upload = uploads._live(s, settings, auth.teacher_id, upload_id)
        s.delete(upload)
    store.discard_upload(upload_id)
    return Response(status_code=204)


"""Evidence files: which hashes the server lacks, the teacher's usage, and streaming download with Range."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Response
from fastapi.responses import StreamingResponse

from sync.protocol import API_PREFIX, BlobsPublic, ErrorKind, MissingCreate, MissingPublic
from sync.server import uploads
from sync.server.deps import BlobsDep, CurrentAuth, DbDep, SettingsDep, check_protocol
from sync.server.errors import ApiError, not_found
from sync.server.routes import AUTHED, errors

router = APIRouter(prefix=f"{API_PREFIX}/blobs", tags=["evidence"], dependencies=[Depends(check_protocol)])

Sha256Path = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="The file's SHA-256, lower-case hex.")]
_BINARY: dict[str, Any] = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
_RANGE = re.compile(r"^bytes=(\d{0,18})-(\d{0,18})$")


@router.post("/missing", response_model=MissingPublic, responses=errors(*AUTHED))
def missing(body: MissingCreate, auth: CurrentAuth, db: DbDep) -> MissingPublic:
    """Of these hashes, the ones this teacher still has to upload."""
    return MissingPublic(missing=uploads.missing(db, auth.teacher_id, body.sha256))


@router.get("", response_model=BlobsPublic, responses=errors(*AUTHED))
def usage(auth: CurrentAuth, db: DbDep, settings: SettingsDep) -> BlobsPublic:
    """Storage used (finished files and uploads in progress) against the quota."""
    return BlobsPublic(
        used_bytes=uploads.used_bytes(db, auth.teacher_id),
        quota_bytes=settings.quota_bytes,
        max_file_size=settings.max_file_size,
    )


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one byte range asked for, as (start, end exclusive); None for the whole file.

    A header we do not understand (or several ranges) is ignored, as RFC 9110 allows; a range
    wholly outside the file is 416.
    """
    if header is None:
        return None
    m = _RANGE.match(header.strip())
    if not m or m.groups() == ("", ""):
        return None
    first, last = m.groups()
    if first == "":
        suffix = int(last)
        start, end = max(0, size - suffix), size
        if suffix == 0:
            start = size
    else:
        start = int(first)
        end = min(int(last) + 1, size) if last else size
        if last and int(last) < start:
            return None
    if start >= size:
        raise ApiError(416, ErrorKind.RANGE_NOT_SATISFIABLE, f"The file has {size} bytes; that range is outside it.",
                       {"size": size}, {"Content-Range": f"bytes */{size}"})
    return start, end


@router.get(
    "/{sha256}",
    response_class=Response,
    responses={
        200: {"content": _BINARY, "description": "The whole file"},
        206: {"content": _BINARY, "description": "The requested range"},
        **errors(*AUTHED, 404, 416),
    },
)
def download(
    sha256: Sha256Path,
    auth: CurrentAuth,
    db: DbDep,
    store: BlobsDep,
    range_: Annotated[str | None, Header(alias="Range", description="One range: bytes=a-b, a- or -n")] = None,
) -> Response:
    """Stream one of the teacher's own files; the ETag is its SHA-256, so the client can verify it."""
    size = uploads.owned_size(db, auth.teacher_id, sha256)
    if store.size(sha256) is None:
        raise not_found("The file is registered but missing from storage; upload it again.")
    span = parse_range(range_, size)
    headers = {"Accept-Ranges": "bytes", "ETag": f'"{sha256}"'}
    if span is None:
        headers["Content-Length"] = str(size)
        return StreamingResponse(store.read(sha256), media_type="application/octet-stream", headers=headers)
    start, end = span
    headers["Content-Length"] = str(end - start)
    headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    return StreamingResponse(
        store.read(sha256, start, end), status_code=206, media_type="application/octet-stream", headers=headers
    )

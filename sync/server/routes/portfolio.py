"""Portfolio sync: the change feed (GET) and the push (POST) of /v1/portfolio/changes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Response

from sync.protocol import (
    API_PREFIX,
    DEFAULT_PAGE_SIZE,
    IDEMPOTENCY_HEADER,
    MAX_CURSOR,
    MAX_PAGE_SIZE,
    ChangesPublic,
    PushCreate,
    PushPublic,
)
from sync.server import records
from sync.server.deps import CurrentAuth, DbDep, SettingsDep, check_protocol
from sync.server.routes import AUTHED, errors

router = APIRouter(prefix=f"{API_PREFIX}/portfolio", tags=["portfolio"], dependencies=[Depends(check_protocol)])

IdempotencyKey = Annotated[
    str,
    Header(
        alias=IDEMPOTENCY_HEADER,
        min_length=1,
        max_length=200,
        pattern=r"^[A-Za-z0-9._:-]+$",
        description="A new random key per push (a UUID); a retry of the same push sends the same key.",
    ),
]


# The page is assembled from the stored JSON text without parsing it (a first sync of 10,000
# records stays well under a second); its shape is ChangesPublic, as documented.
# Well-formed requests to these two operations are answered by sync.server.fastpath before they
# reach the framework; these routes describe them (OpenAPI) and answer everything else.
@router.get("/changes", response_model=ChangesPublic, responses=errors(*AUTHED))
def changes(
    auth: CurrentAuth,
    db: DbDep,
    settings: SettingsDep,
    since: Annotated[int, Query(ge=0, le=MAX_CURSOR, description="The cursor of the previous page; 0 at first.")] = 0,
    limit: Annotated[
        int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size (the server may give fewer).")
    ] = DEFAULT_PAGE_SIZE,
) -> Response:
    """Every record changed since the cursor, oldest first, one page at a time (tombstones included)."""
    body = records.changes_json(db, auth.teacher_id, since, min(limit, settings.page_size))
    return Response(body, media_type="application/json")


@router.post("/changes", response_model=PushPublic, responses=errors(*AUTHED))
def push(body: PushCreate, key: IdempotencyKey, auth: CurrentAuth, db: DbDep, settings: SettingsDep) -> PushPublic:
    """Apply changes, each against its base version; conflicts come back with the server's copy."""
    records.check_push_size(body, settings.max_push_changes)
    return records.push(db, auth, key, body)

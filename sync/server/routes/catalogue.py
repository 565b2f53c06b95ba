"""The catalogue of validated activities as a feed, so the app can keep an offline copy."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from sync.protocol import API_PREFIX, MAX_PAGE_SIZE, CataloguePublic
from sync.server import catalogue
from sync.server.deps import CurrentAuth, DbDep, SettingsDep, check_protocol
from sync.server.routes import AUTHED, errors

router = APIRouter(prefix=API_PREFIX, tags=["catalogue"], dependencies=[Depends(check_protocol)])


@router.get("/catalogue", response_model=CataloguePublic, responses=errors(*AUTHED))
def catalogue_feed(
    auth: CurrentAuth,
    db: DbDep,
    settings: SettingsDep,
    since: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 1000,
) -> CataloguePublic:
    """Items added or changed since the cursor (withdrawn ones included, marked so)."""
    return catalogue.feed(db, since, min(limit, settings.page_size))

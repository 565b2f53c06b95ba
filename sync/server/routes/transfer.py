"""Transfer to the lerarenregister: preview (GET) and execute (POST) of /v1/transfer."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from sync.protocol import API_PREFIX, TransferCreate, TransferPreviewPublic, TransferPublic
from sync.server import transfer
from sync.server.deps import CurrentAuth, DbDep, SettingsDep, check_protocol
from sync.server.routes import AUTHED, errors

router = APIRouter(prefix=API_PREFIX, tags=["transfer"], dependencies=[Depends(check_protocol)])


@router.get("/transfer", response_model=TransferPreviewPublic, responses=errors(*AUTHED))
def preview(auth: CurrentAuth, db: DbDep, settings: SettingsDep) -> TransferPreviewPublic:
    """What would move, what still blocks it, which mappings are still to choose."""
    return transfer.preview(db, settings, auth)


@router.post("/transfer", response_model=TransferPublic, responses=errors(*AUTHED, 409))
def execute(body: TransferCreate, auth: CurrentAuth, db: DbDep, settings: SettingsDep) -> TransferPublic:
    """Carry the portfolio over, once: a repeated or concurrent call answers the same transfer."""
    return transfer.execute(db, settings, auth, body)

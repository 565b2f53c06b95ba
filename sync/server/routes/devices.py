"""The teacher's logged-in devices: list them, revoke one (its token stops working at once)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response

from sync.protocol import API_PREFIX, DevicesPublic
from sync.server import accounts
from sync.server.deps import CurrentAuth, DbDep, check_protocol
from sync.server.errors import not_found
from sync.server.routes import AUTHED, errors

router = APIRouter(prefix=API_PREFIX, tags=["accounts"], dependencies=[Depends(check_protocol)])

DeviceId = Annotated[str, Path(pattern=r"^[0-9a-f-]{36}$", description="A device id from GET /v1/devices.")]


@router.get("/devices", response_model=DevicesPublic, responses=errors(*AUTHED))
def list_devices(auth: CurrentAuth, db: DbDep) -> DevicesPublic:
    return DevicesPublic(
        devices=[accounts.device_public(d, auth.device_id) for d in accounts.list_devices(db, auth.teacher_id)]
    )


@router.delete("/devices/{device_id}", status_code=204, responses=errors(*AUTHED, 404))
def revoke_device(device_id: DeviceId, auth: CurrentAuth, db: DbDep) -> Response:
    if accounts.revoke_device(db, auth.teacher_id, device_id) is None:
        raise not_found("No such device.")
    return Response(status_code=204)

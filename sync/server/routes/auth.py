"""Login (password → device token) and logout (revoke this device's token)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import API_PREFIX, LoginCreate, LoginPublic
from sync.server import accounts
from sync.server.deps import CurrentAuth, DbDep, PasswordsDep, SettingsDep, check_protocol
from sync.server.routes import AUTHED, COMMON, errors

router = APIRouter(prefix=API_PREFIX, tags=["accounts"], dependencies=[Depends(check_protocol)])


@router.post("/login", response_model=LoginPublic, responses=errors(*COMMON, 401, 403, 429))
async def login(body: LoginCreate, db: DbDep, settings: SettingsDep, passwords: PasswordsDep) -> LoginPublic:
    """Exchange username and password for a token for one named device. The token is shown only here."""
    token, device, teacher = await run_in_threadpool(
        accounts.login, db, settings, passwords, body.username, body.password, body.device_name
    )
    return LoginPublic(
        token=token,
        device=accounts.device_public(device, device.id),
        teacher=accounts.teacher_public(teacher),
    )


@router.post("/logout", status_code=204, responses=errors(*AUTHED))
def logout(auth: CurrentAuth, db: DbDep) -> Response:
    """Revoke the token this request came with."""
    accounts.revoke_device(db, auth.teacher_id, auth.device_id)
    return Response(status_code=204)

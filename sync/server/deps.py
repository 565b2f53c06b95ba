"""Typed dependencies for the routes: the database, settings, blob store, the caller, the protocol check.

Everything comes from `app.state` (built once by `create_app`), never from module globals, so
tests and several apps in one process never share state. Dependencies that do no I/O are
`async` so they run on the event loop, not on a worker thread (a thread hop per dependency
per request adds up under load).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sync.protocol import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ErrorKind,
)
from sync.server.accounts import AuthContext, authenticate
from sync.server.blobs import BlobStore
from sync.server.config import Settings
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.security import Passwords


@dataclass
class ServerState:
    settings: Settings
    db: Database
    blobs: BlobStore
    passwords: Passwords


def _state(request: Request) -> ServerState:
    state: ServerState = request.app.state.bekwaam
    return state


async def get_db(request: Request) -> Database:
    return _state(request).db


async def get_settings(request: Request) -> Settings:
    return _state(request).settings


async def get_blobs(request: Request) -> BlobStore:
    return _state(request).blobs


async def get_passwords(request: Request) -> Passwords:
    return _state(request).passwords


DbDep = Annotated[Database, Depends(get_db)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
BlobsDep = Annotated[BlobStore, Depends(get_blobs)]
PasswordsDep = Annotated[Passwords, Depends(get_passwords)]

_SUPPORTED = [str(v) for v in range(MIN_PROTOCOL_VERSION, PROTOCOL_VERSION + 1)]


async def check_protocol(
    protocol: Annotated[
        str,
        Header(
            alias=PROTOCOL_HEADER,
            description="The sync protocol version the client speaks.",
            json_schema_extra={"enum": _SUPPORTED},
        ),
    ],
) -> int:
    """The client's protocol version: 426 when it is too old to be served, 400 when unknown.

    A missing header is answered 400 protocol_missing by the validation handler (errors.py).
    """
    try:
        version = int(protocol.strip())
    except ValueError:
        version = -1
    if 0 <= version < MIN_PROTOCOL_VERSION:
        raise ApiError(
            426,
            ErrorKind.UPGRADE_REQUIRED,
            f"This version of Bekwaam is too old for the register (protocol {version}; the register needs "
            f"{MIN_PROTOCOL_VERSION} or newer). Please update Bekwaam.",
            {"protocol_version": PROTOCOL_VERSION, "min_protocol_version": MIN_PROTOCOL_VERSION},
            {"Upgrade": f"Bekwaam-Protocol/{PROTOCOL_VERSION}"},
        )
    if version > PROTOCOL_VERSION or version < 0:
        raise ApiError(
            400,
            ErrorKind.PROTOCOL_UNSUPPORTED,
            f"The register speaks protocol {MIN_PROTOCOL_VERSION} to {PROTOCOL_VERSION}, not {protocol!r}.",
            {"protocol_version": PROTOCOL_VERSION, "min_protocol_version": MIN_PROTOCOL_VERSION},
        )
    return version


_bearer = HTTPBearer(auto_error=False, description="The device token from POST /v1/login.")


def current_auth(
    db: DbDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> AuthContext:
    return authenticate(db, credentials.credentials if credentials is not None else "")


CurrentAuth = Annotated[AuthContext, Depends(current_auth)]

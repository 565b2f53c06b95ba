"""The register server's ASGI application: `create_app(settings)` builds and wires everything.

A process keeps nothing another process needs (DESIGN.md, issue 6): its state is one database
engine, one blob store and the password hasher; all shared facts live in the database or the
blob store, so any number of processes can serve behind a load balancer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.types import Scope

from sync.protocol import API_PREFIX
from sync.server import uploads
from sync.server.blobs import BlobStore, FileBlobStore
from sync.server.config import Settings, load_settings
from sync.server.db import SCHEMA_HEAD, Database, DatabaseError
from sync.server.deps import ServerState
from sync.server.errors import install_error_handlers
from sync.server.fastpath import SyncFastPath
from sync.server.middleware import BodyLimit, MethodGuard, ResponseHeaders
from sync.server.routes import auth, blobs, catalogue, devices, health, me, portfolio, transfer
from sync.server.routes import uploads as upload_routes
from sync.server.security import Passwords

log = logging.getLogger("bekwaam.server")

ALL_ROUTERS = [
    health.router,
    auth.router,
    me.router,
    devices.router,
    portfolio.router,
    blobs.router,
    upload_routes.router,
    catalogue.router,
    transfer.router,
]


async def _cleanup_loop(state: ServerState) -> None:
    """Remove abandoned uploads now and then (every process may; removing twice is harmless)."""
    while True:
        try:
            await run_in_threadpool(uploads.cleanup, state.db, state.settings, state.blobs)
        except Exception:
            log.exception("cleanup failed; trying again later")
        await asyncio.sleep(state.settings.cleanup_interval_seconds)


def create_app(settings: Settings, blob_store: BlobStore | None = None) -> FastAPI:
    db = Database(settings.resolved_database_url, pool_size=settings.db_pool_size)
    state = ServerState(
        settings=settings,
        db=db,
        blobs=blob_store or FileBlobStore(settings.resolved_blob_dir),
        passwords=Passwords(settings.argon2_memory_kib, settings.argon2_time_cost, settings.argon2_parallelism),
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        revision = await run_in_threadpool(db.current_revision)
        if revision != SCHEMA_HEAD:
            raise DatabaseError(
                f"the database is at schema {revision or 'none'}, this server needs {SCHEMA_HEAD}: "
                "run 'bekwaam-server migrate' first"
            )
        # Built once now rather than on the first request (the method guard reads it).
        await run_in_threadpool(app.openapi)
        task = asyncio.create_task(_cleanup_loop(state))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            db.dispose()

    app = FastAPI(
        title="Bekwaam register server",
        summary="Teacher register: accounts, portfolio sync, evidence, catalogue, transfer.",
        version=health.server_version(),
        lifespan=lifespan,
        # The description is served as /openapi.json; no documentation pages that would load
        # scripts from a CDN into the register's origin.
        docs_url=None,
        redoc_url=None,
    )
    app.state.bekwaam = state
    install_error_handlers(app)
    for router in ALL_ROUTERS:
        app.include_router(router)

    def body_limit(scope: Scope) -> int:
        if scope["method"] == "PATCH" and scope["path"].startswith(f"{API_PREFIX}/uploads/"):
            return settings.max_chunk_size
        return settings.max_body_size

    app.add_middleware(BodyLimit, limit_for=body_limit)
    app.add_middleware(MethodGuard, openapi=app.openapi)
    if settings.fast_sync:
        app.add_middleware(SyncFastPath, db=db, settings=settings)
    app.add_middleware(ResponseHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The factory `bekwaam-server serve` hands to uvicorn (so --workers can start several)."""
    config = os.environ.get("BEKWAAM_SERVER_CONFIG")
    return create_app(load_settings(Path(config) if config else None))

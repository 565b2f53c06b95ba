"""Health and version: the two endpoints (with login) that need no token."""

from __future__ import annotations

from importlib import metadata

from fastapi import APIRouter

from sync.protocol import API_PREFIX, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, HealthPublic, VersionPublic
from sync.server.deps import DbDep, SettingsDep
from sync.server.routes import errors

router = APIRouter(tags=["health"])


def server_version() -> str:
    try:
        return metadata.version("bekwaam")
    except metadata.PackageNotFoundError:
        return "0+unknown"


@router.get("/health", response_model=HealthPublic, responses=errors(503))
def health(db: DbDep) -> HealthPublic:
    """Answers ok when this process can reach its database (for load balancers)."""
    db.ping()
    return HealthPublic(status="ok")


@router.get(f"{API_PREFIX}/version", response_model=VersionPublic)
def version(settings: SettingsDep) -> VersionPublic:
    """The protocol versions this server speaks and its limits; needs no token and no protocol header."""
    return VersionPublic(
        server_version=server_version(),
        protocol_version=PROTOCOL_VERSION,
        min_protocol_version=MIN_PROTOCOL_VERSION,
        max_page_size=settings.page_size,
        max_push_changes=settings.max_push_changes,
        max_chunk_size=settings.max_chunk_size,
        max_file_size=settings.max_file_size,
    )

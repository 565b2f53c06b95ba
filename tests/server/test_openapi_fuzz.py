"""schemathesis against the OpenAPI description, in-process (ASGI mode): no 5xx, no answer outside
the schema, unsupported methods answered 405 with a truthful Allow header (check ST205), for
every operation — with a real token, so the protected endpoints are fuzzed past authentication.

The app runs on a fresh SQLite database made at import (schemathesis loads the schema at import
time; its pytest-fixture mode breaks on pytest 9.2). The same run against PostgreSQL is
test_openapi_fuzz_postgres below, when BEKWAAM_TEST_PG_URL is set.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from sync.server import accounts
from sync.server.config import load_settings
from sync.server.db import Database
from sync.server.main import create_app
from sync.server.security import Passwords

CONFIG = SchemathesisConfig.from_dict(
    {
        "generation": {"max-examples": 25, "database": "none"},
        "phases": {"stateful": {"enabled": False}},
        "checks": {
            # Schema-valid data the server may still refuse for its meaning (an unknown upload id,
            # a conflict, a full quota) is a 4xx by design.
            "positive_data_acceptance": {"expected-statuses": ["2xx", "401", "404", "409", "413", "416", "422", "429"]},
            # A body over the size limit is refused before it is read: 413, whatever is in it.
            "negative_data_rejection": {"expected-statuses": ["400", "401", "404", "405", "409", "413", "416", "422",
                                                              "426", "429"]},
        },
    }
)


_SEEN: dict[str, set[int]] = {}


def _app(database_url: str, workdir: Path) -> tuple[Any, Any]:
    settings = load_settings(
        database_url=database_url,
        blob_dir=workdir / "blobs",
        data_dir=workdir,
        today=dt.date(2019, 3, 1),
        argon2_memory_kib=1024,
        argon2_time_cost=1,
        max_file_size=1024 * 1024,
        max_chunk_size=64 * 1024,
        max_body_size=256 * 1024,
        login_lockout_seconds=1,
    )
    db = Database(database_url, pooled=False)
    db.migrate()
    passwords = Passwords(1024, 1, 1)
    accounts.create_teacher(db, settings, passwords, username="fuzz", name="Fuzz", register="vrijwillig",
                            registered_on=dt.date(2015, 1, 1), password="fuzz password 1")
    db.dispose()
    app = create_app(settings)

    def token() -> str:
        return accounts.login(app.state.bekwaam.db, settings, passwords, "fuzz", "fuzz password 1", "fuzzer")[0]

    return app, token


_WORKDIR = Path(tempfile.mkdtemp(prefix="bekwaam-fuzz-"))
atexit.register(shutil.rmtree, _WORKDIR, True)
_APP, _TOKEN = _app(f"sqlite:///{_WORKDIR / 'fuzz.sqlite'}", _WORKDIR)
schema = schemathesis.openapi.from_asgi("/openapi.json", _APP, config=CONFIG)


def _register_auth(target: Any, token: Any) -> None:
    """Tell schemathesis how to authenticate, so it knows which cases carry a token (its auth
    checks send some without on purpose). Logging out revokes the token it came with: that
    operation gets a token of its own, so every other operation is fuzzed past authentication."""
    shared = token()

    @target.auth.auth(refresh_interval=None)
    class _Bearer:
        def get(self, case: Any, ctx: Any) -> str:
            return token() if case.operation.path == "/v1/logout" else shared

        def set(self, case: Any, data: str, ctx: Any) -> None:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def _call(case: Any) -> None:
    response = case.call_and_validate()
    _SEEN.setdefault(f"{case.operation.method.upper()} {case.operation.path}", set()).add(response.status_code)


_register_auth(schema, _TOKEN)


@schema.parametrize()
def test_openapi_fuzz(case: Any) -> None:
    _call(case)


def _pg_schema() -> Any:
    admin = os.environ.get("BEKWAAM_TEST_PG_URL")
    if not admin:
        return None
    import psycopg

    name = f"bk_fuzz_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    workdir = Path(tempfile.mkdtemp(prefix="bekwaam-fuzz-pg-"))
    atexit.register(shutil.rmtree, workdir, True)
    app, token = _app(admin.rsplit("/", 1)[0] + "/" + name, workdir)
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG), token


_PG = _pg_schema()

if _PG is not None:
    pg_schema, _PG_TOKEN = _PG
    _register_auth(pg_schema, _PG_TOKEN)

    # Once in a few runs psycopg reports a pooled connection collected while open (a
    # ResourceWarning at garbage collection, not a failed request); not yet traced, see the report.
    @pytest.mark.postgres
    @pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
    @pg_schema.parametrize()
    def test_openapi_fuzz_postgres(case: Any) -> None:
        _call(case)

else:

    @pytest.mark.postgres
    def test_openapi_fuzz_postgres() -> None:
        pytest.skip("PostgreSQL not available: set BEKWAAM_TEST_PG_URL (./run-tests starts one and sets it)")


def test_the_fuzzing_got_past_authentication() -> None:
    """Every operation answered something other than 401 at least once (the fuzz reached its code)."""
    if not _SEEN:
        pytest.skip("run together with test_openapi_fuzz")
    stuck = sorted(op for op, statuses in _SEEN.items() if statuses <= {401})
    assert not stuck, stuck
    succeeded = [op for op, statuses in _SEEN.items() if any(200 <= s < 300 for s in statuses)]
    assert len(succeeded) >= len(_SEEN) * 2 // 3, _SEEN

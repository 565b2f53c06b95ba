"""Fixtures for the register server: the real server under uvicorn on 127.0.0.1, on SQLite and PostgreSQL.

`server` is one `bekwaam-server serve` subprocess per backend for the whole session (each test
makes its own teachers, so tests do not see each other's data); `start_server` starts extra
ones with other settings (another calendar date, tiny quotas). PostgreSQL cases need
BEKWAAM_TEST_PG_URL (./run-tests starts a private PostgreSQL and sets it); without it they skip.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from sync.protocol import PROTOCOL_VERSION
from sync.server import accounts
from sync.server.config import Settings, load_settings
from sync.server.db import Database
from sync.server.security import Passwords
from tests.conftest import REPO_ROOT

PG_ENV = "BEKWAAM_TEST_PG_URL"
PASSWORD = "correct horse battery"
TODAY = dt.date(2019, 3, 1)  # the transfer window is open, the voluntary register closed

#: Settings every test server starts with (cheap Argon2, small limits so tests can reach them).
BASE_CONFIG: dict[str, Any] = {
    "today": TODAY,
    "argon2_memory_kib": 1024,
    "argon2_time_cost": 1,
    "login_free_attempts": 3,
    "login_lockout_after": 6,
    "login_lockout_seconds": 60,
    "max_file_size": 8 * 1024 * 1024,
    "quota_bytes": 20 * 1024 * 1024,
    "max_chunk_size": 1024 * 1024,
    "max_body_size": 2 * 1024 * 1024,
    "page_size": 500,
    "max_push_changes": 500,
}

_counter = itertools.count(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def listens_on(pid: int, port: int) -> bool:
    """Whether process `pid` holds the listening TCP socket on 127.0.0.1:`port` (Linux /proc)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{fields[9]}]")
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(fd) in inodes:
                return True
        except OSError:
            continue
    return False


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_config(path: Path, values: dict[str, Any]) -> Path:
    path.write_text("".join(f"{k} = {toml_value(v)}\n" for k, v in values.items() if v is not None), "utf-8")
    return path


# --------------------------------------------------------------------------- databases


def _pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL not available: set {PG_ENV} (./run-tests starts one and sets it)")
    return url


def _pg_execute(admin_url: str, sql: str) -> None:
    import psycopg

    conninfo = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql)


@dataclass
class DatabaseFactory:
    backend: str
    tmp: Path
    created: list[str] = field(default_factory=list)

    def new(self) -> str:
        """A new, empty, migrated database; its URL."""
        name = f"bk_{uuid.uuid4().hex[:12]}"
        if self.backend == "sqlite":
            url = f"sqlite:///{self.tmp / (name + '.sqlite')}"
        else:
            admin = _pg_admin_url()
            _pg_execute(admin, f'CREATE DATABASE "{name}"')
            self.created.append(name)
            url = admin.rsplit("/", 1)[0] + "/" + name
        db = Database(url, pooled=False)
        db.migrate(backup_dir=self.tmp / "backups")
        db.dispose()
        return url

    def drop_all(self) -> None:
        if self.backend != "postgres":
            return
        admin = os.environ.get(PG_ENV)
        for name in self.created:
            if admin:
                _pg_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres":
        _pg_admin_url()
    return str(request.param)


@pytest.fixture(scope="session")
def databases(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseFactory]:
    factory = DatabaseFactory(backend, tmp_path_factory.mktemp(f"db-{backend}"))
    yield factory
    factory.drop_all()


# --------------------------------------------------------------------------- server processes


class Server:
    """A `bekwaam-server serve` subprocess on 127.0.0.1 and what it was started with."""

    def __init__(self, db_url: str, blob_dir: Path, config: dict[str, Any], workdir: Path):
        self.db_url = db_url
        self.blob_dir = blob_dir
        self.config_values = dict(config)
        self.workdir = workdir
        self.config_file = write_config(workdir / f"server-{next(_counter)}.toml", config)
        self.settings: Settings = load_settings(self.config_file, database_url=db_url, blob_dir=blob_dir)
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = workdir / f"server-{next(_counter)}.log"
        self._db: Database | None = None
        self._passwords: Passwords | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        for _attempt in range(3):
            self.port = free_port()
            cmd = [
                sys.executable, "-m", "sync.server.cli", "serve", "--db", self.db_url, "--blobs", str(self.blob_dir),
                "--config", str(self.config_file), "--host", "127.0.0.1", "--port", str(self.port),
                "--no-access-log",
            ]
            with open(self.log, "ab") as log:
                env = {k: v for k, v in os.environ.items() if not k.startswith("BEKWAAM_SERVER_")}
                self.proc = subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and self.proc.poll() is None:
                try:
                    # The port was free when picked; another test run on this machine may have taken it since,
                    # and its server would answer too: only ours counts.
                    if requests.get(f"{self.url}/health", timeout=1).status_code == 200:
                        if listens_on(self.proc.pid, self.port):
                            return self
                        break
                except requests.ConnectionError:
                    pass
                time.sleep(0.05)
            self.stop()
        raise RuntimeError(f"the server did not start:\n{self.log.read_text(errors='replace')[-3000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self._db is not None:
            self._db.dispose()
            self._db = None

    # Direct access to the same database, for setting up teachers and checking what was stored.
    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = Database(self.db_url, pooled=False)
        return self._db

    def add_teacher(
        self,
        register: str = "vrijwillig",
        registered_on: dt.date = dt.date(2015, 9, 1),
        sectors: tuple[str, ...] = ("vo",),
        password: str = PASSWORD,
    ) -> str:
        if self._passwords is None:
            self._passwords = Passwords(1024, 1, 1)
        username = f"t{next(_counter)}-{uuid.uuid4().hex[:6]}"
        accounts.create_teacher(
            self.db, self.settings, self._passwords, username=username, name=f"Docent {username}",
            register=register, registered_on=registered_on, password=password, sectors=sectors,
        )
        return username

    def client(self, username: str | None = None, device: str = "laptop") -> Client:
        c = Client(self.url)
        if username is not None:
            c.login(username, device=device)
        return c


class ApiError(AssertionError):
    pass


class Client:
    """A minimal protocol client over requests (the real client is the app's own)."""

    def __init__(self, url: str, token: str | None = None):
        self.url = url
        self.http = requests.Session()
        self.http.headers["Bekwaam-Protocol"] = str(PROTOCOL_VERSION)
        self.token = token
        if token:
            self.http.headers["Authorization"] = f"Bearer {token}"
        self.device_id: str | None = None

    def request(self, method: str, path: str, **kw: Any) -> requests.Response:
        kw.setdefault("timeout", 30)
        return self.http.request(method, self.url + path, **kw)

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.request("POST", path, **kw)

    def login(self, username: str, password: str = PASSWORD, device: str = "laptop") -> requests.Response:
        r = self.post("/v1/login", json={"username": username, "password": password, "device_name": device})
        if r.status_code == 200:
            self.token = r.json()["token"]
            self.device_id = r.json()["device"]["id"]
            self.http.headers["Authorization"] = f"Bearer {self.token}"
        return r

    def push(self, changes: list[dict[str, Any]], key: str | None = None) -> requests.Response:
        return self.post("/v1/portfolio/changes", json={"changes": changes},
                         headers={"Idempotency-Key": key or str(uuid.uuid4())})

    def pull_all(self, since: int = 0, limit: int = 500) -> tuple[list[dict[str, Any]], int]:
        out: list[dict[str, Any]] = []
        while True:
            r = self.get("/v1/portfolio/changes", params={"since": since, "limit": limit})
            expect(r, 200)
            page = r.json()
            out += page["changes"]
            since = page["cursor"]
            if not page["has_more"]:
                return out, since

    def upload(self, content: bytes, chunk: int = 256 * 1024) -> requests.Response:
        import hashlib

        sha = hashlib.sha256(content).hexdigest()
        r = self.post("/v1/uploads", json={"sha256": sha, "size": len(content)})
        if r.status_code != 201 or r.json()["complete"]:
            return r
        upload_id, offset = r.json()["id"], r.json()["offset"]
        while True:
            r = self.request("PATCH", f"/v1/uploads/{upload_id}", data=content[offset : offset + chunk],
                             headers={"Upload-Offset": str(offset), "Content-Type": "application/octet-stream"})
            if r.status_code != 200 or r.json()["complete"]:
                return r
            offset = r.json()["offset"]


def expect(r: requests.Response, status: int, kind: str | None = None) -> Any:
    """Assert the status (and the error kind); return the JSON body."""
    try:
        body = r.json() if r.content else None
    except ValueError:
        body = r.text
    if r.status_code != status or (kind is not None and (not isinstance(body, dict) or body.get("kind") != kind)):
        raise ApiError(
            f"{r.request.method} {r.request.url}: expected {status} {kind or ''}, got {r.status_code}: {body}"
        )
    return body


def activity(record_id: str | None = None, **fields: Any) -> dict[str, Any]:
    """A valid activity record as plain data."""
    data = {
        "id": record_id or str(uuid.uuid4()),
        "title": "Cursus formatief evalueren",
        "type": "cursus",
        "start": "2016-02-03",
        "end": "2016-03-17",
        "contact_hours": 12.0,
        "self_study_hours": 8.0,
        "domains": ["vakdidactisch"],
    }
    data.update(fields)
    return data


def change(
    data: dict[str, Any], type_: str = "activity", base: int | None = None, deleted: bool = False
) -> dict[str, Any]:
    return {"type": type_, "id": data["id"], "base_version": base, "deleted": deleted,
            "data": None if deleted else data}


@pytest.fixture(scope="session")
def start_server(
    databases: DatabaseFactory, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[..., Server]]:
    """Start another server; keyword arguments override BASE_CONFIG (db_url= shares a database)."""
    started: list[Server] = []

    def start(db_url: str | None = None, blob_dir: Path | None = None, **config: Any) -> Server:
        workdir = tmp_path_factory.mktemp("server")
        server = Server(db_url or databases.new(), blob_dir or workdir / "blobs", {**BASE_CONFIG, **config}, workdir)
        started.append(server)
        return server.start()

    yield start
    for s in started:
        s.stop()


@pytest.fixture(scope="session")
def server(start_server: Callable[..., Server]) -> Server:
    """The shared server of a backend (the calendar's today: 2019-03-01)."""
    return start_server()

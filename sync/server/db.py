"""The server database: engines for SQLite and PostgreSQL, read and write transactions, migrations.

Writes that read-then-decide (push, transfer, uploads, login counters) run in a *write*
transaction: on SQLite it begins with BEGIN IMMEDIATE, which takes the database's write lock
up front (so two processes never deadlock upgrading a read lock); on PostgreSQL the code locks
the rows it decides on with SELECT ... FOR UPDATE. Reads run in ordinary transactions and,
on SQLite in WAL mode, never wait for a writer.

Migrations (Alembic, migrations/) run with their version bump in one transaction. On SQLite
the database file is first copied aside with SQLite's backup API; on PostgreSQL the operator
takes a pg_dump first (docs/operations.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from alembic.config import Config

try:
    import fcntl
except ImportError:  # not on Unix: writers of one process still queue in the thread lock
    fcntl = None  # type: ignore[assignment]

#: The newest migration; tests check that it is Alembic's head.
SCHEMA_HEAD = "0002"
BACKUPS_KEPT = 5


class DatabaseError(Exception):
    """The database cannot be used as asked; the message says why and what to do."""


def utcnow() -> dt.datetime:
    """Wall-clock time (naive UTC) for timestamps; the register calendar has its own 'today'."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def normalise_url(url: str) -> str:
    """Accept postgresql:// and postgres:// for psycopg 3; refuse what we do not support."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {url!r} (use sqlite:///PATH or postgresql://...)") from None
    backend = parsed.get_backend_name()
    if backend in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend != "sqlite":
        raise DatabaseError(f"unsupported database {backend!r}: use SQLite or PostgreSQL")
    return parsed.render_as_string(hide_password=False)


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine) -> None:
    """WAL, full fsync, a busy timeout, and SQLAlchemy-controlled BEGINs (so DDL is transactional)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("bekwaam_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def make_engine(url: str, pool_size: int = 10, pooled: bool = True) -> Engine:
    url = normalise_url(url)
    path = _sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = {}
    if not pooled:
        kwargs["poolclass"] = NullPool
    elif url.startswith("postgresql"):
        kwargs.update(pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True, pool_timeout=30)
    elif path is not None:
        kwargs.update(pool_size=pool_size, max_overflow=2 * pool_size, pool_timeout=30)
    try:
        engine = create_engine(url, **kwargs)
    except NoSuchModuleError as exc:
        raise DatabaseError(f"no driver for {url.split(':')[0]}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


class _SqliteWriteLock:
    """Lets one write transaction at a time into SQLite, waking the next writer at once.

    SQLite allows one writer; a second BEGIN IMMEDIATE gets SQLITE_BUSY and its busy handler
    sleeps 1, 2, 5, 10 ... 100 ms between tries, so under load writers queue in sleeps far
    longer than the write itself (well under a millisecond). Here writers wait in a lock that
    hands over directly: a thread lock within the process and, for the worker processes of
    `serve --workers N`, an flock on a file beside the database. Anything else writing to the
    database (the administrative commands) still meets SQLite's own lock and busy timeout.
    """

    def __init__(self, path: Path | None):
        self._threads = threading.Lock()
        self._depth = threading.local()
        self._path = path
        self._fd: int | None = None

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        depth = getattr(self._depth, "n", 0)
        if depth:  # a write inside a write of the same thread: already held
            self._depth.n = depth + 1
            try:
                yield
            finally:
                self._depth.n = depth
            return
        with self._threads:
            fd = self._file()
            if fd is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            self._depth.n = 1
            try:
                yield
            finally:
                self._depth.n = 0
                if fd is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)

    def _file(self) -> int | None:
        if self._fd is None and self._path is not None and fcntl is not None:
            self._fd = os.open(self._path.with_name(self._path.name + ".write-lock"), os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class Database:
    """One engine and its two kinds of transaction."""

    def __init__(self, url: str, pool_size: int = 10, pooled: bool = True):
        self.url = normalise_url(url)
        self.engine = make_engine(self.url, pool_size=pool_size, pooled=pooled)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write_engine = self.engine.execution_options(bekwaam_write=True)
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)
        self._write_lock = _SqliteWriteLock(_sqlite_path(self.url)) if self.is_sqlite else None

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def query(self) -> Iterator[Connection]:
        """A read transaction on a plain connection: less overhead than a Session for hot paths."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits when the block ends and rolls back on an exception."""
        with self._serialised(), self._write() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def write_query(self) -> Iterator[Connection]:
        """A write transaction on a plain connection (Core statements): the hot paths' `write`."""
        with self._serialised(), self._write_engine.connect() as conn, conn.begin():
            yield conn

    def _serialised(self) -> contextlib.AbstractContextManager[None]:
        return self._write_lock.hold() if self._write_lock is not None else contextlib.nullcontext()

    def ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()
        if self._write_lock is not None:
            self._write_lock.close()

    # ------------------------------------------------------------------ schema

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            has = self.engine.dialect.has_table(conn, "alembic_version")
            if not has:
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            conn.rollback()
            return str(row[0]) if row else None

    def is_current(self) -> bool:
        return self.current_revision() == SCHEMA_HEAD

    def migrate(self, backup_dir: Path | None = None) -> Path | None:
        """Bring the schema to the newest version in one transaction; return the backup made."""
        if self.is_current():
            return None
        backup = None
        path = _sqlite_path(self.url)
        if path is not None and path.exists() and path.stat().st_size > 0:
            backup = _backup_sqlite(path, backup_dir or path.parent / "backups")
        from alembic import command

        with self.engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return backup


def script_location() -> str:
    return str(resources.files("sync.server").joinpath("migrations"))


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", script_location())
    return cfg


def _backup_sqlite(path: Path, backups: Path) -> Path:
    backups.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"server-{stamp}.sqlite"
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())
    for old in sorted(backups.glob("server-*.sqlite"))[:-BACKUPS_KEPT]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target

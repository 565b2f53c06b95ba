"""Opening the local database: SQLite tuned for safety, and migrations that cannot half-apply.

How a migration runs (STYLE.md habit 11, the lesson of Vorta's broken upgrades):
1. the database is checkpointed and copied aside to backups/ with SQLite's backup API;
2. a working copy is migrated — every migration and its version bump in one transaction;
3. only when that committed and the copy passes `PRAGMA integrity_check` does the copy
   atomically replace the database (os.replace).
The original file is never opened for writing by a migration, so a failure at any point —
an exception, a crash, a full disk — leaves it byte for byte as it was, and the app says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sync.durable import fsync_dir as _fsync_dir
from sync.durable import fsync_file as _fsync_file

if TYPE_CHECKING:
    from alembic.config import Config

BACKUPS_KEPT = 5

#: The newest migration's revision. Knowing it here lets a start-up with an up-to-date
#: database skip importing Alembic (a third of a second); tests check it equals Alembic's head.
SCHEMA_HEAD = "0002"


class StoreError(Exception):
    """A problem opening or changing the local store; carries a Dutch and an English message."""

    def __init__(self, message_en: str, message_nl: str):
        super().__init__(message_en)
        self.message_en = message_en
        self.message_nl = message_nl

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


class MigrationError(StoreError):
    """A migration failed; the original database is untouched and a backup exists."""

    def __init__(self, db_path: Path, backup: Path | None, cause: BaseException):
        self.db_path = db_path
        self.backup = backup
        self.cause = cause
        where = f" A copy is in {backup}." if backup else ""
        super().__init__(
            f"Could not update the portfolio database {db_path} to the new version: {cause}. "
            f"Your portfolio is unchanged.{where} Please report this problem.",
            f"Het bijwerken van de portfoliodatabase {db_path} naar de nieuwe versie is mislukt: "
            f"{cause}. Uw portfolio is ongewijzigd.{where.replace('A copy is in', 'Een kopie staat in')} "
            "Meld dit probleem alstublieft.",
        )


def default_script_location() -> str:
    return str(resources.files("desktop.store").joinpath("migrations"))


def _configure_sqlite(engine: Engine) -> None:
    """Pragmas for safety, and real BEGINs so that DDL is transactional.

    pysqlite (Python 3.11) does not emit BEGIN before DDL; the SQLAlchemy-documented recipe
    below hands transaction control to SQLAlchemy so migrations roll back as a whole.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    _configure_sqlite(engine)
    return engine


def _alembic_config(script_location: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", script_location)
    return cfg


def head_revision(script_location: str | None = None) -> str:
    if script_location is None:
        return SCHEMA_HEAD
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(script_location))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(path: Path) -> str | None:
    """The schema revision of an existing database file, read without changing it."""
    uri = f"file:{path}?mode=ro"
    con = sqlite3.connect(uri, uri=True)
    try:
        rows = con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchall()
        if not rows:
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
            if tables and tables[0]:
                raise StoreError(
                    f"{path} is not a Bekwaam portfolio database.",
                    f"{path} is geen Bekwaam-portfoliodatabase.",
                )
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path} cannot be read as a database: {exc}.",
            f"{path} is niet te lezen als database: {exc}.",
        ) from exc
    finally:
        con.close()


def _checkpoint(path: Path) -> None:
    """Fold any WAL into the main file so a file-level copy or replace is complete."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _backup(path: Path, backups: Path, label: str) -> Path:
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"bekwaam-{label}-{stamp}.sqlite"
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    _fsync_file(target)
    _fsync_dir(backups)
    return target


def _prune_backups(backups: Path, keep: int = BACKUPS_KEPT) -> None:
    files = sorted(backups.glob("bekwaam-*.sqlite"), key=lambda p: p.stat().st_mtime)
    for old in files[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()


def _upgrade(path: Path, script_location: str) -> None:
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            from alembic import command

            cfg = _alembic_config(script_location)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.connect() as conn:
            ok = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if ok != "ok":
                raise StoreError(
                    f"integrity check after migration: {ok}",
                    f"integriteitscontrole na het bijwerken: {ok}",
                )
    finally:
        engine.dispose()


def migrate(path: Path, backups: Path, script_location: str | None = None) -> Path | None:
    """Bring the database at `path` to the newest schema; return the backup made, if any."""
    head = head_revision(script_location)
    script_location = script_location or default_script_location()
    if not path.exists():
        # A new portfolio: build it beside the final name, then move it in place.
        work = path.with_name(path.name + ".new")
        for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            leftover.unlink(missing_ok=True)
        try:
            _upgrade(work, script_location)
            _checkpoint(work)
            _fsync_file(work)
            os.replace(work, path)
            _fsync_dir(path.parent)
        except Exception:
            work.unlink(missing_ok=True)
            raise
        return None
    current = current_revision(path)
    if current == head:
        return None
    _checkpoint(path)
    backup = _backup(path, backups, f"rev{current or 'none'}")
    work = path.with_name(path.name + ".migrating")
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        shutil.copyfile(backup, work)
        _upgrade(work, script_location)
        _checkpoint(work)
        _fsync_file(work)
    except Exception as exc:
        for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            leftover.unlink(missing_ok=True)
        raise MigrationError(path, backup, exc) from exc
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)  # checkpointed above: nothing in them
    os.replace(work, path)
    _fsync_dir(path.parent)
    return backup


@dataclass
class Database:
    """An open local database: engine and session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backup_made: Path | None = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any exception."""
        with self.sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, backups: Path, script_location: str | None = None) -> Database:
    """Open (creating or migrating first) the portfolio database at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    backup = migrate(path, backups, script_location)
    engine = make_engine(path)
    db = Database(
        path=path,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        backup_made=backup,
    )
    if backup is not None:
        _prune_backups(backups)
    return db


def schema_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()

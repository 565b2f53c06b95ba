"""The server's schema: the Alembic migrations build exactly the tables models.py describes, on
SQLite and PostgreSQL; SCHEMA_HEAD is the newest migration; a SQLite migration keeps a copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from sync.server import models
from sync.server.db import SCHEMA_HEAD, Database, alembic_config
from tests.server.conftest import DatabaseFactory


def test_schema_head_is_the_newest_migration() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_migrations_match_the_models(databases: DatabaseFactory) -> None:
    db = Database(databases.new(), pooled=False)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), models.Base.metadata)
        assert diff == []
        assert db.is_current()
    finally:
        db.dispose()


def test_migrating_an_existing_sqlite_file_keeps_a_copy_first(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE note (text TEXT)")
    con.execute("INSERT INTO note VALUES ('kept')")
    con.commit()
    con.close()
    db = Database(f"sqlite:///{path}", pooled=False)
    backup = db.migrate(backup_dir=tmp_path / "backups")
    db.dispose()
    assert backup is not None and backup.exists()
    assert sqlite3.connect(backup).execute("SELECT text FROM note").fetchall() == [("kept",)]
    assert db.migrate() is None  # already current: nothing to do, no copy

"""The server's schema: the Alembic migrations build exactly the tables models.py describes, on
SQLite and PostgreSQL; SCHEMA_HEAD is the newest migration; a SQLite migration keeps a copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

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


def test_migration_0002_keeps_the_files_teachers_have_and_counts_them(databases: DatabaseFactory) -> None:
    """A 0001 database with a teacher's file: after the upgrade the row is there,
    unreleased (it still counts), and the new indexes exist — on SQLite and PostgreSQL."""
    import datetime as dt

    from alembic import command
    from sqlalchemy import inspect, text

    from sync.server import uploads

    db = Database(databases.new(), pooled=False)
    try:
        with db.engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")  # the migrated database, back at 0001
            conn.execute(text(
                "INSERT INTO teacher (username, name, password_hash, register, register_number, registered_on, "
                "sectors, created_at, disabled) VALUES ('anna', 'Anna', 'x', 'vrijwillig', 'RL-1', :d, '[]', :t, false)"
            ), {"d": dt.date(2015, 3, 1), "t": dt.datetime(2019, 3, 1)})
            conn.execute(text(
                "INSERT INTO teacher_blob (teacher_id, sha256, size, created_at) "
                "SELECT id, :sha, 1234, :t FROM teacher WHERE username = 'anna'"
            ), {"sha": "a" * 64, "t": dt.datetime(2019, 3, 1)})
        assert db.current_revision() == "0001"
        db.migrate()
        assert db.is_current()
        with db.read() as s:
            teacher_id = s.scalars(select(models.Teacher.id)).one()
            row = s.get_one(models.TeacherBlob, (teacher_id, "a" * 64))
            assert row.released_at is None and row.size == 1234
        assert uploads.used_bytes(db, teacher_id) == 1234
        with db.engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("teacher_blob")}
        assert {"ix_teacher_blob_released_at", "ix_teacher_blob_sha256"} <= indexes
    finally:
        db.dispose()

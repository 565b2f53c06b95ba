"""The local store: migrations that cannot half-apply, and the content-addressed evidence store."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.paths import DataPaths
from desktop.services import open_services
from desktop.store import models
from desktop.store.blobs import Cancelled, EvidenceCorrupted, EvidenceStore
from desktop.store.db import (
    MigrationError,
    StoreError,
    current_revision,
    default_script_location,
    head_revision,
    make_engine,
    open_database,
)

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "portfolio-rev0001.sqlite"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ------------------------------------------------------------------------------ migrations


def test_schema_head_constant_is_alembics_head() -> None:
    assert head_revision() == head_revision(default_script_location())


def test_new_database_is_at_head_and_matches_the_models(tmp_path: Path) -> None:
    db = open_database(tmp_path / "p.sqlite", tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), models.Base.metadata)
        assert diff == []
        assert current_revision(db.path) == head_revision()
        assert db.backup_made is None
        assert not list((tmp_path).glob("*.new"))
    finally:
        db.close()


def test_older_portfolio_is_upgraded_with_a_backup_in_place(tmp_path: Path) -> None:
    data = tmp_path / "portfolio"
    data.mkdir()
    shutil.copyfile(FIXTURE, data / "bekwaam.sqlite")
    original = (data / "bekwaam.sqlite").read_bytes()
    assert current_revision(data / "bekwaam.sqlite") == "0001"
    with open_services(data) as s:
        assert current_revision(s.db.path) == head_revision() != "0001"
        titles = sorted(a.title for a in s.portfolio.list_activities())
        assert titles == ["Cursus begrijpend lezen", "Studiedag rekenen"]
        assert all(a.sbl_competences == () for a in s.portfolio.list_activities())
        assert s.portfolio.profile().name == "Joke Smits-Ëlberg"  # type: ignore[union-attr]
        assert s.device_id == "00000000-0000-4000-8000-00000000d001"
        backup = s.db.backup_made
    assert backup is not None and backup.parent == data / "backups"
    assert "rev0001" in backup.name
    con = sqlite3.connect(backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT count(*) FROM activity").fetchone() == (2,)
    con.close()
    assert len(original) > 0


def _failing_scripts(tmp_path: Path) -> str:
    scripts = tmp_path / "scripts"
    shutil.copytree(default_script_location(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision(default_script_location())
    (scripts / "versions" / "9999_fails.py").write_text(
        f'''"""A migration that does real work and then fails."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("activity", sa.Column("doomed", sa.Integer, nullable=True))
    op.execute("UPDATE activity SET title = 'overwritten'")
    op.execute("DELETE FROM profile")
    raise RuntimeError("disk on fire")
''',
        "utf-8",
    )
    return str(scripts)


def test_failed_migration_leaves_the_original_byte_identical_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "portfolio"
    data.mkdir()
    db_file = data / "bekwaam.sqlite"
    shutil.copyfile(FIXTURE, db_file)
    before = db_file.read_bytes()
    with pytest.raises(MigrationError) as err:
        open_services(data, script_location=_failing_scripts(tmp_path))
    assert db_file.read_bytes() == before
    assert not any(p.name.endswith((".migrating", "-wal", "-shm")) for p in data.iterdir())
    message_nl = err.value.message("nl")
    assert "Uw portfolio is ongewijzigd" in message_nl and "disk on fire" in message_nl
    assert "Your portfolio is unchanged" in err.value.message("en")
    assert err.value.backup is not None and err.value.backup.exists()
    # and the normal code still opens the untouched file afterwards
    with open_services(data) as s:
        assert len(s.portfolio.list_activities()) == 2


def test_failed_migration_of_a_current_database_keeps_every_change(tmp_path: Path) -> None:
    data = tmp_path / "portfolio"
    with open_services(data) as s:
        s.portfolio.set_profile(name="Bas")
    db_file = data / "bekwaam.sqlite"
    before = db_file.read_bytes()
    with pytest.raises(MigrationError):
        open_services(data, script_location=_failing_scripts(tmp_path))
    assert db_file.read_bytes() == before
    with open_services(data) as s:
        assert s.portfolio.profile().name == "Bas"  # type: ignore[union-attr]


def test_a_file_that_is_not_a_portfolio_is_refused_clearly(tmp_path: Path) -> None:
    bogus = tmp_path / "bekwaam.sqlite"
    bogus.write_bytes(b"this is a word document, honestly" * 100)
    with pytest.raises(StoreError) as err:
        open_database(bogus, tmp_path / "b")
    assert "niet te lezen" in err.value.message("nl")
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(StoreError, match="not a Bekwaam portfolio"):
        open_database(other, tmp_path / "b")


def test_sqlite_is_set_up_for_safety(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.sqlite")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


# ------------------------------------------------------------------------------ evidence store


def test_store_hashes_dedupes_and_shards(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "ev", chunk_size=7)
    src = tmp_path / "cert.pdf"
    payload = b"%PDF-1.4 certificaat " * 100
    src.write_bytes(payload)
    first = store.put_file(src)
    assert first.sha256 == sha(payload) and first.size == len(payload) and not first.existed
    path = store.path_for(first.sha256)
    assert path.relative_to(tmp_path / "ev").parts == (first.sha256[:2], first.sha256[2:4], first.sha256)
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(payload)
    second = store.put_file(copy)
    assert second.existed and second.sha256 == first.sha256
    assert list(store.iter_hashes()) == [first.sha256]
    assert store.read_verified(first.sha256) == payload
    assert list(store.tmp.iterdir()) == []


def test_verification_catches_a_corrupted_or_missing_file(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "ev")
    blob = store.put_bytes(b"original evidence")
    path = store.path_for(blob.sha256)
    path.chmod(0o644)
    path.write_bytes(b"original evidencE")
    assert not store.verify(blob.sha256)
    with pytest.raises(EvidenceCorrupted):
        store.read_verified(blob.sha256)
    with pytest.raises(EvidenceCorrupted):
        store.copy_out(blob.sha256, tmp_path / "out" / "x.bin")
    assert not (tmp_path / "out" / "x.bin").exists()
    path.unlink()
    assert not store.verify(blob.sha256)


def test_interrupted_write_leaves_no_partial_file(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "ev", chunk_size=1024)
    src = tmp_path / "big.bin"
    payload = bytes(range(256)) * 400
    src.write_bytes(payload)
    seen: list[int] = []

    def explode(done: int, total: int) -> None:
        seen.append(done)
        if done >= len(payload) // 2:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        store.put_file(src, progress=explode)
    assert seen and seen[-1] < len(payload)
    assert list(store.iter_hashes()) == [] and list(store.tmp.iterdir()) == []
    calls = iter(range(10**6))
    with pytest.raises(Cancelled):
        store.put_file(src, cancel=lambda: next(calls) > 5)
    assert not store.exists(sha(payload)) and list(store.tmp.iterdir()) == []


def test_leftovers_of_a_crash_are_cleared_at_start(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "p").ensure()
    (paths.evidence / "tmp").mkdir(parents=True)
    (paths.evidence / "tmp" / "write-crashed").write_bytes(b"half a file")
    with open_services(paths.root) as s:
        assert list(s.blobs.tmp.iterdir()) == []


def test_expected_hash_is_enforced(tmp_path: Path) -> None:
    import io

    store = EvidenceStore(tmp_path / "ev")
    with pytest.raises(EvidenceCorrupted):
        store.put_stream(io.BytesIO(b"abc"), 3, expected_sha256=sha(b"abd"))
    assert list(store.iter_hashes()) == []


def test_large_files_copied_in_the_kernel_match_the_streamed_path(tmp_path: Path) -> None:
    import io
    import os

    store = EvidenceStore(tmp_path / "ev", chunk_size=1024)  # > 4 chunks: the copy_file_range path
    payload = os.urandom(300_000)
    src = tmp_path / "video.mp4"
    src.write_bytes(payload)
    progress: list[tuple[int, int]] = []
    via_kernel = store.put_file(src, progress=lambda d, t: progress.append((d, t)))
    assert via_kernel.sha256 == sha(payload) and via_kernel.size == len(payload) and not via_kernel.existed
    assert progress[-1] == (len(payload), len(payload))
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    via_stream = store.put_stream(io.BytesIO(payload), len(payload))
    assert via_stream.sha256 == via_kernel.sha256 and via_stream.existed
    assert store.read_verified(via_kernel.sha256) == payload
    assert list(store.tmp.iterdir()) == []

"""Configuration precedence and the file-system blob store on their own (no server needed)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from sync.server import blobs
from sync.server.blobs import FileBlobStore, HashMismatch
from sync.server.config import ConfigError, load_settings

UPLOAD_ID = "0b0e2a3c-1111-4222-8333-444455556666"


def test_settings_precedence_command_line_over_environment_over_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "server.toml"
    config.write_text('[server]\ntoday = 2019-03-01\nquota_bytes = 100\ndatabase_url = "sqlite:///file.db"\n')
    settings = load_settings(config)
    assert settings.today == dt.date(2019, 3, 1) and settings.quota_bytes == 100
    assert settings.calendar_today() == dt.date(2019, 3, 1)
    monkeypatch.setenv("BEKWAAM_SERVER_QUOTA_BYTES", "200")
    monkeypatch.setenv("BEKWAAM_SERVER_DATABASE_URL", "sqlite:///env.db")
    settings = load_settings(config)
    assert settings.quota_bytes == 200 and settings.resolved_database_url == "sqlite:///env.db"
    settings = load_settings(config, database_url="sqlite:///cli.db")
    assert settings.resolved_database_url == "sqlite:///cli.db"


def test_settings_are_checked(tmp_path: Path) -> None:
    assert load_settings(data_dir=tmp_path).resolved_blob_dir == tmp_path / "blobs"
    assert load_settings().calendar_today() == dt.date.today()
    with pytest.raises(ConfigError, match="transfer_deadline is before transfer_opens"):
        load_settings(transfer_deadline=dt.date(2018, 1, 1))
    with pytest.raises(ConfigError, match="login_lockout_after"):
        load_settings(login_free_attempts=5, login_lockout_after=2)
    bad = tmp_path / "bad.toml"
    bad.write_text("today = \"gisteren\"\n")
    with pytest.raises(ConfigError, match=r"bad\.toml.*today"):
        load_settings(bad)


def test_blob_store_refuses_names_that_are_not_hashes_or_upload_ids(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    for name in ("../../etc/passwd", "a" * 63, "A" * 64, "a" * 64 + "/x", ""):
        with pytest.raises(ValueError):
            store.size(name)
    for upload_id in ("../x", "0b0e2a3c-1111-4222-8333-44445555666/", UPLOAD_ID.upper()):
        with pytest.raises(ValueError):
            store.open_upload(upload_id, 0)


def test_upload_append_truncate_finish_and_read_ranges(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    data = os.urandom(3 * 1024 * 1024 + 5)
    sha = hashlib.sha256(data).hexdigest()
    w = store.open_upload(UPLOAD_ID, 0)
    w.write(data[:1000])
    assert w.commit() == 1000
    # A failed attempt wrote past the recorded offset: the next writer drops those bytes.
    w = store.open_upload(UPLOAD_ID, 1000)
    w.write(b"garbage")
    w.abort()
    assert store.upload_length(UPLOAD_ID) == 1007
    w = store.open_upload(UPLOAD_ID, 1000)
    w.write(data[1000:])
    assert w.commit() == len(data)
    with pytest.raises(ValueError):
        store.open_upload(UPLOAD_ID, len(data) + 1)  # storage has fewer bytes than the offset
    store.finish_upload(UPLOAD_ID, sha)
    assert store.size(sha) == len(data) and store.upload_length(UPLOAD_ID) == 0
    assert (tmp_path / "objects" / sha[:2] / sha[2:4] / sha).is_file()
    assert b"".join(store.read(sha)) == data
    assert b"".join(store.read(sha, 5, 2 * 1024 * 1024)) == data[5 : 2 * 1024 * 1024]
    assert max(len(b) for b in store.read(sha)) <= 1024 * 1024  # streamed in blocks


def test_a_wrong_hash_leaves_nothing_behind(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    w = store.open_upload(UPLOAD_ID, 0)
    w.write(b"not what was announced")
    w.commit()
    with pytest.raises(HashMismatch):
        store.finish_upload(UPLOAD_ID, "0" * 64)
    assert store.size("0" * 64) is None and store.upload_length(UPLOAD_ID) == 0
    with pytest.raises(FileNotFoundError):
        store.finish_upload(UPLOAD_ID, "0" * 64)


def test_stale_uploads_are_found_by_age(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    store.open_upload(UPLOAD_ID, 0).commit()
    assert list(store.stale_uploads(3600)) == []
    old = os.path.getmtime(tmp_path / "uploads" / f"{UPLOAD_ID}.part") - 7200
    os.utime(tmp_path / "uploads" / f"{UPLOAD_ID}.part", (old, old))
    (tmp_path / "uploads" / "not-an-id.part").write_bytes(b"")
    assert list(store.stale_uploads(3600)) == [UPLOAD_ID]
    store.discard_upload(UPLOAD_ID)
    store.discard_upload(UPLOAD_ID)  # twice is harmless


def _stored(store: FileBlobStore, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    writer = store.open_upload(UPLOAD_ID, 0)
    writer.write(data)
    writer.commit()
    store.finish_upload(UPLOAD_ID, digest)
    return digest


def test_remove_unless_keeps_a_file_an_upload_stores_while_it_decides(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    data = os.urandom(5000)
    digest = _stored(store, data)
    assert list(store.hashes()) == [digest]
    assert store.remove_unless(digest, lambda: False) is True
    assert store.size(digest) is None and list(store.hashes()) == []
    assert store.remove_unless(digest, lambda: False) is False  # already gone

    _stored(store, data)

    def upload_finishes_meanwhile() -> bool:
        # The file is set aside: an upload of the same content finds it missing and stores its own.
        assert store.size(digest) is None
        _stored(store, data)
        return True  # ... and its session row is what the check then sees

    assert store.remove_unless(digest, upload_finishes_meanwhile) is False
    assert b"".join(store.read(digest)) == data
    assert list((tmp_path / "aside").iterdir()) == []
    assert list(store.orphans(lambda hashes: set())) == [digest]
    assert list(store.orphans(lambda hashes: set(hashes))) == []


def test_a_file_a_crashed_cleanup_left_aside_is_put_back_when_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FileBlobStore(tmp_path)
    kept, dropped = os.urandom(100), os.urandom(200)
    for data in (kept, dropped):
        digest = _stored(store, data)
        store.aside.mkdir(exist_ok=True)
        os.replace(store._path(digest), store.aside / f"{digest}.crashed")
    needed = {hashlib.sha256(kept).hexdigest()}
    store.recover_aside(lambda hashes: needed)
    assert len(list(store.aside.iterdir())) == 2  # too young: maybe another cleanup still deciding
    # An hour later (a rename sets ctime, which cannot be set back: move the limit instead).
    monkeypatch.setattr(blobs, "ABANDONED_ASIDE_SECONDS", -10)
    store.recover_aside(lambda hashes: needed)
    assert b"".join(store.read(hashlib.sha256(kept).hexdigest())) == kept
    assert store.size(hashlib.sha256(dropped).hexdigest()) is None
    assert list(store.aside.iterdir()) == []

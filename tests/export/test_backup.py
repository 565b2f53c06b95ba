"""Backup and restore: everything comes back verified, nothing is overwritten unasked, no secrets travel."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.export import Cancelled, ExportError
from desktop.export.backup import backup, restore, strip_secrets
from desktop.services import Services, open_services
from desktop.services.export import take_snapshot
from sync import portfolio as vocab


def snapshot_of(folder: Path) -> tuple[object, ...]:
    with open_services(folder) as s:
        snap = take_snapshot(s.portfolio)
        history = s.portfolio.change_log(100000)
        return (snap.profile, snap.activities, snap.evidence, snap.reflections, snap.links, snap.cycles,
                len(history), s.portfolio.check().ok)


def test_backup_and_restore_bring_everything_back(small: Services, tmp_path: Path) -> None:
    small.paths.settings.write_text('language = "en"\nproxy = "http://jan:geheim@proxy.school.nl:8080"\n')
    # a change still in the WAL (not checkpointed) must be in the backup too
    small.portfolio.create_activity(vocab.Activity(title="Nog in de WAL", type=vocab.ActivityType.CURSUS,
                                                   start=dt.date(2024, 2, 2), contact_hours=2,
                                                   domains=(vocab.Domain.PEDAGOGISCH,)))
    out = tmp_path / "backup.zip"
    result = backup(small, out)
    assert result.files == 6 and not result.warnings  # database, settings, 4 evidence files
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
        settings = z.read("settings.toml").decode()
    assert manifest["format"] == "bekwaam-backup" and manifest["schema"]
    assert "geheim" not in settings and "http://jan@proxy.school.nl:8080" in settings
    target = tmp_path / "elsewhere" / "portfolio"
    restored = restore(out, target)
    assert restored.files == 6 and restored.moved_aside is None and target.is_dir()
    assert snapshot_of(target) == snapshot_of(small.paths.root)
    assert any(a.title == "Nog in de WAL" for a in snapshot_of(target)[1])  # type: ignore[attr-defined]
    assert (target / "backups").is_dir() and (target / "evidence" / "tmp").is_dir()
    assert not any(p.name.startswith(".portfolio.restoring") for p in target.parent.iterdir())


def test_restore_never_overwrites_a_portfolio_unasked(small: Services, tmp_path: Path) -> None:
    out = tmp_path / "backup.zip"
    backup(small, out)
    target = tmp_path / "busy"
    with open_services(target) as other:
        other.portfolio.set_profile(name="Iemand Anders")
    before = sorted(p.relative_to(target) for p in target.rglob("*"))
    with pytest.raises(ExportError) as exc:
        restore(out, target)
    assert exc.value.kind == "target_not_empty" and "vervangen" in exc.value.message_nl
    assert sorted(p.relative_to(target) for p in target.rglob("*")) == before
    result = restore(out, target, replace=True)
    assert result.moved_aside is not None and result.moved_aside.is_dir()
    with open_services(result.moved_aside) as old:
        assert old.portfolio.profile().name == "Iemand Anders"  # type: ignore[union-attr]
    with open_services(target) as new:
        assert new.portfolio.profile().name == "Ingrid van Dijk-Çelik"  # type: ignore[union-attr]


def test_a_folder_with_an_empty_portfolio_is_taken_over(small: Services, tmp_path: Path) -> None:
    out = tmp_path / "backup.zip"
    backup(small, out)
    target = tmp_path / "fresh"
    with open_services(target):
        pass  # the app was started once, nothing entered
    result = restore(out, target)
    assert result.moved_aside is not None  # kept anyway: nothing is ever deleted
    assert snapshot_of(target) == snapshot_of(small.paths.root)


def test_a_cancelled_backup_or_restore_leaves_nothing(small: Services, tmp_path: Path) -> None:
    out = tmp_path / "backup.zip"
    calls: list[int] = []
    with pytest.raises(Cancelled):
        backup(small, out, cancel=lambda: (calls.append(1), len(calls) > 3)[1])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small"]
    backup(small, out)
    calls.clear()
    with pytest.raises(Cancelled):
        restore(out, tmp_path / "r", cancel=lambda: (calls.append(1), len(calls) > 3)[1])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.zip", "small"]


def test_a_damaged_evidence_file_is_named_not_copied(small: Services, tmp_path: Path) -> None:
    evidence = small.portfolio.list_evidence()[0]
    stored = small.blobs.path_for(evidence.sha256)
    stored.chmod(0o644)
    stored.write_bytes(b"damaged")
    result = backup(small, tmp_path / "backup.zip")
    assert len(result.warnings) == 1 and evidence.sha256 in result.warnings[0]
    with zipfile.ZipFile(tmp_path / "backup.zip") as z:
        damaged = json.loads(z.read("manifest.json"))["damaged"]
        assert damaged == [f"evidence/{evidence.sha256[:2]}/{evidence.sha256[2:4]}/{evidence.sha256}"]
    restore(tmp_path / "backup.zip", tmp_path / "r")
    with open_services(tmp_path / "r") as s:
        assert s.portfolio.check().missing == (evidence.sha256,)


def test_secrets_are_stripped_from_urls() -> None:
    assert strip_secrets('proxy = "http://u:p%40ss@host:3128"') == 'proxy = "http://u@host:3128"'
    assert strip_secrets('server_url = "https://register.example.nl"') == 'server_url = "https://register.example.nl"'


def test_a_restored_portfolio_is_a_device_of_its_own(small: Services, tmp_path: Path) -> None:
    # Restored on a second laptop while the first is still in use: the two must not share a device id.
    original = small.device_id
    out = tmp_path / "backup.zip"
    backup(small, out)
    restored = restore(out, tmp_path / "second-laptop")
    assert restored.device_id and restored.device_id != original
    with open_services(tmp_path / "second-laptop") as s:
        assert s.device_id == restored.device_id
        assert s.portfolio.change_log(1)[0]["device_id"] == original  # what was done before keeps its origin
        s.portfolio.create_activity(vocab.Activity(title="Na het terugzetten", type=vocab.ActivityType.CURSUS,
                                                   start=dt.date(2025, 3, 3), contact_hours=1,
                                                   domains=(vocab.Domain.PEDAGOGISCH,)))
        assert s.portfolio.change_log(1)[0]["device_id"] == restored.device_id
        with s.db.reading() as session:
            origin = session.execute(text("SELECT value FROM meta WHERE key = 'restored_from_device'")).scalar()
    assert origin == original

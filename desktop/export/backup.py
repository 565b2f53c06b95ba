"""Backup and restore of a whole data folder: database, evidence files and settings, never secrets.

A backup is a zip with `manifest.json` (format, versions, and the SHA-256 and size of every
file), `bekwaam.sqlite` (a consistent copy made with SQLite's backup API while the app may be
running), `evidence/…` (the stored files, verified while copied) and `settings.toml` (with
any password taken out of a proxy address; tokens and passwords live in the OS keyring and
are never in the data folder).

Restore checks the archive as a whole before writing anything (SafeZip: paths, sizes, bombs;
the manifest: only the files a backup can hold, each present once), unpacks into a staging
folder beside the target while verifying every hash, checks the database, and only then
renames the staging folder into place. A non-empty target is refused unless `replace=True`,
and even then the old folder is moved aside, not deleted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.export.archive import Limits, SafeZip
from desktop.export.common import CancelFn, ExportError, ProgressFn, Steps, atomic_output, fsync_dir
from desktop.export.qt import ExportTranslator
from desktop.paths import DataPaths
from desktop.services import Services
from desktop.store.blobs import EvidenceCorrupted, is_sha256
from desktop.store.db import SCHEMA_HEAD, StoreError, current_revision

FORMAT = "bekwaam-backup"
VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "bekwaam.sqlite"
SETTINGS = "settings.toml"
RESTORE_LIMITS = Limits(max_entries=2_000_000, max_entry_bytes=64 * 1024**3, max_total_bytes=1024**4)
_EVIDENCE_PATH = re.compile(r"^evidence/([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{64})$")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    files: int
    bytes: int
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    files: int
    moved_aside: Path | None
    created: str  # when the backup was made (from its manifest)
    device_id: str = ""  # the restored portfolio's own device id (see _become_a_new_device)


def _become_a_new_device(db: Path) -> str:
    """Give the restored portfolio a device id of its own, keeping the backed-up one as its origin.

    A backup is restored on a new laptop, or beside the old one that is still in use; two live
    copies under one device id would look like one device to sync and in the change log. The
    changes made before the backup keep the id of the device that made them.
    """
    new = str(uuid.uuid4())
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        row = con.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
        if row is not None:
            con.execute(
                "INSERT INTO meta (key, value) VALUES ('restored_from_device', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (row[0],),
            )
        con.execute(
            "INSERT INTO meta (key, value) VALUES ('device_id', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (new,),
        )
        con.execute("COMMIT")
    finally:
        con.close()
    return new


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def strip_secrets(settings_text: str) -> str:
    """Remove a password from any URL in the settings (e.g. a proxy http://user:pass@host)."""
    return re.sub(r"(://[^/\s:@\"']+):[^@/\s\"']*@", r"\1@", settings_text)


def _schema_revision(db: Path) -> str | None:
    try:
        return current_revision(db)
    except StoreError:
        return None


def backup(
    services: Services,
    out: Path,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    clock: Any = None,
    lang: str = "nl",
) -> BackupResult:
    """Write a verified backup of the open portfolio to `out` (atomically)."""
    tx = ExportTranslator(lang)
    paths = services.paths
    blobs = services.blobs
    hashes = list(blobs.iter_hashes())
    steps = Steps(progress, cancel, {"database": 2, "evidence": 8, "finish": 1})
    steps.phase("database", 1, tx.translate("Interchange", "Copying the database"))
    now = (clock or (lambda: dt.datetime.now(dt.UTC)))()
    files: list[dict[str, Any]] = []
    warnings: list[str] = []
    damaged: list[str] = []
    total = 0
    out = Path(out)
    with atomic_output(out) as tmp, tempfile.TemporaryDirectory(prefix=".bekwaam-backup-", dir=out.parent) as work:
        copy = Path(work) / DATABASE
        src = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
        dst = sqlite3.connect(copy)
        try:
            src.backup(dst)  # a consistent snapshot, even while the app writes
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if ok != "ok":
            raise ExportError("database_damaged", f"The database failed its integrity check: {ok}.",
                              f"De database is niet in orde: {ok}.", bad_input=False)
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            zf.write(copy, DATABASE, compress_type=zipfile.ZIP_DEFLATED)
            size = copy.stat().st_size
            files.append({"path": DATABASE, "sha256": _sha256_file(copy), "size": size})
            total += size
            if paths.settings.is_file():
                text = strip_secrets(paths.settings.read_text("utf-8"))
                data = text.encode("utf-8")
                zf.writestr(SETTINGS, data, compress_type=zipfile.ZIP_DEFLATED)
                files.append({"path": SETTINGS, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
            steps.phase("evidence", len(hashes), tx.translate("Interchange", "Copying the evidence files"))
            for sha in hashes:
                name = f"evidence/{sha[:2]}/{sha[2:4]}/{sha}"
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.external_attr = 0o444 << 16
                written = 0
                try:
                    with zf.open(info, "w", force_zip64=True) as dst_fh, blobs.open_verified(sha) as src_fh:
                        while chunk := src_fh.read(1024 * 1024):
                            steps.check()
                            dst_fh.write(chunk)
                            written += len(chunk)
                except EvidenceCorrupted:
                    # the entry is in the zip already (a zip cannot take it back): the manifest names
                    # it as damaged, and restore leaves it out
                    warnings.append(f"evidence {sha} is damaged and was left out of the backup")
                    damaged.append(name)
                    steps.advance()
                    continue
                files.append({"path": name, "sha256": sha, "size": written})
                total += written
                steps.advance()
            steps.phase("finish", 1, tx.translate("Interchange", "Writing the list of checksums"))
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "app_version": __version__,
                "schema": _schema_revision(copy),
                "files": files,
                "damaged": damaged,
            }
            zf.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True), compress_type=zipfile.ZIP_DEFLATED)
    steps.finish(tx.translate("Interchange", "Backup written"))
    return BackupResult(out, len(files), total, tuple(warnings))


# ---------------------------------------------------------------------- restore


def _bad(kind: str, en: str, nl: str) -> ExportError:
    return ExportError(kind, en, nl, bad_input=True)


def _read_manifest(z: SafeZip) -> dict[str, Any]:
    if MANIFEST not in z:
        raise _bad("not_a_backup", "This zip has no manifest.json, so it is not a Bekwaam backup.",
                   "Dit zip-bestand heeft geen manifest.json en is dus geen back-up van Bekwaam.")
    try:
        manifest = json.loads(z.read(MANIFEST, 64 * 1024 * 1024))
    except (ValueError, UnicodeDecodeError):
        raise _bad("manifest_invalid", "manifest.json cannot be read.", "manifest.json is niet te lezen.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad("not_a_backup", "manifest.json is not that of a Bekwaam backup.",
                   "manifest.json hoort niet bij een back-up van Bekwaam.")
    if manifest.get("version") != VERSION:
        raise _bad("backup_version", f"This backup has format version {manifest.get('version')!r}; this Bekwaam "
                   f"reads version {VERSION}.",
                   f"Deze back-up heeft formaatversie {manifest.get('version')!r}; deze versie van Bekwaam "
                   f"leest versie {VERSION}.")
    files = manifest.get("files")
    if not isinstance(files, list):
        raise _bad("manifest_invalid", "manifest.json lists no files.", "manifest.json noemt geen bestanden.")
    seen: set[str] = set()
    for item in files:
        path = item.get("path") if isinstance(item, dict) else None
        sha = item.get("sha256") if isinstance(item, dict) else None
        size = item.get("size") if isinstance(item, dict) else None
        if not isinstance(path, str) or not isinstance(sha, str) or not is_sha256(sha) or not isinstance(size, int):
            raise _bad("manifest_invalid", "manifest.json has an entry without a proper path, hash and size.",
                       "manifest.json heeft een regel zonder juist pad, hash en grootte.")
        match = _EVIDENCE_PATH.match(path)
        if path not in (DATABASE, SETTINGS) and not (match and match[1] == match[3][:2] and match[2] == match[3][2:4]
                                                     and match[3] == sha):
            raise _bad("unexpected_file", f"The backup lists a file a backup cannot hold: {path[:200]!r}.",
                       f"De back-up noemt een bestand dat er niet in hoort: {path[:200]!r}.")
        if path in seen:
            raise _bad("duplicate_entry", f"The backup lists {path} twice.", f"De back-up noemt {path} twee keer.")
        seen.add(path)
        if path not in z:
            raise _bad("file_missing", f"The backup is incomplete: {path} is missing.",
                       f"De back-up is onvolledig: {path} ontbreekt.")
        if z.size(path) != size:
            raise _bad("size_mismatch", f"{path} in the backup does not have the size its manifest records.",
                       f"{path} in de back-up heeft niet de grootte die het manifest noemt.")
    if DATABASE not in seen:
        raise _bad("file_missing", "The backup holds no database.", "De back-up bevat geen database.")
    damaged = manifest.get("damaged", [])
    if not isinstance(damaged, list) or not all(isinstance(d, str) and _EVIDENCE_PATH.match(d) for d in damaged):
        raise _bad("manifest_invalid", "manifest.json lists damaged files wrongly.",
                   "manifest.json noemt beschadigde bestanden op een onjuiste manier.")
    extra = [n for n in z.names() if n not in seen and n != MANIFEST and n not in damaged]
    if extra:
        raise _bad("unexpected_file", f"The backup holds a file its manifest does not list: {extra[0][:200]!r}.",
                   f"De back-up bevat een bestand dat niet in het manifest staat: {extra[0][:200]!r}.")
    return manifest


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, from its checked manifest."""

    created: str  # UTC, "YYYY-MM-DDTHH:MM:SSZ"
    app_version: str
    files: int
    evidence_files: int
    bytes: int


def describe(source: Path) -> BackupInfo:
    """Check a backup as restore() does first (archive and manifest) and say what it holds; writes nothing."""
    with SafeZip(Path(source), RESTORE_LIMITS) as z:
        manifest = _read_manifest(z)
    files = manifest["files"]
    return BackupInfo(
        created=str(manifest.get("created", "")),
        app_version=str(manifest.get("app_version", "")),
        files=len(files),
        evidence_files=sum(1 for f in files if f["path"].startswith("evidence/")),
        bytes=sum(int(f["size"]) for f in files),
    )


def _has_files(folder: Path) -> bool:
    return any(p.is_file() or p.is_symlink() for p in folder.rglob("*"))


def _holds_only_an_empty_portfolio(folder: Path) -> bool:
    """True for a folder the app opened once but where nothing was ever entered."""
    for path in folder.rglob("*"):
        if not (path.is_file() or path.is_symlink()):
            continue
        rel = path.relative_to(folder).as_posix()
        if rel not in (DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm") and not rel.startswith("backups/"):
            return False
    db = folder / DATABASE
    if not db.is_file():
        return True
    try:
        # immutable: only look, not even the -wal/-shm files a normal reader of a WAL database makes
        con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
        try:
            for table in ("profile", "school", "qualification", "work_period", "cycle", "activity", "evidence",
                          "reflection"):
                if con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:  # noqa: S608 - fixed names
                    return False
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return True


def restore(
    source: Path,
    target: Path,
    replace: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    lang: str = "nl",
) -> RestoreResult:
    """Restore a backup into `target` (a new or empty data folder; `replace` moves a non-empty one aside)."""
    tx = ExportTranslator(lang)
    steps = Steps(progress, cancel, {"check": 1, "unpack": 8, "finish": 1})
    steps.phase("check", 1, tx.translate("Interchange", "Checking the backup"))
    target = Path(target).expanduser().absolute()
    with SafeZip(Path(source), RESTORE_LIMITS) as z:
        manifest = _read_manifest(z)
        if target.exists() and not target.is_dir():
            raise _bad("target_not_folder", f"{target} is a file, not a folder.", f"{target} is een bestand, geen map.")
        has_files = target.exists() and _has_files(target)
        occupied = has_files and not _holds_only_an_empty_portfolio(target)
        if occupied and not replace:
            raise _bad("target_not_empty",
                       f"{target} already holds a portfolio or other files; restore into a new folder, or ask "
                       "explicitly to replace it (the current one is then kept beside it).",
                       f"{target} bevat al een portfolio of andere bestanden; zet de back-up terug in een "
                       "nieuwe map, of geef uitdrukkelijk aan dat die vervangen moet worden (de huidige blijft "
                       "dan ernaast bewaard).")
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.parent / f".{target.name}.restoring-{secrets.token_hex(4)}"
        staging.mkdir()
        try:
            files = manifest["files"]
            steps.phase("unpack", len(files), tx.translate("Interchange", "Unpacking and verifying the files"))
            for item in files:
                path = z.extract_to(item["path"], staging, cancel=cancel)
                if _sha256_file(path) != item["sha256"]:
                    raise _bad("hash_mismatch", f"{item['path']} in the backup does not match its SHA-256.",
                               f"{item['path']} in de back-up klopt niet met de SHA-256.")
                if item["path"].startswith("evidence/"):
                    os.chmod(path, 0o444)
                steps.advance()
            steps.phase("finish", 1, tx.translate("Interchange", "Checking the database"))
            db = staging / DATABASE
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                ok = str(exc)
            finally:
                con.close()
            if ok != "ok":
                raise _bad("database_damaged", f"The database in the backup is damaged: {ok}.",
                           f"De database in de back-up is beschadigd: {ok}.")
            revision = _schema_revision(db)
            if revision is None:
                raise _bad("not_a_backup", "The database in the backup is not a Bekwaam portfolio.",
                           "De database in de back-up is geen Bekwaam-portfolio.")
            if revision > SCHEMA_HEAD:
                raise _bad("backup_too_new", "This backup was made by a newer Bekwaam; update Bekwaam first.",
                           "Deze back-up is gemaakt met een nieuwere Bekwaam; werk Bekwaam eerst bij.")
            device = _become_a_new_device(db)
            layout = DataPaths(staging)
            for folder in (layout.evidence, layout.evidence / "tmp", layout.backups):
                folder.mkdir(parents=True, exist_ok=True)
            for folder in [staging, *[p for p in staging.rglob("*") if p.is_dir()]]:
                fsync_dir(folder)
            aside: Path | None = None
            if target.exists():
                if has_files:  # never deleted, not even an empty portfolio: moved aside
                    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
                    aside = target.parent / f"{target.name}.before-restore-{stamp}"
                    os.rename(target, aside)
                else:
                    shutil.rmtree(target)
            os.rename(staging, target)
            fsync_dir(target.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    steps.finish(tx.translate("Interchange", "Backup restored"))
    return RestoreResult(target, len(files), aside, str(manifest.get("created", "")), device)

"""Hostile archives and XML: each refused with its own message, nothing written outside the data folder."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.export import ExportError
from desktop.export.archive import Limits, SafeZip, _Bounded
from desktop.export.backup import backup, restore
from desktop.export.leap2a import import_leap2a
from desktop.services import Services, open_services
from tests.export.conftest import INTEROP

FEED = (INTEROP / "mahara-leap2a.xml").read_bytes() if INTEROP.is_dir() else b""  # else skipped (conftest)


def tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every file below root with its size and modification time."""
    out = {}
    for path in root.rglob("*"):
        if path.is_file():
            st = path.stat()
            out[str(path.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return out


def make_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return path


def symlink_entry() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("files/link.png")
    info.external_attr = (0o120777 << 16)
    return info


def bomb(path: Path, size: int = 64 * 1024 * 1024) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("leap2a.xml", FEED)
        with z.open("files/zeros.bin", "w") as fh:
            block = bytes(1024 * 1024)
            for _ in range(size // len(block)):
                fh.write(block)
    return path


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>&lol3;</title></feed>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>&secret;</title></feed>"""

CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "path escaping the folder": (
        lambda p: make_zip(p, [("leap2a.xml", FEED), ("../../evil-bekwaam.txt", b"x")]), "unsafe_path"),
    "absolute path": (
        lambda p: make_zip(p, [("leap2a.xml", FEED), (zipfile.ZipInfo("/tmp/evil-bekwaam.txt"), b"x")]),
        "unsafe_path"),
    "Windows drive path": (
        lambda p: make_zip(p, [("leap2a.xml", FEED), ("C:\\evil-bekwaam.txt", b"x")]), "unsafe_path"),
    "Windows separators escaping": (
        lambda p: make_zip(p, [("leap2a.xml", FEED), ("files\\..\\..\\evil-bekwaam.txt", b"x")]), "unsafe_path"),
    "symbolic link": (lambda p: make_zip(p, [("leap2a.xml", FEED), (symlink_entry(), b"/etc/passwd")]),
                      "link_entry"),
    "names differing only in case": (
        lambda p: make_zip(p, [("leap2a.xml", FEED), ("files/A.png", b"1"), ("files/a.png", b"2")]),
        "duplicate_entry"),
    "zip bomb": (bomb, "zip_bomb"),
    "XML entity expansion": (lambda p: make_zip(p, [("leap2a.xml", BILLION_LAUGHS)]), "xml_entities"),
    "XML external entity": (lambda p: make_zip(p, [("leap2a.xml", EXTERNAL_ENTITY)]), "xml_entities"),
    "not a zip": (lambda p: (p.write_bytes(b"PK\x03\x04 broken"), p)[1], "not_a_zip"),
    "no leap2a.xml": (lambda p: make_zip(p, [("portfolio.xml", FEED)]), "no_leap2a_xml"),
    "not Atom": (lambda p: make_zip(p, [("leap2a.xml", b"<html><body>hi</body></html>")]), "not_leap2a"),
    "malformed XML": (lambda p: make_zip(p, [("leap2a.xml", b"<feed xmlns='http://www.w3.org/2005/Atom'>")]),
                      "xml_invalid"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_import_is_refused_and_writes_nothing(case: str, tmp_path: Path) -> None:
    make, kind = CASES[case]
    archive = make(tmp_path / "hostile.zip")
    with open_services(tmp_path / "data") as s:
        s.portfolio.set_profile(name="Eigen Naam")
        before = tree(tmp_path)
        with pytest.raises(ExportError) as exc:
            import_leap2a(s, archive)
        assert exc.value.kind == kind
        assert exc.value.bad_input
        nl, en = exc.value.message("nl"), exc.value.message("en")
        assert nl and en and nl != en
        assert tree(tmp_path) == before
        assert s.portfolio.profile().name == "Eigen Naam"  # type: ignore[union-attr]
        assert s.portfolio.change_log(10)[0]["record_type"] == "profile"
    assert not Path("/tmp/evil-bekwaam.txt").exists()


def test_the_limits_on_count_and_total_size(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "many.zip", [(f"files/{i}.txt", b"abc") for i in range(20)])
    with pytest.raises(ExportError) as exc:
        SafeZip(archive, Limits(max_entries=10))
    assert exc.value.kind == "too_many_entries" and "20" in exc.value.message_nl
    with pytest.raises(ExportError) as exc:
        SafeZip(archive, Limits(max_total_bytes=50))
    assert exc.value.kind == "archive_too_large"
    with pytest.raises(ExportError) as exc:
        SafeZip(archive, Limits(max_entry_bytes=2))
    assert exc.value.kind == "entry_too_large"


def test_an_entry_longer_than_its_header_is_cut_off() -> None:
    reader = _Bounded(io.BytesIO(b"x" * 100), 10, "files/liar.bin")  # type: ignore[arg-type]
    assert reader.read(10) == b"x" * 10
    with pytest.raises(ExportError) as exc:
        reader.read(10)
    assert exc.value.kind == "zip_bomb"


def test_extract_never_leaves_its_folder(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "ok.zip", [("a.txt", b"x")])
    (tmp_path / "root").mkdir()
    with SafeZip(archive) as z, pytest.raises(ExportError) as exc:
        z.extract_to("a.txt", tmp_path / "root", relative="../outside.txt")
    assert exc.value.kind == "unsafe_path" and not (tmp_path / "outside.txt").exists()
    os.symlink(tmp_path, tmp_path / "root" / "escape")
    with SafeZip(archive) as z, pytest.raises(ExportError):
        z.extract_to("a.txt", tmp_path / "root", relative="escape/outside.txt")
    assert not (tmp_path / "outside.txt").exists()


# ---------------------------------------------------------------------- restore


@pytest.fixture
def good_backup(small: Services, tmp_path: Path) -> Path:
    out = tmp_path / "backup.zip"
    backup(small, out)
    return out


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], list[tuple[str, bytes]]]) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            for name, data in change(info.filename, src.read(info)):
                dst.writestr(name, data)
    return target


def add_to_manifest(extra: dict[str, object]) -> Callable[[str, bytes], list[tuple[str, bytes]]]:
    def change(name: str, data: bytes) -> list[tuple[str, bytes]]:
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["files"].append(extra)
            return [(name, json.dumps(manifest).encode())]
        return [(name, data)]

    return change


RESTORE_CASES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "path escaping the folder": (
        lambda src, p: rewrite(src, p, lambda n, d: [(n, d)] + ([("../evil-bekwaam.txt", b"x")]
                                                                if n == "manifest.json" else [])),
        "unsafe_path"),
    "a file the manifest does not list": (
        lambda src, p: rewrite(src, p, lambda n, d: [(n, d)] + ([("evidence/extra.txt", b"x")]
                                                                if n == "manifest.json" else [])),
        "unexpected_file"),
    "a manifest listing a path outside": (
        lambda src, p: rewrite(src, p, add_to_manifest({"path": "../../evil", "sha256": "0" * 64, "size": 1})),
        "unexpected_file"),
    "a changed evidence file": (
        lambda src, p: rewrite(src, p, lambda n, d: [(n, d[:-4] + b"XXXX" if n.startswith("evidence/") else d)]),
        "hash_mismatch"),
    "a missing file": (
        lambda src, p: rewrite(src, p, lambda n, d: [] if n.startswith("evidence/") else [(n, d)]),
        "file_missing"),
    "not a backup": (lambda src, p: make_zip(p, [("leap2a.xml", FEED)]), "not_a_backup"),
    "zip bomb": (lambda src, p: bomb(p), "zip_bomb"),
}


@pytest.mark.parametrize("case", list(RESTORE_CASES))
def test_a_hostile_restore_is_refused_and_writes_nothing(case: str, good_backup: Path, tmp_path: Path) -> None:
    make, kind = RESTORE_CASES[case]
    archive = make(good_backup, tmp_path / "hostile.zip")
    before = tree(tmp_path)
    with pytest.raises(ExportError) as exc:
        restore(archive, tmp_path / "restored")
    assert exc.value.kind == kind, exc.value.message_en
    assert exc.value.message("nl") != exc.value.message("en")
    assert tree(tmp_path) == before
    assert not (tmp_path / "restored").exists()
    assert not any(p.name.startswith(".restored.restoring") for p in tmp_path.iterdir())
    assert not Path("/tmp/evil-bekwaam.txt").exists()

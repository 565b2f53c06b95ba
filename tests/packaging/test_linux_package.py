"""The Linux package's parts that need no build: the menu entry, the icons, the package scripts."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO_ROOT

LINUX = REPO_ROOT / "packaging" / "linux"


def packaging_module(relative: str) -> ModuleType:
    path = REPO_ROOT / "packaging" / relative
    spec = importlib.util.spec_from_file_location(f"test_packaging_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_desktop_entry_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (run-tests installs desktop-file-utils)")
    r = subprocess.run([validator, str(LINUX / "bekwaam.desktop")], capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr
    text = (LINUX / "bekwaam.desktop").read_text()
    assert "Exec=bekwaam\n" in text and "Icon=bekwaam\n" in text and "Comment[nl]=" in text


def test_the_icons_render_from_the_svg(qapp: QApplication, tmp_path: Path) -> None:
    # qapp first: the icon renderer would otherwise make a QGuiApplication that widget tests cannot use.
    icons = packaging_module("icons.py")
    written = icons.make_icons(tmp_path)
    for size in icons.PNG_SIZES:
        image = QImage(str(written[f"{size}.png"]))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255, "the icon is drawn, not empty"
    ico = written["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i: 22 + 16 * i])
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(ico)
        assert (w or 256) == icons.ICO_SIZES[i]
    icns = written["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_the_package_scripts_remove_nothing_of_anyones() -> None:
    for script in ("postinst", "postrm"):
        path = LINUX / script
        text = path.read_text()
        assert path.stat().st_mode & 0o111, f"{script} must be executable"
        assert text.startswith("#!/bin/sh\n")
        commands = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
        assert commands == ["set -e", "exit 0"], commands
    r = subprocess.run(["sh", "-n", str(LINUX / "postrm")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_glibc_requirement_is_read_from_the_binaries(tmp_path: Path) -> None:
    build_deb = packaging_module("linux/build_deb.py")
    (tmp_path / "a.so").write_bytes(b"\x7fELF....GLIBC_2.17\x00GLIBC_2.34\x00GLIBC_2.2.5\x00")
    (tmp_path / "notes.txt").write_bytes(b"GLIBC_2.99")  # not an ELF file: ignored
    assert build_deb.glibc_needed(tmp_path) == "2.34"

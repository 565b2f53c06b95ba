"""The window as a subprocess: data added through the command line is found in it; no display gets a plain message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import REPO_ROOT


def bekwaam(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=full_env, timeout=timeout
    )


def ok(*args: str) -> str:
    r = bekwaam(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def open_window(tmp_path: Path, *args: str) -> tuple[dict, Path]:  # type: ignore[type-arg]
    dump, shot = tmp_path / "window.json", tmp_path / "window.png"
    r = bekwaam(
        *args,
        env={"BEKWAAM_GUI_DUMP": str(dump), "BEKWAAM_GUI_SCREENSHOT": str(shot), "BEKWAAM_GUI_QUIT_AFTER_LOAD": "1"},
    )
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr, r.stderr
    return json.loads(dump.read_text("utf-8")), shot


def test_data_added_on_the_command_line_shows_in_the_window(tmp_path: Path) -> None:
    d = str(tmp_path / "portfolio")
    ok("--data-dir", d, "profile", "set", "--name", "Ingrid van Dijk-Çelik", "--sector", "vo")
    ok("--data-dir", d, "cycle", "set", "--start", "2024-08-01", "--ruleset", "registerleraar")
    aid = ok(
        "--data-dir",
        d,
        "activity",
        "add",
        "--title",
        "Cursus rekendidactiek",
        "--type",
        "cursus",
        "--start",
        "2025-02-01",
        "--end",
        "2025-03-15",
        "--contact-hours",
        "12",
        "--self-study-hours",
        "8.5",
        "--domain",
        "vakinhoudelijk",
        "--provider",
        "Fontys",
    )
    ok(
        "--data-dir",
        d,
        "activity",
        "add",
        "--title",
        "Studiedag passend onderwijs",
        "--type",
        "studiedag",
        "--start",
        "2025-01-10",
        "--contact-hours",
        "6",
        "--domain",
        "pedagogisch",
    )
    cert = tmp_path / "certificaat.pdf"
    cert.write_bytes(b"%PDF-1.4\n% certificaat\n")
    ok("--data-dir", d, "evidence", "attach", aid, str(cert), "--kind", "certificaat")
    progress = json.loads(ok("--data-dir", d, "progress", "--json"))

    shown, shot = open_window(tmp_path, "--data-dir", d)
    # The window painted before the store was even imported (it opens on a worker meanwhile).
    assert shown["start"]["store_imported_before_first_paint"] is False
    # The collector paused while the store was imported, and collects over everything again once the list is in.
    assert shown["start"]["gc_frozen_after_load"] == 0 and shown["start"]["gc_enabled_after_load"] is True
    assert shown["window_title"] == "Ingrid van Dijk-Çelik — Bekwaam"
    assert shown["columns"][:3] == ["Datum", "Titel", "Soort"]  # Dutch by default
    rows = {row[1]: row for row in shown["rows"]}
    assert set(rows) == {"Cursus rekendidactiek", "Studiedag passend onderwijs"}
    assert rows["Cursus rekendidactiek"][4] == "20,5" and rows["Cursus rekendidactiek"][5] == "1"
    assert shown["count_label"] == "2 activiteiten"
    for req in progress["requirements"]:
        assert shown["overview"]["requirements"][req["id"]]["achieved"] == req["achieved"]
    assert sum(shown["overview"]["chart"].values()) == progress["total_ru"]
    image = QImage(str(shot))
    assert image.width() >= 900 and image.height() >= 600

    english, _ = open_window(tmp_path, "--data-dir", d, "--lang", "en")
    assert english["columns"][:3] == ["Date", "Title", "Type"] and english["count_label"] == "2 activities"


def test_demo_opens_a_full_sample_portfolio_and_leaves_nothing_behind(tmp_path: Path) -> None:
    before = {p.name for p in Path(os.environ.get("TMPDIR", "/tmp")).glob("bekwaam-demo-*")}
    shown, _ = open_window(tmp_path, "--demo")
    from desktop.demo import DEMO

    assert len(shown["rows"]) == DEMO.activities
    assert "demo" in shown["window_title"]
    assert shown["overview"]["requirements"]["total_ru"]["achieved"] > 0
    after = {p.name for p in Path(os.environ.get("TMPDIR", "/tmp")).glob("bekwaam-demo-*")}
    assert after <= before  # the temporary portfolio was removed


def test_without_a_display_it_says_so_plainly(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO_ROOT)
    r = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "p")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert r.returncode == 1
    assert "geen beeldscherm" in r.stderr and "no display" in r.stderr and "xvfb-run" in r.stderr
    assert "xcb" not in r.stderr and "Aborted" not in r.stderr
    assert not (tmp_path / "p").exists()  # nothing was created for a window that could not open

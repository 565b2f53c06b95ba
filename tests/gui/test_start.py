"""The start: the window paints before the portfolio is open, says it is loading, then fills in;
a portfolio that cannot be opened is said over the window and ends the app with exit code 1."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.app import Application
from desktop.services import Services, open_services
from tests.unit.test_store import FIXTURE, _failing_scripts

from .conftest import activity


def start(qtbot, qapp, tasks, lang: str, data_dir: Path, tmp_path: Path, opener=None):  # type: ignore[no-untyped-def]
    app = Application(qapp, None, tasks, lang, None, tmp_path / "open", data_dir=data_dir, opener=opener)
    codes: list[int] = []
    app.exit = codes.append  # the test's event loop is not the app's to end
    window = app.build_window()
    window.activities.ask_discard = lambda problems: True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return app, window, codes


def test_the_window_shows_the_portfolio_loading_then_filled_in(qtbot, qapp, tasks, lang, set_up: Services, tmp_path):  # type: ignore[no-untyped-def]
    for i in range(3):
        set_up.portfolio.create_activity(activity(f"Studiedag {i}"))
    app, window, codes = start(qtbot, qapp, tasks, lang, set_up.paths.root, tmp_path)
    try:
        page = window.activities
        assert window.loading and app.services is None
        assert page.count_label.text() == "Bezig met laden…"
        assert page.view._placeholder == "Bezig met laden van uw portfolio…"
        assert window.statusBar().currentMessage() == "Uw portfolio wordt geopend…"
        assert not window.new_action.isEnabled() and not window.trash_action.isEnabled()
        assert not page.new_button.isEnabled() and not window.dossier.isEnabled()

        app.open_portfolio()  # inline tasks: opened, handed over and loaded at once

        assert app.services is not None and not window.loading
        assert window.windowTitle() == "Anna de Vries — Bekwaam"
        assert page.proxy.rowCount() == 3 and page.count_label.text() == "3 activiteiten"
        assert page.view._placeholder == ""
        assert window.new_action.isEnabled() and page.new_button.isEnabled() and window.dossier.isEnabled()
        assert window.overview.bars and codes == []
    finally:
        if app.services is not None:
            app.services.close()


def test_a_first_start_creates_the_portfolio_behind_the_window_and_greets(qtbot, qapp, tasks, lang, tmp_path):  # type: ignore[no-untyped-def]
    data = tmp_path / "nieuw"
    app, window, _codes = start(qtbot, qapp, tasks, lang, data, tmp_path)
    try:
        assert not data.exists()  # nothing is made before the worker opens it
        app.open_portfolio()
        assert (data / "bekwaam.sqlite").exists()
        assert window.welcome is not None and window.welcome.isVisible()
        window.welcome.reject()
    finally:
        if app.services is not None:
            app.services.close()


# A message box sizes itself after it is shown; the offscreen platform cannot pass size hints on and says so.
offscreen_size_hints = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _failure_box(qtbot, window) -> QMessageBox:  # type: ignore[no-untyped-def]
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [w for w in window.findChildren(QMessageBox) if w.objectName() == "start_failure" and w.isVisible()]
        return bool(boxes)

    qtbot.waitUntil(shown)
    return boxes[0]


@offscreen_size_hints
def test_a_file_that_is_no_portfolio_is_said_over_the_window_and_ends_with_1(qtbot, qapp, tasks, lang, tmp_path):  # type: ignore[no-untyped-def]
    data = tmp_path / "p"
    data.mkdir()
    con = sqlite3.connect(data / "bekwaam.sqlite")
    con.execute("CREATE TABLE boodschappen (wat TEXT)")
    con.commit()
    con.close()
    app, window, codes = start(qtbot, qapp, tasks, lang, data, tmp_path)
    app.open_portfolio()
    box = _failure_box(qtbot, window)
    assert "geen Bekwaam-portfoliodatabase" in box.text()
    assert app.services is None and window.loading  # nothing half-open behind the message
    assert codes == []
    box.button(QMessageBox.StandardButton.Ok).click()
    assert codes == [1]


@offscreen_size_hints
def test_a_failed_migration_is_said_over_the_window_and_the_portfolio_is_unchanged(qtbot, qapp, tasks, lang, tmp_path):  # type: ignore[no-untyped-def]
    data = tmp_path / "p"
    data.mkdir()
    shutil.copyfile(FIXTURE, data / "bekwaam.sqlite")
    before = (data / "bekwaam.sqlite").read_bytes()
    scripts = _failing_scripts(tmp_path)
    app, window, codes = start(
        qtbot, qapp, tasks, lang, data, tmp_path, opener=lambda d: open_services(d, script_location=scripts)
    )
    app.open_portfolio()
    box = _failure_box(qtbot, window)
    assert "Uw portfolio is ongewijzigd" in box.text() and "disk on fire" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert codes == [1]
    assert (data / "bekwaam.sqlite").read_bytes() == before

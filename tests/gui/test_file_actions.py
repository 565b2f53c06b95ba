"""The File menu on real widgets over real portfolios: PDF and its cancel, Leap2A both ways, hostile files, restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.app import Application
from desktop.demo import generate_portfolio
from desktop.services import Services, open_services
from desktop.services.export import SelectionMode
from desktop.tasks import TaskManager
from desktop.views.export_dialog import ExportDialog
from desktop.views.file_actions import FileActions, suggested_file_name
from desktop.views.main_window import MainWindow
from sync import portfolio as vocab
from tests.export.conftest import INTEROP, normalised
from tests.gui.conftest import activity

TODAY = dt.date(2026, 11, 25)

# The offscreen platform cannot pass a message box's size hints on to a window manager; nothing of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class AnsweringChooser:
    """Answers the file actions' questions at once and remembers what was asked."""

    def __init__(self, save: Path | None = None, open_: Path | None = None, confirm: bool = True,
                 pdf: Callable[[ExportDialog], None] | None = None):
        self.save, self.open, self.answer, self.pdf = save, open_, confirm, pdf
        self.asked: list[tuple[str, Any]] = []

    def pdf_options(self, parent, activities, cycle, lang, preselected, open_on_preselected):  # type: ignore[no-untyped-def]
        dialog = ExportDialog(activities, cycle, lang, parent, preselected, open_on_preselected)  # the real one
        self.asked.append(("pdf", dialog))
        if self.pdf is not None:
            self.pdf(dialog)
        options = dialog.options()
        dialog.deleteLater()
        return options

    def save_path(self, parent, title, suggested, name_filter, suffix):  # type: ignore[no-untyped-def]
        self.asked.append(("save", suggested))
        return self.save

    def open_path(self, parent, title, folder, name_filter):  # type: ignore[no-untyped-def]
        self.asked.append(("open", title))
        return self.open

    def confirm(self, parent, title, text, informative, accept_text):  # type: ignore[no-untyped-def]
        self.asked.append(("confirm", f"{text}\n{informative}"))
        return self.answer


def action(window: MainWindow, name: str) -> QAction:
    """The entry in the File menu (the teacher's way in), not a method call."""
    found = [a for a in window.file_menu.actions() if a.objectName() == name]
    assert len(found) == 1, name
    return found[0]


def titles(window: MainWindow) -> list[str]:
    proxy = window.activities.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def pdf_text(path: Path) -> str:
    return normalised(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def button(box: QMessageBox, text: str) -> Any:
    found = [b for b in box.buttons() if b.text().replace("&", "") == text]
    assert found, [b.text() for b in box.buttons()]
    return found[0]


@pytest.fixture
def filled(set_up: Services) -> Services:
    """Two activities (diacritics), one with a certificate PDF and a reflection."""
    svc = set_up.portfolio
    a1 = svc.create_activity(activity("Cursus formatief evalueren — één blik"))
    svc.create_activity(activity("Studiedag differentiëren", type=vocab.ActivityType.STUDIEDAG,
                                 start=dt.date(2025, 1, 15), end=None, contact_hours=6.0, self_study_hours=0.0))
    svc.attach_evidence(a1.id, INTEROP / "mahara-mahara_about.pdf", kind=vocab.EvidenceKind.CERTIFICAAT)
    svc.set_reflection(a1.id, "vrij", {"tekst": "Wisbordjes werken ook in havo 4."})
    return set_up


def install(window: MainWindow, services: Services, tasks: TaskManager, chooser: AnsweringChooser,
            opened: list[Any]) -> FileActions:
    return FileActions(window, services, tasks, "nl", chooser, open_url=lambda url: opened.append(url) or True,
                       today=lambda: TODAY)


def test_the_file_menu_offers_the_entries_in_dutch(qtbot, make_window, set_up, tasks, opened_urls):  # type: ignore[no-untyped-def]
    window = make_window()
    install(window, set_up, tasks, AnsweringChooser(), opened_urls)
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    for wanted in ("Portfolio exporteren als &PDF…", "Exporteren naar &Leap2A…", "Importeren &uit Leap2A…",
                   "&Back-up maken…", "Back-up te&rugzetten…"):
        assert wanted in texts
    # in their marked place: after "add evidence", before the settings
    assert texts.index("Portfolio exporteren als &PDF…") > texts.index("Bewijsstuk &toevoegen…")
    assert texts.index("Back-up te&rugzetten…") < texts.index("&Instellingen…")


def test_export_pdf_through_the_menu(qtbot, make_window, filled, tasks, tmp_path, opened_urls):  # type: ignore[no-untyped-def]
    out = tmp_path / "export" / "mijn portfolio"  # typed without .pdf
    out.parent.mkdir()
    chooser = AnsweringChooser(save=out)
    window = make_window(filled)
    files = install(window, filled, tasks, chooser, opened_urls)
    current = window.activities.current_activity()
    assert current is not None

    action(window, "action_export_pdf").trigger()

    dialog = next(d for kind, d in chooser.asked if kind == "pdf")
    # the activity the teacher is on is ticked, but one row is not a choice: the whole cycle stays the default
    assert dialog.chosen_ids() == [current.id] and dialog.cycle_button.isChecked()
    suggested = next(s for kind, s in chooser.asked if kind == "save")
    assert suggested.name == "Portfolio Anna de Vries 2026-11-25.pdf"
    written = out.with_name("mijn portfolio.pdf")
    assert written.is_file() and not out.exists()
    text = pdf_text(written)
    assert "Anna de Vries" in text and "Cursus formatief evalueren — één blik" in text
    assert "Studiedag differentiëren" in text and "Wisbordjes werken ook in havo 4." in text

    box = files.result_box
    assert box is not None and box.isVisible() and "pagina's" in box.text()
    assert box.informativeText().startswith(f"Opgeslagen als ‘mijn portfolio.pdf’ in de map {written.parent}")
    button(box, "Openen").click()
    assert [u.toLocalFile() for u in opened_urls] == [str(written)]


def test_export_pdf_of_chosen_activities(qtbot, make_window, filled, tasks, tmp_path, opened_urls):  # type: ignore[no-untyped-def]
    def only_the_study_day(dialog: ExportDialog) -> None:
        dialog.chosen_button.setChecked(True)
        for i in range(dialog.list.count()):
            item = dialog.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if "Studiedag" in item.text() else Qt.CheckState.Unchecked)

    chooser = AnsweringChooser(save=tmp_path / "studiedag.pdf", pdf=only_the_study_day)
    window = make_window(filled)
    install(window, filled, tasks, chooser, opened_urls)
    action(window, "action_export_pdf").trigger()
    dialog = next(d for kind, d in chooser.asked if kind == "pdf")
    assert dialog.options().selection.mode is SelectionMode.ACTIVITIES
    text = pdf_text(tmp_path / "studiedag.pdf")
    assert "Studiedag differentiëren" in text and "één blik" not in text


def test_closing_the_pdf_dialog_exports_nothing(qtbot, make_window, filled, tasks, tmp_path, opened_urls):  # type: ignore[no-untyped-def]
    class Cancelling(AnsweringChooser):
        def pdf_options(self, *args):  # type: ignore[no-untyped-def]
            self.asked.append(("pdf", None))
            return None

    chooser = Cancelling(save=tmp_path / "x.pdf")
    window = make_window(filled)
    files = install(window, filled, tasks, chooser, opened_urls)
    action(window, "action_export_pdf").trigger()
    assert [k for k, _ in chooser.asked] == ["pdf"] and not (tmp_path / "x.pdf").exists()
    assert not files.busy and action(window, "action_export_pdf").isEnabled()


@pytest.fixture
def big(tmp_path: Path) -> Services:
    with open_services(tmp_path / "big") as s:
        generate_portfolio(s, activities=120, evidence_files=40, seed=3, today=dt.date(2025, 3, 1))
    return open_services(tmp_path / "big")


def test_cancel_stops_the_export_on_its_worker_and_leaves_no_file(qtbot, qapp, big, lang, tmp_path):  # type: ignore[no-untyped-def]
    threaded = TaskManager()  # a real worker: the export runs beside the GUI thread
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    chooser = AnsweringChooser(save=out_dir / "portfolio.pdf",
                               pdf=lambda d: d.all_button.setChecked(True))
    window = MainWindow(big, threaded, tmp_path / "open", lang)
    window.activities.ask_discard = lambda problems: True
    qtbot.addWidget(window)
    window.show()
    window.start()
    files = install(window, big, threaded, chooser, [])
    try:
        qtbot.waitUntil(lambda: window.activities.proxy.rowCount() == 120, timeout=20_000)
        action(window, "action_export_pdf").trigger()
        qtbot.waitUntil(lambda: files.progress_dialog is not None, timeout=20_000)
        dialog = files.progress_dialog
        # under way (past reading the portfolio), then the teacher changes their mind
        qtbot.waitUntil(lambda: dialog.bar.maximum() > 0 and dialog.bar.value() > 100, timeout=30_000)
        dialog.cancel_button.click()
        assert dialog.message.text() == "Bezig met stoppen…" and not dialog.cancel_button.isEnabled()
        qtbot.waitUntil(lambda: not files.busy, timeout=30_000)
        assert files.progress_dialog is None and not (shiboken6.isValid(dialog) and dialog.isVisible())
        assert list(out_dir.iterdir()) == []  # no file, no half-written part
        assert "geen bestand" in window.statusBar().currentMessage()
        assert action(window, "action_export_pdf").isEnabled()
    finally:
        threaded.shutdown()
        big.close()


@pytest.fixture
def other(tmp_path: Path) -> Services:
    """A second teacher's portfolio, empty but for the profile."""
    with open_services(tmp_path / "other") as s:
        s.portfolio.set_profile(name="Bram Jansen", sectors=[vocab.Sector.PO])
        s.portfolio.set_cycle(dt.date(2024, 8, 1), "registerleraar")
    return open_services(tmp_path / "other")


def test_leap2a_export_then_import_into_another_portfolio(  # type: ignore[no-untyped-def]
    qtbot, make_window, filled, other, tasks, tmp_path, opened_urls
):
    zipped = tmp_path / "anna.zip"
    chooser = AnsweringChooser(save=zipped)
    window = make_window(filled)
    files = install(window, filled, tasks, chooser, opened_urls)
    action(window, "action_export_leap2a").trigger()
    suggested = next(s for kind, s in chooser.asked if kind == "save")
    assert suggested.name == "Portfolio Anna de Vries Leap2A 2026-11-25.zip"
    assert zipfile.ZipFile(zipped).namelist().count("leap2a.xml") == 1
    assert files.result_box is not None and "Leap2A" in files.result_box.text()
    button(files.result_box, "Map tonen").click()
    assert [u.toLocalFile() for u in opened_urls] == [str(tmp_path)]

    try:
        window_b = make_window(other)
        files_b = install(window_b, other, tasks, AnsweringChooser(open_=zipped), opened_urls)
        assert titles(window_b) == []
        action(window_b, "action_import_leap2a").trigger()
        assert sorted(titles(window_b)) == ["Cursus formatief evalueren — één blik", "Studiedag differentiëren"]
        report = files_b.report_dialog
        assert report is not None and report.isVisible()
        summary = report.summary.text()
        assert "export uit Bekwaam" in summary and "2 activiteiten" in summary and "1 bewijsstuk" in summary
        assert "1 reflectie" in summary
        assert len(other.portfolio.list_activities()) == 2
        window_b.overview.refresh()
        assert window_b.overview.bars["total_ru"].achieved > 0  # the overview counts them too

        # the same file again: everything is there already, and the report says so
        action(window_b, "action_import_leap2a").trigger()
        assert "niets toegevoegd" in files_b.report_dialog.summary.text()
        assert len(other.portfolio.list_activities()) == 2
    finally:
        other.close()


def test_a_mahara_export_reports_what_it_skipped(qtbot, make_window, set_up, tasks, tmp_path, opened_urls):  # type: ignore[no-untyped-def]
    window = make_window()
    files = install(window, set_up, tasks, AnsweringChooser(open_=INTEROP / "mahara-leap2a.xml"), opened_urls)
    action(window, "action_import_leap2a").trigger()
    report = files.report_dialog
    assert report is not None and "Mahara" in report.summary.text()
    table = report.skipped_table
    assert table is not None and table.rowCount() > 0
    reasons = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert all(reasons) and not any("Traceback" in r for r in reasons)


def hostile_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("leap2a.xml", (INTEROP / "mahara-leap2a.xml").read_bytes())
        z.writestr("../../escaped.txt", b"outside")
    return path


def test_a_hostile_zip_shows_its_message_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, make_window, filled, tasks, tmp_path, opened_urls
):
    evil = hostile_zip(tmp_path / "evil.zip")
    window = make_window(filled)
    before = sorted(titles(window))
    files = install(window, filled, tasks, AnsweringChooser(open_=evil), opened_urls)
    action(window, "action_import_leap2a").trigger()
    box = files.error_box
    assert box is not None and box.isVisible() and box.objectName() == "error_box"
    assert box.text() == "Er is niets geïmporteerd; uw portfolio is niet veranderd."
    assert "buiten de eigen map" in box.informativeText() and "Traceback" not in box.informativeText()
    assert sorted(titles(window)) == before and len(filled.portfolio.list_activities()) == 2
    assert files.report_dialog is None
    assert not list(tmp_path.parent.glob("escaped.txt")) and not list(tmp_path.rglob("escaped.txt"))


def test_a_hostile_backup_is_refused_and_the_portfolio_stays_open(  # type: ignore[no-untyped-def]
    qtbot, make_window, filled, tasks, tmp_path, opened_urls
):
    evil = tmp_path / "backup.zip"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("manifest.json", '{"format": "bekwaam-backup", "version": 1, "files": '
                   '[{"path": "../bekwaam.sqlite", "sha256": "' + "0" * 64 + '", "size": 1}]}')
        z.writestr("../bekwaam.sqlite", b"x")
    chooser = AnsweringChooser(open_=evil)
    window = make_window(filled)
    files = install(window, filled, tasks, chooser, opened_urls)
    root = filled.paths.root
    action(window, "action_restore").trigger()
    box = files.error_box
    assert box is not None and box.isVisible() and "niet teruggezet" in box.text()
    assert "buiten" in box.informativeText()
    assert [k for k, _ in chooser.asked] == ["open"]  # refused before asking to replace anything
    assert not [p for p in root.parent.iterdir() if p.name.startswith((".portfolio", "portfolio."))]
    assert len(filled.portfolio.list_activities()) == 2  # still open, still whole


def test_backup_then_restore_brings_back_a_deleted_activity(qtbot, qapp, filled, tasks, lang, tmp_path):  # type: ignore[no-untyped-def]
    zipped = tmp_path / "backups" / "anna.zip"
    zipped.parent.mkdir()
    chooser = AnsweringChooser(save=zipped, open_=zipped)
    app = Application(qapp, filled, tasks, lang, None, tmp_path / "open")
    app.file_chooser = chooser  # type: ignore[attr-defined]
    app.file_open_url = lambda url: True  # type: ignore[attr-defined]
    window = app.build_window()  # not given to qtbot: the restore replaces and deletes it
    window.show()
    window.start()
    action(window, "action_backup").trigger()
    assert zipped.is_file()
    assert window.file_actions.result_box is not None and "back-up is klaar" in window.file_actions.result_box.text()
    assert next(s for kind, s in chooser.asked if kind == "save").name == (
        f"Bekwaam-back-up Anna de Vries {dt.date.today().isoformat()}.zip"
    )

    gone = next(a for a in filled.portfolio.list_activities() if a.title.startswith("Cursus"))
    window.activities.select_activity(gone.id)
    window.activities.delete_current()
    assert "Cursus formatief evalueren — één blik" not in titles(window)

    action(window, "action_restore").trigger()
    question = next(text for kind, text in chooser.asked if kind == "confirm")
    assert "niet verwijderd" in question and str(filled.paths.root.parent) in question

    new_window = app.window
    qtbot.addWidget(new_window)
    assert new_window is not window
    qtbot.waitUntil(lambda: "Cursus formatief evalueren — één blik" in titles(new_window), timeout=10_000)
    assert gone.id in {a.id for a in filled.portfolio.list_activities()}  # the same Services, on the restored folder
    restored_box = new_window.file_actions.result_box
    assert restored_box is not None and restored_box.objectName() == "restored" and restored_box.isVisible()

    asides = list(tmp_path.glob("portfolio.before-restore-*"))
    assert len(asides) == 1 and str(asides[0]) in restored_box.informativeText()
    con = sqlite3.connect(asides[0] / "bekwaam.sqlite")
    try:  # the old portfolio, as it was: the activity in its trash
        deleted = con.execute("SELECT deleted_at FROM activity WHERE id = ?", (gone.id,)).fetchone()[0]
    finally:
        con.close()
    assert deleted is not None
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".portfolio")]  # no staging left behind


def test_a_backup_inside_the_portfolio_folder_is_refused(qtbot, make_window, filled, tasks, opened_urls):  # type: ignore[no-untyped-def]
    inside = filled.paths.root / "backup.zip"
    window = make_window(filled)
    files = install(window, filled, tasks, AnsweringChooser(save=inside), opened_urls)
    action(window, "action_backup").trigger()
    box = files.error_box
    assert box is not None and box.text() == "De back-up kon niet worden gemaakt."
    assert "andere map" in box.informativeText() and not inside.exists()


def test_restore_can_be_declined(qtbot, make_window, filled, tasks, tmp_path, opened_urls):  # type: ignore[no-untyped-def]
    zipped = tmp_path / "b.zip"
    window = make_window(filled)
    files = install(window, filled, tasks, AnsweringChooser(save=zipped, open_=zipped, confirm=False), opened_urls)
    action(window, "action_backup").trigger()
    filled.portfolio.create_activity(activity("Na de back-up"))
    action(window, "action_restore").trigger()
    assert "Na de back-up" in [a.title for a in filled.portfolio.list_activities()]
    assert not list(tmp_path.glob("portfolio.before-restore-*")) and not files.busy


def test_suggested_file_names_are_safe() -> None:
    assert suggested_file_name("Portfolio", "Anna de Vries", TODAY, ".pdf") == "Portfolio Anna de Vries 2026-11-25.pdf"
    assert suggested_file_name("Portfolio", 'A/B: "C"?', TODAY, ".pdf") == "Portfolio AB C 2026-11-25.pdf"
    assert suggested_file_name("Portfolio", "", TODAY, ".zip") == "Portfolio 2026-11-25.zip"


def test_settings_are_saved_on_the_writer_not_the_gui_thread(qtbot, qapp, set_up, lang):  # type: ignore[no-untyped-def]
    from desktop.policy import load_policy
    from desktop.settings import Settings
    from desktop.views.settings_dialog import SettingsDialog

    threaded = TaskManager()
    try:
        settings = Settings.load(set_up.paths.root, load_policy(set_up.paths.root / "no-policy.toml"))
        dialog = SettingsDialog(settings, lang, tasks=threaded)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog._widgets["max_evidence_mb"].setValue(77)
        written: list[bool] = []
        threaded.busy_changed.connect(lambda busy: written.append(busy))
        dialog.accept()
        assert written[:1] == [True] and dialog.saving  # handed to the writer; the dialog waits, not the thread
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        assert Settings.load(set_up.paths.root, settings.policy).get("max_evidence_mb") == 77
    finally:
        threaded.shutdown()


def test_restore_with_real_workers_reopens_the_window(qtbot, qapp, filled, lang, tmp_path):  # type: ignore[no-untyped-def]
    threaded = TaskManager()  # the swap waits for the window's own reads, then runs on the writer
    zipped = tmp_path / "anna.zip"
    chooser = AnsweringChooser(save=zipped, open_=zipped)
    app = Application(qapp, filled, threaded, lang, None, tmp_path / "open")
    app.file_chooser = chooser  # type: ignore[attr-defined]
    window = app.build_window()
    window.activities.ask_discard = lambda problems: True
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: len(titles(window)) == 2, timeout=10_000)
        action(window, "action_backup").trigger()
        qtbot.waitUntil(lambda: window.file_actions.result_box is not None, timeout=30_000)
        filled.portfolio.create_activity(activity("Pas na de back-up"))
        window.portfolio_actions.activities_changed.emit()
        qtbot.waitUntil(lambda: len(titles(window)) == 3, timeout=10_000)

        action(window, "action_restore").trigger()
        qtbot.waitUntil(lambda: app.window is not window, timeout=30_000)
        new_window = app.window
        qtbot.addWidget(new_window)
        qtbot.waitUntil(lambda: len(titles(new_window)) == 2, timeout=10_000)
        assert "Pas na de back-up" not in titles(new_window)
        assert new_window.file_actions.result_box is not None
        assert new_window.undo_stack.count() == 0
    finally:
        threaded.shutdown()


def test_messages_follow_the_chosen_language(qtbot, qapp, make_window, filled, tasks, tmp_path, opened_urls):  # type: ignore[no-untyped-def]
    from desktop import i18n

    i18n.install("en", qapp)
    try:
        window = make_window(filled)
        files = FileActions(window, filled, tasks, "en", AnsweringChooser(open_=hostile_zip(tmp_path / "e.zip")),
                            open_url=lambda url: True)
        assert action(window, "action_import_leap2a").text() == "&Import from Leap2A…"
        action(window, "action_import_leap2a").trigger()
        box = files.error_box
        assert box is not None and box.text() == "Nothing was imported; your portfolio has not changed."
        assert "leads outside its folder" in box.informativeText()
    finally:
        i18n.install("nl", qapp)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_translations_are_complete_and_current(lang: str, tmp_path: Path) -> None:
    import re
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from tests.conftest import REPO_ROOT

    ts = REPO_ROOT / "resources" / "translations" / f"files_{lang}.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"{source!r} is not finished"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        assert all(forms) and (message.get("numerus") != "yes" or len(forms) == 2), source
        for form in forms:
            assert sorted(re.findall(r"%\d|%n", source)) == sorted(re.findall(r"%\d|%n", form)), (source, form)
        if lang == "nl" and source not in ("Portfolio",):
            assert source not in forms, f"{source!r} has no Dutch"
    # Every text in the code is in the file: a fresh pyside6-lupdate finds nothing new.
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, str(REPO_ROOT / "desktop" / "views" / "file_actions.py"), "-ts", str(fresh)],
                   check=True, capture_output=True)
    wanted = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    assert wanted == {m.findtext("source") for m in messages}

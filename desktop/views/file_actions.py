"""The File menu's export, import and backup: PDF, Leap2A both ways, back up and restore — on workers, with progress.

Each entry asks its questions (what goes in, where to save) through a `Chooser` — the real
dialogs by default, an object answering directly in tests — then runs the work from
desktop/export on the task manager with a progress dialog whose Cancel really stops it, and
ends with a message that says what happened in the teacher's words. Restoring a backup never
deletes the open portfolio: the backup is checked and unpacked beside it first (a bad archive
changes nothing), and only then is the old folder moved aside and the restored one put in its
place, after which the window is rebuilt on it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, QObject, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.export.common import Cancelled, ExportError, fsync_dir
from desktop.tasks import TaskControl, TaskHandle, TaskManager
from desktop.views.portfolio_actions import error_message
from desktop.views.style import set_role
from sync import portfolio as vocab

if TYPE_CHECKING:  # the window is built before the store is imported (tests/unit/test_start_imports.py)
    from desktop.services import Services

#: Where the last file was saved or picked, per portfolio folder, for the next dialog (this session).
_last_folder: dict[str, Path] = {}


def file_error_text(error: BaseException, lang: str) -> str:
    """A sentence for anything an export, import, backup or restore can raise (never a traceback)."""
    if isinstance(error, ExportError):
        return error.message(lang)
    return error_message(error, lang)


def suggested_file_name(prefix: str, name: str, day: dt.date, suffix: str) -> str:
    """E.g. 'Portfolio Anna de Vries 2026-11-25.pdf': what, whose, when; safe on every file system."""
    text = " ".join(part for part in (prefix, name.strip(), day.isoformat()) if part)
    text = re.sub(r'[\x00-\x1f<>:"/\\|?*]', "", text)
    return re.sub(r"\s+", " ", text).strip(" .") + suffix


def with_suffix(path: Path, suffix: str) -> Path:
    """The path with `suffix` added when the teacher typed a name without it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _within(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def backup_time_text(created: str) -> str:
    """The backup's UTC time stamp as a local date and time in the window's language."""
    moment = QDateTime.fromString(created, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return created or "?"
    return QLocale().toString(moment.toLocalTime(), "d MMMM yyyy, HH:mm")


def put_restored_in_place(services: Services, incoming: Path, clock: Callable[[], dt.datetime] | None = None) -> Path:
    """Close the portfolio, move its folder aside, rename the restored folder into its place and open it.

    Returns the folder the old portfolio now lives in. On any failure everything is put back as it
    was and the old portfolio is opened again, so the teacher is never left without one.
    Runs on the serial writer, when nothing else runs.
    """
    root = services.paths.root
    stamp = (clock or (lambda: dt.datetime.now(dt.UTC)))().strftime("%Y%m%dT%H%M%S")
    aside = root.parent / f"{root.name}.before-restore-{stamp}"
    n = 1
    while aside.exists():
        n += 1
        aside = root.parent / f"{root.name}.before-restore-{stamp}-{n}"
    services.close()
    moved = placed = False
    try:
        os.rename(root, aside)
        moved = True
        os.rename(incoming, root)
        placed = True
        fsync_dir(root.parent)
        services.reopen()
        return aside
    except BaseException:
        if placed:
            os.rename(root, incoming)
        if moved:
            os.rename(aside, root)
        fsync_dir(root.parent)
        shutil.rmtree(incoming, ignore_errors=True)
        services.reopen()
        raise


class Chooser:
    """The questions the file actions ask, as the real (blocking) dialogs.

    Tests pass an object with the same methods that answers at once, so nothing waits for a click.
    """

    def pdf_options(
        self,
        parent: QWidget,
        activities: Sequence[vocab.Activity],
        cycle: vocab.Cycle | None,
        lang: str,
        preselected: Sequence[str],
        open_on_preselected: bool,
    ) -> Any:
        from desktop.views.export_dialog import ExportDialog

        return ExportDialog.ask(parent, activities, cycle, lang, preselected, open_on_preselected)

    def save_path(self, parent: QWidget, title: str, suggested: Path, name_filter: str, suffix: str) -> Path | None:
        dialog = QFileDialog(parent, title, str(suggested.parent), name_filter)
        dialog.setObjectName("save_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(suffix.lstrip("."))  # so the overwrite question names the real file
        dialog.selectFile(suggested.name)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            return Path(dialog.selectedFiles()[0])
        finally:
            dialog.deleteLater()

    def open_path(self, parent: QWidget, title: str, folder: Path, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(folder), name_filter)
        return Path(path) if path else None

    def confirm(self, parent: QWidget, title: str, text: str, informative: str, accept_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("confirm_box")
        box.setInformativeText(informative)
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # a slip of the Enter key replaces nothing
        box.setEscapeButton(cancel)
        try:
            box.exec()
            return box.clickedButton() is accept
        finally:
            box.deleteLater()


class ProgressDialog(QDialog):
    """Window-modal: what is being done, a bar, and a Cancel that stops the work (it stays until the work ended).

    Signals:
        cancel_requested(): the teacher asked to stop (the button, Esc, or closing the dialog).
    """

    cancel_requested = Signal()
    SHOW_AFTER_MS = 300  # quick work ends without a flash of a dialog

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("file_progress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        self.heading = QLabel(title, self)
        set_role(self.heading, "subheading")
        self.message = QLabel(self.tr("Starting…"), self)
        self.message.setObjectName("progress_message")
        self.message.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress_bar")
        self.bar.setAccessibleName(title)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("progress_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.request_cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        lay.addWidget(self.heading)
        lay.addWidget(self.message)
        lay.addWidget(self.bar)
        lay.addLayout(row)
        self.stopping = False
        self.ended = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SHOW_AFTER_MS)
        self._timer.timeout.connect(self.show)
        self._timer.start()

    def set_progress(self, done: int, total: int, message: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)  # busy: no known end
        if message and not self.stopping:
            self.message.setText(message)

    def set_cancellable(self, cancellable: bool) -> None:
        self.cancel_button.setEnabled(cancellable and not self.stopping)
        self.cancel_button.setToolTip("" if cancellable else self.tr("This last step cannot be stopped."))

    def request_cancel(self) -> None:
        if self.stopping or self.ended or not self.cancel_button.isEnabled():
            return
        self.stopping = True
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Stopping…"))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc: the same as Cancel; the dialog closes once the work has stopped
        self.request_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ended:
            event.accept()
            return
        event.ignore()
        self.request_cancel()

    def end(self) -> None:
        """The work is over (done, failed or stopped): close for good."""
        self.ended = True
        self._timer.stop()
        self.hide()
        self.deleteLater()


_KIND_ORDER = ["activity", "evidence", "reflection", "profile", "school", "qualification", "work_period", "cycle"]


class ImportReportDialog(QDialog):
    """What a Leap2A import brought in, what it adapted, and each entry it skipped with the reason."""

    def __init__(self, report: Any, file_name: str, lang: str = "nl", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_report")
        self.setWindowTitle(self.tr("Import from Leap2A"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        lay.setSpacing(8)
        added = self.added_text(report.added)
        heading = QLabel(
            (self.tr("Imported from %1") if added else self.tr("Nothing new in %1")).replace("%1", file_name), self
        )
        heading.setObjectName("import_heading")
        heading.setWordWrap(True)
        set_role(heading, "subheading")
        lay.addWidget(heading)
        if report.source == "bekwaam":
            origin = self.tr("This is an export from Bekwaam.")
        else:
            origin = self.tr("This is a Leap2A file from %1.").replace(
                "%1", report.generator or self.tr("another e-portfolio system")
            )
        lines = [origin]
        if added:
            lines.append(self.tr("Added to your portfolio: %1.").replace("%1", added))
        else:
            lines.append(self.tr("Everything in this file is in your portfolio already; nothing was added."))
        if report.reused_files:
            lines.append(
                self.tr(
                    "%n files were in your portfolio already; they are linked, not stored twice.",
                    "",
                    report.reused_files,
                )
            )
        notes = [en if lang == "en" else nl for en, nl in report.notes]
        self.summary = QLabel("\n".join(lines) + ("\n\n" + "\n".join(notes) if notes else ""), self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.summary)
        self.skipped_table: QTableWidget | None = None
        if report.skipped:
            label = QLabel(self.tr("%n entries were not imported:", "", len(report.skipped)), self)
            set_role(label, "subheading")
            lay.addWidget(label)
            table = QTableWidget(len(report.skipped), 2, self)
            table.setObjectName("skipped")
            table.setAccessibleName(self.tr("Entries that were not imported"))
            table.setHorizontalHeaderLabels([self.tr("Entry"), self.tr("Why not")])
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setWordWrap(True)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            table.setColumnWidth(0, 220)
            for row, item in enumerate(report.skipped):
                table.setItem(row, 0, QTableWidgetItem(item.title or item.entry_id))
                table.setItem(row, 1, QTableWidgetItem(item.message(lang)))
            # Rows as tall as their wrapped reason, measured again whenever the columns change width.
            table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
            table.setMinimumHeight(160)
            lay.addWidget(table, 1)
            self.skipped_table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.skipped_table is not None:
            self.skipped_table.resizeRowsToContents()

    def added_text(self, added: dict[str, int]) -> str:
        """E.g. '3 activities, 2 evidence files, 1 reflection', in the teacher's order."""
        parts = []
        for kind in sorted(added, key=lambda k: _KIND_ORDER.index(k) if k in _KIND_ORDER else len(_KIND_ORDER)):
            n = added[kind]
            if n <= 0:
                continue
            if kind == "activity":
                parts.append(self.tr("%n activities", "", n))
            elif kind == "evidence":
                parts.append(self.tr("%n evidence files", "", n))
            elif kind == "reflection":
                parts.append(self.tr("%n reflections", "", n))
            elif kind == "school":
                parts.append(self.tr("%n schools", "", n))
            elif kind == "qualification":
                parts.append(self.tr("%n qualifications", "", n))
            elif kind == "work_period":
                parts.append(self.tr("%n periods of work experience", "", n))
            elif kind == "cycle":
                parts.append(self.tr("%n cycles", "", n))
            elif kind == "profile":
                parts.append(self.tr("your profile"))
            else:
                parts.append(f"{n} {kind}")
        return ", ".join(parts)


class FileActions(QObject):
    """The File menu's export, import and backup entries, and the work behind them.

    Signals:
        file_written(object): an export or a backup was written (its Path).
        imported(object): a Leap2A import finished (its ImportReport).
        portfolio_replaced(object, object): a restored backup took the portfolio's place: the folder the
            old portfolio was moved to, and the settings read from the restored folder (or None).
    """

    file_written = Signal(object)
    imported = Signal(object)
    portfolio_replaced = Signal(object, object)

    def __init__(
        self,
        window: Any,
        services: Services,
        tasks: TaskManager,
        lang: str = "nl",
        chooser: Any = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        settings: Any = None,
        reopen_window: Callable[[Path, Any], None] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(window)
        self.window, self.services, self.tasks, self.lang = window, services, tasks, lang
        self.chooser = chooser or Chooser()
        self.open_url, self.settings, self.today = open_url, settings, today
        self.reopen_window = reopen_window
        self.busy = False
        self.progress_dialog: ProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self.error_box: QMessageBox | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.handle: TaskHandle | None = None

        self.export_pdf_action = self._action(
            self.tr("Export portfolio as &PDF…"), self.export_pdf, "action_export_pdf", QKeySequence("Ctrl+P")
        )
        self.export_leap2a_action = self._action(
            self.tr("&Export to Leap2A…"), self.export_leap2a, "action_export_leap2a"
        )
        self.import_leap2a_action = self._action(
            self.tr("&Import from Leap2A…"), self.import_leap2a, "action_import_leap2a"
        )
        self.backup_action = self._action(self.tr("Make a &backup…"), self.make_backup, "action_backup")
        self.restore_action = self._action(self.tr("&Restore a backup…"), self.restore_backup, "action_restore")
        separator = QAction(window)
        separator.setSeparator(True)
        self.actions = [
            self.export_pdf_action,
            self.export_leap2a_action,
            self.import_leap2a_action,
            separator,
            self.backup_action,
            self.restore_action,
        ]
        window.add_file_actions(self.actions)

    def _action(
        self, text: str, slot: Callable[[], object], name: str, shortcut: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    # ------------------------------------------------------------------ common steps

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for action in self.actions:
            action.setEnabled(not busy)

    def _ready(self) -> bool:
        """Not while another file operation runs; the open activity saved first, so what is written is what is shown."""
        if self.busy:
            return False
        return bool(self.window.activities.commit_pending())

    def _folder(self) -> Path:
        remembered = _last_folder.get(str(self.services.paths.root))
        if remembered is not None:
            return remembered
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _remember(self, path: Path) -> None:
        _last_folder[str(self.services.paths.root)] = path.parent

    def _profile_name(self, profile: vocab.Profile | None) -> str:
        return profile.name if profile is not None else ""

    def _ask_save(self, title: str, prefix: str, name: str, suffix: str, name_filter: str) -> Path | None:
        suggested = self._folder() / suggested_file_name(prefix, name, self.today(), suffix)
        chosen = self.chooser.save_path(self.window, title, suggested, name_filter, suffix)
        if chosen is None:
            return None
        out = with_suffix(Path(chosen), suffix)
        self._remember(out)
        return out

    def _show_error(self, headline: str, error: BaseException | str) -> None:
        """What did not happen (and what that means for the portfolio), then why, in the teacher's words."""
        reason = error if isinstance(error, str) else file_error_text(error, self.lang)
        self.window.show_message(headline)
        box = QMessageBox(QMessageBox.Icon.Warning, "Bekwaam", headline, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("error_box")
        box.setInformativeText(reason)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep("error_box", box)
        box.open()

    def _read(self, name: str, fn: Callable[[object], Any], then: Callable[[Any], None], headline: str) -> None:
        """A quick read on the pool before the questions (names, the list); the entries wait meanwhile."""
        self._set_busy(True)

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            then(result)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self._show_error(headline, error)

        self.tasks.run(name, fn, on_success=succeeded, on_failure=failed)

    def _run(
        self,
        name: str,
        title: str,
        work: Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any],
        on_done: Callable[[Any], None],
        stopped_text: str,
        failed_text: str,
        writes: bool = False,
        keep_open: bool = False,
    ) -> TaskHandle:
        """Run `work(progress, cancel)` on a worker with a progress dialog; `keep_open` hands the dialog on."""
        dialog = ProgressDialog(title, self.window)
        self.progress_dialog = dialog
        latest = [""]  # the worker's latest message, read when its progress signal arrives

        def fn(control: TaskControl) -> Any:
            def progress(done: int, total: int, message: str) -> None:
                latest[0] = message
                control.progress(done, total)

            return work(progress, control.cancelled)

        def end() -> None:
            dialog.end()
            if self.progress_dialog is dialog:
                self.progress_dialog = None
            self._set_busy(False)

        def succeeded(result: Any) -> None:
            if not keep_open:
                end()
            on_done(result)

        def failed(error: BaseException) -> None:
            end()
            if isinstance(error, Cancelled):
                self.window.show_message(stopped_text)
            else:
                self._show_error(failed_text, error)

        self._set_busy(True)
        handle = self.tasks.run(
            name,
            fn,
            on_success=succeeded,
            on_failure=failed,
            on_progress=lambda done, total: dialog.set_progress(done, total, latest[0]),
            writes=writes,
        )
        dialog.cancel_requested.connect(handle.cancel)
        self.handle = handle
        return handle

    def _keep(self, name: str, widget: QWidget) -> None:
        """Remember the message or report on show (tests, screenshots); forget it once Qt deletes it."""
        setattr(self, name, widget)
        widget.destroyed.connect(lambda *_: setattr(self, name, None) if getattr(self, name) is widget else None)

    def _written(
        self, title: str, text: str, path: Path, warnings: Sequence[str], can_open: bool, advice: str = ""
    ) -> None:
        self.file_written.emit(path)
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("file_written")
        informative = (
            self.tr("Saved as “%1” in the folder %2.").replace("%1", path.name).replace("%2", str(path.parent))
        )
        if advice:
            informative += "\n\n" + advice
        if warnings:
            informative += "\n\n" + self.tr("Some notes on this export are under Details.")
            box.setDetailedText("\n".join(warnings))
        box.setInformativeText(informative)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole) if can_open else None
        folder_button = box.addButton(self.tr("Show &folder"), QMessageBox.ButtonRole.ActionRole)
        close_button = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button or close_button)
        box.setEscapeButton(close_button)

        def clicked(button: Any) -> None:
            if open_button is not None and button is open_button:
                self.open_url(QUrl.fromLocalFile(str(path)))
            elif button is folder_button:
                self.open_url(QUrl.fromLocalFile(str(path.parent)))

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep("result_box", box)
        box.open()

    # ------------------------------------------------------------------ PDF

    def _selected_activity_ids(self) -> list[str]:
        page = self.window.activities
        model = page.view.selectionModel()
        rows = sorted({index.row() for index in model.selectedRows()}) if model is not None else []
        return [aid for aid in (page.proxy.activity_id(r) for r in rows) if aid]

    def export_pdf(self) -> None:
        if not self._ready():
            return
        portfolio = self.services.portfolio
        selected = self._selected_activity_ids()

        def read(_c: object) -> tuple[list[vocab.Activity], vocab.Cycle | None, vocab.Profile | None]:
            return portfolio.list_activities(), portfolio.current_cycle(), portfolio.profile()

        self._read("export-pdf-read", read, lambda r: self._ask_pdf(*r, selected), self._pdf_failed_text())

    def _pdf_failed_text(self) -> str:
        return self.tr("The PDF could not be made.")

    def _ask_pdf(
        self,
        activities: list[vocab.Activity],
        cycle: vocab.Cycle | None,
        profile: vocab.Profile | None,
        selected: list[str],
    ) -> None:
        # One selected row is just where the teacher happens to be: ticked, but the whole cycle stays the
        # default; several selected rows are a choice.
        options = self.chooser.pdf_options(self.window, activities, cycle, self.lang, selected, len(selected) > 1)
        if options is None:
            return
        title = self.tr("Export portfolio as PDF")
        out = self._ask_save(
            title, self.tr("Portfolio"), self._profile_name(profile), ".pdf", self.tr("PDF documents (*.pdf)")
        )
        if out is None:
            return
        from desktop.export.pdf import export_pdf

        services = self.services

        def work(progress: Any, cancel: Any) -> Any:
            return export_pdf(services, out, options, progress, cancel)

        def done(result: Any) -> None:
            text = self.tr("Your portfolio PDF is ready: %n pages.", "", result.pages)
            self._written(title, text, result.path, result.warnings, can_open=True)

        self._run(
            "export-pdf",
            title,
            work,
            done,
            self.tr("The export was stopped; no file was written."),
            self._pdf_failed_text(),
        )

    # ------------------------------------------------------------------ Leap2A

    def export_leap2a(self) -> None:
        if not self._ready():
            return
        portfolio = self.services.portfolio
        self._read("export-leap2a-read", lambda _c: portfolio.profile(), self._ask_leap2a, self._leap2a_failed_text())

    def _leap2a_failed_text(self) -> str:
        return self.tr("The Leap2A export could not be made.")

    def _ask_leap2a(self, profile: vocab.Profile | None) -> None:
        title = self.tr("Export to Leap2A")
        out = self._ask_save(
            title,
            self.tr("Portfolio"),
            " ".join(p for p in (self._profile_name(profile), "Leap2A") if p),
            ".zip",
            self.tr("Leap2A archives (*.zip)"),
        )
        if out is None:
            return
        from desktop.export.leap2a import export_leap2a

        services, lang = self.services, self.lang

        def done(result: Any) -> None:
            text = self.tr(
                "Your portfolio is exported to Leap2A, with %n files. Mahara and other e-portfolio systems "
                "can import this file.",
                "",
                result.files,
            )
            self._written(title, text, out, result.warnings, can_open=False)

        self._run(
            "export-leap2a",
            title,
            lambda progress, cancel: export_leap2a(services, out, progress, cancel, lang),
            done,
            self.tr("The export was stopped; no file was written."),
            self._leap2a_failed_text(),
        )

    def import_leap2a(self) -> None:
        if not self._ready():
            return
        title = self.tr("Import from Leap2A")
        source = self.chooser.open_path(
            self.window, title, self._folder(), self.tr("Leap2A (*.zip *.xml);;All files (*)")
        )
        if source is None:
            return
        source = Path(source)
        self._remember(source)
        from desktop.export.leap2a import import_leap2a

        services, lang = self.services, self.lang

        def done(report: Any) -> None:
            actions = self.window.portfolio_actions
            actions.activities_changed.emit()
            actions.dossier_changed.emit()
            current = self.window.activities.current_activity()
            if current is not None:
                actions.evidence_changed.emit(current.id)
            self.imported.emit(report)
            dialog = ImportReportDialog(report, source.name, self.lang, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._keep("report_dialog", dialog)
            dialog.open()

        self._run(
            "import-leap2a",
            title,
            lambda progress, cancel: import_leap2a(services, source, progress, cancel, lang),
            done,
            self.tr("The import was stopped; nothing was added."),
            self.tr("Nothing was imported; your portfolio has not changed."),
            writes=True,  # one writer to the database
        )

    # ------------------------------------------------------------------ backup and restore

    def make_backup(self) -> None:
        if not self._ready():
            return
        portfolio = self.services.portfolio
        self._read("backup-read", lambda _c: portfolio.profile(), self._ask_backup, self._backup_failed_text())

    def _backup_failed_text(self) -> str:
        return self.tr("The backup could not be made.")

    def _ask_backup(self, profile: vocab.Profile | None) -> None:
        title = self.tr("Make a backup")
        out = self._ask_save(
            title, self.tr("Bekwaam backup"), self._profile_name(profile), ".zip", self.tr("Bekwaam backups (*.zip)")
        )
        if out is None:
            return
        if _within(out, self.services.paths.root):
            self._show_error(
                self._backup_failed_text(),
                self.tr("A backup inside the portfolio folder would be lost with it. Choose another folder."),
            )
            return
        from desktop.export.backup import backup

        services, lang = self.services, self.lang

        def done(result: Any) -> None:
            size = QLocale().formattedDataSize(result.bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            text = self.tr("Your backup is ready: %n files, %1 in all, each one checked.", "", result.files)
            advice = self.tr("Keep it somewhere other than this computer as well, such as a USB stick.")
            self._written(title, text.replace("%1", size), out, result.warnings, can_open=False, advice=advice)

        self._run(
            "backup",
            title,
            lambda progress, cancel: backup(services, out, progress, cancel, lang=lang),
            done,
            self.tr("The backup was stopped; no file was written."),
            self._backup_failed_text(),
        )

    def restore_backup(self) -> None:
        if self.window.activities.evidence.attaching:
            self._show_error(
                self._restore_failed_text(),
                self.tr("A file is still being added. Restore the backup when it is done."),
            )
            return
        if not self._ready():
            return
        title = self.tr("Restore a backup")
        source = self.chooser.open_path(
            self.window, title, self._folder(), self.tr("Bekwaam backups (*.zip);;All files (*)")
        )
        if source is None:
            return
        source = Path(source)
        self._remember(source)
        from desktop.export.backup import describe

        self._read(
            "backup-describe",
            lambda _c: describe(source),
            lambda info: self._confirm_restore(source, info),
            self._restore_failed_text(),
        )

    def _restore_failed_text(self) -> str:
        return self.tr("The backup was not restored; your portfolio has not changed.")

    def _confirm_restore(self, source: Path, info: Any) -> None:
        title = self.tr("Restore a backup")
        root = self.services.paths.root
        text = self.tr("Restore the backup of %1?").replace("%1", backup_time_text(info.created))
        informative = (
            self.tr("The backup takes the place of the portfolio that is open now.")
            + " "
            + self.tr(
                "Your current portfolio is not deleted: it is moved to a folder beside it, in %1, and kept there."
            ).replace("%1", str(root.parent))
            + "\n\n"
            + self.tr(
                "Bekwaam first checks the whole backup (%n evidence files). If anything is wrong with it, nothing "
                "changes.",
                "",
                info.evidence_files,
            )
        )
        if not self.chooser.confirm(self.window, title, text, informative, self.tr("&Restore")):
            return
        if not self._ready():
            return
        incoming = root.parent / f".{root.name}.incoming-{secrets.token_hex(4)}"
        from desktop.export.backup import restore

        lang = self.lang
        self._run(
            "restore",
            title,
            lambda progress, cancel: restore(source, incoming, False, progress, cancel, lang),
            lambda _result: self._put_in_place(incoming),
            self.tr("Restoring was stopped; your portfolio has not changed."),
            self._restore_failed_text(),
            keep_open=True,
        )

    def _put_in_place(self, incoming: Path) -> None:
        """The backup is unpacked and verified beside the portfolio: swap the folders once nothing else runs."""
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.set_cancellable(False)
            dialog.set_progress(0, 0, self.tr("Putting the restored portfolio in place…"))
        if self.tasks.busy:

            def when_idle(busy: bool) -> None:
                if not busy:
                    self.tasks.busy_changed.disconnect(when_idle)
                    self._swap(incoming)

            self.tasks.busy_changed.connect(when_idle)
            return
        self._swap(incoming)

    def _swap(self, incoming: Path) -> None:
        services, settings = self.services, self.settings

        def swap(_c: object) -> tuple[Path, Any]:
            aside = put_restored_in_place(services, incoming)
            fresh = None
            if settings is not None:
                try:
                    fresh = type(settings).load(services.paths.root, settings.policy)
                except Exception:  # unreadable restored settings: the window keeps the ones it has
                    fresh = None
            return aside, fresh

        def end() -> None:
            if self.progress_dialog is not None:
                self.progress_dialog.end()
                self.progress_dialog = None
            self._set_busy(False)

        def done(result: tuple[Path, Any]) -> None:
            end()
            aside, fresh = result
            self.portfolio_replaced.emit(aside, fresh)
            if self.reopen_window is not None:
                self.reopen_window(aside, fresh)
            else:
                self.refresh_in_place(fresh)
                self.show_restored(aside)

        def failed(error: BaseException) -> None:
            end()
            self._show_error(self._restore_failed_text(), error)

        self.tasks.write("restore-swap", swap, on_success=done, on_failure=failed)

    def refresh_in_place(self, settings: Any = None) -> None:
        """Without an application to rebuild the window: reload every page; the old undo history no longer applies."""
        window = self.window
        if settings is not None:
            window.settings = settings
            self.settings = settings
        window.undo_stack.clear()
        actions = window.portfolio_actions
        actions.activities_changed.emit()
        actions.dossier_changed.emit()
        current = window.activities.current_activity()
        if current is not None:
            actions.evidence_changed.emit(current.id)

    def show_restored(self, aside: Path) -> None:
        """Say that the backup is back, and where the previous portfolio is kept."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Restore a backup"),
            self.tr("The backup has been restored."),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("restored")
        box.setInformativeText(
            self.tr(
                "Your previous portfolio is kept in %1. Remove that folder yourself once you no longer need it."
            ).replace("%1", str(aside))
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_button = box.addButton(self.tr("Show &folder"), QMessageBox.ButtonRole.ActionRole)
        close_button = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close_button)
        box.buttonClicked.connect(
            lambda button: self.open_url(QUrl.fromLocalFile(str(aside.parent))) if button is folder_button else None
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep("result_box", box)
        box.open()


def reopen_window(application: Any, aside: Path, settings: Any) -> None:
    """A fresh window on the restored portfolio, where the old one was (as a language switch does)."""
    old = application.window
    if settings is not None:
        application.settings = settings
    geometry = old.saveGeometry() if old is not None else None
    page = old.stack.currentIndex() if old is not None else 0
    window = application.build_window()
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.show_page(page)
    window.start_after_first_paint()
    window.show()
    if old is not None:
        old.hide()
        old.deleteLater()
    window.file_actions.show_restored(aside)


def install_file_actions(window: Any, application: Any) -> FileActions:
    """Give the window its export, import and backup entries (called by the application for each window).

    `application.file_chooser` and `application.file_open_url`, when set, replace the real dialogs and
    the system's opener (tests).
    """
    actions = FileActions(
        window,
        application.services,
        application.tasks,
        application.lang,
        chooser=getattr(application, "file_chooser", None),
        open_url=getattr(application, "file_open_url", None) or QDesktopServices.openUrl,
        settings=application.settings,
        reopen_window=lambda aside, settings: reopen_window(application, aside, settings),
    )
    window.file_actions = actions
    return actions

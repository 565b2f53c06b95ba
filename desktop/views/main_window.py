"""The main window: navigation between activities, overview and dossier; menus, shortcuts, undo, status."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.tasks import TaskManager
from desktop.views.activities_page import ActivitiesPage
from desktop.views.dossier_page import DossierPage
from desktop.views.overview_page import OverviewPage
from desktop.views.portfolio_actions import PortfolioActions
from desktop.views.style import icon, warning_background
from desktop.views.trash_dialog import TrashDialog
from desktop.views.welcome_dialog import WelcomeAnswers, WelcomeDialog
from sync import portfolio as vocab

if TYPE_CHECKING:
    from desktop.services import Services

PAGE_ACTIVITIES, PAGE_OVERVIEW, PAGE_DOSSIER = 0, 1, 2


class MainWindow(QMainWindow):
    """The window; built without services it paints at once and shows the portfolio as loading
    until `attach_services` hands it the opened portfolio (the start-up opens it on a worker).

    Signals:
    settings_requested(): the teacher chose Settings (the application opens the dialog).
    activities_loaded(): the activity list was loaded or reloaded.
    """

    settings_requested = Signal()
    activities_loaded = Signal()

    def __init__(
        self,
        services: Services | None,
        tasks: TaskManager,
        open_dir: Path,
        lang: str = "nl",
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        demo: bool = False,
        settings: Any = None,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ):
        super().__init__(parent)
        self.services, self.tasks, self.lang = services, tasks, lang
        #: The portfolio's folder (for the window's own state), known before the portfolio is opened.
        self.data_dir = services.paths.root if services is not None else data_dir
        self.loading = False
        self.demo = demo
        self.undo_stack = QUndoStack(self)
        self.portfolio_actions = PortfolioActions(services, tasks, self.undo_stack, lang, self)
        self.setObjectName("main_window")
        self.setWindowIcon(icon("bekwaam"))
        self._update_title(None)
        # An explicit minimum keeps the layout from resizing the window's limits while pages load.
        self.setMinimumSize(900, 600)
        self.resize(1400, 860)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget(central)
        row.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.notice = QLabel(central)  # the school's policy file has mistakes: say which, once, at the top
        self.notice.setObjectName("policy_notice")
        self.notice.setWordWrap(True)
        self.notice.setMargin(8)
        self.notice.setStyleSheet(f"background: {warning_background().name()};")
        self.notice.hide()
        right.addWidget(self.notice)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        self.settings = settings
        self.activities = ActivitiesPage(
            services, tasks, self.portfolio_actions, open_dir, lang, self._max_evidence_mb, self.stack
        )
        self.overview = OverviewPage(services, tasks, self.portfolio_actions, lang, self.stack)
        self.dossier = DossierPage(services, tasks, self.portfolio_actions, open_dir, lang, open_url, self.stack)
        self.activities.evidence.open_url = open_url
        for page, name, text in (
            (self.activities, "activities", self.tr("Activities")),
            (self.overview, "overview", self.tr("Overview")),
            (self.dossier, "dossier", self.tr("Dossier")),
        ):
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(name), text)
            item.setSizeHint(QSize(170, 44))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(PAGE_ACTIVITIES)

        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busy")
        self.statusBar().addPermanentWidget(self.busy_label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(400)  # only say "working" for work one notices
        self._busy_timer.timeout.connect(lambda: self.busy_label.setText(self.tr("Working…")))
        tasks.busy_changed.connect(self._on_busy_changed)
        tasks.failure_unhandled.connect(lambda _name, error: self.show_error(str(error)))

        for page in (self.activities, self.dossier):
            page.status_message.connect(self.show_message)
        self.activities.loaded.connect(self.activities_loaded)
        self.portfolio_actions.failed.connect(self.show_error)
        self.portfolio_actions.dossier_changed.connect(self._load_profile)
        self._build_menus()
        #: Asks a yes/no question (a blocking dialog); replaceable where no one can answer.
        self.ask: Callable[[str, str], bool] = self._ask
        self.trash_dialog: TrashDialog | None = None
        self.welcome: WelcomeDialog | None = None
        if services is None:
            self._set_loading(True)

    # ------------------------------------------------------------------ menus

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
        name: str = "",
        std_icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if std_icon is not None:
            action.setIcon(self.style().standardIcon(std_icon))
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New activity"),
            self.go_new_activity,
            QKeySequence.StandardKey.New,
            "action_new",
            QStyle.StandardPixmap.SP_FileIcon,
        )
        self.save_action = self._action(
            self.tr("&Save"),
            self.activities.save,
            QKeySequence.StandardKey.Save,
            "action_save",
            QStyle.StandardPixmap.SP_DialogSaveButton,
        )
        self.attach_action = self._action(
            self.tr("&Add evidence file…"), self.pick_evidence, "Ctrl+Shift+O", "action_attach"
        )
        file_menu.addActions([self.new_action, self.save_action, self.attach_action])
        file_menu.addSeparator()
        # EXPORT/IMPORT/BACKUP: the lead wires "Export as PDF…", "Export/Import Leap2A…" and "Back up…" from
        # desktop/export/ here, through add_file_actions(); this separator marks the place.
        self.file_menu = file_menu
        self.export_anchor = file_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("Se&ttings…"), self.settings_requested.emit, QKeySequence.StandardKey.Preferences, "action_settings"
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "action_quit")
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("action_undo")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("action_redo")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        self.find_action = self._action(self.tr("&Find"), self.go_search, QKeySequence.StandardKey.Find, "action_find")
        self.delete_action = self._action(
            self.tr("Move activity to &trash"),
            self.activities.delete_current,
            None,
            "action_delete",
            QStyle.StandardPixmap.SP_TrashIcon,
        )
        self.activities.selection_counted.connect(self._word_delete_action)
        self.trash_action = self._action(self.tr("T&rash…"), self.show_trash, "Ctrl+Shift+T", "action_trash")
        #: Disabled while the portfolio is being opened.
        self._needs_portfolio: list[QAction] = [self.new_action, self.attach_action, self.trash_action]
        edit_menu.addActions([self.find_action, self.delete_action, self.trash_action])

        view_menu = bar.addMenu(self.tr("&View"))
        for i, (text, shortcut) in enumerate(
            ((self.tr("&Activities"), "Ctrl+1"), (self.tr("&Overview"), "Ctrl+2"), (self.tr("&Dossier"), "Ctrl+3"))
        ):
            action = self._action(text, lambda i=i: self.show_page(i), shortcut, f"action_page_{i}")
            view_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Keyboard shortcuts"),
                self.show_shortcuts,
                QKeySequence.StandardKey.HelpContents,
                "action_shortcuts",
            )
        )
        help_menu.addAction(self._action(self.tr("&About Bekwaam"), self.show_about, None, "action_about"))

    def add_file_actions(self, actions: list[QAction]) -> None:
        """Put actions (export, import, backup) in the File menu at their marked place."""
        self.file_menu.insertActions(self.export_anchor, actions)
        self._needs_portfolio.extend(actions)
        for action in actions:
            action.setEnabled(action.isEnabled() and not self.loading)

    # ------------------------------------------------------------------ loading

    def _set_loading(self, loading: bool) -> None:
        """While the portfolio opens: the frame is there, what needs the portfolio waits."""
        self.loading = loading
        for action in self._needs_portfolio:
            action.setEnabled(not loading)
        for page in (self.overview, self.dossier):
            page.setEnabled(not loading)
        self.activities.new_button.setEnabled(not loading)
        if loading:
            self.statusBar().showMessage(self.tr("Opening your portfolio…"))
        else:
            self.statusBar().clearMessage()

    def attach_services(self, services: Services) -> None:
        """The portfolio is open: hand it to every page and load what they show."""
        self.services = services
        self.data_dir = services.paths.root
        self.portfolio_actions.services = services
        for page in (self.activities, self.activities.evidence, self.overview, self.dossier):
            page.services = services
        self._set_loading(False)
        self.start()

    # ------------------------------------------------------------------ start

    def start(self) -> None:
        """Load everything (on workers) and greet a first-time user."""
        # The list first: it is what the teacher looks at; the other pages follow once it is in.
        self.activities.loaded.connect(self._load_other_pages, Qt.ConnectionType.SingleShotConnection)
        self._load_profile(greet=True)
        self.activities.reload()
        self.show_policy_problems()

    def _max_evidence_mb(self) -> int | None:
        try:
            value = self.settings.get("max_evidence_mb") if self.settings is not None else None
        except Exception:  # a settings module without this key: no limit
            return None
        return int(value) if value else None

    def start_after_first_paint(self, then: Callable[[], object] | None = None) -> None:
        """Show first, then load (`then`, by default `start`): a worker opening the store or building 10,000
        records holds Python's GIL, and a paint that has to wait for it between every cell would keep the
        window blank for seconds."""
        window = self
        after = then or self.start

        class _FirstPaint(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    window.removeEventFilter(self)
                    QTimer.singleShot(0, after)
                return False

        self._first_paint_filter = _FirstPaint(self)
        self.installEventFilter(self._first_paint_filter)

    def show_policy_problems(self) -> None:
        """The school's policy file has mistakes: show which line has which problem (the rest applies)."""
        policy = getattr(self.settings, "policy", None)
        problems = getattr(policy, "problems", None)
        if not problems:
            self.notice.hide()
            return
        try:
            from desktop.settings import policy_problems_text

            text = policy_problems_text(policy, self.lang)
        except ImportError:
            text = "\n".join(p.message(self.lang) for p in problems)
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.show()

    def _load_other_pages(self) -> None:
        self.overview.refresh()
        self.dossier.refresh()

    def _load_profile(self, greet: bool = False) -> None:
        portfolio = self.services.portfolio
        self.tasks.run(
            "load-profile",
            lambda _c: (portfolio.profile(), portfolio.current_cycle()),
            on_success=lambda pc: self._on_profile(pc[0], pc[1], greet),
        )

    def _on_profile(self, profile: vocab.Profile | None, cycle: vocab.Cycle | None, greet: bool) -> None:
        self._update_title(profile)
        if greet and (profile is None or cycle is None) and self.welcome is None:
            self.welcome = WelcomeDialog(self.lang, profile, self)
            self.welcome.accepted.connect(lambda: self._on_welcome(self.welcome.answers()))  # type: ignore[union-attr]
            self.welcome.open()

    def _on_welcome(self, answers: WelcomeAnswers) -> None:
        portfolio = self.services.portfolio

        def write(_c: object) -> None:
            portfolio.save_record(answers.profile)
            portfolio.set_cycle(answers.cycle_start, answers.ruleset)

        self.tasks.write(
            "welcome",
            write,
            on_success=lambda _r: self.portfolio_actions.dossier_changed.emit(),
            on_failure=lambda e: self.show_error(str(e)),
        )
        self.show_message(self.tr("Your portfolio is ready. Add your first activity with Ctrl+N."))

    def _update_title(self, profile: vocab.Profile | None) -> None:
        title = "Bekwaam"
        if profile is not None and profile.name:
            title = f"{profile.name} — Bekwaam"
        if self.demo:
            title += " " + self.tr("(demo: changes are not kept)")
        self.setWindowTitle(title)

    # ------------------------------------------------------------------ actions

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def go_new_activity(self) -> None:
        self.show_page(PAGE_ACTIVITIES)
        self.activities.new_activity()

    def go_search(self) -> None:
        self.show_page(PAGE_ACTIVITIES)
        self.activities.focus_search()

    def pick_evidence(self) -> None:
        if self.activities.current_activity() is None or self.activities.is_multi():
            self.show_message(self.tr("Choose an activity first."))
            return
        self.show_page(PAGE_ACTIVITIES)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence"), "", self.tr("All files (*);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg)")
        )
        if paths:
            self.activities.tabs.setCurrentWidget(self.activities.evidence)
            self.activities.evidence.attach_files([Path(p) for p in paths])

    def _word_delete_action(self, selected: int) -> None:
        if selected > 1:
            self.delete_action.setText(self.tr("Move %n activities to &trash", "", selected))
        else:
            self.delete_action.setText(self.tr("Move activity to &trash"))

    def show_trash(self) -> None:
        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self.services, self.tasks, self.portfolio_actions, self.lang, self)
        elif self.trash_dialog.isVisible():
            self.trash_dialog.refresh()
            self.trash_dialog.raise_()
            self.trash_dialog.activateWindow()
        self.trash_dialog.show()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_error(self, text: str) -> None:
        self.show_message(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Bekwaam"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_shortcuts(self) -> None:
        rows = [
            (self.tr("New activity"), self.new_action),
            (self.tr("Save"), self.save_action),
            (self.tr("Add evidence file"), self.attach_action),
            (self.tr("Undo"), self.undo_action),
            (self.tr("Redo"), self.redo_action),
            (self.tr("Find"), self.find_action),
            (self.tr("Trash"), self.trash_action),
            (self.tr("Settings"), self.settings_action),
        ]
        lines = [
            f"<tr><td>{text}</td><td><b>{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}</b></td></tr>"
            for text, a in rows
        ]
        lines.append(
            f"<tr><td>{self.tr('Activities, Overview, Dossier')}</td><td><b>Ctrl+1, Ctrl+2, Ctrl+3</b></td></tr>"
        )
        lines.append(
            f"<tr><td>{self.tr('Move the selected activity or file to the trash')}</td><td><b>Del</b></td></tr>"
        )
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("Keyboard shortcuts"),
            "<table cellspacing=6>" + "".join(lines) + "</table>",
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Bekwaam"),
            self.tr(
                "<h3>Bekwaam %1</h3><p>Your professional development portfolio: activities, evidence and reflections, "
                "kept on your own computer and usable offline.</p><p>Licence: EUPL-1.2</p>"
            ).replace("%1", __version__),
        )

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_label.setText("")

    # ------------------------------------------------------------------ closing

    def _ask(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.activities.commit_pending():
            event.ignore()
            return
        if self.activities.evidence.attaching:
            if not self.ask(
                self.tr("A file is being added"), self.tr("A file is still being added. Stop adding it and quit?")
            ):
                event.ignore()
                return
            self.activities.evidence.cancel_attach()
        self.save_window_state()
        event.accept()

    # ------------------------------------------------------------------ window state

    def _window_state_file(self) -> QSettings | None:
        # In the portfolio's own folder, not the user's Qt settings: every path stays overridable.
        # No folder yet (a first start closed while it was being made): nothing to keep, nothing created.
        if self.data_dir is None or not Path(self.data_dir).is_dir():
            return None
        return QSettings(str(Path(self.data_dir) / "window.ini"), QSettings.Format.IniFormat)

    def save_window_state(self) -> None:
        state = self._window_state_file()
        if state is None:
            return
        state.setValue("geometry", self.saveGeometry())
        state.setValue("splitter", self.activities.splitter.saveState())
        state.setValue("page", self.stack.currentIndex())
        state.sync()

    def restore_window_state(self) -> None:
        state = self._window_state_file()
        if state is None:
            return
        geometry = state.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = state.value("splitter")
        if splitter is not None:
            self.activities.splitter.restoreState(splitter)
        page = state.value("page")
        if page is not None and str(page).isdigit() and int(page) < self.stack.count():
            self.show_page(int(page))

"""Start-up: builds the real objects (services, task manager, window) and wires them; nothing else.

The order is what makes the start quick: the window is built and painted first, without the
store; the portfolio is then opened on the database's worker (which is where SQLAlchemy, the
models and, for a migration, Alembic are imported) while the window says it is loading, and
handed to the window when it is open. A portfolio that cannot be opened is said in a message
over the window, and the app ends with exit code 1.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Test and benchmark hooks (environment variables, so the command line stays the teacher's):
ENV_DUMP = "BEKWAAM_GUI_DUMP"  # write what the window shows as JSON once it has loaded
ENV_SCREENSHOT = "BEKWAAM_GUI_SCREENSHOT"  # save a PNG of the loaded window
ENV_QUIT_AFTER_LOAD = "BEKWAAM_GUI_QUIT_AFTER_LOAD"  # quit once loaded (after the dump/screenshot)
ENV_BENCH = "BEKWAAM_GUI_BENCH"  # print first-paint timestamps to stdout and quit

NO_DISPLAY_MESSAGE = (
    "Bekwaam kan zijn venster niet openen: er is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn niet gezet).\n"
    "Start het venster met een virtueel beeldscherm: xvfb-run bekwaam (of xvfb-run ./run-app),\n"
    "of gebruik de opdrachtregel: bekwaam --help.\n"
    "(xvfb-run zit in het Debian-pakket xvfb: apt-get install xvfb xauth.)\n"
    "\n"
    "Bekwaam cannot open its window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set).\n"
    "Run the window on a virtual display: xvfb-run bekwaam (or xvfb-run ./run-app),\n"
    "or use the command line: bekwaam --help.\n"
    "(xvfb-run comes with Debian's package xvfb: apt-get install xvfb xauth.)\n"
)


def display_problem(
    environ: dict[str, str] | os._Environ[str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Why Qt could not open a window here, before Qt aborts with a misleading xcb message."""
    if not platform.startswith("linux"):
        return None
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY_MESSAGE


def _language(args: argparse.Namespace, data_dir: Path) -> tuple[str, Any]:
    """The window's language: --lang, else the settings (school policy, the teacher's choice), else Dutch."""
    settings = None
    try:
        from desktop.settings import Settings  # written by the deploy work; optional until it lands

        settings = Settings.load(data_dir)
    except Exception:  # no settings module yet, or a broken file: the window still opens, in Dutch
        settings = None
    if getattr(args, "lang", None):
        return args.lang, settings
    if settings is not None:
        try:
            return str(settings.get("language") or "nl"), settings
        except Exception:
            pass
    return "nl", settings


class StartupProbe:
    """Notices the first paint, and the first paint once the list and overview are loaded (hooks, benchmark)."""

    def __init__(self, app: Any, window: Any, started: float):
        from PySide6.QtCore import QEvent, QObject

        self.app, self.window, self.started = app, window, started
        self.built = time.time()
        self.first_paint: float | None = None
        self.store_before_first_paint: bool | None = None  # whether SQLAlchemy was imported by then
        self.list_paint: float | None = None  # the list filled
        self.loaded_paint: float | None = None  # the list and the overview
        self._loaded = {"activities": False, "overview": False}
        probe = self

        class _Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    probe._on_paint()
                return False

        self._filter = _Filter(window)
        window.installEventFilter(self._filter)
        for child in (window.activities.view.viewport(),):
            child.installEventFilter(self._filter)
        window.activities.loaded.connect(lambda: self._mark("activities"))
        window.overview.loaded.connect(lambda: self._mark("overview"))

    def _mark(self, what: str) -> None:
        if self._loaded[what]:
            return
        self._loaded[what] = True
        self.window.activities.view.viewport().update()
        self.window.update()

    def _on_paint(self) -> None:
        now = time.time()
        if self.first_paint is None:
            self.first_paint = now
            self.store_before_first_paint = "sqlalchemy" in sys.modules
        if self.list_paint is None and self._loaded["activities"]:
            self.list_paint = now
        if self.loaded_paint is None and all(self._loaded.values()):
            self.loaded_paint = now
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._after_loaded)

    def _after_loaded(self) -> None:
        env = os.environ
        if env.get(ENV_BENCH):
            print(f"run-gui {self.started:.6f}", flush=True)
            print(f"window-built {self.built:.6f}", flush=True)
            print(f"first-paint {self.first_paint:.6f}", flush=True)
            print(f"list-paint {self.list_paint:.6f}", flush=True)
            print(f"loaded-paint {self.loaded_paint:.6f}", flush=True)
            print(f"rows {self.window.activities.proxy.rowCount()}", flush=True)
        if env.get(ENV_DUMP):
            shown = dump_window(self.window)
            shown["start"] = {
                "store_imported_before_first_paint": self.store_before_first_paint,
                # the objects frozen while the store was imported are collected over again (_import_store)
                "gc_frozen_after_load": gc.get_freeze_count(),
                "gc_enabled_after_load": gc.isenabled(),
            }
            write_json(Path(env[ENV_DUMP]), shown)
        if env.get(ENV_SCREENSHOT):
            self.window.grab().save(env[ENV_SCREENSHOT])
        if env.get(ENV_BENCH) or env.get(ENV_QUIT_AFTER_LOAD):
            self.window.close()
            self.app.quit()


def dump_window(window: Any) -> dict[str, Any]:
    """What the window shows, as plain data: the visible rows, the counts, the overview's numbers."""
    page = window.activities
    proxy = page.proxy
    rows = []
    for r in range(proxy.rowCount()):
        rows.append([proxy.index(r, c).data() for c in range(proxy.columnCount())])
    overview = window.overview
    return {
        "window_title": window.windowTitle(),
        "count_label": page.count_label.text(),
        "columns": [
            proxy.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
            for c in range(proxy.columnCount())
        ],
        "rows": rows,
        "overview": {
            "cycle": overview.cycle_label.text(),
            "requirements": {
                k: {"label": b.label, "achieved": b.achieved, "required": b.required, "met": b.met}
                for k, b in overview.bars.items()
            },
            "chart": {str(y): t for y, t in overview.chart.totals().items()},
        },
        "dossier": {"name": window.dossier.name_edit.text()},
    }


def write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    os.replace(tmp, path)


#: At the latest this long after the portfolio is open, the objects frozen by _import_store are collected over again.
THAW_GC_AFTER_MS = 10_000


def _import_store() -> tuple[Callable[[Path], Any], bool]:
    """Import SQLAlchemy and the store (on the worker that opens the portfolio): open_services, and whether
    the objects alive after the import were frozen.

    The import makes some 40,000 objects that all live on. Meanwhile the cyclic collector would run a hundred
    times and once over the whole heap, the window's objects included, and the first collections after it
    would walk all of them again, while the teacher waits for the list: some 60-90 ms in all, measured with
    gc.callbacks on the path to the first list. So the collector pauses during the import, and what is alive
    after it is frozen (gc.freeze: left out of collections; freed as usual when its last reference goes), until
    Application._thaw_gc unfreezes it once the list is in. Only a reference cycle among those objects that
    became garbage meanwhile waits longer to be collected; the opening itself (a migration, say) and
    everything after it are collected as usual.
    """
    if "desktop.services" in sys.modules:  # opened before: nothing to import
        from desktop.services import open_services

        return open_services, False
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        from desktop.services import open_services

        gc.freeze()
    finally:
        if gc_was_enabled:
            gc.enable()
    return open_services, True


class Application:
    """Holds the long-lived parts; opens the portfolio behind the painted window; rebuilds the window
    when the language changes."""

    def __init__(
        self,
        qt_app: Any,
        services: Any,
        tasks: Any,
        lang: str,
        settings: Any,
        open_dir: Path,
        demo: bool = False,
        data_dir: Path | None = None,
        opener: Callable[[Path], Any] | None = None,
    ):
        self.qt_app, self.services, self.tasks = qt_app, services, tasks
        #: Opens the portfolio in a folder (on a worker); by default desktop.services.open_services.
        self.opener = opener
        #: Ends the application with an exit code; replaceable where the event loop is not ours.
        self.exit: Callable[[int], None] = qt_app.exit
        self.lang, self.settings, self.open_dir, self.demo = lang, settings, open_dir, demo
        self.data_dir = data_dir if data_dir is not None else (services.paths.root if services is not None else None)
        self.window: Any = None
        #: Set by the worker the moment the portfolio is open, so that it is closed at exit even when
        #: the window was closed before the news arrived.
        self.opened: Any = None
        self.start_failure: Any = None  # the message box saying why the portfolio could not be opened
        #: Whether the objects alive when the store was imported are frozen (see _import_store).
        self._gc_frozen = False

    def build_window(self) -> Any:
        from desktop.views.main_window import MainWindow

        window = MainWindow(
            self.services,
            self.tasks,
            self.open_dir,
            self.lang,
            demo=self.demo,
            settings=self.settings,
            data_dir=self.data_dir,
        )
        window.settings_requested.connect(self.open_settings)
        from desktop.views.file_actions import install_file_actions

        install_file_actions(window, self)  # export, import, backup and restore in the File menu
        self.window = window
        return window

    # ------------------------------------------------------------------ opening the portfolio

    def open_portfolio(self) -> None:
        """Open (create, migrate) the portfolio on the database's one writer; the window shows it loading."""
        data_dir, opener = self.data_dir, self.opener
        assert data_dir is not None

        def open_(_control: Any) -> Any:
            if opener is None:
                open_services, self._gc_frozen = _import_store()
                services = open_services(data_dir)
            else:
                services = opener(data_dir)
            self.opened = services
            return services

        self.tasks.write("open-portfolio", open_, self._on_opened, self._on_open_failed)

    def _on_opened(self, services: Any) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.services = services
        if self._gc_frozen:
            # Collect over the store's objects again once the list is in (or after a while, should the list
            # fail to load): from then on they are ordinary long-lived objects.
            self.window.activities.loaded.connect(self._thaw_gc, Qt.ConnectionType.SingleShotConnection)
            QTimer.singleShot(THAW_GC_AFTER_MS, self._thaw_gc)
        if self.demo:
            self._make_demo()
        else:
            self.window.attach_services(services)

    def _make_demo(self) -> None:
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QProgressDialog

        from desktop.demo import generate_portfolio

        services = self.services
        progress = QProgressDialog(
            QCoreApplication.translate("Application", "Preparing the demo portfolio…"), "", 0, 100, self.window
        )
        progress.setCancelButton(None)
        progress.setWindowTitle("Bekwaam")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()

        def generate(control: Any) -> None:
            generate_portfolio(services, progress=lambda done, total: control.progress(done, total))

        def generated(_r: object) -> None:
            progress.close()
            self.window.attach_services(services)

        def failed(error: BaseException) -> None:
            progress.close()
            self._say_and_quit(str(error))

        self.tasks.write(
            "demo",
            generate,
            generated,
            failed,
            on_progress=lambda done, total: progress.setValue(int(100 * done / max(1, total))),
        )

    def _thaw_gc(self) -> None:
        if self._gc_frozen:
            self._gc_frozen = False
            gc.unfreeze()

    def _on_open_failed(self, error: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        self._thaw_gc()
        # The worker imported the store before it could fail in it; when even that import failed there is
        # no StoreError to be had, and the error is said as it is.
        store = sys.modules.get("desktop.store.db")
        if store is not None and isinstance(error, store.StoreError):
            text = error.message(self.lang)
        elif isinstance(error, OSError):
            text = (
                QCoreApplication.translate("Application", "The portfolio folder %1 cannot be opened: %2")
                .replace("%1", str(self.data_dir))
                .replace("%2", error.strerror or str(error))
            )
        else:
            text = f"{type(error).__name__}: {error}"
        self._say_and_quit(text)

    def _say_and_quit(self, text: str) -> None:
        """A portfolio that cannot be opened: say why over the window, then end with exit code 1."""
        from PySide6.QtWidgets import QMessageBox

        sys.stderr.write(f"bekwaam: {text}\n")
        box = QMessageBox(QMessageBox.Icon.Critical, "Bekwaam", text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("start_failure")
        box.finished.connect(lambda _result: self.exit(1))
        box.open()
        self.start_failure = box

    def open_settings(self) -> None:
        from desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.lang, self.window, tasks=self.tasks)
        dialog.language_changed.connect(self.set_language)
        dialog.open()

    def set_language(self, lang: str) -> None:
        """Install the translators and rebuild the window in the new language, on the same page."""
        from desktop import i18n

        if lang == self.lang:
            return
        old = self.window
        if old is not None and not old.activities.commit_pending():
            # The teacher chose to go back to an activity that cannot be saved yet: no rebuild now;
            # the saved language applies at the next start.
            return
        self.lang = i18n.install(lang, self.qt_app)
        page = old.stack.currentIndex() if old is not None else 0
        geometry = old.saveGeometry() if old is not None else None
        window = self.build_window()
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.show_page(page)
        if self.services is not None:
            window.start_after_first_paint()
        # else the portfolio is still being opened: `_on_opened` hands it to this window
        window.show()
        if old is not None:
            old.hide()
            old.deleteLater()


def _install_excepthook(app: Any) -> None:
    """An error in a slot becomes a message, not a silent traceback on a console nobody reads."""

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(text)
        try:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "Bekwaam",
                app.translate("Application", "Something went wrong. Your saved work is safe.\n\n%1").replace(
                    "%1", f"{kind.__name__}: {value}"
                ),
            )
            box.setDetailedText(text)
            box.open()
        except Exception:
            pass

    sys.excepthook = hook


def run_gui(args: argparse.Namespace) -> int:
    """Open the window on the data folder (or a demo portfolio); return the exit code."""
    started = time.time()
    problem = display_problem()
    if problem:
        sys.stderr.write(problem)
        return 1

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME, ORG_NAME, i18n
    from desktop.cli.common import policy_data_dir
    from desktop.paths import resolve_data_dir
    from desktop.tasks import TaskManager
    from desktop.views.style import apply_look, icon

    demo_dir: tempfile.TemporaryDirectory[str] | None = None
    if getattr(args, "demo", False):
        demo_dir = tempfile.TemporaryDirectory(prefix="bekwaam-demo-")
        data_dir = Path(demo_dir.name) / "portfolio"
    else:
        data_dir = resolve_data_dir(getattr(args, "data_dir", None), policy_data_dir())

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    qt_app.setWindowIcon(icon("bekwaam"))
    apply_look(qt_app)
    lang, settings = _language(args, data_dir)
    lang = i18n.install(lang, qt_app)
    _install_excepthook(qt_app)

    open_dir = Path(tempfile.mkdtemp(prefix="bekwaam-open-"))
    tasks = TaskManager()
    application = Application(
        qt_app, None, tasks, lang, settings, open_dir, demo=demo_dir is not None, data_dir=data_dir
    )
    # The window first, without the portfolio: it paints at once and says it is loading.
    window = application.build_window()
    probe = (
        StartupProbe(qt_app, window, started)
        if any(os.environ.get(k) for k in (ENV_DUMP, ENV_SCREENSHOT, ENV_QUIT_AFTER_LOAD, ENV_BENCH))
        else None
    )
    window.restore_window_state()
    window.start_after_first_paint(application.open_portfolio)
    window.show()

    try:
        code = qt_app.exec()
    finally:
        tasks.shutdown()
        opened = application.services or application.opened
        if opened is not None:
            opened.close()
        shutil.rmtree(open_dir, ignore_errors=True)
        if demo_dir is not None:
            demo_dir.cleanup()
    del probe
    return int(code)

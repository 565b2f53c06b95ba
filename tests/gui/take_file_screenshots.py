"""Screenshots of the File menu's export, import, backup and restore dialogs, over the demo portfolio.

Run under a real X server (not collected by pytest):
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/take_file_screenshots.py OUTDIR [--lang en]
The real dialogs are shown (the export dialog, the file dialogs, the question before restoring);
a timer photographs each and answers it, as a teacher would.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

    from desktop import i18n
    from desktop.demo import generate_portfolio
    from desktop.services import open_services
    from desktop.tasks import TaskManager
    from desktop.views import file_actions as fa
    from desktop.views.main_window import MainWindow
    from desktop.views.style import apply_look

    app = QApplication([sys.argv[0]])
    apply_look(app)
    lang = i18n.install(args.lang, app)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-en" if lang == "en" else ""
    tmp = Path(tempfile.mkdtemp(prefix="bekwaam-file-shots-"))
    documents = tmp / ("Documenten" if lang == "nl" else "Documents")
    documents.mkdir()
    services = open_services(tmp / "Bekwaam")
    generate_portfolio(services, activities=300, evidence_files=60, seed=1)
    tasks = TaskManager()  # real workers: the progress dialog shows as it does for the teacher

    def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError
            app.processEvents()
            time.sleep(0.02)

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    def answer_modal(name: str, answer: Callable[[Any], None]) -> None:
        """Photograph the next modal dialog once it is up, then answer it."""

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if widget is None or not widget.isVisible():
                QTimer.singleShot(100, poll)
                return
            shoot(widget, name)
            answer(widget)

        QTimer.singleShot(300, poll)

    class ShootingChooser(fa.Chooser):
        """The real dialogs, each photographed and answered by a timer."""

        def __init__(self) -> None:
            self.open_answer: Path | None = None

        def pdf_options(self, *a: Any) -> Any:
            answer_modal("file-export-dialog", lambda d: d.accept())
            return super().pdf_options(*a)

        def save_path(self, *a: Any) -> Path | None:
            answer_modal("file-save-dialog", lambda d: d.accept())
            return super().save_path(*a)

        def open_path(self, parent: Any, title: str, folder: Path, name_filter: str) -> Path | None:
            return self.open_answer

        def confirm(self, *a: Any) -> bool:
            answer_modal("file-restore-confirm", lambda box: box.buttons()[0].click())
            return super().confirm(*a)

    window = MainWindow(services, tasks, tmp / "open", lang)
    window.resize(1300, 820)
    window.show()
    window.start()
    wait_until(lambda: window.activities.proxy.rowCount() > 0)
    chooser = ShootingChooser()
    files = fa.FileActions(window, services, tasks, lang, chooser, open_url=lambda url: True)
    fa._last_folder[str(services.paths.root)] = documents

    # The File menu
    bar = window.menuBar()
    window.file_menu.popup(window.mapToGlobal(bar.actionGeometry(window.file_menu.menuAction()).bottomLeft()))
    settle(0.5)
    shot = window.screen().grabWindow(0)
    top_left = window.mapToGlobal(window.rect().topLeft())
    shot.copy(top_left.x(), top_left.y(), 620, 420).save(str(out / f"file-menu{suffix}.png"))
    print(out / f"file-menu{suffix}.png")
    window.file_menu.hide()

    # PDF: the dialog, the save dialog, the progress, the result
    files.export_pdf_action.trigger()
    wait_until(lambda: files.progress_dialog is not None)
    wait_until(lambda: files.progress_dialog is not None and files.progress_dialog.isVisible()
               and files.progress_dialog.bar.value() > 150)
    shoot(files.progress_dialog, "file-progress")
    wait_until(lambda: not files.busy, timeout=180)
    shoot(files.result_box, "file-pdf-written")
    files.result_box.close()

    # Backup, then restore (question, result)
    backup_zip = documents / "backup.zip"

    class Fixed(ShootingChooser):
        def save_path(self, *a: Any) -> Path | None:
            return backup_zip

    files.chooser = Fixed()
    files.backup_action.trigger()
    wait_until(lambda: files.result_box is not None and files.result_box.isVisible(), timeout=120)
    shoot(files.result_box, "file-backup-written")
    files.result_box.close()
    files.chooser.open_answer = backup_zip
    files.restore_action.trigger()
    wait_until(lambda: files.result_box is not None and files.result_box.isVisible()
               and files.result_box.objectName() == "restored", timeout=120)
    shoot(files.result_box, "file-restored")
    files.result_box.close()

    # Import of another system's Leap2A: the report with what was skipped
    from tests.conftest import INTEROP

    files.chooser.open_answer = INTEROP / "mahara-leap2a.xml"
    files.import_leap2a_action.trigger()
    wait_until(lambda: files.report_dialog is not None and files.report_dialog.isVisible(), timeout=60)
    files.report_dialog.resize(720, 520)
    shoot(files.report_dialog, "file-import-report")
    files.report_dialog.close()

    # A hostile archive
    evil = documents / "evil.zip"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("leap2a.xml", b"<feed/>")
        z.writestr("../../etc/cron.d/evil", b"x")
    files.chooser.open_answer = evil
    files.import_leap2a_action.trigger()
    wait_until(lambda: window.findChild(QMessageBox, "error_box") is not None
               and window.findChild(QMessageBox, "error_box").isVisible())
    shoot(window.findChild(QMessageBox, "error_box"), "file-hostile")
    del QDialog, QFileDialog
    tasks.shutdown()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of every screen over the demo portfolio, for looking at and for docs/screenshots.

Run under a real X server (not collected by pytest):
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/gui/take_screenshots.py OUTDIR [--dark] [--lang en]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args()
    if args.dark:
        os.environ["BEKWAAM_COLOR_SCHEME"] = "dark"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.demo import generate_portfolio
    from desktop.services import open_services
    from desktop.tasks import TaskManager
    from desktop.views.main_window import PAGE_DOSSIER, PAGE_OVERVIEW, MainWindow
    from desktop.views.record_dialogs import RecordDialog, work_period_fields
    from desktop.views.settings_dialog import SettingsDialog
    from desktop.views.style import apply_look
    from sync import portfolio as vocab

    app = QApplication([sys.argv[0]])
    apply_look(app)
    lang = i18n.install(args.lang, app)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + ("-en" if lang == "en" else "")
    tmp = Path(tempfile.mkdtemp(prefix="bekwaam-shots-"))
    services = open_services(tmp / "demo")
    generate_portfolio(services, seed=1)
    # A near cycle end, so that the reminder shows as a teacher would see it in June of the last year.
    cycle = services.portfolio.current_cycle()
    services.portfolio.today = lambda: cycle.end - dt.timedelta(days=55)
    tasks = TaskManager(inline=True)
    window = MainWindow(services, tasks, tmp / "open", lang, demo=False)
    window.resize(1500, 920)
    window.show()
    window.start()

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))
        print(args.out / f"{name}{suffix}.png")

    page = window.activities
    # An activity with evidence and a reflection.
    with_evidence = next(s for s in page.model.summaries() if s.evidence_count and s.has_reflection)
    page.select_activity(with_evidence.activity.id)
    shoot(window, "activities")
    # Several selected (Ctrl/Shift-click): the detail side shows their count instead of the editor.
    from PySide6.QtCore import QItemSelectionModel

    for row in (1, 2, 4):
        page.view.selectionModel().select(
            page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    page.view.setFocus()
    shoot(window, "multi-select")
    page.select_activity(with_evidence.activity.id)
    page.tabs.setCurrentIndex(1)
    shoot(window, "evidence")
    page.tabs.setCurrentIndex(2)
    shoot(window, "reflection")
    page.tabs.setCurrentIndex(0)
    page.search.setText("formatief")
    page.missing_evidence.setChecked(True)
    shoot(window, "filter")
    page.clear_filters()
    window.go_new_activity()
    page.editor.title_edit.setText("")
    page.editor.end_check.setChecked(True)
    page.editor.end_edit.setDate(page.editor.start_edit.date().addDays(-3))
    page.save()
    shoot(window, "validation")
    page.editor.clear()
    page.select_activity(with_evidence.activity.id)
    window.statusBar().clearMessage()  # the validation shot's message is not part of the overview
    window.show_page(PAGE_OVERVIEW)
    shoot(window, "overview")
    window.show_page(PAGE_DOSSIER)
    shoot(window, "dossier")

    trash_victim = page.model.summary(3).activity
    window.portfolio_actions.delete_activity(trash_victim)
    window.show_trash()
    shoot(window.trash_dialog, "trash")
    window.trash_dialog.close()

    dialog = RecordDialog(
        "Werkperiode", vocab.WorkPeriod(school="", start=dt.date(2023, 8, 1)), work_period_fields(), lang, window
    )
    dialog.show()
    dialog.accept()
    shoot(dialog, "record-dialog")
    dialog.reject()

    settings = None
    try:
        from desktop.policy import load_policy
        from desktop.settings import Settings

        example = Path(__file__).resolve().parents[2] / "packaging" / "policy.example.toml"
        settings = Settings.load(tmp / "demo", load_policy(example) if example.exists() else None)
    except Exception:
        settings = None
    sdialog = SettingsDialog(settings, lang, window)
    sdialog.show()
    shoot(sdialog, "settings")
    sdialog.reject()

    empty = open_services(tmp / "empty")
    first = MainWindow(empty, tasks, tmp / "open2", lang)
    first.resize(1200, 760)
    first.show()
    first.start()
    settle()
    if first.welcome is not None:
        shoot(first.welcome, "welcome")
        first.welcome.reject()
    first.close()
    window.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    tasks.shutdown()
    services.close()
    empty.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the window with a 10,000-activity portfolio: start to first paint, and filtering per keystroke.

Run:  .venv/bin/python bench/gui_bench.py [--runs 3]
(under Xvfb for real windows: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python bench/gui_bench.py)

Targets (issue 3): start to the first painted main window is at most 1.5 x the start of a bare PySide6 window,
measured in the same run, plus 300 ms; filtering 10,000 activities takes under 30 ms per keystroke (the filter
itself and the repaint of the list). The window paints before the portfolio is opened (desktop/app.py), so the
first paint with the 10,000 activities listed is reported beside it, against the same target. Filtering
is measured again with all 10,000 selected (Ctrl+A; the selection is kept across each filter). The
10,000-activity portfolio is generated once (about 40 s) and cached in the temporary folder across runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path(tempfile.gettempdir()) / "bekwaam-gui-bench" / "portfolio-10k"

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Bekwaam"))
window.resize(1400, 860)
class First(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
probe = First()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def ensure_portfolio() -> Path:
    if (CACHE / "bekwaam.sqlite").exists():
        return CACHE
    from desktop.demo import BENCH, generate_portfolio
    from desktop.services import open_services

    partial = CACHE.with_name(CACHE.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    print(f"generating the 10,000-activity portfolio in {CACHE} (once, about 40 s)…", flush=True)
    with open_services(partial) as services:
        generate_portfolio(
            services, activities=BENCH.activities, evidence_files=BENCH.evidence_files, years=BENCH.years, seed=1
        )
    os.replace(partial, CACHE)
    return CACHE


def child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def timed_child(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    if r.returncode != 0:
        raise SystemExit(f"{cmd} failed: {r.stderr}")
    out = {}
    for line in r.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("run-gui", "window-built", "first-paint", "list-paint", "loaded-paint"):
            out[key] = float(value) - started
        elif key == "rows":
            out[key] = float(value)
    return out


def measure_start(portfolio: Path, runs: int) -> None:
    env = child_env()
    bare, entered, built, first, listed, loaded = [], [], [], [], [], []
    for _ in range(runs):  # interleaved, so that machine load hits both alike
        bare.append(timed_child([sys.executable, "-c", BARE_WINDOW], env)["first-paint"])
        app = timed_child(
            [sys.executable, "-m", "desktop", "--data-dir", str(portfolio)], {**env, "BEKWAAM_GUI_BENCH": "1"}
        )
        assert app["rows"] == 10_000, app
        entered.append(app["run-gui"])
        built.append(app["window-built"])
        first.append(app["first-paint"])
        listed.append(app["list-paint"])
        loaded.append(app["loaded-paint"])
    b, f, ls, ld = (statistics.median(x) for x in (bare, first, listed, loaded))
    target = 1.5 * b + 0.3
    platform = env.get("QT_QPA_PLATFORM") or "xcb (X server)"
    print(f"start, platform {platform}, median of {runs} (warm page cache; load average {os.getloadavg()[0]:.1f}):")
    print(f"  bare PySide6 window, first paint:            {b * 1000:7.0f} ms")
    e, w = statistics.median(entered), statistics.median(built)
    print(f"  Bekwaam, window code entered:                {e * 1000:7.0f} ms  (command line parsed)")
    print(f"  Bekwaam, window built:                       {w * 1000:7.0f} ms  (the portfolio opens after the "
          f"first paint, on a worker)")
    print(f"  Bekwaam, first paint of the main window:     {f * 1000:7.0f} ms  ({f / b:.2f} x bare)")
    print(f"  Bekwaam, first paint with 10,000 listed:     {ls * 1000:7.0f} ms  ({ls / b:.2f} x bare)")
    print(f"  Bekwaam, overview computed too:              {ld * 1000:7.0f} ms  ({ld / b:.2f} x bare)")
    print(f"  target 1.5 x bare + 300 ms = {target * 1000:.0f} ms:")
    for name, value in (("first paint of the main window", f), ("first paint with the 10,000 listed", ls)):
        print(f"    {name + ':':<36} {'met' if value <= target else 'NOT met'} (ratio to target {value / target:.2f})")


def measure_filter(portfolio: Path) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.services import open_services
    from desktop.tasks import TaskManager
    from desktop.views.main_window import MainWindow
    from desktop.views.style import apply_look

    app = QApplication.instance() or QApplication([sys.argv[0]])
    apply_look(app)
    i18n.install("nl", app)
    services = open_services(portfolio)
    tasks = TaskManager(inline=True)
    open_dir = Path(tempfile.mkdtemp(prefix="bekwaam-bench-open-"))
    t = time.perf_counter()
    window = MainWindow(services, tasks, open_dir, "nl")
    window.show()
    window.start()
    app.processEvents()
    built = (time.perf_counter() - t) * 1000
    print(f"in-process: window built, 10,000 activities loaded and painted in {built:.0f} ms")
    page = window.activities
    assert page.proxy.rowCount() == 10_000
    search = page.search
    search.setFocus()
    app.processEvents()

    class PaintCounter(QObject):
        paints = 0

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                PaintCounter.paints += 1
            return False

    counter = PaintCounter()
    page.view.viewport().installEventFilter(counter)

    def keystroke(key: str | Qt.Key) -> float:
        # The keystroke, the filter, and the event loop's one repaint of the list: what the teacher waits for.
        before = PaintCounter.paints
        start = time.perf_counter()
        QTest.keyClick(search, key)
        app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        assert PaintCounter.paints > before, "the list was not repainted"
        return elapsed

    times: list[float] = []
    for _round in range(3):
        for ch in "formatief wiskunde":
            times.append(keystroke(ch))
        for _ in range(len("formatief wiskunde")):
            times.append(keystroke(Qt.Key.Key_Backspace))
    combo = []
    for i in range(1, page.type_filter.count()):
        start = time.perf_counter()
        page.type_filter.setCurrentIndex(i)
        app.processEvents()
        combo.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"filtering 10,000 activities per keystroke ({len(times)} keystrokes, typing and deleting; "
          f"load average {os.getloadavg()[0]:.1f}):")
    print(f"  median {statistics.median(times):.1f} ms, 95th percentile {p95:.1f} ms, worst {times[-1]:.1f} ms")
    print(f"  type filter changes: median {statistics.median(combo):.1f} ms, worst {max(combo):.1f} ms")
    print(
        f"  target < 30 ms per keystroke: {'met' if p95 < 30 else 'NOT met'} (95th percentile / target {p95 / 30:.2f})"
    )
    # The same typing with every activity selected (Ctrl+A): the selection is kept across each filter.
    page.clear_filters()
    app.processEvents()
    start = time.perf_counter()
    page.view.selectAll()
    app.processEvents()
    select_all = (time.perf_counter() - start) * 1000
    assert page.is_multi()
    search.setFocus()
    selected_times = [keystroke(ch) for ch in "formatief"] + [keystroke(Qt.Key.Key_Backspace) for _ in "formatief"]
    print(f"  with all 10,000 selected: Ctrl+A {select_all:.0f} ms, then per keystroke median "
          f"{statistics.median(selected_times):.1f} ms, worst {max(selected_times):.1f} ms")
    bare_repaint = bare_table_repaint(app, page.view.viewport().size())
    print(f"  for comparison, one repaint of a bare QTableWidget of the same size: {bare_repaint:.1f} ms (median)")
    window.close()
    tasks.shutdown()
    services.close()
    shutil.rmtree(open_dir, ignore_errors=True)


def bare_table_repaint(app, size) -> float:  # type: ignore[no-untyped-def]
    """Qt's own floor: repainting a plain table widget with the same visible area and no Python model."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(200, 8)
    for r in range(200):
        for c in range(8):
            table.setItem(r, c, QTableWidgetItem(f"Formatief evalueren {r}.{c}"))
    table.resize(size)
    table.show()
    app.processEvents()
    times = []
    for _ in range(30):
        start = time.perf_counter()
        table.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    table.close()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    portfolio = ensure_portfolio()
    measure_start(portfolio, args.runs)
    measure_filter(portfolio)
    sys.stdout.flush()
    # PySide6 can trip over its own objects while the interpreter finalises after many widgets; the
    # figures are printed, so leave without that teardown.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())

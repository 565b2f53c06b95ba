"""The frozen build's figures: its size unpacked (target ≤ 160 MB) and its cold start (target ≤ 1.5 s to a window).

    .venv/bin/python bench/frozen_bench.py [--build] [--bundle dist/bekwaam] [--runs 5]

Cold means the bundle's own files are out of the page cache (evicted with posix_fadvise, so the
rest of the machine keeps its cache); the system's libraries stay cached, as on a laptop in use.
The baseline, measured in the same run, is the same command from the source tree.

Start to a window: the frozen app is started under Xvfb (a real X server, not offscreen) with an
empty portfolio; the app's own start-up probe (BEKWAAM_GUI_BENCH in desktop/app.py) reports its
first paint and the first paint with the activity list and overview loaded, then quits; the
moment its window is mapped is watched from outside with xwininfo. Until the main window exists
in the build (desktop/app.py), this part says so and only `--version` is measured.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE_TARGET_MB = 160
WINDOW_TARGET_S = 1.5


def evict(folder: Path) -> None:
    """Drop the folder's files from the page cache, so the next start reads them from disk."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run (CPU time is the figure a busy shared machine disturbs least)."""
    cpu, start = children_cpu(), time.perf_counter()
    r = subprocess.run(cmd, env=env, capture_output=True, timeout=120)
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {r.stderr.decode(errors='replace')}")
    return elapsed, children_cpu() - cpu


def medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def size_report(bundle: Path) -> float:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files) / 1e6
    print(f"bundle: {bundle}")
    print(f"  size unpacked      {total:7.1f} MB in {len(files)} files  (target ≤ {SIZE_TARGET_MB} MB; "
          f"{total / SIZE_TARGET_MB:.2f}x the target)")
    parts: dict[str, int] = {}
    internal = bundle / "_internal"
    for p in files:
        rel = p.relative_to(internal) if internal in p.parents else p.relative_to(bundle)
        key = "/".join(rel.parts[:3]) if rel.parts[0] == "PySide6" else rel.parts[0]
        parts[key] = parts.get(key, 0) + p.stat().st_size
    for key, size in sorted(parts.items(), key=lambda kv: -kv[1])[:6]:
        print(f"    {size / 1e6:6.1f} MB  {key}")
    return total


def version_start(bundle: Path, runs: int) -> None:
    exe = bundle / "bekwaam"
    env = {"PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir(), "QT_QPA_PLATFORM": "offscreen"}
    evict(bundle)
    cold = timed([str(exe), "--version"], env)
    warm = medians([timed([str(exe), "--version"], env) for _ in range(runs)])
    src_env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    base = medians([timed([sys.executable, "-m", "desktop", "--version"], src_env) for _ in range(runs)])
    print(f"start to the end of `bekwaam --version` (boot loader, interpreter, imports); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:")
    print(f"  frozen, cold       {cold[0]:7.3f} s wall, {cold[1]:6.3f} s CPU")
    print(f"  frozen, warm       {warm[0]:7.3f} s wall, {warm[1]:6.3f} s CPU  (median of {runs})")
    print(f"  from source, warm  {base[0]:7.3f} s wall, {base[1]:6.3f} s CPU  (baseline; frozen warm "
          f"{warm[0] / base[0]:.2f}x wall, {warm[1] / base[1]:.2f}x CPU)")


@contextmanager
def xvfb() -> Iterator[str]:
    for n in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    display = f":{n}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{n}").exists():
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("Xvfb did not start")
            time.sleep(0.05)
        yield display
    finally:
        proc.terminate()
        proc.wait(10)


def window_shown(display: str) -> bool:
    r = subprocess.run(["xwininfo", "-root", "-children", "-display", display], capture_output=True, text=True)
    return any('"Bekwaam' in line for line in r.stdout.splitlines())


def time_to_window(cmd: list[str], display: str, data_dir: Path | None = None,
                   extra_env: dict[str, str] | None = None) -> dict[str, float]:
    """Seconds from starting `cmd` to its first paint and to the first paint with the list loaded.

    The app's own start-up probe (BEKWAAM_GUI_BENCH, desktop/app.py) prints both moments and quits;
    an app without it is timed until its window is mapped (xwininfo) and then stopped.
    """
    with tempfile.TemporaryDirectory(prefix="bekwaam-bench-") as tmp:
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LANG": "C.UTF-8", "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "BEKWAAM_DATA_DIR": str(data_dir or Path(tmp) / "data"), "BEKWAAM_POLICY": str(Path(tmp) / "none.toml"),
               "BEKWAAM_GUI_BENCH": "1", **(extra_env or {})}
        cpu, wall, start = children_cpu(), time.time(), time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        mapped: float | None = None
        try:
            while proc.poll() is None:
                if mapped is None and window_shown(display):
                    mapped = time.perf_counter() - start
                if time.perf_counter() - start > 60:
                    raise SystemExit("no window within 60 s")
                time.sleep(0.01)
            out, err = proc.communicate(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        marks = {line.split()[0]: float(line.split()[1]) - wall for line in out.splitlines()
                 if line.startswith(("first-paint ", "loaded-paint "))}
        if proc.returncode != 0 or not (marks or mapped):
            raise SystemExit(f"the app exited ({proc.returncode}) without showing a window: {err[-2000:]}")
        if mapped is not None:
            marks.setdefault("mapped", mapped)
        marks["cpu"] = children_cpu() - cpu  # the whole run: start, load, paint and quit
        return marks


def window_start(bundle: Path, runs: int) -> None:
    print("start to the main window (Xvfb, an existing empty portfolio; the app's own first-paint probe):")
    if not (ROOT / "desktop" / "app.py").exists():
        print("  n/a: the main window (desktop/app.py) is not in this build yet; see `--version` above")
        return
    if not (shutil.which("Xvfb") and shutil.which("xwininfo")):
        print("  n/a: needs Xvfb and xwininfo (apt-get install xvfb x11-utils)")
        return
    exe = [str(bundle / "bekwaam")]
    source = [sys.executable, "-m", "desktop"]
    src_env = {"PYTHONPATH": str(ROOT)}
    with xvfb() as display, tempfile.TemporaryDirectory(prefix="bekwaam-bench-portfolio-") as tmp:
        # The usual start opens an existing portfolio; the very first one also creates and migrates it.
        first = time_to_window(exe, display)
        portfolio = Path(tmp) / "portfolio"
        subprocess.run([*exe, "--data-dir", str(portfolio), "activity", "list"], check=True, capture_output=True,
                       env={"PATH": "/usr/bin:/bin", "HOME": tmp, "BEKWAAM_POLICY": str(Path(tmp) / "none.toml")})
        time_to_window(exe, display, portfolio)  # the app's own first-start work, outside the timings
        evict(bundle)
        cold = time_to_window(exe, display, portfolio)
        warm = [time_to_window(exe, display, portfolio) for _ in range(runs)]
        src = [time_to_window(source, display, portfolio, src_env) for _ in range(runs)]

    def median(samples: list[dict[str, float]], key: str) -> float:
        return statistics.median(s[key] for s in samples if key in s)

    key = "loaded-paint" if "loaded-paint" in cold else "mapped"
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    for name in ("first-paint", "loaded-paint", "mapped", "cpu"):
        if name not in cold:
            continue
        baseline = median(src, name)
        print(f"  {name:<13} frozen cold {cold[name]:6.3f} s, warm {median(warm, name):6.3f} s (median of {runs}); "
              f"from source {baseline:6.3f} s (frozen warm {median(warm, name) / baseline:.2f}x)")
    print(f"  cold start to the loaded window: {cold[key]:.3f} s (target ≤ {WINDOW_TARGET_S} s; "
          f"{cold[key] / WINDOW_TARGET_S:.2f}x)")
    print(f"  the very first start (creates and migrates a new portfolio), warm: {first[key]:.3f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "bekwaam")
    parser.add_argument("--build", action="store_true", help="run packaging/build.py first")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)
    if not (args.bundle / "bekwaam").exists():
        print(f"{args.bundle / 'bekwaam'} is missing: run packaging/build.py (or pass --build)", file=sys.stderr)
        return 1
    size_report(args.bundle)
    version_start(args.bundle, args.runs)
    window_start(args.bundle, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

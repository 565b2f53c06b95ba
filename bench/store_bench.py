"""Benchmark of the local store and services on a realistic 10,000-activity portfolio.

Run:  .venv/bin/python bench/store_bench.py [--activities 10000] [--evidence 2000] [--big-mb 1024]

Prints figures and, where a target is set, the ratio to it; the 1 GB attach is measured
against a plain file copy of the same file in the same run. Targets (issue 2): progress over
10,000 activities < 50 ms; listing them < 100 ms; attaching 1 GB adds < 64 MB to peak memory
and takes at most 1.5 x a plain copy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.demo import generate_portfolio  # noqa: E402
from desktop.services import open_services  # noqa: E402
from sync import portfolio as vocab  # noqa: E402


def timed(fn, repeat: int = 7):  # type: ignore[no-untyped-def]
    times = []
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def line(name: str, value: float, unit: str, target: float | None = None) -> None:
    extra = ""
    if target is not None:
        verdict = "ok" if value <= target else "OVER"
        extra = f"   target {target:g} {unit}  ({value / target:.2f}x of target, {verdict})"
    print(f"{name:<46} {value:10.1f} {unit}{extra}")


ATTACH_CHILD = r"""
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from desktop.services import open_services
from sync import portfolio as v
import datetime as dt
with open_services(Path(sys.argv[1])) as s:
    a = s.portfolio.create_activity(v.Activity(title="groot", type=v.ActivityType.CURSUS, start=dt.date(2024, 1, 1),
                                               contact_hours=1, domains=(v.Domain.VAKDIDACTISCH,)))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    s.portfolio.attach_evidence(a.id, Path(sys.argv[2]))
    took = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(took, before, after)
"""


def bench_big_file(work: Path, size_mb: int) -> None:
    big = work / "big.bin"
    chunk = os.urandom(1 << 20)
    with open(big, "wb") as f:
        for _ in range(size_mb):
            f.write(chunk)
    copies = []
    attaches = []
    peak_added = []
    for i in range(5):
        target = work / f"copy{i}.bin"
        os.sync()  # start each measurement with no dirty pages left by the previous one
        t = time.perf_counter()
        shutil.copyfile(big, target)
        with open(target, "rb+") as fh:
            os.fsync(fh.fileno())  # the store fsyncs too: compare like with like
        copies.append(time.perf_counter() - t)
        target.unlink()
        data = work / f"attach{i}"
        os.sync()
        out = subprocess.run([sys.executable, "-c", ATTACH_CHILD, str(data), str(big), str(ROOT)],
                             capture_output=True, text=True, check=True).stdout.split()
        attaches.append(float(out[0]))
        peak_added.append((int(out[2]) - int(out[1])) / 1024)
        shutil.rmtree(data)
    copy_t, attach_t = statistics.median(copies), statistics.median(attaches)
    line(f"plain copy of {size_mb} MB (+fsync)", copy_t * 1000, "ms")
    line(f"attach {size_mb} MB (hash, store, fsync, record)", attach_t * 1000, "ms")
    print(f"{'  attach / plain copy':<46} {attach_t / copy_t:10.2f} x    target 1.5 x "
          f"({'ok' if attach_t / copy_t <= 1.5 else 'OVER'})")
    line("  peak memory added by the attach", max(peak_added), "MB", 64)
    big.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--activities", type=int, default=10_000)
    ap.add_argument("--evidence", type=int, default=2_000)
    ap.add_argument("--big-mb", type=int, default=1024)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bekwaam-bench-") as tmp:
        work = Path(tmp)
        print(f"Portfolio: {args.activities} activities over 12 years, {args.evidence} evidence files\n")
        with open_services(work / "p") as s:
            t = time.perf_counter()
            generate_portfolio(s, activities=args.activities, evidence_files=args.evidence, years=12, seed=7,
                               big_file_every=100)
            gen = time.perf_counter() - t
            evidence_bytes = sum(p.stat().st_size for p in (work / "p" / "evidence").rglob("*") if p.is_file())
            line("generate (bulk insert + files + reflections)", gen * 1000, "ms")
            print(f"{'  evidence on disk':<46} {evidence_bytes / 1e6:10.1f} MB")
            svc = s.portfolio
            one = []
            for i in range(200):
                a = vocab.Activity(title=f"los {i}", type=vocab.ActivityType.STUDIEDAG, start=dt.date(2024, 3, 1),
                                   contact_hours=4, domains=(vocab.Domain.PEDAGOGISCH,))
                t = time.perf_counter()
                svc.create_activity(a)
                one.append(time.perf_counter() - t)
            line("insert one activity (own transaction, fsync)", statistics.median(one) * 1000, "ms")
            list_t, summaries = timed(svc.activity_summaries)
            line(f"list {len(summaries)} activities with counts (median)", list_t * 1000, "ms", 100)

            def filt() -> int:
                needle = "didactiek"
                return sum(
                    1 for x in summaries
                    if needle in x.activity.title.lower() and vocab.Domain.VAKDIDACTISCH in x.activity.domains
                    and x.activity.start.year >= 2020 and x.evidence_count == 0
                )

            filt_t, hits = timed(filt)
            line(f"filter them in memory (text+domain+year+evidence; {hits} hits)", filt_t * 1000, "ms")
            prog_t, progress = timed(svc.progress)
            line("progress for the current cycle (reads all rows)", prog_t * 1000, "ms", 50)
            print(f"{'  counted / excluded':<46} {len(progress.counted):10d} / {len(progress.excluded)}")
            check_t, report = timed(svc.check, repeat=1)
            line(f"check: integrity + {report.evidence_checked} hashes", check_t * 1000, "ms")
        with open_services(work / "p") as s:
            cold_t, _ = timed(s.portfolio.activity_summaries, repeat=1)
            line("list right after opening (cold record cache)", cold_t * 1000, "ms")
        print()
        bench_big_file(work, args.big_mb)
    print(f"\npeak RSS of the benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

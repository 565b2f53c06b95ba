"""Benchmark: the portfolio PDF of 500 activities with 200 image and PDF evidence files (targets: < 20 s, < 500 MB).

Each measured step runs in a fresh process, so its peak memory is its own. The baseline,
measured in the same run, is the least any export must do: read every evidence file once and
check its SHA-256. Also timed for information: the Leap2A export, a backup and a restore.

    .venv/bin/python bench/export_bench.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 20.0
TARGET_MB = 500.0
INTEROP = Path("/work/shared/interop")


def build(data: Path) -> dict[str, int]:
    """500 activities (desktop/demo.py) and 200 evidence files: camera photos, PNGs, certificates, brochures."""
    from desktop.demo import _pdf, _png, generate_portfolio
    from desktop.services import open_services
    from sync import portfolio as vocab

    rng = Random(11)
    sizes = {"jpeg": 0, "png": 0, "pdf": 0, "bytes": 0}
    photo = (INTEROP / "mahara-Image1.jpg").read_bytes() if (INTEROP / "mahara-Image1.jpg").exists() else None
    brochure = (INTEROP / "mahara-mahara_about.pdf").read_bytes() if (
        INTEROP / "mahara-mahara_about.pdf").exists() else None
    with open_services(data) as s, tempfile.TemporaryDirectory() as tmp:
        acts = [a for a in generate_portfolio(s, activities=500, evidence_files=0, seed=5,
                                              today=dt.date(2025, 3, 1)) if not a.planned]
        for i in range(200):
            a = acts[(i * 7) % len(acts)]
            if i % 10 == 0 and photo:  # 20 camera photos of 1.4 MB (made unique after the JPEG's end)
                name, data_, kind = f"foto-{i}.jpg", photo + f"bekwaam-{i}".encode(), vocab.EvidenceKind.FOTO
                sizes["jpeg"] += 1
            elif i % 2 == 0:
                name, data_, kind = f"scan-{i}.png", _png(rng, 480, 360), vocab.EvidenceKind.LESMATERIAAL
                sizes["png"] += 1
            elif i % 10 == 1 and brochure:  # a real 3-page PDF, made unique after its end
                name, data_, kind = f"programma-{i}.pdf", brochure + f"\n%bekwaam-{i}\n".encode(), (
                    vocab.EvidenceKind.PROGRAMMA)
                sizes["pdf"] += 1
            else:
                name = f"certificaat-{i}.pdf"
                data_ = _pdf("Certificaat", [a.title.encode("latin-1", "replace").decode("latin-1"),
                                             f"Datum: {a.start.isoformat()}"], rng.randrange(1000, 80_000))
                kind = vocab.EvidenceKind.CERTIFICAAT
                sizes["pdf"] += 1
            path = Path(tmp) / name
            path.write_bytes(data_)
            s.portfolio.attach_evidence(a.id, path, kind=kind, issued_on=a.effective_end)
            sizes["bytes"] += len(data_)
    return sizes


def child(step: str, data: Path, out: Path) -> None:
    """One measured step in this fresh process; prints JSON with seconds and peak memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.export.qt import ensure_app

    ensure_app()
    from desktop.export.backup import backup, restore
    from desktop.export.leap2a import export_leap2a
    from desktop.export.pdf import PdfOptions, export_pdf
    from desktop.services import open_services
    from desktop.services.export import Selection, SelectionMode

    extra: dict[str, object] = {}
    t0 = time.perf_counter()
    if step == "restore":
        restore(data, out)
    else:
        with open_services(data) as s:
            if step == "baseline":
                hashes = list(s.blobs.iter_hashes())
                assert all(s.blobs.verify(h) for h in hashes)
                extra["files"] = len(hashes)
            elif step == "pdf":
                r = export_pdf(s, out, PdfOptions(selection=Selection(SelectionMode.ALL)))
                extra.update(pages=r.pages, activities=r.activities, evidence=r.evidence, attachments=r.attachments,
                             mb=round(out.stat().st_size / 1e6, 1))
            elif step == "leap2a":
                r2 = export_leap2a(s, out)
                extra.update(entries=r2.entries, files=r2.files)
            elif step == "backup":
                r3 = backup(s, out)
                extra.update(files=r3.files)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(seconds, 2), "peak_mb": round(peak, 1), **extra}))


def sample(out: Path) -> int:
    """docs/sample-portfolio.pdf: the demo portfolio's current cycle, in Dutch, dated as the demo's today."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.demo import generate_portfolio
    from desktop.export.pdf import PdfOptions, export_pdf
    from desktop.export.qt import ensure_app
    from desktop.services import open_services

    ensure_app()
    today = dt.date(2025, 3, 1)
    with tempfile.TemporaryDirectory() as tmp, open_services(Path(tmp) / "demo") as s:
        generate_portfolio(s, activities=40, evidence_files=14, years=3, seed=3, today=today)
        result = export_pdf(s, out, PdfOptions(as_of=today))
    print(f"wrote {out}: {result.pages} pages, {result.activities} activities, {result.evidence} evidence files")
    return 0


def measure(step: str, data: Path, out: Path) -> dict[str, object]:
    r = subprocess.run([sys.executable, __file__, "--child", step, str(data), str(out)],
                       capture_output=True, text=True, cwd=ROOT)
    if r.returncode != 0:
        raise SystemExit(f"{step} failed:\n{r.stderr}")
    return dict(json.loads(r.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=3, metavar=("STEP", "DATA", "OUT"))
    parser.add_argument("--keep", metavar="DIR", help="keep the portfolio and the outputs in DIR")
    parser.add_argument("--sample", metavar="OUT.pdf", help="only write the sample PDF of docs/ (the demo portfolio)")
    args = parser.parse_args()
    if args.sample:
        return sample(Path(args.sample))
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bekwaam-export-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    data = work / "data"
    t0 = time.perf_counter()
    sizes = build(data) if not data.exists() else {}
    print(f"portfolio: 500 activities, 200 evidence files {sizes} (made in {time.perf_counter() - t0:.1f} s)")
    base = measure("baseline", data, work / "none")
    pdf = measure("pdf", data, work / "portfolio.pdf")
    leap = measure("leap2a", data, work / "portfolio.zip")
    bak = measure("backup", data, work / "backup.zip")
    res = measure("restore", work / "backup.zip", work / "restored")
    print(f"baseline (read and hash every evidence file): {base['seconds']} s, {base['peak_mb']} MB")
    print(f"PDF export: {pdf['seconds']} s (x{pdf['seconds'] / max(0.01, base['seconds']):.0f} the baseline), "  # type: ignore[operator]
          f"peak {pdf['peak_mb']} MB; {pdf['pages']} pages, {pdf['attachments']} attachments, {pdf['mb']} MB file")
    print(f"Leap2A export: {leap['seconds']} s, peak {leap['peak_mb']} MB ({leap['entries']} entries)")
    print(f"backup: {bak['seconds']} s, peak {bak['peak_mb']} MB; "
          f"restore: {res['seconds']} s, peak {res['peak_mb']} MB")
    ok = float(pdf["seconds"]) < TARGET_SECONDS and float(pdf["peak_mb"]) < TARGET_MB  # type: ignore[arg-type]
    print(f"targets (PDF < {TARGET_SECONDS:g} s, < {TARGET_MB:g} MB): {'met' if ok else 'NOT met'}")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

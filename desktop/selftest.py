"""`bekwaam --self-test`: prove an installed or frozen build works, headless, without touching anyone's portfolio.

Opens a temporary portfolio (creating and migrating its database), adds an activity, attaches
a file and reads it back verified, computes progress with the bundled rulesets, starts Qt
offscreen with the bundled translations, exports a PDF and reads it back, then removes the
temporary folder. Exit 0 when every step passed, 1 otherwise. For CI's frozen-build smoke
test and for an administrator checking a rollout (`bekwaam --self-test` on one laptop).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import __version__

PDF_PENDING = "pending"


class SelfTestFailed(Exception):
    """A step found something wrong; the message says what."""


class _Run:
    def __init__(self) -> None:
        self.failed = 0
        self.pending: list[str] = []

    def step(self, name: str, fn: Callable[[], str | None]) -> None:
        start = time.perf_counter()
        try:
            note = fn()
        except Exception as exc:
            self.failed += 1
            detail = str(exc) if isinstance(exc, SelfTestFailed) else f"{type(exc).__name__}: {exc}"
            print(f"  FAIL  {name}: {detail}", flush=True)
            if os.environ.get("BEKWAAM_SELFTEST_TRACEBACK"):
                traceback.print_exc()
            return
        ms = (time.perf_counter() - start) * 1000
        if note == PDF_PENDING:
            self.pending.append(name)
            print(f"  ----  {name}: pending (not in this build yet)", flush=True)
        else:
            print(f"  ok    {name} ({ms:.0f} ms){': ' + note if note else ''}", flush=True)


def run_self_test(args: argparse.Namespace | None = None) -> int:
    # Headless by design, whatever the session: it runs in CI and over SSH on a school's laptops.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"bekwaam {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})", flush=True)
    run = _Run()
    tmp = Path(tempfile.mkdtemp(prefix="bekwaam-selftest-"))
    state: dict[str, Any] = {}
    try:
        run.step("policy file", lambda: _policy())
        run.step("open a temporary portfolio", lambda: _open(tmp, state))
        if "services" in state:
            run.step("add an activity", lambda: _add_activity(state))
            run.step("attach a file and read it back", lambda: _attach(tmp, state))
            run.step("progress with the bundled rulesets", lambda: _progress(state))
            run.step("integrity check", lambda: _check(state))
        run.step("Qt offscreen with the bundled translations", lambda: _qt(state))
        if "services" in state and "activity" in state:
            run.step("export a PDF and read it back", lambda: _pdf(tmp, state))
    finally:
        services = state.get("services")
        if services is not None:
            services.close()
        shutil.rmtree(tmp, ignore_errors=True)
    if run.failed:
        print(f"self-test FAILED: {run.failed} step(s)", flush=True)
        return 1
    tail = f" ({len(run.pending)} step(s) pending)" if run.pending else ""
    print(f"self-test passed{tail}", flush=True)
    return 0


def _policy() -> str:
    from desktop.policy import load_policy

    policy = load_policy()
    where = f"{policy.path} ({'present' if policy.exists else 'none'})"
    if policy.problems:  # reported, not a failure: the app starts with the rest of the policy
        return f"{where}, {len(policy.problems)} problem(s); see `bekwaam policy show`"
    return where


def _open(tmp: Path, state: dict[str, Any]) -> str:
    from desktop.services import open_services

    state["services"] = open_services(tmp / "portfolio")
    return str(tmp / "portfolio")


def _add_activity(state: dict[str, Any]) -> str:
    from sync import portfolio as vocab

    portfolio = state["services"].portfolio
    activity = portfolio.create_activity(vocab.Activity(
        title="Zelftest: cursus formatief evalueren",
        type=vocab.ActivityType.CURSUS,
        start=dt.date(2024, 9, 2),
        end=dt.date(2024, 10, 14),
        contact_hours=12,
        self_study_hours=8,
        domains=(vocab.Domain.VAKDIDACTISCH,),
        provider="Bekwaam",
    ))
    again = portfolio.get_activity(activity.id)
    if again.title != activity.title or again.ru != 20:
        raise SelfTestFailed(f"the activity read back differs: {again!r}")
    state["activity"] = again
    return f"{again.ru:g} RU"


def _attach(tmp: Path, state: dict[str, Any]) -> str:
    from sync import portfolio as vocab

    services = state["services"]
    source = tmp / "certificaat.txt"
    payload = ("Bewijs van deelname — zelftest " + "✓" * 100 + "\n").encode("utf-8") * 50
    source.write_bytes(payload)
    evidence = services.portfolio.attach_evidence(state["activity"].id, source, kind=vocab.EvidenceKind.CERTIFICAAT)
    back = tmp / "back.txt"
    services.blobs.copy_out(evidence.sha256, back)
    if back.read_bytes() != payload:
        raise SelfTestFailed("the attached file read back differs from the original")
    if [e.id for e in services.portfolio.evidence_for(state["activity"].id)] != [evidence.id]:
        raise SelfTestFailed("the file is not linked to the activity")
    return f"{evidence.size} bytes, sha256 {evidence.sha256[:12]}…"


def _progress(state: dict[str, Any]) -> str:
    portfolio = state["services"].portfolio
    portfolio.set_cycle(dt.date(2024, 8, 1), "registerleraar")
    progress = portfolio.progress(today=dt.date(2025, 1, 1))
    if progress is None or progress.total_ru != 20:
        raise SelfTestFailed(f"progress should count 20 RU, got {getattr(progress, 'total_ru', None)}")
    return f"{progress.total_ru:g} RU counted"


def _check(state: dict[str, Any]) -> str:
    report = state["services"].portfolio.check()
    if not report.ok:
        raise SelfTestFailed(f"check failed: {report}")
    return "database and evidence intact"


def _qt(state: dict[str, Any]) -> str:
    from PySide6.QtGui import QGuiApplication

    from desktop import i18n
    from desktop.settings import locked_text

    app = QGuiApplication.instance() or QGuiApplication(["bekwaam-selftest"])
    state["qt_app"] = app  # kept alive for the PDF step
    if i18n.install("nl", app) != "nl" or locked_text() != "ingesteld door uw school":
        raise SelfTestFailed(f"the Dutch translations are not in this build ({i18n.translations_dir()})")
    i18n.install("en", app)
    return f"platform {QGuiApplication.platformName()}, translations from {i18n.translations_dir()}"


def _pdf(tmp: Path, state: dict[str, Any]) -> str:
    try:
        from desktop.export.pdf import PdfOptions, export_pdf
    except ImportError:  # the PDF export is written in parallel; until it is in the build, say so
        return PDF_PENDING
    import unicodedata

    from pypdf import PdfReader

    out = tmp / "portfolio.pdf"
    result = export_pdf(state["services"], out, PdfOptions(lang="nl"))
    reader = PdfReader(str(out))
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages)
    text = " ".join(text.split())
    if not text:
        raise SelfTestFailed("the PDF holds no text: are the fonts in this build?")
    if state["activity"].title not in text:
        raise SelfTestFailed("the activity is not in the PDF")
    return f"{len(reader.pages)} page(s), {out.stat().st_size // 1024} KB, {result.evidence} evidence file(s)"

"""Fixtures for the export tests: real portfolios (made once per session) and PDF reading helpers."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.demo import generate_portfolio
from desktop.services import Services, open_services
from sync import portfolio as vocab
from tests.conftest import INTEROP, REPO_ROOT  # noqa: F401  (INTEROP re-exported for the export tests)

TODAY = dt.date(2025, 3, 1)


@pytest.fixture(autouse=True, scope="session")
def _qt_application(qapp: object) -> object:
    """One QApplication for the session, so exports never make a bare QGuiApplication first."""
    return qapp


def normalised(text: str) -> str:
    """PDF text as words: NFKC (Qt writes ligatures such as ﬁ) and single spaces."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    r = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True)
    return normalised(r.stdout)


def fill_small_portfolio(s: Services, tmp: Path) -> None:
    """A teacher with diacritics, a few activities, and real evidence: a camera JPEG, an RGBA PNG,
    a three-page PDF and a file that cannot be shown on a page."""
    svc = s.portfolio
    svc.set_profile(name="Ingrid van Dijk-Çelik", register_number="RL-77", register="vrijwillig", sectors=["vo"],
                    email="i.vandijk@voorbeeld.nl")
    svc.save_record(vocab.School(name="Het Baarnsch Lyceum", place="Baarn", brin="12AB"))
    svc.set_cycle(dt.date(2022, 8, 1), "registerleraar")
    a1 = svc.create_activity(vocab.Activity(
        title="Cursus formatief evalueren — één blik op ’t geheel", type=vocab.ActivityType.CURSUS,
        start=dt.date(2023, 2, 3), end=dt.date(2023, 3, 17), contact_hours=12, self_study_hours=8,
        domains=(vocab.Domain.VAKDIDACTISCH,), provider="Hogeschool Utrecht",
        content="Vijf bijeenkomsten over feedback geven.\n\nMet opdrachten tussendoor: coöperatief leren.",
        contribution="Ik gebruik nu wisbordjes in havo 4.", validated_code="RL-2023-12345",
        origin=vocab.Origin.CATALOGUE))
    a2 = svc.create_activity(vocab.Activity(
        title="Studiedag differentiëren", type=vocab.ActivityType.STUDIEDAG, start=dt.date(2024, 1, 15),
        contact_hours=6, domains=(vocab.Domain.PEDAGOGISCH, vocab.Domain.VAKINHOUDELIJK), provider="APS"))
    svc.create_activity(vocab.Activity(
        title="Conferentie Onderwijs & ICT (gepland)", type=vocab.ActivityType.CONFERENTIE,
        start=dt.date(2026, 5, 5), domains=(vocab.Domain.PROFESSIONEEL_HANDELEN,),
        status=vocab.ActivityStatus.PLANNED))
    svc.set_reflection(a1.id, "starr", {"situatie": "Een havo 4-klas met een lastig onderwerp.",
                                        "actie": "Ik gebruikte wisbordjes en korte checks.",
                                        "transfer": "Ook in de onderbouw ga ik dit doen."})
    svc.set_reflection(a2.id, "vrij", {"tekst": "Differentiëren vraagt om goede voorbereiding."})
    svc.attach_evidence(a1.id, INTEROP / "mahara-mahara_about.pdf", kind=vocab.EvidenceKind.CERTIFICAAT,
                        issued_on=dt.date(2023, 3, 17), description="Certificaat van deelname")
    svc.attach_evidence(a1.id, INTEROP / "mahara-Image1.jpg", kind=vocab.EvidenceKind.FOTO)
    svc.attach_evidence(a2.id, INTEROP / "mahara-Image2.png", kind=vocab.EvidenceKind.LESMATERIAAL)
    other = tmp / "verslag intervisie.odt"
    other.write_bytes(b"PK\x03\x04 not really an odt, but a file the PDF cannot show")
    svc.attach_evidence(a2.id, other, kind=vocab.EvidenceKind.OVERIG)


@pytest.fixture(scope="session")
def small_portfolio_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("small")
    data = root / "data"
    with open_services(data) as s:
        fill_small_portfolio(s, root)
    return data


@pytest.fixture(scope="session")
def big_portfolio_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """500 activities and 60 evidence files (desktop/demo.py), made once per session."""
    data = tmp_path_factory.mktemp("big") / "data"
    with open_services(data) as s:
        generate_portfolio(s, activities=500, evidence_files=60, seed=7, today=TODAY)
    return data


@pytest.fixture
def small(small_portfolio_dir: Path, tmp_path: Path) -> Iterator[Services]:
    """A private copy of the small portfolio (tests may change it)."""
    copy = tmp_path / "small"
    shutil.copytree(small_portfolio_dir, copy)
    with open_services(copy) as s:
        yield s


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Services]:
    with open_services(tmp_path / "empty") as s:
        yield s

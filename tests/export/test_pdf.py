"""The portfolio PDF, read back: text, pages, outline, attachments, PDF/A parts, rendering, cancel."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.export import Cancelled, ExportError
from desktop.export.pdf import PdfOptions, PdfResult, export_pdf
from desktop.services import Services, open_services
from desktop.services.export import Selection, SelectionMode
from tests.export.conftest import normalised, pdftotext


def outline_titles(reader: PdfReader) -> list[object]:
    def walk(items: list[object]) -> list[object]:
        out: list[object] = []
        for item in items:
            if isinstance(item, list):
                out.append(walk(item))
            else:
                out.append(item.title)  # type: ignore[attr-defined]
        return out

    return walk(reader.outline)


def flatten(items: list[object]) -> list[str]:
    out: list[str] = []
    for item in items:
        out.extend(flatten(item) if isinstance(item, list) else [str(item)])
    return out


@pytest.fixture(scope="module")
def small_pdf(small_portfolio_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PdfResult]:
    out = tmp_path_factory.mktemp("pdf") / "portfolio.pdf"
    with open_services(small_portfolio_dir) as s:
        result = export_pdf(s, out, PdfOptions(selection=Selection(SelectionMode.ALL)))
    return out, result


def test_the_text_holds_names_titles_and_diacritics(small_pdf: tuple[Path, PdfResult]) -> None:
    path, result = small_pdf
    text = pdftotext(path)
    for expected in (
        "Ingrid van Dijk-Çelik",
        "Cursus formatief evalueren — één blik op ’t geheel",
        "Studiedag differentiëren",
        "coöperatief leren",
        "PROFESSIONALISERINGSPORTFOLIO",
        "Eisen voor herregistratie",
        "Reflectie (STARR(T))",
        "Ook in de onderbouw ga ik dit doen.",
        f"pagina 3 van {result.pages}",
        "Bijlage: bewijsstukken",
        "RL-2023-12345",
    ):
        assert expected in text, expected
    # pypdf reads the same text (ToUnicode maps are present)
    reader = PdfReader(path)
    assert "Ingrid van Dijk-Çelik" in normalised(reader.pages[0].extract_text())


def test_pages_outline_and_attachments_are_as_expected(small_pdf: tuple[Path, PdfResult],
                                                       small_portfolio_dir: Path) -> None:
    path, result = small_pdf
    reader = PdfReader(path)
    assert len(reader.pages) == result.pages
    # cover, contents, summary, activities (3 in 2 years + 1), appendix: 3-page PDF + image + png + odt
    assert result.activities == 3 and result.evidence == 4
    outline = outline_titles(reader)
    top = [t for t in outline if not isinstance(t, list)]
    assert top == ["Samenvatting", "Activiteiten", "Bijlage: bewijsstukken"]
    titles = flatten(outline)
    assert len(titles) == result.outline_entries
    assert sum(1 for t in titles if re.match(r"A\d+ ", t)) == 3
    assert [t for t in titles if re.match(r"B\d+ ", t)] == [
        "B1 mahara-mahara_about.pdf", "B2 mahara-Image1.jpg", "B3 mahara-Image2.png", "B4 verslag intervisie.odt"]
    # every original file is attached, byte for byte
    with open_services(small_portfolio_dir) as s:
        stored = {e.filename: e.sha256 for e in s.portfolio.list_evidence()}
    attached = reader.attachments
    assert len(attached) == 4 == result.attachments
    for name, contents in attached.items():
        label, filename = name.split("-", 1)
        assert hashlib.sha256(contents[0]).hexdigest() == stored[filename], name
    # the three pages of the evidence PDF each have a page of their own
    text = pdftotext(path)
    assert "pagina 1 van 3 van dit bestand" in text and "pagina 3 van 3 van dit bestand" in text


def test_the_evidence_page_numbers_point_at_the_evidence(small_pdf: tuple[Path, PdfResult]) -> None:
    path, result = small_pdf
    reader = PdfReader(path)
    pages = [normalised(p.extract_text()) for p in reader.pages]
    where = {}
    for label, name in (("B1", "mahara-mahara_about.pdf"), ("B2", "mahara-Image1.jpg")):
        where[label] = next(i + 1 for i, t in enumerate(pages) if f"{label} {name}" in t and "SHA-256" in t)
    activity_page = next(t for t in pages if "ACTIVITEIT A1" in t)
    row = re.search(r"B1 mahara- ?mahara_about\.pdf .*? (\d+) B2", activity_page)
    assert row is not None and int(row.group(1)) == where["B1"]
    # the links in the tables go to those pages too
    links = [a.get_object() for p in reader.pages for a in (p.get("/Annots") or [])]
    assert links and all(a["/Subtype"] == "/Link" and a["/F"] == 4 for a in links)


def test_every_page_renders(small_pdf: tuple[Path, PdfResult], tmp_path: Path) -> None:
    path, result = small_pdf
    r = subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "p")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and not r.stderr.strip(), r.stderr
    assert len(list(tmp_path.glob("p-*.png"))) == result.pages


def test_pdfa_structure(small_pdf: tuple[Path, PdfResult]) -> None:
    path, result = small_pdf
    assert result.pdfa and not result.warnings
    assert path.read_bytes().startswith(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3")
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert "<pdfaid:part>3</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert "Ingrid van Dijk-Çelik" in xmp
    intent = root["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1" and len(intent["/DestOutputProfile"].get_object().get_data()) > 1000
    assert len(reader.trailer["/ID"]) == 2
    specs = [s.get_object() for s in root["/AF"]]
    assert len(specs) == 4
    for spec in specs:
        assert spec["/AFRelationship"] in ("/Source", "/Supplement")
        ef = spec["/EF"]["/F"].get_object()
        assert ef["/Subtype"] and "/ModDate" in ef["/Params"]
    # the fonts of our own pages are embedded (Qt writes subsets of the bundled DejaVu)
    fonts = {}
    for page in reader.pages[:3]:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts and all("DejaVu" in name for name in fonts)
    for font in fonts.values():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor
    assert reader.metadata is not None and reader.metadata.title.startswith("Professionaliseringsportfolio")
    r = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_same_portfolio_gives_the_same_document(small: Services, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    export_pdf(small, a)
    export_pdf(small, b)
    assert a.read_bytes() == b.read_bytes()
    small.portfolio.set_profile(email="nieuw@voorbeeld.nl")
    export_pdf(small, b)
    assert a.read_bytes() != b.read_bytes()


def test_english_and_a_chosen_date(small: Services, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    result = export_pdf(small, out, PdfOptions(lang="en", as_of=dt.date(2025, 6, 30)))
    text = pdftotext(out)
    assert "PROFESSIONAL DEVELOPMENT PORTFOLIO" in text and f"page 2 of {result.pages}" in text
    assert "Portfolio as of 30 June 2025" in text and "Requirements for re-registration" in text
    assert PdfReader(out).metadata.creation_date.date() == dt.date(2025, 6, 30)  # type: ignore[union-attr]


def test_a_date_range_and_selected_activities(small: Services, tmp_path: Path) -> None:
    ranged = tmp_path / "range.pdf"
    r = export_pdf(small, ranged, PdfOptions(selection=Selection(SelectionMode.RANGE, dt.date(2024, 1, 1),
                                                                 dt.date(2024, 12, 31))))
    text = pdftotext(ranged)
    assert r.activities == 1 and "Studiedag differentiëren" in text and "formatief evalueren" not in text
    assert "Activiteiten van 1 januari 2024 tot en met 31 december 2024 (1)" in text
    planned = next(a for a in small.portfolio.list_activities() if a.planned)
    chosen = tmp_path / "chosen.pdf"
    r = export_pdf(small, chosen, PdfOptions(selection=Selection(SelectionMode.ACTIVITIES,
                                                                 activity_ids=(planned.id,))))
    assert r.activities == 1 and r.evidence == 0 and "Conferentie Onderwijs & ICT" in pdftotext(chosen)
    with pytest.raises(ExportError) as exc:
        export_pdf(small, tmp_path / "x.pdf", PdfOptions(selection=Selection(SelectionMode.ACTIVITIES,
                                                                             activity_ids=("nope",))))
    assert exc.value.kind == "unknown_activity" and not (tmp_path / "x.pdf").exists()


def test_an_empty_portfolio_exports(empty: Services, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = export_pdf(empty, out)
    assert result.activities == 0 and result.attachments == 0
    text = pdftotext(out)
    assert "(geen naam ingevuld)" in text and "Er zijn geen activiteiten in deze selectie." in text
    assert "Er is geen registratieperiode ingesteld" in text
    assert len(PdfReader(out).pages) == result.pages == 5


def test_a_damaged_evidence_file_is_reported_not_hidden(small: Services, tmp_path: Path) -> None:
    evidence = next(e for e in small.portfolio.list_evidence() if e.filename.endswith(".png"))
    stored = small.blobs.path_for(evidence.sha256)
    stored.chmod(0o644)
    stored.write_bytes(b"not the picture any more")
    out = tmp_path / "damaged.pdf"
    result = export_pdf(small, out)
    assert result.attachments == 3 and len(result.warnings) == 1 and "beschadigd" in result.warnings[0]
    assert "Het opgeslagen bestand is beschadigd" in pdftotext(out)


def test_a_cancelled_export_leaves_nothing_behind(small: Services, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    out.write_bytes(b"an older export")
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append((done, total, message))

    with pytest.raises(Cancelled):
        export_pdf(small, out, progress=progress, cancel=lambda: len(seen) > 6)
    assert out.read_bytes() == b"an older export"
    assert sorted(p.name for p in folder.iterdir()) == ["cancelled.pdf"]


def test_a_worker_thread_reports_progress_until_done(big_portfolio_dir: Path, tmp_path: Path) -> None:
    """The window runs the export on a worker thread; the 500-activity portfolio exports whole."""
    out = tmp_path / "big.pdf"
    seen: list[tuple[int, int, str]] = []
    results: list[object] = []

    def work() -> None:
        with open_services(big_portfolio_dir) as s:
            try:
                results.append(export_pdf(s, out, PdfOptions(selection=Selection(SelectionMode.ALL)),
                                          progress=lambda d, t, m: seen.append((d, t, m))))
            except Exception as exc:  # handed to the test thread
                results.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=240)
    assert not worker.is_alive()
    result = results[0]
    assert isinstance(result, PdfResult), result
    assert result.activities == 500
    done = [d for d, _t, _m in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] and len({m for *_x, m in seen}) >= 5
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    titles = flatten(outline_titles(reader))
    assert sum(1 for t in titles if re.match(r"A\d+ ", t)) == 500
    assert len(reader.attachments) == result.attachments == result.evidence
    r = subprocess.run(["pdftoppm", "-r", "12", "-png", str(out), str(tmp_path / "p")],
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0 and not r.stderr.strip(), r.stderr
    assert len(list(tmp_path.glob("p-*.png"))) == result.pages
    assert "A500" in pdftotext(out, first=3, last=40)


def test_evidence_with_unembedded_fonts_drops_the_pdfa_claim(small: Services, tmp_path: Path) -> None:
    from desktop.demo import _pdf

    certificate = tmp_path / "certificaat-helvetica.pdf"
    certificate.write_bytes(_pdf("Certificaat", ["Helvetica, not embedded"]))
    activity = small.portfolio.list_activities()[-1]
    small.portfolio.attach_evidence(activity.id, certificate)
    out = tmp_path / "p.pdf"
    result = export_pdf(small, out)
    assert not result.pdfa
    assert len(result.warnings) == 1 and "certificaat-helvetica.pdf" in result.warnings[0]
    xmp = PdfReader(out).trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "pdfaid" not in xmp and "Ingrid" in xmp

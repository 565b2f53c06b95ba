"""The portfolio as a PDF worth handing to a team leader: cover, summary, activities, evidence appendix.

How it is made:
1. a snapshot of the portfolio is read in one transaction and the selection applied;
2. every evidence file is read once, verified against its SHA-256 and probed (page count and
   page sizes of a PDF with pypdf, pixel size of an image with QImageReader);
3. the document is laid out on A4 pages (layout.Flow) and painted with QPdfWriter, the bundled
   DejaVu fonts embedded; evidence PDF pages get a frame of their own, and
4. pypdf (pdfa.py) places each evidence PDF page into its frame as a form XObject, adds the
   outline, page labels, links, the original files as PDF/A-3 associated files, XMP metadata
   and an sRGB output intent, and writes the result atomically.
The same portfolio gives the same bytes: every date in the document comes from the portfolio
(its last change) unless an explicit date is asked for, and the file identifier is a hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageReader,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from desktop import __version__
from desktop.export import pdfa
from desktop.export.common import CancelFn, ExportError, ProgressFn, Steps, atomic_output
from desktop.export.layout import DPI, Cell, Column, Flow, Page, Style, font, mm, paint_ops, pt
from desktop.export.qt import MONO, SANS, ExportTranslator, ensure_app, load_fonts
from desktop.services import Services
from desktop.services.export import ActivityBundle, Selection, SelectionMode, Snapshot, take_snapshot
from desktop.store.blobs import EvidenceCorrupted
from sync import portfolio as vocab
from sync.rules import Progress, Ruleset

NAVY = "#1d3557"
ACCENT = "#2a6f97"
GREY = "#5b6573"
TEXT = "#222222"
GREEN = "#2e7d32"
RED = "#b3261e"

IMAGE_DPI = 200  # images are embedded at this resolution for their printed size; originals are attached


@dataclass(frozen=True)
class PdfOptions:
    """What goes into the PDF and in which language."""

    selection: Selection = field(default_factory=Selection)
    lang: str = "nl"
    as_of: dt.date | None = None  # the date on the cover; default: the day of the portfolio's last change


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    activities: int
    evidence: int
    attachments: int
    outline_entries: int
    warnings: tuple[str, ...]  # in the export's language
    pdfa: bool  # claims PDF/A-3b (False when a merged evidence PDF has unembedded fonts)


@dataclass
class EvidenceItem:
    """One evidence file in the appendix: its number, what it is and where it landed."""

    number: int
    evidence: vocab.Evidence
    kind: str  # "pdf", "image", "other", "missing"
    used_by: list[str] = field(default_factory=list)  # activity labels (A3, A12)
    page_sizes: list[tuple[float, float]] = field(default_factory=list)  # displayed size in points
    image_size: tuple[int, int] = (0, 0)  # displayed pixels (after EXIF rotation)
    problem: str = ""

    @property
    def label(self) -> str:
        return f"B{self.number}"

    @property
    def key(self) -> str:
        return f"ev:{self.evidence.id}"


@dataclass
class OutlineItem:
    title: str
    key: str
    children: list[OutlineItem] = field(default_factory=list)


def export_pdf(
    services: Services,
    out: Path,
    options: PdfOptions | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> PdfResult:
    """Write the portfolio PDF to `out` (atomically); raise Cancelled or ExportError."""
    options = options or PdfOptions()
    ensure_app()
    load_fonts()
    tx = ExportTranslator(options.lang)
    steps = Steps(progress, cancel, {"read": 1, "probe": 3, "layout": 3, "paint": 4, "assemble": 5})
    steps.phase("read", 1, tx.translate("PdfExport", "Reading the portfolio"))
    snapshot = take_snapshot(services.portfolio)
    builder = PdfExport(services, snapshot, options, tx, steps)
    return builder.run(Path(out))


class PdfExport:
    """Lays out and paints one PDF; `tr()` marks its texts for pyside6-lupdate (context PdfExport)."""

    def __init__(self, services: Services, snapshot: Snapshot, options: PdfOptions, tx: ExportTranslator,
                 steps: Steps):
        self.services = services
        self.snapshot = snapshot
        self.options = options
        self.tx = tx
        self.lang = tx.lang
        self.steps = steps
        self.locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if self.lang == "nl" else QLocale(
            QLocale.Language.English, QLocale.Country.UnitedKingdom
        )
        last = snapshot.last_change
        self.as_of = options.as_of or (last.date() if last else dt.date.today())
        self.warnings: list[str] = []
        self.outline: list[OutlineItem] = []
        self.bundles = snapshot.bundles(options.selection)
        if options.selection.mode is SelectionMode.ACTIVITIES:
            known = {a.id for a in snapshot.activities}
            unknown = [i for i in options.selection.activity_ids if i not in known]
            if unknown:
                raise ExportError(
                    "unknown_activity",
                    f"No activity with id {unknown[0]} in this portfolio.",
                    f"Er is geen activiteit met id {unknown[0]} in dit portfolio.",
                )
        self.labels = {b.activity.id: f"A{i}" for i, b in enumerate(self.bundles, start=1)}
        ruleset_progress = snapshot.progress(services.portfolio.ruleset_dirs, today=self.as_of)
        self.ruleset: Ruleset | None = ruleset_progress[0] if ruleset_progress else None
        self.progress: Progress | None = ruleset_progress[1] if ruleset_progress else None
        self.items: list[EvidenceItem] = []
        self._styles()

    def tr(self, text: str) -> str:
        """The export's own translation (context PdfExport), in the export's language."""
        return self.tx.translate("PdfExport", text)

    # ------------------------------------------------------------------ formatting

    def date(self, d: dt.date | None) -> str:
        if d is None:
            return "—"
        return self.locale.toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")

    def period(self, start: dt.date, end: dt.date | None) -> str:
        if end is None or end == start:
            return self.date(start)
        return f"{self.date(start)} – {self.date(end)}"

    def number(self, value: float) -> str:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.lang == "nl" else text

    def size(self, n: int) -> str:
        if n < 1024:
            return f"{n} B"
        if n < 1024 * 1024:
            return f"{self.number(round(n / 1024))} kB"
        return f"{self.number(round(n / 1024 / 1024, 1))} MB"

    def _styles(self) -> None:
        self.s_body = Style(font(SANS, 9.2), QColor(TEXT), leading=1.28, space_after=pt(4))
        self.s_small = Style(font(SANS, 8.2), QColor(TEXT), leading=1.22)
        self.s_label = Style(font(SANS, 8.2), QColor(GREY), leading=1.22)
        self.s_label_bold = Style(font(SANS, 8.4, bold=True), QColor(GREY), leading=1.22, space_before=pt(7),
                                  space_after=pt(2))
        self.s_prompt = Style(font(SANS, 8.8, bold=True), QColor(NAVY), leading=1.25, space_before=pt(4))
        self.s_cell = Style(font(SANS, 8.4), QColor(TEXT), leading=1.2)
        self.s_cell_bold = Style(font(SANS, 8.4, bold=True), QColor(TEXT), leading=1.2)
        self.s_head = Style(font(SANS, 8.0, bold=True), QColor(NAVY), leading=1.2)
        self.s_mono = Style(font(MONO, 6.6), QColor(GREY), leading=1.15)
        self.s_h1 = Style(font(SANS, 19, bold=True), QColor(NAVY), leading=1.2, space_after=pt(6))
        self.s_h2 = Style(font(SANS, 13, bold=True), QColor(NAVY), leading=1.2, space_before=pt(14),
                          space_after=pt(5))
        self.s_h3 = Style(font(SANS, 11.5, bold=True), QColor(NAVY), leading=1.2, space_after=pt(3))
        self.s_kicker = Style(font(SANS, 8.2, bold=True), QColor(ACCENT), leading=1.2, space_before=pt(2))
        self.s_met = Style(font(SANS, 8.4, bold=True), QColor(GREEN), leading=1.2)
        self.s_unmet = Style(font(SANS, 8.4, bold=True), QColor(RED), leading=1.2)
        self.s_note = Style(font(SANS, 8.4, italic=True), QColor(GREY), leading=1.25, space_after=pt(3))

    # ------------------------------------------------------------------ run

    def run(self, out: Path) -> PdfResult:
        self._probe_evidence()
        with tempfile.TemporaryDirectory(prefix="bekwaam-pdf-") as tmp:
            qt_pdf = Path(tmp) / "pages.pdf"
            writer = QPdfWriter(str(qt_pdf))
            # Qt's PDF/A-1b mode embeds an sRGB output profile and keeps transparency out of
            # the pages; pdfa.py carries that intent over into the PDF/A-3 document.
            writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setPageMargins(QMarginsF(0, 0, 0, 0))
            writer.setResolution(DPI)
            writer.setCreator(f"Bekwaam {__version__}")
            flow = Flow(writer)
            self._layout(flow)
            links = self._paint(writer, flow)
            del writer
            self.steps.phase("assemble", len(flow.pages) + len(self.items),
                             self.tr("Assembling the document"))
            meta = self._metadata()
            with atomic_output(out) as tmp_out:
                stats = pdfa.assemble(
                    qt_pdf,
                    tmp_out,
                    pages=flow.pages,
                    page_height_device=flow.page_height,
                    links=links,
                    anchors=flow.anchors,
                    outline=self.outline,
                    attachments=[self._attachment(i) for i in self.items if i.kind != "missing"],
                    metadata=meta,
                    read_blob=self.services.blobs.read_verified,
                    steps=self.steps,
                )
        by_sha = {i.evidence.sha256: i for i in self.items}
        for sha in stats.unembedded_fonts:
            self.warnings.append(self.tr(
                "{name} uses fonts that are not embedded, so this PDF is not marked as PDF/A (archival); "
                "it reads and prints as usual.").format(name=by_sha[sha].evidence.filename))
        self.steps.finish(self.tr("PDF written"))
        return PdfResult(
            path=out,
            pages=len(flow.pages),
            activities=len(self.bundles),
            evidence=len(self.items),
            attachments=stats.attachments,
            outline_entries=stats.outline_entries,
            warnings=tuple(self.warnings),
            pdfa=stats.pdfa,
        )

    # ------------------------------------------------------------------ evidence

    def _probe_evidence(self) -> None:
        by_id = self.snapshot.evidence_by_id()
        order: list[str] = []
        users: dict[str, list[str]] = {}
        for b in self.bundles:
            for e in b.evidence:
                if e.id not in users:
                    order.append(e.id)
                    users[e.id] = []
                users[e.id].append(self.labels[b.activity.id])
        if self.options.selection.mode in (SelectionMode.CYCLE, SelectionMode.ALL):
            for q in self.snapshot.qualifications:
                if q.diploma_evidence_id and q.diploma_evidence_id in by_id and q.diploma_evidence_id not in users:
                    order.append(q.diploma_evidence_id)
                    users[q.diploma_evidence_id] = []
        self.steps.phase("probe", len(order), self.tr("Checking the evidence files"))
        for n, eid in enumerate(order, start=1):
            item = EvidenceItem(n, by_id[eid], "other", users[eid])
            self._probe(item)
            self.items.append(item)
            self.steps.advance()

    def _probe(self, item: EvidenceItem) -> None:
        e = item.evidence
        try:
            data = self.services.blobs.read_verified(e.sha256)
        except EvidenceCorrupted as exc:
            item.kind = "missing"
            item.problem = (
                self.tr("The file is missing from the evidence store.") if exc.actual is None
                else self.tr("The stored file is damaged: its SHA-256 no longer matches.")
            )
            self.warnings.append(f"{e.filename}: {item.problem}")
            return
        name = e.filename.lower()
        if e.media_type == "application/pdf" or name.endswith(".pdf"):
            sizes = _pdf_page_sizes(data)
            if sizes:
                item.kind, item.page_sizes = "pdf", sizes
                return
            item.problem = self.tr("This PDF could not be read (damaged or encrypted); it is attached unchanged.")
            self.warnings.append(f"{e.filename}: {item.problem}")
            return
        size = _image_size(data)
        if size is not None:
            item.kind, item.image_size = "image", size

    def _attachment(self, item: EvidenceItem) -> pdfa.Attachment:
        e = item.evidence
        updated = self.snapshot.updated.get(e.id)
        return pdfa.Attachment(
            name=f"{item.label}-{e.filename}",
            sha256=e.sha256,
            media_type=e.media_type or "application/octet-stream",
            description=f"{item.label} · {e.kind.label(self.lang)} · {e.filename}",
            modified=updated or dt.datetime.combine(self.as_of, dt.time()),
            relationship="Source" if item.kind in ("pdf", "image") else "Supplement",
        )

    # ------------------------------------------------------------------ layout

    def _layout(self, flow: Flow) -> None:
        self.steps.phase("layout", len(self.bundles) + len(self.items) + 3, self.tr("Laying out the pages"))
        self._cover(flow)
        toc_page = flow.new_page()
        flow.section = self.tr("Contents")
        toc_page.section = flow.section
        self._summary(flow)
        self.steps.advance()
        self._activities(flow)
        self._appendix(flow)
        self._contents(flow, toc_page)

    def _h1(self, flow: Flow, title: str, key: str) -> OutlineItem:
        flow.section = title
        page = flow.new_page()
        page.section = title
        flow.anchor(key)
        flow.paragraph(title, self.s_h1)
        flow.rule(NAVY, 1.2, after=pt(10))
        item = OutlineItem(title, key)
        self.outline.append(item)
        return item

    def _h2(self, flow: Flow, parent: OutlineItem, title: str, key: str, new_page: bool = False) -> OutlineItem:
        if new_page:
            flow.new_page()
        else:
            flow.ensure(pt(110))
        flow.space(self.s_h2.space_before)
        flow.anchor(key)
        flow.paragraph(title, Style(self.s_h2.font, self.s_h2.color, leading=1.2, space_after=pt(5)),
                       keep_with_next=pt(40))
        item = OutlineItem(title, key)
        parent.children.append(item)
        return item

    # ---- cover

    def _cover(self, flow: Flow) -> None:
        page = flow.new_page("cover")
        profile = self.snapshot.profile
        band = QRectF(0, 0, flow.page_width, mm(92))
        flow.fill(band, NAVY)
        white = QColor("#ffffff")
        x = flow.left
        flow.text_at(self.tr("Professional development portfolio").upper(),
                     Style(font(SANS, 10, bold=True), QColor("#a8c5e0")), x, mm(38), flow.width)
        name = profile.name if profile and profile.name else self.tr("(no name entered)")
        flow.text_at(name, Style(font(SANS, 26, bold=True), white, leading=1.1), x, mm(48), flow.width)
        y = mm(106)
        rows: list[tuple[str, str]] = []
        if profile:
            rows.append((self.tr("Register"), profile.register.label(self.lang)))
            if profile.register_number:
                rows.append((self.tr("Register number"), profile.register_number))
            if profile.sectors:
                rows.append((self.tr("Sector"), ", ".join(s.label(self.lang) for s in profile.sectors)))
        cycle = self.snapshot.cycle
        if cycle is not None:
            ruleset = self.ruleset.name(self.lang) if self.ruleset else cycle.ruleset
            rows.append((self.tr("Registration cycle"), f"{self.period(cycle.start, cycle.end)}"))
            rows.append((self.tr("Ruleset"), ruleset))
        rows.append((self.tr("Included"), self._selection_text()))
        rows.append((self.tr("Portfolio as of"), self.date(self.as_of)))
        label_style = Style(font(SANS, 9, bold=True), QColor(GREY))
        value_style = Style(font(SANS, 11), QColor(TEXT), leading=1.25)
        for label, value in rows:
            flow.text_at(label, label_style, x, y + pt(2), mm(45))
            h = flow.text_at(value, value_style, x + mm(48), y, flow.width - mm(48))
            y += max(h, pt(14)) + pt(8)
        y += mm(8)
        flow.page.ops.append(("hline", x, x + flow.width, y, QColor("#c9d2dc"), pt(0.8)))
        y += mm(6)
        ru = sum(b.activity.ru for b in self.bundles if not b.activity.planned)
        figures = [
            (str(len(self.bundles)), self.tr("activities")),
            (self.number(ru), self.tr("register hours (RU), completed")),
            (str(len(self.items)), self.tr("evidence files")),
        ]
        col = flow.width / 3
        for i, (value, label) in enumerate(figures):
            flow.text_at(value, Style(font(SANS, 22, bold=True), QColor(ACCENT)), x + i * col, y, col)
            flow.text_at(label, Style(font(SANS, 8.5), QColor(GREY)), x + i * col, y + pt(30), col - mm(4))
        flow.text_at(
            self.tr("Made with Bekwaam {version}. The evidence files are included in the appendix and attached "
                   "unchanged to this PDF; their SHA-256 checksums show they are the originals.").format(
                version=__version__),
            Style(font(SANS, 7.8), QColor(GREY), leading=1.3),
            x, flow.page_height - mm(34), flow.width,
        )
        page.section = ""

    def _selection_text(self) -> str:
        sel = self.options.selection
        n = len(self.bundles)
        if sel.mode is SelectionMode.CYCLE:
            if self.snapshot.cycle is None:
                return self.tr("All activities ({n})").format(n=n)
            return self.tr("All activities in the cycle ({n})").format(n=n)
        if sel.mode is SelectionMode.RANGE:
            if sel.start and sel.end:
                return self.tr("Activities from {start} to {end} ({n})").format(
                    start=self.date(sel.start), end=self.date(sel.end), n=n)
            if sel.start:
                return self.tr("Activities from {start} ({n})").format(start=self.date(sel.start), n=n)
            return self.tr("Activities until {end} ({n})").format(end=self.date(sel.end), n=n)
        if sel.mode is SelectionMode.ACTIVITIES:
            return self.tr("Selected activities ({n})").format(n=n)
        return self.tr("All activities ({n})").format(n=n)

    # ---- contents

    def _contents(self, flow: Flow, page: Page) -> None:
        # Laid out last (its page numbers are known by then) on the page kept for it.
        saved_pages = flow.pages
        flow.pages = [page]
        flow.y = flow.top
        flow.paragraph(self.tr("Contents"), self.s_h1)
        flow.rule(NAVY, 1.2, after=pt(10))
        rows: list[list[Cell]] = []
        entry = Style(font(SANS, 10.5, bold=True), QColor(NAVY), leading=1.3)
        sub = Style(font(SANS, 9.2), QColor(TEXT), leading=1.3)
        for n, item in enumerate(self.outline, start=1):
            rows.append([Cell(f"{n}", entry), Cell(item.title, entry, link=item.key), Cell(ref=item.key, style=entry)])
            children = item.children if len(item.children) <= 12 else []
            for m, child in enumerate(children, start=1):
                rows.append([Cell(f"{n}.{m}", sub), Cell(child.title, sub, link=child.key),
                             Cell(ref=child.key, style=sub)])
        flow.table([Column(0.08), Column(0.78), Column(0.14, Qt.AlignmentFlag.AlignRight)], rows,
                   body_style=sub, stripes=None, rules="#e3e8ee", padding=(mm(1.2), mm(1.6)))
        if len(flow.pages) > 1:  # never happens with the fixed set of sections; keep the page count honest
            raise ExportError("contents_overflow", "The table of contents does not fit on one page.",
                              "De inhoudsopgave past niet op één pagina.", bad_input=False)
        flow.pages = saved_pages

    # ---- summary

    def _summary(self, flow: Flow) -> None:
        top = self._h1(flow, self.tr("Summary"), "summary")
        profile = self.snapshot.profile
        self._h2(flow, top, self.tr("Teacher and registration"), "summary:dossier")
        items: list[tuple[str, str]] = []
        items.append((self.tr("Name"), profile.name if profile and profile.name else "—"))
        if profile:
            items.append((self.tr("Register"), profile.register.label(self.lang)))
            items.append((self.tr("Register number"), profile.register_number or "—"))
            items.append((self.tr("Sector"), ", ".join(s.label(self.lang) for s in profile.sectors) or "—"))
            if profile.email:
                items.append((self.tr("E-mail"), profile.email))
        for school in self.snapshot.schools:
            extra = ", ".join(x for x in (school.place, f"BRIN {school.brin}" if school.brin else "") if x)
            items.append((self.tr("School"), f"{school.name}" + (f" ({extra})" if extra else "")))
        by_id = {i.evidence.id: i for i in self.items}
        for q in self.snapshot.qualifications:
            text = f"{q.sector.label(self.lang)}: {q.subject}"
            if q.degree:
                text += f", {q.degree}"
            if q.obtained_on:
                text += f" ({self.date(q.obtained_on)})"
            if q.diploma_evidence_id in by_id:
                text += " · " + self.tr("diploma: {label}").format(label=by_id[q.diploma_evidence_id].label)
            items.append((self.tr("Qualification"), text))
        if self.snapshot.work_periods:
            periods = self.snapshot.work_periods
            total = sum(p.hours for p in periods)
            items.append((self.tr("Work experience"), self.tr("{n} periods, {hours} teaching hours in all").format(
                n=len(periods), hours=self.number(total))))
        flow.key_values(items, self.s_label, self.s_cell, 0.28)

        cycle = self.snapshot.cycle
        progress = self.progress
        if cycle is None or progress is None or self.ruleset is None:
            flow.space(pt(10))
            flow.paragraph(self.tr("No registration cycle has been set, so there is no progress toward "
                                  "re-registration to show."), self.s_note)
        else:
            self._h2(flow, top, self.tr("Requirements for re-registration"), "summary:requirements")
            text = self.tr("Cycle {period}, measured against the ruleset {ruleset}.").format(
                period=self.period(cycle.start, cycle.end), ruleset=self.ruleset.name(self.lang))
            if self.ruleset.provisional:
                text += " " + self.tr("This ruleset is provisional.")
            text += " " + self.tr("Completed activities count in the cycle in which they ended; the figures cover "
                                 "the whole portfolio as of {date}.").format(date=self.date(self.as_of))
            flow.paragraph(text, self.s_body)
            rows = []
            for r in progress.requirements:
                unit = self.tr("hours") if r.kind == "work_hours" else self.tr("RU")
                status = (Cell("✓ " + self.tr("met"), self.s_met) if r.met else
                          Cell("✗ " + self.tr("{n} short").format(n=self.number(r.short_by)), self.s_unmet))
                rows.append([Cell(r.label(self.lang)), Cell(f"{self.number(r.required)} {unit}"),
                             Cell(f"{self.number(r.achieved)} {unit}"), status])
            right = Qt.AlignmentFlag.AlignRight
            flow.table(
                [Column(0.52), Column(0.15, right), Column(0.15, right), Column(0.18)],
                rows,
                header=[Cell(self.tr("Requirement")), Cell(self.tr("Required")), Cell(self.tr("Achieved")),
                        Cell(self.tr("Status"))],
                header_style=self.s_head,
                body_style=self.s_cell,
            )
            self._h2(flow, top, self.tr("Register hours per domain per year"), "summary:domains")
            domains = list(vocab.Domain)
            rows = []
            for year, per in sorted(progress.ru_by_domain_year.items()):
                rows.append([Cell(str(year))] + [Cell(self.number(per.get(d, 0.0))) for d in domains]
                            + [Cell(self.number(sum(per.values())))])
            rows.append([Cell(self.tr("Total"))] + [Cell(self.number(progress.ru_by_domain.get(d, 0.0)))
                                                  for d in domains] + [Cell(self.number(progress.total_ru))])
            width = 0.84 / (len(domains) + 1)
            flow.table(
                [Column(0.16)] + [Column(width, right) for _ in range(len(domains) + 1)],
                rows,
                header=[Cell(self.tr("Year"))] + [Cell(d.label(self.lang)) for d in domains] + [Cell(self.tr("Total"))],
                header_style=self.s_head,
                body_style=self.s_cell,
                bold_last_row=self.s_cell_bold,
            )
            other = round(progress.total_ru - progress.validated_ru, 2)
            flow.space(pt(8))
            flow.key_values(
                [
                    (self.tr("Validated activities"), f"{self.number(progress.validated_ru)} RU"),
                    (self.tr("Other activities"), f"{self.number(other)} RU"),
                    (self.tr("Activities counted"), str(len(progress.counted))),
                    (self.tr("Planned or outside the cycle"), str(len(progress.excluded))),
                ],
                self.s_label, self.s_cell, 0.4,
            )
        self._overview(flow, top)

    def _overview(self, flow: Flow, top: OutlineItem) -> None:
        self._h2(flow, top, self.tr("Overview of the activities"), "summary:overview")
        if not self.bundles:
            flow.paragraph(self.tr("There are no activities in this selection."), self.s_note)
            return
        rows = []
        right = Qt.AlignmentFlag.AlignRight
        for b in self.bundles:
            a = b.activity
            label = self.labels[a.id]
            mark = self.tr("yes") if a.validated else ""
            status = f" ({a.status.label(self.lang).lower()})" if a.planned else ""
            rows.append([
                Cell(label, self.s_cell_bold, link=f"act:{a.id}"),
                Cell(self.locale.toString(QDate(a.start.year, a.start.month, a.start.day), "dd-MM-yyyy")),
                Cell(a.title + status, link=f"act:{a.id}"),
                Cell(a.type.label(self.lang)),
                Cell(self.number(a.ru)),
                Cell(mark),
                Cell(ref=f"act:{a.id}"),
            ])
        flow.table(
            [Column(0.08), Column(0.13), Column(0.39), Column(0.19), Column(0.06, right), Column(0.06),
             Column(0.09, right)],
            rows,
            header=[Cell(self.tr("No.")), Cell(self.tr("Date")), Cell(self.tr("Title")), Cell(self.tr("Type")),
                    Cell(self.tr("RU")), Cell(self.tr("Valid.")), Cell(self.tr("Page"))],
            header_style=self.s_head,
            body_style=self.s_cell,
        )

    # ---- activities

    def _activities(self, flow: Flow) -> None:
        top = self._h1(flow, self.tr("Activities"), "activities")
        if not self.bundles:
            flow.paragraph(self.tr("There are no activities in this selection."), self.s_note)
            return
        flow.paragraph(self.tr("Each activity with its details, the reflection on it and its evidence. The page "
                              "numbers in the evidence tables point to the appendix."), self.s_body)
        year: int | None = None
        year_item = top
        items_by_evidence = {i.evidence.id: i for i in self.items}
        for b in self.bundles:
            a = b.activity
            if a.start.year != year:
                year = a.start.year
                year_item = self._h2(flow, top, str(year), f"year:{year}", new_page=year_item is not top)
            self._activity(flow, b, year_item, items_by_evidence)
            self.steps.advance()

    def _activity(self, flow: Flow, b: ActivityBundle, parent: OutlineItem,
                  items: dict[str, EvidenceItem]) -> None:
        a = b.activity
        label = self.labels[a.id]
        flow.ensure(pt(120))
        flow.space(pt(14))
        flow.anchor(f"act:{a.id}")
        parent.children.append(OutlineItem(f"{label} {a.title}", f"act:{a.id}"))
        kicker = self.tr("ACTIVITY") + f" {label}  ·  {a.type.label(self.lang).upper()}"
        if a.planned:
            kicker += "  ·  " + a.status.label(self.lang).upper()
        flow.paragraph(kicker, self.s_kicker)
        flow.paragraph(a.title, self.s_h3, keep_with_next=pt(50))
        fields: list[tuple[str, str]] = [
            (self.tr("Period"), self.period(a.start, a.end)),
            (self.tr("Provider"), a.provider or "—"),
            (self.tr("Hours"), self.tr("{contact} contact + {self_study} self-study = {ru} RU").format(
                contact=self.number(a.contact_hours), self_study=self.number(a.self_study_hours),
                ru=self.number(a.ru))),
            (self.tr("Competence domains"), ", ".join(d.label(self.lang) for d in a.domains) or "—"),
        ]
        if a.sbl_competences:
            fields.append((self.tr("SBL competences (2006)"),
                           "; ".join(c.label(self.lang) for c in a.sbl_competences)))
        fields.append((self.tr("Validated"), self.tr("yes, code {code}").format(code=a.validated_code)
                       if a.validated else self.tr("no")))
        fields.append((self.tr("Status"), a.status.label(self.lang)))
        fields.append((self.tr("Origin"), a.origin.label(self.lang)))
        flow.key_values(fields, self.s_label, self.s_cell, 0.26)
        if a.content:
            flow.paragraph(self.tr("Content and set-up"), self.s_label_bold, keep_with_next=pt(12))
            flow.paragraph(a.content, self.s_body)
        if a.contribution:
            flow.paragraph(self.tr("Contribution to professional development"), self.s_label_bold,
                           keep_with_next=pt(12))
            flow.paragraph(a.contribution, self.s_body)
        r = b.reflection
        if r is not None and any(v.strip() for v in r.answers.values()):
            model = vocab.REFLECTION_MODELS[r.model]
            flow.paragraph(self.tr("Reflection ({model})").format(model=r.model.label(self.lang)),
                           self.s_label_bold, keep_with_next=pt(12))
            for prompt in model.prompts:
                answer = r.answers.get(prompt.id, "").strip()
                if not answer:
                    continue
                if r.model is not vocab.ReflectionModelId.VRIJ:
                    flow.paragraph(prompt.label(self.lang), self.s_prompt, keep_with_next=pt(12))
                flow.paragraph(answer, self.s_body)
        flow.paragraph(self.tr("Evidence"), self.s_label_bold, keep_with_next=pt(14))
        if not b.evidence:
            flow.paragraph(self.tr("No evidence attached."), self.s_note)
        else:
            rows = []
            for e in b.evidence:
                item = items[e.id]
                sha = f"{e.sha256[:32]}\u2028{e.sha256[32:]}"
                rows.append([
                    Cell(item.label, self.s_cell_bold, link=item.key),
                    Cell(e.filename, link=item.key),
                    Cell(e.kind.label(self.lang)),
                    Cell(self.locale.toString(QDate(e.issued_on.year, e.issued_on.month, e.issued_on.day),
                                              "dd-MM-yyyy") if e.issued_on else "—"),
                    Cell(sha, self.s_mono),
                    Cell(ref=item.key),
                ])
            flow.table(
                [Column(0.07), Column(0.25), Column(0.14), Column(0.13), Column(0.33),
                 Column(0.08, Qt.AlignmentFlag.AlignRight)],
                rows,
                header=[Cell(self.tr("No.")), Cell(self.tr("File")), Cell(self.tr("Kind")), Cell(self.tr("Date")),
                        Cell("SHA-256"), Cell(self.tr("Page"))],
                header_style=self.s_head,
                body_style=self.s_cell,
            )
        flow.space(pt(6))
        flow.rule("#c9d2dc", 0.8, before=pt(6))

    # ---- appendix

    def _appendix(self, flow: Flow) -> None:
        top = self._h1(flow, self.tr("Appendix: evidence"), "appendix")
        if not self.items:
            flow.paragraph(self.tr("No evidence files belong to this selection."), self.s_note)
            return
        flow.paragraph(self.tr(
            "Every evidence file follows, numbered as in the activity tables. PDF files are shown page by page, "
            "images on the page. Every file is also attached unchanged to this PDF (open the attachments panel "
            "of your PDF reader); its SHA-256 checksum shows it is the file that was stored."), self.s_body)
        for item in self.items:
            self.steps.check()
            top.children.append(OutlineItem(f"{item.label} {item.evidence.filename}", item.key))
            if item.kind == "pdf":
                self._evidence_pdf(flow, item)
            else:
                # an image keeps its caption: both go on the next page when they do not fit here
                flow.ensure(pt(80) if item.kind != "image" else pt(75) + self._image_box(flow, item)[1])
                flow.space(pt(12))
                flow.anchor(item.key)
                self._caption(flow, item)
                if item.kind == "image":
                    self._evidence_image(flow, item)
                elif item.kind == "missing":
                    flow.paragraph(item.problem, Style(font(SANS, 8.8, bold=True), QColor(RED), leading=1.25))
                else:
                    note = item.problem or self.tr(
                        "This file cannot be shown on a page ({type}); it is attached unchanged to this PDF.").format(
                        type=item.evidence.media_type)
                    flow.paragraph(note, self.s_note)
            self.steps.advance()

    def _caption_lines(self, item: EvidenceItem) -> tuple[str, str]:
        e = item.evidence
        parts = [e.kind.label(self.lang)]
        if e.issued_on:
            parts.append(self.tr("issued {date}").format(date=self.date(e.issued_on)))
        parts.append(self.size(e.size))
        if item.used_by:
            parts.append(self.tr("belongs to {labels}").format(labels=", ".join(item.used_by)))
        elif any(q.diploma_evidence_id == e.id for q in self.snapshot.qualifications):
            parts.append(self.tr("diploma of a qualification"))
        if e.description:
            parts.append(e.description)
        return f"{item.label}  {e.filename}", "  ·  ".join(parts)

    def _caption(self, flow: Flow, item: EvidenceItem) -> None:
        title, meta = self._caption_lines(item)
        flow.paragraph(title, Style(font(SANS, 10.5, bold=True), QColor(NAVY), leading=1.2), keep_with_next=pt(30))
        flow.paragraph(meta, self.s_small)
        flow.paragraph(f"SHA-256 {item.evidence.sha256}", self.s_mono)
        flow.space(pt(4))

    def _image_box(self, flow: Flow, item: EvidenceItem) -> tuple[float, float]:
        w_px, h_px = item.image_size
        max_h = min(flow.bottom - flow.top - pt(75), mm(150))
        # small images are not blown up beyond 1.5 pt per pixel (they would only get blurred)
        scale = min(flow.width / w_px, max_h / h_px, pt(1.5))
        return w_px * scale, h_px * scale

    def _evidence_image(self, flow: Flow, item: EvidenceItem) -> None:
        w, h = self._image_box(flow, item)
        if flow.y + h > flow.bottom:
            flow.new_page()
            flow.anchors[item.key] = flow.page.index
            self._caption(flow, item)
        rect = QRectF(flow.left, flow.y, w, h)
        sha = item.evidence.sha256
        blobs = self.services.blobs

        def draw(painter: QPainter, target: QRectF) -> None:
            image = _load_image(blobs.read_verified(sha), target.width() / DPI * IMAGE_DPI,
                                target.height() / DPI * IMAGE_DPI)
            if image is not None:
                painter.drawImage(target, image)

        flow.page.ops.append(("image", draw, rect))
        flow.page.ops.append(("rect", rect, QColor("#c9d2dc"), pt(0.5)))
        flow.y += h + pt(6)

    def _evidence_pdf(self, flow: Flow, item: EvidenceItem) -> None:
        title, meta = self._caption_lines(item)
        count = len(item.page_sizes)
        for n, (w_pt, h_pt) in enumerate(item.page_sizes):
            page = flow.new_page("evidence")
            if n == 0:
                flow.anchor(item.key)
            y = flow.top
            y += flow.text_at(title + ("  ·  " + self.tr("page {n} of {count} of this file").format(
                n=n + 1, count=count) if count > 1 else ""),
                Style(font(SANS, 9.5, bold=True), QColor(NAVY), leading=1.2), flow.left, y, flow.width)
            y += flow.text_at(meta, self.s_small, flow.left, y, flow.width)
            y += flow.text_at(f"SHA-256 {item.evidence.sha256}", self.s_mono, flow.left, y, flow.width) + pt(6)
            box_w, box_h = flow.width, flow.bottom - y
            scale = min(box_w / pt(w_pt), box_h / pt(h_pt))
            w, h = pt(w_pt) * scale, pt(h_pt) * scale
            rect = QRectF(flow.left + (box_w - w) / 2, y, w, h)
            page.ops.append(("fill", QRectF(rect.x() + pt(1.5), rect.y() + pt(1.5), w, h), QColor("#e3e8ee")))
            page.ops.append(("fill", rect, QColor("#ffffff")))
            page.ops.append(("rect", rect, QColor("#9aa8b6"), pt(0.6)))
            page.evidence = (item.evidence.sha256, n, rect)
        flow.y = flow.bottom  # the next item starts on a page of its own

    # ------------------------------------------------------------------ paint

    def _paint(self, writer: QPdfWriter, flow: Flow) -> list[tuple[int, QRectF, str]]:
        total = len(flow.pages)
        self.steps.phase("paint", total, self.tr("Drawing the pages"))

        def resolve(key: str) -> str:
            page = flow.anchors.get(key)
            return str(page + 1) if page is not None else "—"

        links: list[tuple[int, QRectF, str]] = []
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError("pdf_writer", "Qt could not start writing the PDF.",
                              "Qt kon niet beginnen met het schrijven van de PDF.", bad_input=False)
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            name = self.snapshot.profile.name if self.snapshot.profile and self.snapshot.profile.name else ""
            header_left = self.tr("Portfolio") + (f" · {name}" if name else "")
            footer_left = self.tr("Portfolio as of {date}").format(date=self.date(self.as_of))
            head_style = Style(font(SANS, 7.6), QColor(GREY))
            for page in flow.pages:
                self.steps.check()
                if page.index:
                    writer.newPage()
                if page.kind != "cover":
                    self._chrome(painter, flow, page, total, header_left, footer_left, head_style)
                for rect, key in paint_ops(painter, page, resolve):
                    links.append((page.index, rect, key))
                self.steps.advance()
        finally:
            painter.end()
        return links

    def _chrome(self, painter: QPainter, flow: Flow, page: Page, total: int, left: str, footer_left: str,
                style: Style) -> None:
        from desktop.export.layout import Page as _Page

        chrome = _Page(page.index, page.section)
        header_y = mm(12)
        scratch = Flow(flow.device)
        scratch.pages = [chrome]
        scratch.text_at(left, style, flow.left, header_y, flow.width * 0.6)
        section = Style(style.font, style.color, Qt.AlignmentFlag.AlignRight)
        scratch.text_at(page.section, section, flow.left + flow.width * 0.4, header_y, flow.width * 0.6)
        chrome.ops.append(("hline", flow.left, flow.left + flow.width, header_y + pt(13), QColor("#c9d2dc"),
                           pt(0.5)))
        footer_y = flow.page_height - mm(14)
        chrome.ops.append(("hline", flow.left, flow.left + flow.width, footer_y - pt(4), QColor("#c9d2dc"), pt(0.5)))
        scratch.text_at(footer_left, style, flow.left, footer_y, flow.width * 0.6)
        number = self.tr("page {n} of {total}").format(n=page.index + 1, total=total)
        scratch.text_at(number, Style(font(SANS, 7.6, bold=True), QColor(NAVY), Qt.AlignmentFlag.AlignRight),
                        flow.left + flow.width * 0.5, footer_y, flow.width * 0.5)
        paint_ops(painter, chrome, lambda key: key)

    # ------------------------------------------------------------------ metadata

    def _metadata(self) -> pdfa.Metadata:
        profile = self.snapshot.profile
        name = profile.name if profile and profile.name else ""
        title = self.tr("Professional development portfolio") + (f" – {name}" if name else "")
        stamp = self.snapshot.last_change or dt.datetime.combine(self.as_of, dt.time())
        if self.options.as_of is not None:
            stamp = dt.datetime.combine(self.options.as_of, dt.time())
        identity = hashlib.sha256()
        identity.update(repr((title, self.lang, stamp.isoformat(), self.options.selection,
                              [b.activity.id for b in self.bundles], [i.evidence.sha256 for i in self.items],
                              len(self.snapshot.updated), sorted(self.snapshot.updated.values()))).encode())
        return pdfa.Metadata(
            title=title,
            author=name,
            subject=self._selection_text(),
            keywords=self.tr("professional development, portfolio, register hours"),
            creator=f"Bekwaam {__version__}",
            created=stamp,
            lang="nl-NL" if self.lang == "nl" else "en-GB",
            identity=identity.digest()[:16],
        )


# ---------------------------------------------------------------------- helpers


def _pdf_page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Displayed page sizes in points, or [] when pypdf cannot read the file."""
    import io

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return []
        sizes = []
        for page in reader.pages:
            box = page.cropbox
            w, h = float(box.width), float(box.height)
            if int(page.get("/Rotate", 0) or 0) % 180:
                w, h = h, w
            if w <= 0 or h <= 0:
                return []
            sizes.append((w, h))
        return sizes
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError,
            OverflowError, ZeroDivisionError, AssertionError):
        return []


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader, buffer


def _image_size(data: bytes) -> tuple[int, int] | None:
    reader, _buffer = _reader(data)
    if not reader.canRead():
        return None
    size = reader.size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0:
        return None
    w, h = size.width(), size.height()
    if _rotated(reader):
        w, h = h, w
    return w, h


def _rotated(reader: QImageReader) -> bool:
    from PySide6.QtGui import QImageIOHandler

    return bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)


def _load_image(data: bytes, width_px: float, height_px: float) -> QImage | None:
    """Decode an image at about the size it is printed (a 20-megapixel photo need not be decoded whole)."""
    reader, _buffer = _reader(data)
    size = reader.size()
    if size.isValid():
        w, h = (height_px, width_px) if _rotated(reader) else (width_px, height_px)
        if w < size.width() and h < size.height():
            from PySide6.QtCore import QSize

            reader.setScaledSize(QSize(max(1, round(w)), max(1, round(h))))
    image = reader.read()
    if image.isNull():
        return None
    if image.hasAlphaChannel():
        # PDF/A-1 pages (Qt's mode) have no transparency: put the image on white first
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("#ffffff"))
        p = QPainter(flat)
        p.drawImage(0, 0, image)
        p.end()
        image = flat
    return image


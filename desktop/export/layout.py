"""A small page-flow engine on QPainter: paragraphs, key/value blocks and tables that break over A4 pages.

Layout and painting are separate passes: layout places every line on a page and records
where each anchor (an activity, a piece of evidence) landed; painting then draws the pages
knowing the total page count and every anchor's page, so "pagina 3 van 41" and the page
references in tables come out right without a second layout. Units are device units of a
1200 dpi QPdfWriter; `mm()` and `pt()` convert.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen, QTextLayout, QTextOption

DPI = 1200
A4_WIDTH_MM = 210.0
A4_HEIGHT_MM = 297.0


def mm(value: float) -> float:
    return value * DPI / 25.4


def pt(value: float) -> float:
    return value * DPI / 72.0


def font(family: str, size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(family)
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    f.setItalic(italic)
    f.setKerning(True)
    # Hinting snaps glyphs to a pixel grid that does not exist in a PDF.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


@dataclass(frozen=True)
class Style:
    font: QFont
    color: QColor = field(default_factory=lambda: QColor("#222222"))
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    leading: float = 1.25  # line advance as a multiple of the font's height
    space_before: float = 0.0  # device units
    space_after: float = 0.0


@dataclass
class TextBlock:
    """Text laid out at a width: its lines (each with its top offset) and its height."""

    layout: QTextLayout
    lines: list[tuple[int, float, float]]  # (line index, top offset, advance)
    height: float
    style: Style


Resolver = Callable[[str], str]


@dataclass
class Page:
    index: int
    section: str
    kind: str = "normal"  # "cover", "normal", "evidence"
    ops: list[tuple[Any, ...]] = field(default_factory=list)
    evidence: tuple[str, int, QRectF] | None = None  # (sha256, page index in the file, frame)


@dataclass
class Cell:
    """A table cell: plain text, or a reference resolved when painting (e.g. a page number)."""

    text: str = ""
    style: Style | None = None
    ref: str | None = None  # anchor key: painted as the anchor's page number
    link: str | None = None  # anchor key the cell links to


@dataclass
class Column:
    width: float  # fraction of the table width
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


class Flow:
    """Places blocks top to bottom on pages of the content frame, breaking where needed."""

    def __init__(self, device: QPaintDevice, margins_mm: tuple[float, float, float, float] = (22, 24, 22, 22)):
        self.device = device
        left, top, right, bottom = margins_mm
        self.page_width = mm(A4_WIDTH_MM)
        self.page_height = mm(A4_HEIGHT_MM)
        self.left = mm(left)
        self.top = mm(top)
        self.width = self.page_width - mm(left) - mm(right)
        self.bottom = self.page_height - mm(bottom)
        self.pages: list[Page] = []
        self.anchors: dict[str, int] = {}
        self.section = ""
        self.y = self.top

    # ------------------------------------------------------------------ pages

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self, kind: str = "normal") -> Page:
        page = Page(len(self.pages), self.section, kind)
        self.pages.append(page)
        self.y = self.top
        return page

    def remaining(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` fits below the current position."""
        if not self.pages or (self.y + height > self.bottom and self.y > self.top + 1):
            self.new_page()

    def anchor(self, key: str) -> None:
        if not self.pages:
            self.new_page()
        self.anchors.setdefault(key, self.page.index)

    def space(self, height: float) -> None:
        if self.y > self.top + 1:
            self.y = min(self.y + height, self.bottom)

    # ------------------------------------------------------------------ text

    def measure(self, text: str, style: Style, width: float) -> TextBlock:
        layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), style.font, self.device)
        option = QTextOption(style.align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        lines: list[tuple[int, float, float]] = []
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, 0))
            advance = line.height() * style.leading
            lines.append((line.lineNumber(), y, advance))
            y += advance
        layout.endLayout()
        return TextBlock(layout, lines, y, style)

    def paragraph(self, text: str, style: Style, indent: float = 0.0, keep_with_next: float = 0.0) -> None:
        """Flow a paragraph (blank lines split it into several), breaking between lines."""
        parts = [p.strip("\n") for p in text.replace("\r\n", "\n").split("\n\n")] if text else [""]
        for n, part in enumerate(parts):
            block = self.measure(part, style, self.width - indent)
            first = block.lines[0][2] if block.lines else 0.0
            self.ensure(style.space_before + first + keep_with_next + (min(2, len(block.lines)) - 1) * first)
            self.space(style.space_before if n == 0 else style.space_after)
            for index, _top, advance in block.lines:
                if self.y + advance > self.bottom:
                    self.new_page()
                self.page.ops.append(("line", block.layout, index, self.left + indent, self.y, style.color))
                self.y += advance
            self.y += style.space_after if n == len(parts) - 1 else 0.0

    def text_at(self, text: str, style: Style, x: float, y: float, width: float) -> float:
        """Place text at a fixed spot of the current page (no breaking); return its height."""
        block = self.measure(text, style, width)
        for index, top, _advance in block.lines:
            self.page.ops.append(("line", block.layout, index, x, y + top, style.color))
        return block.height

    def rule(self, color: str = "#c9d2dc", width: float = 0.6, before: float = 0.0, after: float = 0.0) -> None:
        self.ensure(before + after + pt(width))
        self.space(before)
        self.page.ops.append(("hline", self.left, self.left + self.width, self.y, QColor(color), pt(width)))
        self.y += after

    def fill(self, rect: QRectF, color: str) -> None:
        self.page.ops.append(("fill", QRectF(rect), QColor(color)))

    # ------------------------------------------------------------------ tables

    def table(
        self,
        columns: list[Column],
        rows: list[list[Cell]],
        header: list[Cell] | None = None,
        header_style: Style | None = None,
        body_style: Style | None = None,
        stripes: str | None = "#f5f7fa",
        header_fill: str = "#e6ecf2",
        padding: tuple[float, float] = (mm(1.6), mm(1.1)),
        rules: str = "#d5dde6",
        bold_last_row: Style | None = None,
        keep_with_previous: float = 0.0,
    ) -> None:
        """A table that breaks between rows and repeats its header row on each new page."""
        pad_x, pad_y = padding
        xs = []
        x = self.left
        for c in columns:
            xs.append(x)
            x += c.width * self.width

        def measure_row(cells: list[Cell], default: Style) -> tuple[list[TextBlock | None], float]:
            blocks: list[TextBlock | None] = []
            height = 0.0
            for col, cell in zip(columns, cells, strict=True):
                style = cell.style or default
                if col.align != style.align:
                    style = Style(style.font, style.color, col.align, style.leading)
                text = "0000" if cell.ref else cell.text
                block = self.measure(text, style, col.width * self.width - 2 * pad_x)
                blocks.append(None if cell.ref else block)
                height = max(height, block.height)
            return blocks, height + 2 * pad_y

        assert body_style is not None
        head = measure_row(header, header_style or body_style) if header else None

        def place_header() -> None:
            if head is None or header is None:
                return
            blocks, h = head
            self.fill(QRectF(self.left, self.y, self.width, h), header_fill)
            self._place_cells(columns, header, blocks, xs, h, pad_x, pad_y, header_style or body_style)
            self.y += h

        measured = [measure_row(r, bold_last_row if (bold_last_row and i == len(rows) - 1) else body_style)
                    for i, r in enumerate(rows)]
        first_h = measured[0][1] if measured else 0.0
        self.ensure((head[1] if head else 0.0) + first_h + keep_with_previous)
        place_header()
        for i, (row, (blocks, h)) in enumerate(zip(rows, measured, strict=True)):
            if self.y + h > self.bottom:
                self.new_page()
                place_header()
            if stripes and i % 2 == 1:
                self.fill(QRectF(self.left, self.y, self.width, h), stripes)
            style = bold_last_row if (bold_last_row and i == len(rows) - 1) else body_style
            self._place_cells(columns, row, blocks, xs, h, pad_x, pad_y, style)
            self.y += h
            self.page.ops.append(("hline", self.left, self.left + self.width, self.y, QColor(rules), pt(0.4)))

    def _place_cells(
        self,
        columns: list[Column],
        cells: list[Cell],
        blocks: list[TextBlock | None],
        xs: list[float],
        height: float,
        pad_x: float,
        pad_y: float,
        default: Style,
    ) -> None:
        for col, cell, block, x in zip(columns, cells, blocks, xs, strict=True):
            width = col.width * self.width
            style = cell.style or default
            if cell.ref:
                rect = QRectF(x + pad_x, self.y + pad_y, width - 2 * pad_x, height - 2 * pad_y)
                self.page.ops.append(("ref", cell.ref, rect, style.font, style.color, col.align))
            elif block is not None:
                for index, top, _advance in block.lines:
                    self.page.ops.append(("line", block.layout, index, x + pad_x, self.y + pad_y + top, style.color))
            if cell.link:
                self.page.ops.append(("link", QRectF(x, self.y, width, height), cell.link))

    def key_values(self, items: list[tuple[str, str]], label: Style, value: Style, label_width: float = 0.3) -> None:
        """Label/value pairs in two columns, the labels in grey: the fields of a record."""
        columns = [Column(label_width), Column(1 - label_width)]
        rows = [[Cell(k, label), Cell(v, value)] for k, v in items]
        self.table(columns, rows, body_style=value, stripes=None, padding=(mm(0.8), mm(0.9)), rules="#e3e8ee")


# ---------------------------------------------------------------------- painting


def paint_ops(painter: QPainter, page: Page, resolve: Resolver) -> list[tuple[QRectF, str]]:
    """Draw one page's operations; return its link rectangles (device units) with their targets."""
    links: list[tuple[QRectF, str]] = []
    for op in page.ops:
        kind = op[0]
        if kind == "line":
            _, layout, index, x, y, color = op
            painter.setPen(QPen(color))
            layout.lineAt(index).draw(painter, QPointF(x, y))
        elif kind == "fill":
            _, rect, color = op
            painter.fillRect(rect, color)
        elif kind == "hline":
            _, x1, x2, y, color, width = op
            pen = QPen(color)
            pen.setWidthF(width)
            painter.setPen(pen)
            painter.drawLine(QPointF(x1, y), QPointF(x2, y))
        elif kind == "rect":
            _, rect, color, width = op
            pen = QPen(color)
            pen.setWidthF(width)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        elif kind == "ref":
            _, key, rect, f, color, align = op
            painter.setFont(f)
            painter.setPen(QPen(color))
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignTop), resolve(key))
        elif kind == "link":
            links.append((op[1], op[2]))
        elif kind == "image":
            _, draw, rect = op
            draw(painter, rect)
    return links


def text_width(text: str, f: QFont, device: QPaintDevice) -> float:
    return QFontMetricsF(f, device).horizontalAdvance(text)

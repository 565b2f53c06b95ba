"""Painted progress widgets: a requirement's bar, and RU per domain per year as a stacked bar chart (QPainter)."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.views.style import DOMAIN_COLORS, success_color
from sync import portfolio as vocab


def fmt(value: float) -> str:
    return QLocale().toString(float(round(value, 2)), "g", 8)


class RequirementBar(QWidget):
    """One requirement of the ruleset: its label, a bar, 'achieved / required', and what is missing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = ""
        self.achieved = 0.0
        self.required = 0.0
        self.unit = "RU"
        self.met = False
        self.missing_text = ""
        self.met_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by keyboard for screen readers

    def set_values(
        self, label: str, achieved: float, required: float, unit: str, met: bool, missing_text: str, met_text: str
    ) -> None:
        self.label, self.achieved, self.required, self.unit, self.met = label, achieved, required, unit, met
        self.missing_text, self.met_text = missing_text, met_text
        self.setAccessibleName(label)
        self.setAccessibleDescription(f"{self.numbers_text()}. {self.status_text()}")
        self.updateGeometry()
        self.update()

    def numbers_text(self) -> str:
        return f"{fmt(self.achieved)} / {fmt(self.required)} {self.unit}"

    def status_text(self) -> str:
        return self.met_text if self.met else self.missing_text

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(420, fm.height() * 3 + 20)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        w = self.width()
        line = fm.height()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        numbers = self.numbers_text()
        nw = QFontMetrics(bold).horizontalAdvance(numbers)
        label = QFontMetrics(bold).elidedText(self.label, Qt.TextElideMode.ElideRight, max(10, w - nw - 16))
        p.drawText(QRectF(0, 0, w - nw - 8, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        p.drawText(QRectF(w - nw, 0, nw, line), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, numbers)
        bar = QRectF(0.5, line + 5.5, w - 1, 12)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(bar, 6, 6)
        share = 1.0 if self.required <= 0 else max(0.0, min(1.0, self.achieved / self.required))
        if share > 0:
            fill = QRectF(bar.x(), bar.y(), max(12.0, bar.width() * share), bar.height())
            color = success_color() if self.met else pal.color(QPalette.ColorRole.Highlight)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(fill, 6, 6)
        p.setFont(self.font())
        p.setPen(success_color() if self.met else pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawText(
            QRectF(0, line + 22, w, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            ("✓ " if self.met else "") + self.status_text(),
        )
        if self.hasFocus():
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(0.5, 0.5, w - 1, self.height() - 1))
        p.end()


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 5 × 10^n) giving about `ticks` gridlines up to `maximum`."""
    if maximum <= 0:
        return 10.0
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude


class DomainYearChart(QWidget):
    """Stacked bars: for each year of the cycle, the RU per bekwaamheidsdomein."""

    def __init__(self, lang: str = "nl", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.data: dict[int, dict[vocab.Domain, float]] = {}
        self.empty_text = ""
        self._bars: list[tuple[QRectF, int]] = []
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMouseTracking(True)

    def set_data(self, data: dict[int, dict[vocab.Domain, float]], years: list[int], empty_text: str) -> None:
        self.data = {y: dict(data.get(y, {})) for y in years}
        self.empty_text = empty_text
        parts = []
        for y in years:
            per = self.data[y]
            total = sum(per.values())
            detail = ", ".join(f"{d.label(self.lang)} {fmt(v)}" for d, v in per.items() if v)
            parts.append(f"{y}: {fmt(total)} RU" + (f" ({detail})" if detail else ""))
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    def totals(self) -> dict[int, float]:
        return {y: round(sum(per.values()), 2) for y, per in self.data.items()}

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        text_color = pal.color(QPalette.ColorRole.WindowText)
        grid_color = pal.color(QPalette.ColorRole.Mid)
        w, h = self.width(), self.height()
        legend_h = fm.height() + 12
        # Legend
        x = 8.0
        for d in vocab.Domain:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(DOMAIN_COLORS[d]))
            p.drawRoundedRect(QRectF(x, 4 + (fm.height() - 10) / 2, 10, 10), 2, 2)
            x += 14
            p.setPen(text_color)
            label = d.label(self.lang)
            p.drawText(QPointF(x, 4 + fm.ascent()), label)
            x += fm.horizontalAdvance(label) + 18
        totals = self.totals()
        top = legend_h + fm.height()
        bottom = h - fm.height() - 10
        left = fm.horizontalAdvance("0000") + 12
        right = w - 8
        self._bars = []
        if not totals or max(totals.values(), default=0) <= 0:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QRectF(left, top, right - left, bottom - top), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        step = nice_step(max(totals.values()))
        top_value = step * math.ceil(max(totals.values()) / step)
        scale = (bottom - top) / top_value
        # Grid and axis
        p.setFont(self.font())
        v = 0.0
        while v <= top_value + 1e-9:
            y = bottom - v * scale
            p.setPen(QPen(grid_color, 1, Qt.PenStyle.DotLine if v else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF(left, y), QPointF(right, y))
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fmt(v),
            )
            v += step
        years = sorted(totals)
        slot = (right - left) / len(years)
        bar_w = min(72.0, slot * 0.6)
        for i, year in enumerate(years):
            cx = left + slot * (i + 0.5)
            y = bottom
            for d in vocab.Domain:
                value = self.data[year].get(d, 0.0)
                if value <= 0:
                    continue
                height = value * scale
                rect = QRectF(cx - bar_w / 2, y - height, bar_w, height)
                p.setPen(QPen(pal.color(QPalette.ColorRole.Window), 1))
                p.setBrush(QColor(DOMAIN_COLORS[d]))
                p.drawRect(rect)
                y -= height
            self._bars.append((QRectF(cx - bar_w / 2, y, bar_w, bottom - y), year))
            p.setPen(text_color)
            if totals[year] > 0:
                p.drawText(
                    QRectF(cx - slot / 2, y - fm.height() - 2, slot, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    fmt(totals[year]),
                )
            p.drawText(QRectF(cx - slot / 2, bottom + 4, slot, fm.height()), Qt.AlignmentFlag.AlignCenter, str(year))
        if self.hasFocus():
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(0.5, 0.5, w - 1, h - 1))
        p.end()

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.ToolTip:
            he: QHelpEvent = event
            for rect, year in self._bars:
                if rect.adjusted(-4, -20, 4, 0).contains(QPointF(he.pos())):
                    per = self.data[year]
                    lines = [f"{year}: {fmt(sum(per.values()))} RU"]
                    lines += [f"{d.label(self.lang)}: {fmt(v)}" for d, v in per.items() if v]
                    QToolTip.showText(he.globalPos(), "\n".join(lines), self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

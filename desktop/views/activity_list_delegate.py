"""Paints the activity list's cells as Qt's own item delegate does, from text laid out once per cell text.

Qt's delegate lays a cell's text out three times on every paint (its size, its elision, its
drawing) and asks the model for seven roles; with 10,000 activities a keystroke in the filter
repaints some 250 cells, and that was most of its time (bench/gui_bench.py). Here the text of
each (text, width, font) is elided and laid out once into a QStaticText, kept in a bounded
cache, and drawn where the style would draw it: the same margins, alignment and vertical
centring as QCommonStyle's item view text, the style's own selection background, the palette's
colours. The one cell with keyboard focus (its focus frame) is left to Qt's delegate.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QStaticText, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_CACHE_SIZE = 4000  # laid-out cell texts kept: a few screens of rows, some MB at most

# As plain ints: tested for every painted cell, where Python's enum operators would cost more.
_SELECTED = QStyle.StateFlag.State_Selected.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_COLOUR_STATE = _SELECTED | _ENABLED | _ACTIVE
_WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText.value
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_PAINT = QEvent.Type.Paint
_H_MASK = int(Qt.AlignmentFlag.AlignHorizontal_Mask.value)
_RIGHT = int(Qt.AlignmentFlag.AlignRight.value)
_HCENTER = int(Qt.AlignmentFlag.AlignHCenter.value)


class ActivityItemDelegate(QStyledItemDelegate):
    """Draws cells of a model that offers `paint_parts(row, column) -> (text, alignment, muted)`."""

    def __init__(self, view: QAbstractItemView, model: Any):
        super().__init__(view)
        self._view = view
        self._model = model
        self._laid_out: OrderedDict[tuple[str, int, int, int, bool], tuple[QStaticText, float, float]] = OrderedDict()
        self._fonts: dict[bool, QFont] = {}
        self._base_font: QFont | None = None
        self._margin: int | None = None
        self._colors: dict[tuple[int, bool], QColor] = {}
        self._style: QStyle = view.style()
        view.viewport().installEventFilter(self)  # to prepare once before each repaint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _PAINT:
            self.begin_paint(self._view.font())
        return False

    def clear(self) -> None:
        """Forget laid-out texts and fonts (the font, the style or the palette changed)."""
        self._laid_out.clear()
        self._fonts.clear()
        self._base_font = None
        self._margin = None
        self._colors.clear()

    def begin_paint(self, font: QFont) -> None:
        """Before each repaint of the view: check the font once, take colours and the style afresh."""
        if font != self._base_font:
            self.clear()
            self._base_font = QFont(font)
        self._colors.clear()
        self._style = self._view.style()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        state = option.state.value
        if state & _HAS_FOCUS or option.features.value & _WRAP or self._base_font is None:
            # (no font yet: a paint that did not come through the viewport's paint event)
            # the focus frame, or text wrapped over lines: left to Qt, exactly as the style draws them
            super().paint(painter, option, index)
            return
        text, alignment, muted = self._model.paint_parts(index.row(), index.column())
        selected = state & _SELECTED
        if selected:
            # the selection, as the style draws it (for other cells the style's panel draws nothing)
            self._style.drawPrimitive(_PANEL, option, painter, self._view)
        if not text:
            return
        rect = option.rect
        width, height = rect.width(), rect.height()
        key = (text, width, height, alignment, muted)
        entry = self._laid_out.get(key)
        if entry is None:
            entry = self._lay_out(text, width, height, alignment, muted, option)
        else:
            self._laid_out.move_to_end(key)
        static, dx, dy = entry
        color_key = (state & _COLOUR_STATE, muted)
        color = self._colors.get(color_key)
        if color is None:
            color = self._colors[color_key] = self._color(option, state, muted)
        painter.save()
        painter.setClipRect(rect)
        painter.setFont(self._fonts[muted])
        painter.setPen(color)
        painter.drawStaticText(QPointF(rect.x() + dx, rect.y() + dy), static)
        painter.restore()

    @staticmethod
    def _color(option: QStyleOptionViewItem, state: int, muted: bool) -> QColor:
        """The text colour QCommonStyle would use for this state (and the model's muted foreground)."""
        if not state & _ENABLED:
            group = QPalette.ColorGroup.Disabled
        elif state & _ACTIVE:
            group = QPalette.ColorGroup.Normal
        else:
            group = QPalette.ColorGroup.Inactive
        if state & _SELECTED:
            return QColor(option.palette.color(group, QPalette.ColorRole.HighlightedText))
        if muted:
            # as the model's foreground role gives it (the application palette's placeholder colour)
            return QColor(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        return QColor(option.palette.color(group, QPalette.ColorRole.Text))

    def _lay_out(
        self, text: str, width: int, height: int, alignment: int, muted: bool, option: QStyleOptionViewItem
    ) -> tuple[QStaticText, float, float]:
        """Elide and lay out once, positioned the way QCommonStyle positions item view text."""
        font = self._fonts.get(muted)
        if font is None:
            font = QFont(option.font)
            font.setItalic(muted)
            self._fonts[muted] = font
        if self._margin is None:
            self._margin = self._style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        margin = self._margin
        text_width = width - 2 * margin
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_width)
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        static.prepare(font=font)
        size: QSize = static.size().toSize()
        line_width = static.size().width()
        dx = float(margin)
        horizontal = alignment & _H_MASK
        if horizontal & _RIGHT:
            dx += text_width - line_width
        elif horizontal & _HCENTER:
            dx += (text_width - line_width) / 2
        dy = float((height - size.height()) // 2)  # QStyle.alignedRect's centring, in whole pixels
        entry = (static, dx, dy)
        self._laid_out[(text, width, height, alignment, muted)] = entry
        if len(self._laid_out) > _CACHE_SIZE:
            self._laid_out.popitem(last=False)
        return entry


__all__ = ["ActivityItemDelegate"]

"""The activity list as a Qt table model over the services' activity summaries."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from sync import portfolio as vocab

if TYPE_CHECKING:
    from desktop.services.portfolio import ActivitySummary

ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    TITLE = 1
    TYPE = 2
    DOMAINS = 3
    RU = 4
    EVIDENCE = 5
    REFLECTION = 6
    STATUS = 7


_HEADERS = {
    Column.DATE: "Date",
    Column.TITLE: "Title",
    Column.TYPE: "Type",
    Column.DOMAINS: "Domains",
    Column.RU: "RU",
    Column.EVIDENCE: "Evidence",
    Column.REFLECTION: "Reflection",
    Column.STATUS: "Status",
}
# QT_TRANSLATE_NOOP equivalents: listed so that lupdate finds them in this context.
_ = (
    QCoreApplication.translate("ActivityTableModel", "Date"),
    QCoreApplication.translate("ActivityTableModel", "Title"),
    QCoreApplication.translate("ActivityTableModel", "Type"),
    QCoreApplication.translate("ActivityTableModel", "Domains"),
    QCoreApplication.translate("ActivityTableModel", "RU"),
    QCoreApplication.translate("ActivityTableModel", "Evidence"),
    QCoreApplication.translate("ActivityTableModel", "Reflection"),
    QCoreApplication.translate("ActivityTableModel", "Status"),
)


def domain_text(activity: vocab.Activity, lang: str) -> str:
    if activity.domains:
        return ", ".join(d.label(lang) for d in activity.domains)
    return ", ".join(f"SBL {c.number}" for c in activity.sbl_competences)


def format_hours(value: float) -> str:
    return QLocale().toString(float(value), "g", 6)


def format_date(day: object) -> str:
    qd = QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]
    return QLocale().toString(qd, "d MMM yyyy")


class ActivityTableModel(QAbstractTableModel):
    """One row per activity (live, not in the trash), newest first as the service gives them."""

    def __init__(self, lang: str = "nl", parent=None):
        super().__init__(parent)
        self.lang = lang
        self._rows: list[ActivitySummary] = []
        self._row_of: dict[str, int] = {}
        self._texts: dict[int, tuple[str, ...]] = {}
        self._muted: QColor | None = None

    # ------------------------------------------------------------------ data in

    def set_summaries(self, summaries: Sequence[ActivitySummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self._row_of = {s.activity.id: i for i, s in enumerate(self._rows)}
        self._texts.clear()
        self._muted = None
        self.endResetModel()

    def summaries(self) -> list[ActivitySummary]:
        return self._rows

    def summary(self, row: int) -> ActivitySummary:
        return self._rows[row]

    def row_of(self, activity_id: str) -> int | None:
        return self._row_of.get(activity_id)

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ActivityTableModel", _HEADERS[Column(section)])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == Column.RU:
                return QCoreApplication.translate("ActivityTableModel", "Register hours: contact plus self-study hours")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), int(role))

    def cell(self, row: int, col: int, role: int) -> object:
        """What one cell shows for one role; plain ints, no QModelIndex: the view asks this thousands of times."""
        if role == _DISPLAY:
            texts = self._texts.get(row)
            if texts is None:
                texts = self._texts[row] = self._row_texts(row)
            return texts[col]
        if role == _FOREGROUND or role == _FONT:
            if not self._rows[row].activity.planned:
                return None
            if role == _FOREGROUND:
                if self._muted is None:
                    self._muted = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
                return self._muted
            return _italic()
        if role == _ALIGNMENT:
            return _ALIGN.get(col)
        if role == ACTIVITY_ID_ROLE:
            return self._rows[row].activity.id
        if role == SUMMARY_ROLE:
            return self._rows[row]
        if role == _TOOLTIP or role == _ACCESSIBLE:
            summary = self._rows[row]
            a = summary.activity
            if col == Column.TITLE and role == _TOOLTIP:
                return a.title + (f"\n{a.provider}" if a.provider else "")
            if col == Column.EVIDENCE:
                return QCoreApplication.translate(
                    "ActivityTableModel", "%n evidence file(s)", "", summary.evidence_count
                )
            if col == Column.REFLECTION:
                return (
                    QCoreApplication.translate("ActivityTableModel", "Has a reflection")
                    if summary.has_reflection
                    else QCoreApplication.translate("ActivityTableModel", "No reflection yet")
                )
        return None

    def paint_parts(self, row: int, col: int) -> tuple[str, int, bool]:
        """What the list's delegate draws: the text, its alignment, and whether it is muted (planned)."""
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._row_texts(row)
        return texts[col], _ALIGN.get(col, _LEFT), self._rows[row].activity.planned

    def _row_texts(self, row: int) -> tuple[str, ...]:
        summary = self._rows[row]
        a = summary.activity
        return (
            format_date(a.start),
            a.title,
            a.type.label(self.lang),
            domain_text(a, self.lang),
            format_hours(a.ru),
            str(summary.evidence_count) if summary.evidence_count else "–",
            "✓" if summary.has_reflection else "–",
            status_text(a),
        )


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_ALIGN = {
    Column.RU: int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value),
    Column.EVIDENCE: int(Qt.AlignmentFlag.AlignCenter.value),
    Column.REFLECTION: int(Qt.AlignmentFlag.AlignCenter.value),
}
_ITALIC: list[QFont] = []


def _italic() -> QFont:
    if not _ITALIC:
        font = QFont()
        font.setItalic(True)
        _ITALIC.append(font)
    return _ITALIC[0]


def status_text(a: vocab.Activity) -> str:
    if a.planned:
        return QCoreApplication.translate("ActivityTableModel", "Planned")
    if a.validated:
        return QCoreApplication.translate("ActivityTableModel", "Validated")
    return QCoreApplication.translate("ActivityTableModel", "Completed")

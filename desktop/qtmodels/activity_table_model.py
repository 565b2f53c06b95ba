"""The activity list as a Qt table model over the services' activity summaries."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from desktop.services.portfolio import ActivitySummary
from sync import portfolio as vocab

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
        self._dates: dict[int, str] = {}

    # ------------------------------------------------------------------ data in

    def set_summaries(self, summaries: Sequence[ActivitySummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self._row_of = {s.activity.id: i for i, s in enumerate(self._rows)}
        self._dates.clear()
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
        row = index.row()
        summary = self._rows[row]
        a = summary.activity
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Column.DATE:
                text = self._dates.get(row)
                if text is None:
                    text = self._dates[row] = format_date(a.start)
                return text
            if col == Column.TITLE:
                return a.title
            if col == Column.TYPE:
                return a.type.label(self.lang)
            if col == Column.DOMAINS:
                return domain_text(a, self.lang)
            if col == Column.RU:
                return format_hours(a.ru)
            if col == Column.EVIDENCE:
                return str(summary.evidence_count) if summary.evidence_count else "–"
            if col == Column.REFLECTION:
                return "✓" if summary.has_reflection else "–"
            if col == Column.STATUS:
                return status_text(a)
            return None
        if role == ACTIVITY_ID_ROLE:
            return a.id
        if role == SUMMARY_ROLE:
            return summary
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (Column.RU, Column.EVIDENCE, Column.REFLECTION):
                return (
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if col == Column.RU
                    else int(Qt.AlignmentFlag.AlignCenter)
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole and a.planned:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and a.planned:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Column.TITLE:
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
        if role == Qt.ItemDataRole.AccessibleTextRole and col in (Column.EVIDENCE, Column.REFLECTION):
            return self.data(index, Qt.ItemDataRole.ToolTipRole)
        return None


def status_text(a: vocab.Activity) -> str:
    if a.planned:
        return QCoreApplication.translate("ActivityTableModel", "Planned")
    if a.validated:
        return QCoreApplication.translate("ActivityTableModel", "Validated")
    return QCoreApplication.translate("ActivityTableModel", "Completed")

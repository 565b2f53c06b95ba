"""The PDF export dialog: what goes in (the cycle, a date range, chosen activities, everything) and the language.

A plain QDialog that only returns the chosen PdfOptions; it reads nothing from disk (the caller
passes the activities it already shows) and runs nothing. The export itself runs on a worker
with desktop.export.pdf.export_pdf(services, out, options, progress, cancel).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.export.pdf import PdfOptions
from desktop.services.export import Selection, SelectionMode
from sync import portfolio as vocab


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ExportDialog(QDialog):
    """Asks what to put in the portfolio PDF.

    Signals: none of its own; accepted()/rejected() as any QDialog.
    """

    def __init__(
        self,
        activities: Sequence[vocab.Activity],
        cycle: vocab.Cycle | None,
        lang: str = "nl",
        parent: QWidget | None = None,
        preselected: Sequence[str] = (),
        open_on_preselected: bool | None = None,
    ):
        """`preselected` activities are ticked; the dialog opens on "only these" when `open_on_preselected`
        (default: whenever some are preselected)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export portfolio as PDF"))
        self.setMinimumWidth(520)
        self._cycle = cycle
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose which activities go into the PDF. The summary always shows your progress in the whole cycle."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.cycle_button = QRadioButton(self._cycle_text())
        self.all_button = QRadioButton(self.tr("All activities ({n})").format(n=len(activities)))
        self.range_button = QRadioButton(self.tr("Activities that ended in a period:"))
        self.chosen_button = QRadioButton(self.tr("Only the activities I choose:"))
        self.group = QButtonGroup(self)
        for button in (self.cycle_button, self.all_button, self.range_button, self.chosen_button):
            self.group.addButton(button)
        layout.addWidget(self.cycle_button)
        layout.addWidget(self.all_button)
        layout.addWidget(self.range_button)

        dates = QHBoxLayout()
        dates.setContentsMargins(24, 0, 0, 0)
        today = dt.date.today()
        start = cycle.start if cycle else today.replace(month=1, day=1)
        end = min(cycle.end, today) if cycle else today
        self.from_edit = self._date_edit(start)
        self.to_edit = self._date_edit(end)
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        layout.addLayout(dates)

        layout.addWidget(self.chosen_button)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by title"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(180)
        chosen = set(preselected)
        for a in sorted(activities, key=lambda a: (a.start, a.title), reverse=True):
            item = QListWidgetItem(f"{a.start.isoformat()}  {a.title}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        chosen_box = QVBoxLayout()
        chosen_box.setContentsMargins(24, 0, 0, 0)
        chosen_box.addWidget(self.filter_edit)
        chosen_box.addWidget(self.list)
        layout.addLayout(chosen_box)

        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if lang == "en" else 0)
        form.addRow(self.tr("Language of the PDF:"), self.language)
        layout.addLayout(form)

        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if chosen and (open_on_preselected is None or open_on_preselected):
            self.chosen_button.setChecked(True)
        elif cycle is not None:
            self.cycle_button.setChecked(True)
        else:
            self.all_button.setChecked(True)
            self.cycle_button.setEnabled(False)
        self.group.buttonToggled.connect(self._update)
        self.from_edit.dateChanged.connect(self._update)
        self.to_edit.dateChanged.connect(self._update)
        self.list.itemChanged.connect(self._update)
        self.filter_edit.textChanged.connect(self._filter)
        self._update()

    def _cycle_text(self) -> str:
        if self._cycle is None:
            return self.tr("The current cycle (no cycle has been set)")
        return self.tr("The current cycle ({start} to {end})").format(
            start=self._cycle.start.isoformat(), end=self._cycle.end.isoformat()
        )

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_qdate(vocab.EARLIEST_DATE))
        edit.setMaximumDate(_qdate(vocab.LATEST_DATE))
        return edit

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def chosen_ids(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update(self, *_args: object) -> None:
        ranged = self.range_button.isChecked()
        chosen = self.chosen_button.isChecked()
        self.from_edit.setEnabled(ranged)
        self.to_edit.setEnabled(ranged)
        self.list.setEnabled(chosen)
        self.filter_edit.setEnabled(chosen)
        problem = ""
        if ranged and self.to_edit.date() < self.from_edit.date():
            problem = self.tr("The end of the period lies before its start.")
        elif chosen and not self.chosen_ids():
            problem = self.tr("Tick at least one activity.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def options(self) -> PdfOptions:
        """The choice as export options."""
        if self.range_button.isChecked():
            selection = Selection(SelectionMode.RANGE, _pydate(self.from_edit.date()), _pydate(self.to_edit.date()))
        elif self.chosen_button.isChecked():
            selection = Selection(SelectionMode.ACTIVITIES, activity_ids=tuple(self.chosen_ids()))
        elif self.all_button.isChecked():
            selection = Selection(SelectionMode.ALL)
        else:
            selection = Selection(SelectionMode.CYCLE)
        return PdfOptions(selection=selection, lang=str(self.language.currentData()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        activities: Sequence[vocab.Activity],
        cycle: vocab.Cycle | None,
        lang: str = "nl",
        preselected: Sequence[str] = (),
        open_on_preselected: bool | None = None,
    ) -> PdfOptions | None:
        """Show the dialog modally; the chosen options, or None when cancelled."""
        dialog = cls(activities, cycle, lang, parent, preselected, open_on_preselected)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

"""Progress toward herregistratie in the current cycle: each requirement, RU per domain per year, the end date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import TaskManager
from desktop.views.activity_editor import DateEdit, from_qdate, to_qdate
from desktop.views.portfolio_actions import PortfolioActions
from desktop.views.progress_widgets import DomainYearChart, RequirementBar, fmt
from desktop.views.style import info_background, set_role, warning_background
from sync import portfolio as vocab
from sync.rules import Progress, builtin_ruleset_ids, load_ruleset

if TYPE_CHECKING:
    from desktop.services import Services

#: Professional registers remind their members about this long before the cycle ends.
REMINDER_WEEKS = 12


def long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


@dataclass(frozen=True)
class OverviewData:
    cycle: vocab.Cycle | None
    progress: Progress | None
    planned: int
    today: dt.date


class CycleDialog(QDialog):
    """The cycle's start date and the ruleset it is measured against."""

    def __init__(self, cycle: vocab.Cycle | None, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registration cycle"))
        form = QFormLayout(self)
        self.start_edit = DateEdit(self)
        self.start_edit.setObjectName("cycle_start")
        self.start_edit.setDate(to_qdate(cycle.start if cycle else dt.date(dt.date.today().year, 8, 1)))
        start_label = QLabel(self.tr("&Start of the cycle"), self)
        start_label.setBuddy(self.start_edit)
        form.addRow(start_label, self.start_edit)
        self.ruleset_combo = QComboBox(self)
        self.ruleset_combo.setObjectName("ruleset")
        for rid in builtin_ruleset_ids():
            self.ruleset_combo.addItem(load_ruleset(rid).name(lang), rid)
        if cycle is not None:
            self.ruleset_combo.setCurrentIndex(max(0, self.ruleset_combo.findData(cycle.ruleset)))
        rules_label = QLabel(self.tr("&Rules"), self)
        rules_label.setBuddy(self.ruleset_combo)
        form.addRow(rules_label, self.ruleset_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumSize(380, 140)

    def values(self) -> tuple[dt.date, str]:
        return from_qdate(self.start_edit.date()), str(self.ruleset_combo.currentData())


class OverviewPage(QWidget):
    """Signals:
    loaded(): the figures were (re)computed and shown.
    """

    loaded = Signal()

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        actions: PortfolioActions,
        lang: str = "nl",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.tasks, self.portfolio_actions, self.lang = services, tasks, actions, lang
        self.data: OverviewData | None = None
        self._loading = False
        self._again = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 16, 24, 16)
        lay.setSpacing(10)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.heading = QLabel(self.tr("Progress toward herregistratie"), body)
        set_role(self.heading, "heading")
        self.cycle_label = QLabel(body)
        self.cycle_label.setObjectName("cycle_label")
        self.cycle_label.setWordWrap(True)
        self.ruleset_label = QLabel(body)
        set_role(self.ruleset_label, "muted")
        titles.addWidget(self.heading)
        titles.addWidget(self.cycle_label)
        titles.addWidget(self.ruleset_label)
        head.addLayout(titles, 1)
        self.cycle_button = QPushButton(self.tr("Change &cycle…"), body)
        self.cycle_button.setObjectName("change_cycle")
        self.cycle_button.clicked.connect(self.edit_cycle)
        head.addWidget(self.cycle_button)
        lay.addLayout(head)

        self.banner = QLabel(body)
        self.banner.setObjectName("reminder")
        self.banner.setWordWrap(True)
        self.banner.setMargin(10)
        self.banner.hide()
        lay.addWidget(self.banner)

        self.requirements_box = QVBoxLayout()
        self.requirements_box.setSpacing(12)
        lay.addLayout(self.requirements_box)
        self.bars: dict[str, RequirementBar] = {}

        chart_title = QLabel(self.tr("Register hours per domain per year"), body)
        set_role(chart_title, "subheading")
        lay.addSpacing(8)
        lay.addWidget(chart_title)
        self.chart = DomainYearChart(self.lang, body)
        self.chart.setObjectName("domain_year_chart")
        self.chart.setAccessibleName(self.tr("Register hours per domain per year"))
        lay.addWidget(self.chart, 1)
        self.footnote = QLabel(body)
        self.footnote.setObjectName("footnote")
        self.footnote.setWordWrap(True)
        set_role(self.footnote, "muted")
        lay.addWidget(self.footnote)
        actions.activities_changed.connect(self.refresh)
        actions.dossier_changed.connect(self.refresh)

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        portfolio = self.services.portfolio

        def compute(_c: object) -> OverviewData:
            today = portfolio.today()
            progress = portfolio.progress(today)
            planned = sum(1 for reason in progress.excluded.values() if reason == "planned") if progress else 0
            return OverviewData(portfolio.current_cycle(), progress, planned, today)

        self.tasks.run("progress", compute, on_success=self._on_loaded, on_failure=self._on_failed)

    def _on_failed(self, _error: BaseException) -> None:
        self._loading = False

    def _on_loaded(self, data: OverviewData) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self.data = data
        self._show(data)
        self.loaded.emit()

    def _show(self, data: OverviewData) -> None:
        progress, cycle = data.progress, data.cycle
        for bar in self.bars.values():
            bar.deleteLater()
        self.bars = {}
        if progress is None or cycle is None:
            self.cycle_label.setText(self.tr("No registration cycle has been set yet."))
            self.ruleset_label.setText(self.tr("Set the start of your cycle to see how far you are."))
            self.cycle_button.setText(self.tr("Set &cycle…"))
            self.banner.hide()
            self.chart.set_data({}, [], self.tr("No cycle yet"))
            self.footnote.setText("")
            return
        self.cycle_button.setText(self.tr("Change &cycle…"))
        days_left = (progress.cycle_end - data.today).days
        period = (
            self.tr("Cycle %1 to %2")
            .replace("%1", long_date(progress.cycle_start))
            .replace("%2", long_date(progress.cycle_end))
        )
        if days_left >= 0:
            period += " · " + self.tr("%n day(s) left", "", days_left)
        self.cycle_label.setText(period)
        rules = progress.ruleset.name(self.lang)
        if progress.ruleset.provisional:
            rules += " · " + self.tr("provisional rules")
        self.ruleset_label.setText(rules)
        for req in progress.requirements:
            bar = RequirementBar(self)
            bar.setObjectName(f"requirement_{req.id}")
            unit = self.tr("hours") if req.kind == "work_hours" else "RU"
            bar.set_values(
                req.label(self.lang),
                req.achieved,
                req.required,
                unit,
                req.met,
                self.tr("%1 %2 still needed").replace("%1", fmt(req.short_by)).replace("%2", unit),
                self.tr("Achieved"),
            )
            self.requirements_box.addWidget(bar)
            self.bars[req.id] = bar
        self._show_reminder(progress, data.today)
        years = list(range(progress.cycle_start.year, progress.cycle_end.year + 1))
        self.chart.set_data(progress.ru_by_domain_year, years, self.tr("No completed activities in this cycle yet"))
        notes = [self.tr("%n activities count toward this cycle.", "", len(progress.counted))]
        if data.planned:
            notes.append(self.tr("%n planned activities do not count until they are completed.", "", data.planned))
        if progress.validated_ru:
            notes.append(
                self.tr("%1 RU of them come from validated activities.").replace("%1", fmt(progress.validated_ru))
            )
        self.footnote.setText(" ".join(notes))

    def _show_reminder(self, progress: Progress, today: dt.date) -> None:
        days_left = (progress.cycle_end - today).days
        missing = [r for r in progress.requirements if not r.met]
        text = ""
        warn = True
        if days_left < 0:
            text = self.tr("Your cycle ended on %1. Set the start of your next cycle.").replace(
                "%1", long_date(progress.cycle_end)
            )
        elif days_left <= REMINDER_WEEKS * 7:
            weeks = max(1, days_left // 7)
            if missing:
                text = (
                    self.tr("Your cycle ends in %n week(s), on %1. Still missing: %2.", "", weeks)
                    .replace("%1", long_date(progress.cycle_end))
                    .replace("%2", "; ".join(self._missing_text(r) for r in missing))
                )
            else:
                warn = False
                text = self.tr(
                    "Your cycle ends in %n week(s), on %1. You meet every requirement: "
                    "you can apply for herregistratie.",
                    "",
                    weeks,
                ).replace("%1", long_date(progress.cycle_end))
        if not text:
            self.banner.hide()
            return
        color = warning_background() if warn else info_background()
        self.banner.setStyleSheet(f"background: {color.name()}; border-radius: 6px;")
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()

    def _missing_text(self, req) -> str:  # type: ignore[no-untyped-def]
        unit = self.tr("hours") if req.kind == "work_hours" else "RU"
        still = self.tr("%1 %2 still needed").replace("%1", fmt(req.short_by)).replace("%2", unit)
        return f"{req.label(self.lang)} ({still})"

    def edit_cycle(self) -> None:
        cycle = self.data.cycle if self.data else None
        dialog = CycleDialog(cycle, self.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            start, ruleset = dialog.values()
            self.portfolio_actions.set_cycle(start, ruleset)

"""First start: a short welcome that creates the dossier and the cycle, without any network."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.views.activity_editor import DateEdit, from_qdate, to_qdate
from desktop.views.style import mark_invalid, set_role
from sync import portfolio as vocab
from sync.rules import builtin_ruleset_ids, load_ruleset


@dataclass(frozen=True)
class WelcomeAnswers:
    profile: vocab.Profile
    cycle_start: dt.date
    ruleset: str


def default_cycle_start(today: dt.date) -> dt.date:
    """The most recent 1 August: Dutch school years, and so most cycles, start then."""
    year = today.year if today >= dt.date(today.year, 8, 1) else today.year - 1
    return dt.date(year, 8, 1)


class WelcomeDialog(QDialog):
    """Asks for name, sector(s), an optional register number and the cycle; OK only when valid."""

    def __init__(self, lang: str = "nl", profile: vocab.Profile | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self._profile = profile or vocab.Profile()
        self.setWindowTitle(self.tr("Welcome to Bekwaam"))
        self.setObjectName("welcome_dialog")
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to Bekwaam"), self)
        set_role(title, "heading")
        lay.addWidget(title)
        intro = QLabel(
            self.tr(
                "Bekwaam keeps your professional development portfolio on this computer: your activities, "
                "the evidence and your reflections. It works without internet. Four questions to start with; "
                "you can change every answer later under Dossier."
            ),
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        lay.addLayout(form)
        self.name_edit = QLineEdit(self._profile.name, self)
        self.name_edit.setObjectName("welcome_name")
        self.name_edit.setPlaceholderText(self.tr("First name and surname"))
        self.name_error = self._error()
        form.addRow(self._label(self.tr("Your &name"), self.name_edit), self._stack(self.name_edit, self.name_error))
        sectors = QWidget(self)
        sl = QGridLayout(sectors)
        sl.setContentsMargins(0, 0, 0, 0)
        self.sector_checks: dict[vocab.Sector, QCheckBox] = {}
        for sector in vocab.Sector:
            check = QCheckBox(sector.label(self.lang), sectors)
            check.setObjectName(f"welcome_sector_{sector.value}")
            check.setChecked(sector in self._profile.sectors)
            self.sector_checks[sector] = check
            index = len(self.sector_checks) - 1
            sl.addWidget(check, index // 2, index % 2)
        self.sector_error = self._error()
        form.addRow(QLabel(self.tr("Where you teach"), self), self._stack(sectors, self.sector_error))
        self.number_edit = QLineEdit(self._profile.register_number, self)
        self.number_edit.setObjectName("welcome_register_number")
        self.number_edit.setPlaceholderText(self.tr("optional, e.g. RL-123456"))
        self.number_error = self._error()
        form.addRow(
            self._label(self.tr("Register n&umber"), self.number_edit), self._stack(self.number_edit, self.number_error)
        )
        self.start_edit = DateEdit(self)
        self.start_edit.setObjectName("welcome_cycle_start")
        self.start_edit.setDate(to_qdate(default_cycle_start(dt.date.today())))
        hint = QLabel(self.tr("Your registration cycle lasts four years; the date is on your registration."), self)
        set_role(hint, "muted")
        hint.setWordWrap(True)
        form.addRow(self._label(self.tr("Cycle &started on"), self.start_edit), self._stack(self.start_edit, hint))
        self.ruleset_combo = QComboBox(self)
        self.ruleset_combo.setObjectName("welcome_ruleset")
        for rid in builtin_ruleset_ids():
            self.ruleset_combo.addItem(load_ruleset(rid).name(self.lang), rid)
        self.ruleset_combo.setCurrentIndex(max(0, self.ruleset_combo.findData("registerleraar")))
        form.addRow(self._label(self.tr("&Rules"), self.ruleset_combo), self.ruleset_combo)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumSize(620, 380)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _error(self) -> QLabel:
        label = QLabel(self)
        set_role(label, "error")
        label.setWordWrap(True)
        label.hide()
        return label

    def _stack(self, widget: QWidget, below: QLabel) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        lay.addWidget(below)
        return box

    def answers(self) -> WelcomeAnswers:
        profile = vocab.Profile(
            name=self.name_edit.text().strip(),
            register_number=self.number_edit.text().strip(),
            register=self._profile.register,
            sectors=tuple(s for s, c in self.sector_checks.items() if c.isChecked()),
            email=self._profile.email,
        )
        return WelcomeAnswers(profile, from_qdate(self.start_edit.date()), str(self.ruleset_combo.currentData()))

    def accept(self) -> None:
        answers = self.answers()
        issues = {i.field: i.message(self.lang) for i in answers.profile.validate()}
        if not answers.profile.sectors:
            issues["sectors"] = self.tr("Choose at least one sector: the rules differ per sector.")
        for field, label, widget in (
            ("name", self.name_error, self.name_edit),
            ("register_number", self.number_error, self.number_edit),
            ("sectors", self.sector_error, None),
        ):
            label.setText(issues.get(field, ""))
            label.setVisible(field in issues)
            if widget is not None:
                mark_invalid(widget, field in issues)
        if issues:
            if "name" in issues:
                self.name_edit.setFocus()
            return
        super().accept()

"""The form for one activity, with each validation problem shown at its field in plain words."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.views.style import mark_invalid, set_role
from sync import portfolio as vocab


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class HoursSpinBox(QDoubleSpinBox):
    """Hours with two decimals, in the window's locale (12,5 in Dutch)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(0, 9999)
        self.setSingleStep(0.5)
        self.setLocale(QLocale())
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaximumWidth(110)


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(to_qdate(vocab.EARLIEST_DATE))
        self.setMaximumDate(to_qdate(vocab.LATEST_DATE))
        self.setMaximumWidth(160)


class ActivityEditor(QWidget):
    """Edits an activity or a new one; the window decides when to save.

    Signals:
        changed(): any field changed (the draft, its problems or its dirtiness may differ).
    """

    changed = Signal()

    def __init__(self, lang: str = "nl", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self._original: vocab.Activity | None = None
        self._baseline: vocab.Activity | None = None
        self._is_new = False
        self._loading = False
        self._touched: set[str] = set()
        self._show_all = False
        self._errors: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self._build()
        self.setEnabled(False)

    # ------------------------------------------------------------------ building

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(self)
        set_role(label, "error")
        label.setWordWrap(True)
        label.hide()
        label.setObjectName(f"error_{key}")
        self._errors[key] = label
        return label

    def _with_error(self, key: str, widget: QWidget, extra: QWidget | None = None) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        if extra is not None:
            lay.addWidget(extra)
        else:
            lay.addWidget(widget)
        lay.addWidget(self._error_label(key))
        self._inputs[key] = widget
        return box

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("e.g. Course on formative assessment"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        form.addRow(self._label(self.tr("&Title"), self.title_edit), self._with_error("title", self.title_edit))

        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("type")
        for t in vocab.ActivityType:
            self.type_combo.addItem(t.label(self.lang), t.value)
        self.type_combo.setAccessibleName(self.tr("Type of activity"))
        for combo in (self.type_combo,):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status")
        self.status_combo.addItem(self.tr("Completed"), vocab.ActivityStatus.COMPLETED.value)
        self.status_combo.addItem(self.tr("Planned (does not count yet)"), vocab.ActivityStatus.PLANNED.value)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(8)
        row = QHBoxLayout()
        row.addWidget(self.type_combo, 2)
        row.addWidget(self.status_combo, 1)
        type_box = QWidget(self)
        type_box.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._label(self.tr("T&ype"), self.type_combo), type_box)

        self.start_edit = DateEdit(self)
        self.start_edit.setObjectName("start")
        self.start_edit.setAccessibleName(self.tr("Start date"))
        self.end_check = QCheckBox(self.tr("until"), self)
        self.end_check.setObjectName("has_end")
        self.end_check.setToolTip(self.tr("For an activity of more than one day"))
        self.end_edit = DateEdit(self)
        self.end_edit.setObjectName("end")
        self.end_edit.setAccessibleName(self.tr("End date"))
        self.end_edit.setEnabled(False)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.start_edit)
        dates.addWidget(self.end_check)
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        dates_box = QWidget(self)
        dates_box.setLayout(dates)
        date_errors = QWidget(self)
        dl = QVBoxLayout(date_errors)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.setSpacing(2)
        dl.addWidget(dates_box)
        dl.addWidget(self._error_label("start"))
        dl.addWidget(self._error_label("end"))
        self._inputs["start"] = self.start_edit
        self._inputs["end"] = self.end_edit
        form.addRow(self._label(self.tr("&Date"), self.start_edit), date_errors)

        self.contact_spin = HoursSpinBox(self)
        self.contact_spin.setObjectName("contact_hours")
        self.contact_spin.setAccessibleName(self.tr("Contact hours"))
        self.self_study_spin = HoursSpinBox(self)
        self.self_study_spin.setObjectName("self_study_hours")
        self.self_study_spin.setAccessibleName(self.tr("Self-study hours"))
        self.ru_label = QLabel(self)
        self.ru_label.setObjectName("ru_total")
        hours = QHBoxLayout()
        hours.setContentsMargins(0, 0, 0, 0)
        hours.addWidget(self.contact_spin)
        self_study_label = QLabel(self.tr("+ self-study"), self)
        self_study_label.setBuddy(self.self_study_spin)
        hours.addWidget(self_study_label)
        hours.addWidget(self.self_study_spin)
        hours.addWidget(self.ru_label)
        hours.addStretch(1)
        hours_box = QWidget(self)
        hours_box.setLayout(hours)
        hours_errors = QWidget(self)
        hl = QVBoxLayout(hours_errors)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.setSpacing(2)
        hl.addWidget(hours_box)
        hl.addWidget(self._error_label("contact_hours"))
        hl.addWidget(self._error_label("self_study_hours"))
        self._inputs["contact_hours"] = self.contact_spin
        self._inputs["self_study_hours"] = self.self_study_spin
        form.addRow(self._label(self.tr("&Contact hours"), self.contact_spin), hours_errors)

        domains_box = QWidget(self)
        grid = QGridLayout(domains_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.domain_checks: dict[vocab.Domain, QCheckBox] = {}
        for i, d in enumerate(vocab.Domain):
            check = QCheckBox(d.label(self.lang), domains_box)
            check.setObjectName(f"domain_{d.value}")
            self.domain_checks[d] = check
            grid.addWidget(check, i // 2, i % 2)
        self.sbl_group = QGroupBox(self.tr("SBL competences (before 2017)"), self)
        sbl_layout = QVBoxLayout(self.sbl_group)
        self.sbl_checks: dict[vocab.SblCompetence, QCheckBox] = {}
        for c in vocab.SblCompetence:
            check = QCheckBox(c.label(self.lang), self.sbl_group)
            self.sbl_checks[c] = check
            sbl_layout.addWidget(check)
        self.sbl_group.hide()
        dom_errors = QWidget(self)
        dml = QVBoxLayout(dom_errors)
        dml.setContentsMargins(0, 0, 0, 0)
        dml.setSpacing(2)
        dml.addWidget(domains_box)
        dml.addWidget(self.sbl_group)
        dml.addWidget(self._error_label("domains"))
        self._inputs["domains"] = domains_box
        domains_label = QLabel(self.tr("Domains"), self)
        domains_label.setToolTip(self.tr("Bekwaamheidsdomeinen: what the activity is about"))
        form.addRow(domains_label, dom_errors)

        self.provider_edit = QLineEdit(self)
        self.provider_edit.setObjectName("provider")
        self.provider_edit.setPlaceholderText(self.tr("School, university, organisation"))
        self.provider_edit.setAccessibleName(self.tr("Provider"))
        form.addRow(
            self._label(self.tr("&Provider"), self.provider_edit), self._with_error("provider", self.provider_edit)
        )

        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setObjectName("content")
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setPlaceholderText(self.tr("What was it about, and how was it set up?"))
        self.content_edit.setAccessibleName(self.tr("Content and set-up"))
        self.content_edit.setMinimumHeight(70)
        form.addRow(self._label(self.tr("Co&ntent"), self.content_edit), self._with_error("content", self.content_edit))

        self.contribution_edit = QPlainTextEdit(self)
        self.contribution_edit.setObjectName("contribution")
        self.contribution_edit.setTabChangesFocus(True)
        self.contribution_edit.setPlaceholderText(self.tr("What does it add to your work as a teacher?"))
        self.contribution_edit.setAccessibleName(self.tr("Contribution to your professional development"))
        self.contribution_edit.setMinimumHeight(70)
        form.addRow(
            self._label(self.tr("Contri&bution"), self.contribution_edit),
            self._with_error("contribution", self.contribution_edit),
        )

        self.validated_check = QCheckBox(self.tr("Validated activity, code:"), self)
        self.validated_check.setObjectName("validated")
        self.validated_edit = QLineEdit(self)
        self.validated_edit.setObjectName("validated_code")
        self.validated_edit.setAccessibleName(self.tr("Code of the validated activity"))
        self.validated_edit.setEnabled(False)
        val = QHBoxLayout()
        val.setContentsMargins(0, 0, 0, 0)
        val.addWidget(self.validated_check)
        val.addWidget(self.validated_edit, 1)
        val_box = QWidget(self)
        val_box.setLayout(val)
        form.addRow(QLabel(self.tr("Register"), self), self._with_error("validated_code", self.validated_edit, val_box))

        self.origin_label = QLabel(self)
        set_role(self.origin_label, "muted")
        form.addRow(QLabel(self.tr("Origin"), self), self.origin_label)

        for w in (self.title_edit, self.provider_edit, self.validated_edit):
            w.textEdited.connect(self._on_edited)
        for w in (self.content_edit, self.contribution_edit):
            w.textChanged.connect(self._on_edited)
        for c in (self.type_combo, self.status_combo):
            c.currentIndexChanged.connect(self._on_edited)
        for d in (self.start_edit, self.end_edit):
            d.dateChanged.connect(self._on_edited)
        for s in (self.contact_spin, self.self_study_spin):
            s.valueChanged.connect(self._on_edited)
        for check in [*self.domain_checks.values(), *self.sbl_checks.values()]:
            check.toggled.connect(self._on_edited)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.end_check.toggled.connect(self._on_edited)
        self.validated_check.toggled.connect(self.validated_edit.setEnabled)
        self.validated_check.toggled.connect(self._on_edited)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # ------------------------------------------------------------------ state

    @property
    def is_new(self) -> bool:
        return self._is_new

    @property
    def original(self) -> vocab.Activity | None:
        """The stored activity being edited (None for a new one)."""
        return self._original

    def load(self, activity: vocab.Activity | None) -> None:
        """Show a stored activity, or (None) a fresh one with sensible defaults."""
        self._is_new = activity is None
        if activity is None:
            activity = vocab.Activity(
                title="", type=vocab.ActivityType.CURSUS, start=dt.date.today(), contact_hours=0.0
            )
        self._original = None if self._is_new else activity
        self._loading = True
        try:
            self.title_edit.setText(activity.title)
            self.type_combo.setCurrentIndex(self.type_combo.findData(activity.type.value))
            self.status_combo.setCurrentIndex(self.status_combo.findData(activity.status.value))
            self.start_edit.setDate(to_qdate(activity.start))
            self.end_check.setChecked(activity.end is not None)
            self.end_edit.setDate(to_qdate(activity.end or activity.start))
            self.contact_spin.setValue(activity.contact_hours)
            self.self_study_spin.setValue(activity.self_study_hours)
            for d, check in self.domain_checks.items():
                check.setChecked(d in activity.domains)
            for c, check in self.sbl_checks.items():
                check.setChecked(c in activity.sbl_competences)
            self.sbl_group.setVisible(bool(activity.sbl_competences))
            self.provider_edit.setText(activity.provider)
            self.content_edit.setPlainText(activity.content)
            self.contribution_edit.setPlainText(activity.contribution)
            self.validated_check.setChecked(activity.validated_code is not None)
            self.validated_edit.setText(activity.validated_code or "")
            self.origin_label.setText(activity.origin.label(self.lang))
        finally:
            self._loading = False
        self._baseline = self._read()
        self._touched.clear()
        self._show_all = False
        self.setEnabled(True)
        self._refresh()

    def clear(self) -> None:
        self._original = self._baseline = None
        self._is_new = False
        self.setEnabled(False)

    def _read(self) -> vocab.Activity:
        base = self._original
        checked = [d for d, c in self.domain_checks.items() if c.isChecked()]
        domains = tuple(checked)
        if base is not None and set(base.domains) == set(checked):
            domains = base.domains  # keep the teacher's order
        sbl = tuple(c for c, ch in self.sbl_checks.items() if ch.isChecked())
        if base is not None and set(base.sbl_competences) == set(sbl):
            sbl = base.sbl_competences
        code = self.validated_edit.text().strip() if self.validated_check.isChecked() else None
        fields = dict(
            title=self.title_edit.text().strip(),
            type=vocab.ActivityType(self.type_combo.currentData()),
            status=vocab.ActivityStatus(self.status_combo.currentData()),
            start=from_qdate(self.start_edit.date()),
            end=from_qdate(self.end_edit.date()) if self.end_check.isChecked() else None,
            contact_hours=round(self.contact_spin.value(), 2),
            self_study_hours=round(self.self_study_spin.value(), 2),
            domains=domains,
            sbl_competences=sbl,
            provider=self.provider_edit.text().strip(),
            content=self.content_edit.toPlainText(),
            contribution=self.contribution_edit.toPlainText(),
            validated_code=code,
        )
        if base is not None:
            return dataclasses.replace(base, **fields)
        if self._baseline is not None:
            return dataclasses.replace(self._baseline, **fields)
        return vocab.Activity(**fields)  # type: ignore[arg-type]

    def draft(self) -> vocab.Activity:
        return self._read()

    def issues(self) -> list[vocab.ValidationIssue]:
        return self._read().validate()

    def is_dirty(self) -> bool:
        return self.isEnabled() and self._baseline is not None and self._read() != self._baseline

    def show_all_issues(self) -> None:
        self._show_all = True
        self._refresh()

    def mark_saved(self, activity: vocab.Activity) -> None:
        """The draft was handed to the writer: it is the new baseline (no longer dirty)."""
        self._is_new = False
        self._original = activity
        self._baseline = activity
        self._refresh()

    def first_invalid_widget(self) -> QWidget | None:
        for issue in self.issues():
            widget = self._inputs.get(issue.field)
            if widget is not None:
                return widget
        return None

    # ------------------------------------------------------------------ reacting

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        sender = self.sender()
        name = sender.objectName() if sender is not None else ""
        if name.startswith("domain_"):
            name = "domains"
        if name == "has_end":
            name = "end"
        if name == "validated":
            name = "validated_code"
        self._touched.add(name)
        if name in ("contact_hours", "self_study_hours"):
            self._touched.update(("contact_hours", "self_study_hours"))
        if not self._is_new:
            self._show_all = True  # a stored activity was valid: every new problem is the edit's
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        draft = self._read()
        self.ru_label.setText(self.tr("= %1 RU").replace("%1", QLocale().toString(draft.ru, "g", 6)))
        problems: dict[str, list[str]] = {}
        for issue in draft.validate():
            problems.setdefault(issue.field, []).append(issue.message(self.lang))
        for key, label in self._errors.items():
            shown = key in problems and (self._show_all or key in self._touched)
            label.setText(" ".join(problems.get(key, [])) if shown else "")
            label.setVisible(shown)
            widget = self._inputs.get(key)
            if widget is not None:
                mark_invalid(widget, shown)
                widget.setAccessibleDescription(label.text())

"""Small forms for dossier records (school, qualification, work period), validated at the field."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.views.activity_editor import DateEdit, HoursSpinBox, from_qdate, to_qdate
from desktop.views.style import mark_invalid, set_role
from sync import portfolio as vocab


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str  # text | date | optional_date | hours | sector
    placeholder: str = ""


class RecordDialog(QDialog):
    """Edits one record; OK is refused (problems shown at the fields) until the record is valid."""

    def __init__(
        self, title: str, record: vocab.Record, fields: list[FieldSpec], lang: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.record = record
        self.lang = lang
        self.fields = fields
        self._getters: dict[str, Callable[[], Any]] = {}
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        lay = QVBoxLayout(self)
        form = QFormLayout()
        lay.addLayout(form)
        for spec in fields:
            widget, getter = self._make(spec, getattr(record, spec.key))
            self._getters[spec.key] = getter
            self._widgets[spec.key] = widget
            label = QLabel(spec.label, self)
            label.setBuddy(widget)
            err = QLabel(self)
            set_role(err, "error")
            err.setWordWrap(True)
            err.hide()
            self._errors[spec.key] = err
            box = QWidget(self)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.setSpacing(2)
            bl.addWidget(widget)
            bl.addWidget(err)
            form.addRow(label, box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumSize(440, 160)

    def _make(self, spec: FieldSpec, value: Any) -> tuple[QWidget, Callable[[], Any]]:
        if spec.kind == "text":
            edit = QLineEdit(str(value or ""), self)
            edit.setObjectName(spec.key)
            edit.setPlaceholderText(spec.placeholder)
            edit.setAccessibleName(spec.label.replace("&", ""))
            return edit, lambda: edit.text().strip()
        if spec.kind == "hours":
            spin = HoursSpinBox(self)
            spin.setObjectName(spec.key)
            spin.setRange(0, 99999)
            spin.setValue(float(value or 0))
            spin.setAccessibleName(spec.label.replace("&", ""))
            return spin, lambda: round(spin.value(), 2)
        if spec.kind == "sector":
            combo = QComboBox(self)
            combo.setObjectName(spec.key)
            for s in vocab.Sector:
                combo.addItem(s.label(self.lang), s.value)
            combo.setCurrentIndex(max(0, combo.findData(getattr(value, "value", value))))
            return combo, lambda: vocab.Sector(combo.currentData())
        date = DateEdit(self)
        date.setObjectName(spec.key)
        date.setAccessibleName(spec.label.replace("&", ""))
        if spec.kind == "date":
            date.setDate(to_qdate(value or dt.date.today()))
            return date, lambda: from_qdate(date.date())
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        check = QCheckBox(self.tr("known"), box)
        check.setObjectName(spec.key + "_known")
        check.setChecked(value is not None)
        date.setDate(to_qdate(value or dt.date.today()))
        date.setEnabled(value is not None)
        check.toggled.connect(date.setEnabled)
        row.addWidget(check)
        row.addWidget(date)
        row.addStretch(1)
        return box, lambda: from_qdate(date.date()) if check.isChecked() else None

    def result_record(self) -> vocab.Record:
        return dataclasses.replace(self.record, **{k: g() for k, g in self._getters.items()})  # type: ignore[type-var]

    def accept(self) -> None:
        issues = self.result_record().validate()
        problems: dict[str, list[str]] = {}
        for issue in issues:
            key = issue.field if issue.field in self._errors else self.fields[0].key
            problems.setdefault(key, []).append(issue.message(self.lang))
        for key, label in self._errors.items():
            label.setText(" ".join(problems.get(key, [])))
            label.setVisible(key in problems)
            mark_invalid(self._widgets[key], key in problems)
        if not issues:
            super().accept()
        else:
            first = next(k for k in self._errors if k in problems)
            self._widgets[first].setFocus()


def school_fields() -> list[FieldSpec]:
    return [
        FieldSpec(
            "name",
            QCoreApplication.translate("RecordDialog", "&Name"),
            "text",
            QCoreApplication.translate("RecordDialog", "e.g. Stedelijk Gymnasium"),
        ),
        FieldSpec("place", QCoreApplication.translate("RecordDialog", "&Place"), "text"),
        FieldSpec(
            "brin",
            QCoreApplication.translate("RecordDialog", "&BRIN"),
            "text",
            QCoreApplication.translate("RecordDialog", "four characters, e.g. 12AB"),
        ),
    ]


def qualification_fields() -> list[FieldSpec]:
    return [
        FieldSpec("sector", QCoreApplication.translate("RecordDialog", "S&ector"), "sector"),
        FieldSpec(
            "subject",
            QCoreApplication.translate("RecordDialog", "&Subject"),
            "text",
            QCoreApplication.translate("RecordDialog", "e.g. mathematics"),
        ),
        FieldSpec(
            "degree",
            QCoreApplication.translate("RecordDialog", "&Degree"),
            "text",
            QCoreApplication.translate("RecordDialog", "e.g. eerstegraads, tweedegraads, pabo"),
        ),
        FieldSpec("obtained_on", QCoreApplication.translate("RecordDialog", "&Obtained on"), "optional_date"),
    ]


def work_period_fields() -> list[FieldSpec]:
    return [
        FieldSpec("school", QCoreApplication.translate("RecordDialog", "&School"), "text"),
        FieldSpec("start", QCoreApplication.translate("RecordDialog", "&From"), "date"),
        FieldSpec("end", QCoreApplication.translate("RecordDialog", "&Until"), "optional_date"),
        FieldSpec("hours", QCoreApplication.translate("RecordDialog", "&Teaching hours in this period"), "hours"),
    ]

"""Settings: language and the rest; a setting the school's policy locks is shown but cannot be changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.views.style import mark_invalid, set_role

#: The order in which settings are shown; keys the settings module does not know are skipped.
SHOWN_KEYS = (
    "language",
    "max_evidence_mb",
    "update_checks",
    "server_url",
    "proxy",
    "ca_bundle",
    "sync_interval_minutes",
    "data_dir",
)
READ_ONLY_KEYS = frozenset({"data_dir"})  # chosen by --data-dir, the environment or the policy


class SettingsDialog(QDialog):
    """Signals:
    language_changed(str): the teacher chose another language and saved it ("nl" or "en").
    """

    language_changed = Signal(str)

    def __init__(self, settings: Any, lang: str = "nl", parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.lang = lang
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")
        self._getters: dict[str, Any] = {}
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        lay = QVBoxLayout(self)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("policy_problems")
        self.problems_label.setWordWrap(True)
        set_role(self.problems_label, "error")
        self.problems_label.hide()
        lay.addWidget(self.problems_label)
        form = QFormLayout()
        lay.addLayout(form)
        if settings is None:
            self._add_row(form, "language", lang, locked=False)
            note = QLabel(self.tr("Other settings are not available in this version."), self)
            set_role(note, "muted")
            lay.addWidget(note)
        else:
            self._show_policy_problems()
            known = {s.key: s for s in settings.all()}
            for key in SHOWN_KEYS:
                if key in known:
                    setting = known[key]
                    self._add_row(form, key, setting.value, locked=bool(setting.locked) or key in READ_ONLY_KEYS)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumSize(560, 300)

    # ------------------------------------------------------------------ building

    def _label_for(self, key: str) -> str:
        own = {
            "language": self.tr("&Language"),
            "max_evidence_mb": self.tr("Largest evidence file (MB)"),
            "update_checks": self.tr("Check for updates"),
            "server_url": self.tr("Register server"),
            "proxy": self.tr("Proxy"),
            "ca_bundle": self.tr("Certificate authority (file)"),
            "sync_interval_minutes": self.tr("Sync every (minutes)"),
            "data_dir": self.tr("Portfolio folder"),
        }
        return own.get(key, key)

    def _locked_text(self) -> str:
        try:
            from desktop import settings as settings_module

            text = settings_module.locked_text()
            if text:
                return str(text)
        except Exception:  # the settings module's own text when it has one; ours otherwise
            pass
        return self.tr("set by your school")

    def _add_row(self, form: QFormLayout, key: str, value: Any, locked: bool) -> None:
        widget, getter = self._make(key, value)
        widget.setObjectName(f"setting_{key}")
        widget.setEnabled(not locked)
        label = QLabel(self._label_for(key), self)
        label.setBuddy(widget)
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(widget)
        if locked and key not in READ_ONLY_KEYS:
            note = QLabel(self._locked_text(), self)
            note.setObjectName(f"locked_{key}")
            set_role(note, "muted")
            col.addWidget(note)
            widget.setToolTip(self._locked_text())
            widget.setAccessibleDescription(self._locked_text())
        error = QLabel(self)
        set_role(error, "error")
        error.setWordWrap(True)
        error.hide()
        col.addWidget(error)
        form.addRow(label, box)
        self._widgets[key] = widget
        self._errors[key] = error
        if not locked:
            self._getters[key] = getter

    def _make(self, key: str, value: Any) -> tuple[QWidget, Any]:
        if key == "language":
            combo = QComboBox(self)
            combo.addItem("Nederlands", "nl")
            combo.addItem("English", "en")
            combo.setCurrentIndex(max(0, combo.findData(value or "nl")))
            return combo, combo.currentData
        if key == "update_checks":
            check = QCheckBox(self)
            check.setChecked(bool(value))
            return check, check.isChecked
        if key in ("max_evidence_mb", "sync_interval_minutes"):
            spin = QSpinBox(self)
            spin.setRange(0, 10 * 1024 if key == "max_evidence_mb" else 24 * 60)
            spin.setValue(int(value or 0))
            return spin, spin.value
        edit = QLineEdit("" if value is None else str(value), self)
        if key == "ca_bundle":
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit, 1)
            browse = QPushButton(self.tr("Choose…"), box)
            browse.clicked.connect(lambda: self._browse(edit))
            row.addWidget(browse)
            return box, lambda: edit.text().strip() or None
        return edit, lambda: edit.text().strip() or None

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority"), "", self.tr("Certificates (*.pem *.crt);;All files (*)")
        )
        if path:
            edit.setText(path)

    def _show_policy_problems(self) -> None:
        try:
            problems = self.settings.policy.problems
        except Exception:
            return
        if not problems:
            return
        lines = [p.message(self.lang) for p in problems]
        self.problems_label.setText(
            self.tr("The school's settings file has problems; those settings are ignored:") + "\n" + "\n".join(lines)
        )
        self.problems_label.show()

    # ------------------------------------------------------------------ saving

    def values(self) -> dict[str, Any]:
        return {key: getter() for key, getter in self._getters.items()}

    def accept(self) -> None:
        changed_language: str | None = None
        failed = False
        for key, value in self.values().items():
            current = self.settings.get(key) if self.settings is not None else self.lang
            error = self._errors[key]
            if value == current:
                continue
            try:
                if self.settings is not None:
                    self.settings.set(key, value)
            except Exception as exc:  # ValueError with a message for a bad value; SettingLocked
                message = exc.message(self.lang) if hasattr(exc, "message") else str(exc)
                error.setText(message)
                error.show()
                mark_invalid(self._widgets[key], True)
                failed = True
                continue
            error.hide()
            mark_invalid(self._widgets[key], False)
            if key == "language":
                changed_language = str(value)
        if failed:
            return
        super().accept()
        if changed_language:
            self.language_changed.emit(changed_language)

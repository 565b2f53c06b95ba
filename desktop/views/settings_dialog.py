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
    """Values are checked here; saving runs on the task manager's writer (the file is fsynced), so the
    window never waits on the disk; the dialog closes once it is saved.

    Signals:
    language_changed(str): the teacher chose another language and saved it ("nl" or "en").
    """

    language_changed = Signal(str)

    def __init__(self, settings: Any, lang: str = "nl", parent: QWidget | None = None, tasks: Any = None):
        super().__init__(parent)
        self.settings = settings
        self.lang = lang
        self.tasks = tasks  # a desktop.tasks.TaskManager; needed when there are settings to save
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
        self.save_error = QLabel(self)  # the disk refused to save: said here, the dialog stays open
        self.save_error.setObjectName("save_error")
        self.save_error.setWordWrap(True)
        set_role(self.save_error, "error")
        self.save_error.hide()
        lay.addWidget(self.save_error)
        lay.addWidget(buttons)
        self.buttons = buttons
        self.saving = False
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
        try:
            from desktop import settings as settings_module

            widget.setToolTip(str(settings_module.description(key)))
        except Exception:  # no description for this key: no tooltip
            pass
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
            if key == "max_evidence_mb":
                spin.setRange(1, 10 * 1024)
            else:
                spin.setRange(0, 24 * 60)
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
        try:
            from desktop.settings import policy_problems_text

            text = policy_problems_text(self.settings.policy, self.lang)
        except ImportError:
            lines = [p.message(self.lang) for p in problems]
            head = self.tr("The school's settings file has problems; those settings are ignored:")
            text = head + "\n" + "\n".join(lines)
        self.problems_label.setText(text)
        self.problems_label.show()

    # ------------------------------------------------------------------ saving

    def values(self) -> dict[str, Any]:
        return {key: getter() for key, getter in self._getters.items()}

    def accept(self) -> None:
        if self.saving:
            return
        changes: dict[str, Any] = {}
        failed = False
        for key, value in self.values().items():
            current = self.settings.get(key) if self.settings is not None else self.lang
            error = self._errors[key]
            if value == current:
                continue
            try:
                if self.settings is not None:
                    self._check(key, value)
            except Exception as exc:  # ValueError with a message for a bad value; SettingLocked
                self._show_error(key, exc)
                failed = True
                continue
            error.hide()
            mark_invalid(self._widgets[key], False)
            changes[key] = value
        if failed:
            return
        if self.settings is None or not changes:
            self._saved(changes)
            return
        # The write (read, merge, fsync, rename) on the writer: the GUI thread never waits on the disk.
        if self.tasks is None:
            raise RuntimeError("SettingsDialog needs tasks= (a TaskManager) to save settings")
        self.saving = True
        self.save_error.hide()
        self.buttons.setEnabled(False)
        settings = self.settings

        def write(_control: object) -> None:
            for key, value in changes.items():
                settings.set(key, value)

        self.tasks.write("save-settings", write, on_success=lambda _r: self._saved(changes),
                         on_failure=self._save_failed)

    def _check(self, key: str, value: Any) -> None:
        """What set() would refuse, found before anything is written (no disk involved)."""
        from desktop import settings as settings_module

        if self.settings.is_locked(key):
            raise settings_module.SettingLocked(key)
        if value is not None:
            settings_module.validate(key, value)

    def _show_error(self, key: str, exc: BaseException) -> None:
        message = exc.message(self.lang) if hasattr(exc, "message") else str(exc)
        self._errors[key].setText(message)
        self._errors[key].show()
        mark_invalid(self._widgets[key], True)

    def _saved(self, changes: dict[str, Any]) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        super().accept()
        if "language" in changes:
            self.language_changed.emit(str(changes["language"]))

    def _save_failed(self, error: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        from desktop.settings import SettingValueError

        key = getattr(error, "key", None)
        if isinstance(error, SettingValueError) and key in self._errors:
            self._show_error(key, error)
            return
        from desktop.views.portfolio_actions import error_message

        self.save_error.setText(error_message(error, self.lang))
        self.save_error.show()

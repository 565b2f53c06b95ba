"""The registration dossier: profile, schools, bevoegdheden with their diplomas, work experience and its hours."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.qtmodels.activity_table_model import format_date, format_hours
from desktop.tasks import TaskManager
from desktop.views.evidence_panel import safe_filename
from desktop.views.portfolio_actions import PortfolioActions, error_message
from desktop.views.progress_widgets import RequirementBar, fmt
from desktop.views.record_dialogs import RecordDialog, qualification_fields, school_fields, work_period_fields
from desktop.views.style import mark_invalid, set_role
from sync import portfolio as vocab
from sync.rules import Progress

if TYPE_CHECKING:
    from desktop.services import Services


@dataclass(frozen=True)
class DossierData:
    profile: vocab.Profile | None
    schools: list[vocab.School]
    qualifications: list[vocab.Qualification]
    diplomas: dict[str, vocab.Evidence]
    work: list[vocab.WorkPeriod]
    progress: Progress | None


class RecordTable(QWidget):
    """A table of records with Add, Edit and Remove; double-click or Enter edits."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(240)
        lay.addWidget(self.table)
        self.buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for b, suffix in ((self.add_button, "add"), (self.edit_button, "edit"), (self.remove_button, "remove")):
            b.setObjectName(f"{name}_{suffix}")
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        lay.addLayout(self.buttons)
        self.records: list[vocab.Record] = []
        self.table.itemSelectionChanged.connect(self._update)
        self._update()

    def set_rows(self, records: list[vocab.Record], cells: Callable[[vocab.Record], list[str]]) -> None:
        current = self.selected()
        self.records = list(records)
        self.table.setRowCount(len(records))
        for r, record in enumerate(records):
            for c, text in enumerate(cells(record)):
                self.table.setItem(r, c, QTableWidgetItem(text))
            if current is not None and record.id == current.id:  # type: ignore[attr-defined]
                self.table.selectRow(r)
        self._update()

    def selected(self) -> vocab.Record | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()]

    def _update(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)


class DossierPage(QWidget):
    """Signals:
    loaded(): the dossier was (re)read and shown.
    status_message(str): a short message for the status bar.
    """

    loaded = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        actions: PortfolioActions,
        open_dir: Path,
        lang: str = "nl",
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.tasks, self.portfolio_actions, self.lang = services, tasks, actions, lang
        self.open_dir, self.open_url = open_dir, open_url
        self.data: DossierData | None = None
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
        heading = QLabel(self.tr("Registration dossier"), body)
        set_role(heading, "heading")
        lay.addWidget(heading)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        lay.addLayout(columns)
        lay.addStretch(1)

        # Profile
        profile_box = QGroupBox(self.tr("Profile"), body)
        form = QFormLayout(profile_box)
        self.name_edit = QLineEdit(profile_box)
        self.name_edit.setObjectName("profile_name")
        self.name_error = QLabel(profile_box)
        set_role(self.name_error, "error")
        self.name_error.hide()
        name_box = QWidget(profile_box)
        nl = QVBoxLayout(name_box)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.name_edit)
        nl.addWidget(self.name_error)
        self.number_edit = QLineEdit(profile_box)
        self.number_edit.setObjectName("profile_register_number")
        self.number_edit.setPlaceholderText(self.tr("optional, e.g. RL-123456"))
        self.number_error = QLabel(profile_box)
        set_role(self.number_error, "error")
        self.number_error.hide()
        number_box = QWidget(profile_box)
        nbl = QVBoxLayout(number_box)
        nbl.setContentsMargins(0, 0, 0, 0)
        nbl.addWidget(self.number_edit)
        nbl.addWidget(self.number_error)
        self.register_combo = QComboBox(profile_box)
        self.register_combo.setObjectName("profile_register")
        for reg in vocab.Register:
            self.register_combo.addItem(reg.label(self.lang), reg.value)
        sectors_box = QWidget(profile_box)
        sl = QHBoxLayout(sectors_box)
        sl.setContentsMargins(0, 0, 0, 0)
        self.sector_checks: dict[vocab.Sector, QCheckBox] = {}
        for sector in vocab.Sector:
            check = QCheckBox(sector.value.upper(), sectors_box)
            check.setToolTip(sector.label(self.lang))
            check.setAccessibleName(sector.label(self.lang))
            check.setObjectName(f"profile_sector_{sector.value}")
            self.sector_checks[sector] = check
            sl.addWidget(check)
        sl.addStretch(1)
        self.email_edit = QLineEdit(profile_box)
        self.email_edit.setObjectName("profile_email")
        self.profile_save = QPushButton(self.tr("Save &profile"), profile_box)
        self.profile_save.setObjectName("profile_save")
        self.profile_save.clicked.connect(self.save_profile)
        for text, widget, buddy in (
            (self.tr("&Name"), name_box, self.name_edit),
            (self.tr("Register &number"), number_box, self.number_edit),
            (self.tr("Re&gister"), self.register_combo, self.register_combo),
            (self.tr("Sectors"), sectors_box, None),
            (self.tr("E-&mail"), self.email_edit, self.email_edit),
        ):
            label = QLabel(text, profile_box)
            if buddy is not None:
                label.setBuddy(buddy)
            form.addRow(label, widget)
        form.addRow("", self.profile_save)
        left.addWidget(profile_box)

        schools_box = QGroupBox(self.tr("Schools"), body)
        sbl = QVBoxLayout(schools_box)
        self.schools = RecordTable([self.tr("School"), self.tr("Place"), self.tr("BRIN")], "schools", schools_box)
        sbl.addWidget(self.schools)
        left.addWidget(schools_box)
        left.addStretch(1)

        quals_box = QGroupBox(self.tr("Qualifications (bevoegdheden)"), body)
        ql = QVBoxLayout(quals_box)
        self.quals = RecordTable(
            [self.tr("Sector"), self.tr("Subject"), self.tr("Degree"), self.tr("Obtained"), self.tr("Diploma")],
            "qualifications",
            quals_box,
        )
        self.diploma_button = QPushButton(self.tr("Add &diploma…"), quals_box)
        self.diploma_button.setObjectName("attach_diploma")
        self.diploma_open = QPushButton(self.tr("Open diploma"), quals_box)
        self.diploma_open.setObjectName("open_diploma")
        self.quals.buttons.insertWidget(3, self.diploma_button)
        self.quals.buttons.insertWidget(4, self.diploma_open)
        ql.addWidget(self.quals)
        right.addWidget(quals_box)

        work_box = QGroupBox(self.tr("Work experience"), body)
        wl = QVBoxLayout(work_box)
        self.work = RecordTable(
            [self.tr("School"), self.tr("From"), self.tr("Until"), self.tr("Teaching hours")], "work", work_box
        )
        wl.addWidget(self.work)
        self.work_bar = RequirementBar(work_box)
        self.work_bar.setObjectName("work_hours_bar")
        wl.addWidget(self.work_bar)
        right.addWidget(work_box)
        right.addStretch(1)

        self.schools.add_button.clicked.connect(lambda: self._edit_record(self.schools, None))
        self.schools.edit_button.clicked.connect(lambda: self._edit_record(self.schools, self.schools.selected()))
        self.schools.remove_button.clicked.connect(lambda: self._remove(self.schools, "school"))
        self.schools.table.itemActivated.connect(lambda _i: self._edit_record(self.schools, self.schools.selected()))
        self.quals.add_button.clicked.connect(lambda: self._edit_record(self.quals, None))
        self.quals.edit_button.clicked.connect(lambda: self._edit_record(self.quals, self.quals.selected()))
        self.quals.remove_button.clicked.connect(lambda: self._remove(self.quals, "qualification"))
        self.quals.table.itemActivated.connect(lambda _i: self._edit_record(self.quals, self.quals.selected()))
        self.quals.table.itemSelectionChanged.connect(self._update_diploma_buttons)
        self.diploma_button.clicked.connect(self.pick_diploma)
        self.diploma_open.clicked.connect(self.open_diploma)
        self.work.add_button.clicked.connect(lambda: self._edit_record(self.work, None))
        self.work.edit_button.clicked.connect(lambda: self._edit_record(self.work, self.work.selected()))
        self.work.remove_button.clicked.connect(lambda: self._remove(self.work, "work_period"))
        self.work.table.itemActivated.connect(lambda _i: self._edit_record(self.work, self.work.selected()))
        actions.dossier_changed.connect(self.refresh)
        self._update_diploma_buttons()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        portfolio = self.services.portfolio

        def read(_c: object) -> DossierData:
            quals = portfolio.qualifications()
            diplomas = {}
            for q in quals:
                if q.diploma_evidence_id:
                    try:
                        diplomas[q.id] = portfolio.get_evidence(q.diploma_evidence_id)
                    except LookupError:
                        pass
            return DossierData(
                portfolio.profile(),
                portfolio.schools(),
                quals,
                diplomas,
                portfolio.work_periods(),
                portfolio.progress(),
            )

        self.tasks.run("load-dossier", read, on_success=self._on_loaded, on_failure=self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self._loading = False
        self.status_message.emit(error_message(error, self.lang))

    def _on_loaded(self, data: DossierData) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self.data = data
        p = data.profile or vocab.Profile()
        self.name_edit.setText(p.name)
        self.number_edit.setText(p.register_number)
        self.register_combo.setCurrentIndex(self.register_combo.findData(p.register.value))
        for sector, check in self.sector_checks.items():
            check.setChecked(sector in p.sectors)
        self.email_edit.setText(p.email)
        self.schools.set_rows(data.schools, lambda s: [s.name, s.place, s.brin])  # type: ignore[attr-defined]
        self.quals.set_rows(
            data.qualifications,
            lambda q: [
                q.sector.value.upper(),
                q.subject,
                q.degree,  # type: ignore[attr-defined]
                format_date(q.obtained_on) if q.obtained_on else "–",  # type: ignore[attr-defined]
                data.diplomas[q.id].filename if q.id in data.diplomas else "–",  # type: ignore[attr-defined]
            ],
        )
        self.work.set_rows(
            data.work,
            lambda w: [
                w.school,
                format_date(w.start),
                format_date(w.end) if w.end else self.tr("now"),  # type: ignore[attr-defined]
                format_hours(w.hours),  # type: ignore[attr-defined]
            ],
        )
        req = next((r for r in data.progress.requirements if r.kind == "work_hours"), None) if data.progress else None
        if req is not None:
            self.work_bar.set_values(
                req.label(self.lang),
                req.achieved,
                req.required,
                self.tr("hours"),
                req.met,
                self.tr("%1 hours still needed").replace("%1", fmt(req.short_by)),
                self.tr("Achieved"),
            )
            self.work_bar.show()
        else:
            self.work_bar.hide()
        self._update_diploma_buttons()
        self.loaded.emit()

    # ------------------------------------------------------------------ editing

    def save_profile(self) -> None:
        current = (self.data.profile if self.data else None) or vocab.Profile()
        updated = dataclasses.replace(
            current,
            name=self.name_edit.text().strip(),
            register_number=self.number_edit.text().strip(),
            register=vocab.Register(self.register_combo.currentData()),
            sectors=tuple(s for s, c in self.sector_checks.items() if c.isChecked()),
            email=self.email_edit.text().strip(),
        )
        issues = {i.field: i.message(self.lang) for i in updated.validate()}
        for field, label, widget in (
            ("name", self.name_error, self.name_edit),
            ("register_number", self.number_error, self.number_edit),
        ):
            label.setText(issues.get(field, ""))
            label.setVisible(field in issues)
            mark_invalid(widget, field in issues)
        if issues:
            return
        if updated != current:
            self.portfolio_actions.save_record(
                self.data.profile if self.data else None, updated, self.tr("Edit profile")
            )
            self.status_message.emit(self.tr("Profile saved."))

    def _edit_record(self, table: RecordTable, record: vocab.Record | None) -> None:
        if table is self.schools:
            fields, title = school_fields(), self.tr("School")
            blank: vocab.Record = vocab.School(name="")
        elif table is self.quals:
            fields, title = qualification_fields(), self.tr("Qualification")
            blank = vocab.Qualification(sector=vocab.Sector.VO, subject="")
        else:
            fields, title = work_period_fields(), self.tr("Work period")
            blank = vocab.WorkPeriod(school="", start=vocab.parse_date("2020-08-01"))
        dialog = RecordDialog(title, record or blank, fields, self.lang, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.result_record()
        if after != record:
            text = (self.tr("Add %1") if record is None else self.tr("Edit %1")).replace("%1", title.lower())
            self.portfolio_actions.save_record(record, after, text)

    def _remove(self, table: RecordTable, record_type: str) -> None:
        record = table.selected()
        if record is None:
            return
        self.portfolio_actions.delete_record(record_type, record, self.tr("Remove from dossier"))
        self.status_message.emit(self.tr("Removed. Undo with Ctrl+Z."))

    def _update_diploma_buttons(self) -> None:
        q = self.quals.selected()
        self.diploma_button.setEnabled(q is not None)
        has = q is not None and self.data is not None and q.id in self.data.diplomas  # type: ignore[attr-defined]
        self.diploma_open.setEnabled(bool(has))

    def pick_diploma(self) -> None:
        q = self.quals.selected()
        if q is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the diploma"),
            "",
            self.tr("Documents and images (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.attach_diploma(q.id, Path(path))  # type: ignore[attr-defined]

    def attach_diploma(self, qualification_id: str, path: Path) -> None:
        def stored(blob):  # type: ignore[no-untyped-def]
            self.portfolio_actions.attach_diploma(qualification_id, blob, path.name)
            self.status_message.emit(self.tr("Diploma “%1” added.").replace("%1", path.name))

        self.portfolio_actions.store_file(
            path, stored, lambda e: self.status_message.emit(error_message(e, self.lang)), lambda _d, _t: None
        )

    def open_diploma(self) -> None:
        q = self.quals.selected()
        if q is None or self.data is None or q.id not in self.data.diplomas:  # type: ignore[attr-defined]
            return
        evidence = self.data.diplomas[q.id]  # type: ignore[attr-defined]
        blobs, folder = self.services.blobs, self.open_dir / evidence.sha256[:12]

        def copy(_c: object) -> Path:
            target = folder / safe_filename(evidence.filename)
            if not target.exists():
                folder.mkdir(parents=True, exist_ok=True)
                blobs.copy_out(evidence.sha256, target)
            return target

        self.tasks.run(
            "open-diploma",
            copy,
            on_success=lambda p: self.open_url(QUrl.fromLocalFile(str(p))),
            on_failure=lambda e: self.status_message.emit(error_message(e, self.lang)),
        )

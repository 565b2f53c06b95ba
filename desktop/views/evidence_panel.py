"""The evidence (bewijsstukken) of one activity: drop or pick files, thumbnails, open, remove with undo."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.store.blobs import Cancelled, StoredBlob
from desktop.tasks import TaskControl, TaskHandle, TaskManager
from desktop.views.activity_editor import DateEdit, from_qdate, to_qdate
from desktop.views.portfolio_actions import PortfolioActions, error_message
from desktop.views.style import icon, set_role
from sync import portfolio as vocab

if TYPE_CHECKING:
    from desktop.services import Services

THUMB = 72  # logical pixels; rendered at the screen's device pixel ratio
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1


def local_files(urls: list[QUrl]) -> list[Path]:
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]


def load_thumbnail(path: Path, edge: int) -> QImage:
    """Read an image scaled down while decoding (QImageReader is safe off the GUI thread)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > edge or size.height() > edge):
        reader.setScaledSize(size.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return image


def pdf_page_count(path: Path) -> int | None:
    try:
        from pypdf import PdfReader

        with open(path, "rb") as fh:
            return len(PdfReader(fh).pages)
    except Exception:  # a damaged or encrypted PDF still shows, just without a page count
        return None


def human_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class EvidencePanel(QWidget):
    """Signals:
    status_message(str): a short message for the status bar.
    """

    status_message = Signal(str)

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        actions: PortfolioActions,
        open_dir: Path,
        lang: str = "nl",
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        max_mb: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.tasks, self.portfolio_actions = services, tasks, actions
        self.open_dir = open_dir
        self.lang = lang
        self.open_url = open_url
        self.max_mb = max_mb  # the settings' limit on one evidence file (None: no limit)
        self.activity_id: str | None = None
        self._queue: list[Path] = []
        self._current: TaskHandle | None = None
        self._thumbs: dict[str, QPixmap] = {}
        self._pages: dict[str, int | None] = {}
        self.setAcceptDrops(True)
        self._build()
        actions.evidence_changed.connect(self._on_evidence_changed)
        self._update_buttons()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Drop files here, or add them with the button. Certificates, proof of attendance, "
                "programmes, photos: anything that shows what you did."
            ),
            self,
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        lay.addWidget(hint)
        self.list = QListWidget(self)
        self.list.setObjectName("evidence_list")
        self.list.setAccessibleName(self.tr("Evidence files"))
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(True)
        self.list.setAcceptDrops(False)  # the panel takes the drop
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.list, 1)

        self.empty_label = QLabel(self.tr("No evidence yet."), self)
        set_role(self.empty_label, "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.empty_label)

        kind_row = QHBoxLayout()
        self.kind_label = QLabel(self.tr("&Kind of evidence:"), self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("evidence_kind")
        for k in vocab.EvidenceKind:
            self.kind_combo.addItem(k.label(self.lang), k.value)
        self.kind_label.setBuddy(self.kind_combo)
        self.kind_combo.activated.connect(self._on_kind_chosen)
        kind_row.addWidget(self.kind_label)
        kind_row.addWidget(self.kind_combo, 1)
        self.issued_check = QCheckBox(self.tr("issued on"), self)
        self.issued_check.setObjectName("evidence_issued_known")
        self.issued_edit = DateEdit(self)
        self.issued_edit.setObjectName("evidence_issued_on")
        self.issued_edit.setAccessibleName(self.tr("Issue date"))
        self.issued_check.toggled.connect(self.issued_edit.setEnabled)
        self.issued_check.clicked.connect(lambda _on: self._on_details_edited())
        self.issued_edit.editingFinished.connect(self._on_details_edited)
        kind_row.addWidget(self.issued_check)
        kind_row.addWidget(self.issued_edit)
        lay.addLayout(kind_row)
        self.description_edit = QLineEdit(self)
        self.description_edit.setObjectName("evidence_description")
        self.description_edit.setPlaceholderText(self.tr("Description, e.g. who issued it"))
        self.description_edit.setAccessibleName(self.tr("Description of the evidence"))
        self.description_edit.editingFinished.connect(self._on_details_edited)
        lay.addWidget(self.description_edit)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogStart), self.tr("&Add file…"), self
        )
        self.add_button.setObjectName("add_evidence")
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("open_evidence")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("remove_evidence")
        self.remove_button.setToolTip(self.tr("Remove the file from this activity (Delete); undo with Ctrl+Z"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        lay.addLayout(buttons)

        self.progress_box = QWidget(self)
        pl = QHBoxLayout(self.progress_box)
        pl.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(self.progress_box)
        self.progress_bar = QProgressBar(self.progress_box)
        self.progress_bar.setObjectName("attach_progress")
        self.progress_bar.setAccessibleName(self.tr("Progress of adding the file"))
        self.cancel_button = QPushButton(self.tr("&Cancel"), self.progress_box)
        self.cancel_button.setObjectName("cancel_attach")
        self.cancel_button.clicked.connect(self.cancel_attach)
        pl.addWidget(self.progress_label)
        pl.addWidget(self.progress_bar, 1)
        pl.addWidget(self.cancel_button)
        self.progress_box.hide()
        lay.addWidget(self.progress_box)

        self.list.addAction(self._delete_action())

    def _delete_action(self):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QAction

        action = QAction(self.tr("Remove file"), self.list)
        action.setShortcut(QKeySequence.StandardKey.Delete)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.remove_selected)
        return action

    # ------------------------------------------------------------------ showing

    def show_activity(self, activity_id: str | None) -> None:
        self.activity_id = activity_id
        self.list.clear()
        self._update_buttons()
        if activity_id is None:
            self.empty_label.setVisible(False)
            return
        portfolio = self.services.portfolio
        self.tasks.run(
            "load-evidence",
            lambda _c: portfolio.evidence_for(activity_id),
            on_success=lambda items: self._on_loaded(activity_id, items),
        )

    def _on_evidence_changed(self, activity_id: str) -> None:
        if activity_id == self.activity_id:
            self.show_activity(activity_id)

    def _on_loaded(self, activity_id: str, items: list[vocab.Evidence]) -> None:
        if activity_id != self.activity_id:
            return  # the teacher has moved on to another activity
        current = self.selected()
        self.list.clear()
        for evidence in items:
            item = QListWidgetItem(self._icon_for(evidence), self._text_for(evidence))
            item.setData(EVIDENCE_ROLE, evidence)
            item.setToolTip(evidence.description or evidence.filename)
            self.list.addItem(item)
            if current is not None and current.id == evidence.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
            self._request_preview(evidence)
        self.empty_label.setVisible(not items)
        self._update_buttons()

    def _text_for(self, evidence: vocab.Evidence) -> str:
        details = [evidence.kind.label(self.lang), human_size(evidence.size)]
        pages = self._pages.get(evidence.sha256)
        if pages:
            details.append(self.tr("%n page(s)", "", pages))
        return f"{evidence.filename}\n{' · '.join(details)}"

    def _icon_for(self, evidence: vocab.Evidence) -> QIcon:
        pixmap = self._thumbs.get(evidence.sha256)
        if pixmap is not None:
            return QIcon(pixmap)
        if evidence.media_type == "application/pdf":
            return icon("pdf")
        return icon("file")

    def _request_preview(self, evidence: vocab.Evidence) -> None:
        path = self.services.portfolio.evidence_file(evidence)
        sha = evidence.sha256
        if evidence.media_type.startswith("image/") and sha not in self._thumbs:
            edge = int(THUMB * self.devicePixelRatioF())
            self.tasks.run(
                "thumbnail",
                lambda _c: load_thumbnail(path, edge),
                on_success=lambda image: self._on_thumbnail(sha, image),
                on_failure=lambda _e: None,
            )
        elif evidence.media_type == "application/pdf" and sha not in self._pages:
            self.tasks.run(
                "page-count",
                lambda _c: pdf_page_count(path),
                on_success=lambda n: self._on_pages(sha, n),
                on_failure=lambda _e: None,
            )

    def _on_thumbnail(self, sha: str, image: QImage) -> None:
        if image.isNull():
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self._thumbs[sha] = pixmap
        self._refresh_items(sha)

    def _on_pages(self, sha: str, pages: int | None) -> None:
        self._pages[sha] = pages
        self._refresh_items(sha)

    def _refresh_items(self, sha: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            evidence = item.data(EVIDENCE_ROLE)
            if evidence.sha256 == sha:
                item.setIcon(self._icon_for(evidence))
                item.setText(self._text_for(evidence))

    def selected(self) -> vocab.Evidence | None:
        item = self.list.currentItem()
        return item.data(EVIDENCE_ROLE) if item is not None else None

    def evidence_items(self) -> list[vocab.Evidence]:
        return [self.list.item(i).data(EVIDENCE_ROLE) for i in range(self.list.count())]

    def _update_buttons(self) -> None:
        has_activity = self.activity_id is not None
        evidence = self.selected()
        self.add_button.setEnabled(has_activity and self._current is None)
        self.open_button.setEnabled(evidence is not None)
        self.remove_button.setEnabled(evidence is not None)
        for widget in (self.kind_combo, self.issued_check, self.description_edit):
            widget.setEnabled(evidence is not None)
        self.issued_edit.setEnabled(evidence is not None and evidence.issued_on is not None)
        if evidence is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(evidence.kind.value))
            self.issued_check.setChecked(evidence.issued_on is not None)
            self.issued_edit.setDate(to_qdate(evidence.issued_on or dt.date.today()))
            self.description_edit.setText(evidence.description)
        else:
            self.description_edit.clear()

    def _on_kind_chosen(self, _index: int) -> None:
        evidence = self.selected()
        kind = vocab.EvidenceKind(self.kind_combo.currentData())
        if evidence is not None and kind != evidence.kind:
            self.portfolio_actions.update_evidence(evidence, kind=kind)

    def _on_details_edited(self) -> None:
        evidence = self.selected()
        if evidence is None:
            return
        issued = from_qdate(self.issued_edit.date()) if self.issued_check.isChecked() else None
        description = self.description_edit.text().strip()
        changes = {}
        if issued != evidence.issued_on:
            changes["issued_on"] = issued
        if description != evidence.description:
            changes["description"] = description
        if changes:
            self.portfolio_actions.update_evidence(evidence, **changes)

    # ------------------------------------------------------------------ attaching

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.activity_id is not None and event.mimeData().hasUrls() and local_files(event.mimeData().urls()):
            event.acceptProposedAction()
            self._set_drop_highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._set_drop_highlight(False)

    def _set_drop_highlight(self, on: bool) -> None:
        """While files hover over the panel, the list says it will take them."""
        self.list.setProperty("dropping", on)
        self.list.style().unpolish(self.list)
        self.list.style().polish(self.list)

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.activity_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_highlight(False)
        paths = local_files(event.mimeData().urls())
        if self.activity_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_files(paths)

    def attach_files(self, paths: list[Path], activity_id: str | None = None) -> None:
        """Queue files to attach to the activity (the shown one by default); one at a time, on a worker."""
        target = activity_id or self.activity_id
        if target is None:
            return
        folders = [p for p in paths if p.is_dir()]
        files = [p for p in paths if not p.is_dir()]
        if folders:
            self.status_message.emit(self.tr("Folders cannot be attached; drop the files inside them."))
        limit = self.max_mb()
        if limit:
            too_big = [p for p in files if p.exists() and p.stat().st_size > limit * 1024 * 1024]
            if too_big:
                files = [p for p in files if p not in too_big]
                self.status_message.emit(
                    self.tr("The file is larger than %1 MB, the limit your settings allow.").replace("%1", str(limit))
                    + " ("
                    + ", ".join(p.name for p in too_big)
                    + ")"
                )
        self._queue.extend((p, target) for p in files)  # type: ignore[misc]
        self._next()

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        path, activity_id = self._queue.pop(0)  # type: ignore[misc]
        self.progress_label.setText(self.tr("Adding %1…").replace("%1", path.name))
        self.progress_bar.setRange(0, 0)
        self.progress_box.show()
        self._update_buttons()

        def stored(blob: StoredBlob) -> None:
            self._current = None
            kind = guess_kind(path)
            self.portfolio_actions.link_file(
                activity_id,
                blob,
                path.name,
                kind,
                on_done=lambda ev: self.status_message.emit(self.tr("Added “%1”.").replace("%1", ev.filename)),
            )
            self._finish_one()

        def failed(error: BaseException) -> None:
            self._current = None
            if isinstance(error, Cancelled):
                self._queue.clear()
                self.status_message.emit(self.tr("Adding the file was cancelled; nothing was changed."))
            else:
                self.status_message.emit(
                    self.tr("Could not add “%1”: %2")
                    .replace("%1", path.name)
                    .replace("%2", error_message(error, self.lang))
                )
            self._finish_one()

        handle = self.portfolio_actions.store_file(path, stored, failed, self._on_progress)
        if not handle.done:
            self._current = handle
        self._update_buttons()

    def _finish_one(self) -> None:
        if not self._queue:
            self.progress_box.hide()
        self._update_buttons()
        self._next()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            # QProgressBar holds an int: count in KiB so that files over 2 GB fit.
            self.progress_bar.setRange(0, max(1, total // 1024))
            self.progress_bar.setValue(done // 1024)

    def cancel_attach(self) -> None:
        self._queue.clear()
        if self._current is not None:
            self._current.cancel()

    @property
    def attaching(self) -> bool:
        return self._current is not None or bool(self._queue)

    # ------------------------------------------------------------------ open, remove

    def open_selected(self) -> None:
        evidence = self.selected()
        if evidence is None:
            return
        blobs = self.services.blobs
        folder = self.open_dir / evidence.sha256[:12]

        def copy(_c: TaskControl) -> Path:
            target = folder / safe_filename(evidence.filename)
            if not target.exists():
                folder.mkdir(parents=True, exist_ok=True)
                blobs.copy_out(evidence.sha256, target)  # verified against its SHA-256 on the way
            return target

        def opened(path: Path) -> None:
            if not self.open_url(QUrl.fromLocalFile(str(path))):
                self.status_message.emit(self.tr("No program was found to open “%1”.").replace("%1", path.name))

        self.tasks.run(
            "open-evidence",
            copy,
            on_success=opened,
            on_failure=lambda e: self.status_message.emit(error_message(e, self.lang)),
        )

    def remove_selected(self) -> None:
        evidence = self.selected()
        if evidence is None or self.activity_id is None:
            return
        self.portfolio_actions.detach_evidence(self.activity_id, evidence)
        self.status_message.emit(self.tr("Removed “%1”. Undo with Ctrl+Z.").replace("%1", evidence.filename))


def safe_filename(name: str) -> str:
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned or "bewijsstuk"


def guess_kind(path: Path) -> vocab.EvidenceKind:
    name = path.name.casefold()
    suffix = os.path.splitext(name)[1]
    if suffix in (".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".bmp"):
        return vocab.EvidenceKind.FOTO
    for word, kind in (
        ("certific", vocab.EvidenceKind.CERTIFICAAT),
        ("diploma", vocab.EvidenceKind.DIPLOMA),
        ("deelname", vocab.EvidenceKind.DEELNAME),
        ("attendance", vocab.EvidenceKind.DEELNAME),
        ("programma", vocab.EvidenceKind.PROGRAMMA),
        ("feedback", vocab.EvidenceKind.FEEDBACK),
    ):
        if word in name:
            return kind
    return vocab.EvidenceKind.OVERIG

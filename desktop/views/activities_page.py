"""The activity list with its instant filter, and beside it the selected activity's editor, evidence and reflection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.qtmodels.activity_filter_proxy import ActivityFilter, ActivityFilterProxy, FilterKeys, filter_keys
from desktop.qtmodels.activity_table_model import ActivityTableModel, Column, format_date, format_hours
from desktop.tasks import TaskManager
from desktop.views.activity_editor import ActivityEditor
from desktop.views.activity_list_delegate import ActivityItemDelegate
from desktop.views.evidence_panel import EvidencePanel, local_files
from desktop.views.portfolio_actions import PortfolioActions
from desktop.views.reflection_editor import ReflectionEditor
from desktop.views.style import set_role
from sync import portfolio as vocab

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.portfolio import ActivitySummary


_TITLES_SHOWN = 8  # of several selected activities, listed by name beside the list


class ActivityTableView(QTableView):
    """The list; files dropped on a row are attached to that row's activity.

    Signals:
        files_dropped(str, list): the activity id and the dropped paths.
    """

    files_dropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self._placeholder = ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            delegate = self.itemDelegate()
            if isinstance(delegate, ActivityItemDelegate):
                delegate.clear()  # margins and text laid out for the old style or font
        super().changeEvent(event)

    def set_placeholder(self, text: str) -> None:
        """A line shown in the empty list (while the portfolio loads, or why it could not)."""
        self._placeholder = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._placeholder and not self.model().rowCount():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(16, 16, -16, -16),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self._placeholder,
            )
            painter.end()

    def _target(self, event) -> str | None:  # type: ignore[no-untyped-def]
        index = self.indexAt(event.position().toPoint())
        model = self.model()
        if not index.isValid() or not isinstance(model, ActivityFilterProxy):
            return None
        return model.activity_id(index.row())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls() and self._target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._target(event)
        paths = local_files(event.mimeData().urls())
        if target is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(target, paths)


class ActivitiesPage(QWidget):
    """Signals:
    status_message(str): a short message for the status bar.
    loaded(): the list was (re)loaded from the portfolio.
    selection_counted(int): how many activities are selected now (the window words its delete entry by it).
    """

    status_message = Signal(str)
    loaded = Signal()
    selection_counted = Signal(int)

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        actions: PortfolioActions,
        open_dir: Path,
        lang: str = "nl",
        max_mb: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services, self.tasks, self.portfolio_actions, self.lang = services, tasks, actions, lang
        self._current_id: str | None = None
        self._last_row = 0
        self._reloading = False
        self._reload_again = False
        self._selecting = False
        self._loaded_once = False
        # Several rows selected: the detail side shows their count instead of the editor.
        self._multi = False
        self._reselect: list[str] = []  # activities an undo brought back, selected once the list has them
        # The selected ids while the list is reset (filter, sort, reload), to select them again after.
        self._kept_ids: list[str] = []
        self._kept_source_rows: set[int] = set()
        self._keeping = False
        #: Asked (with the problems) before unsaveable changes are dropped; True discards them.
        self.ask_discard: Callable[[str], bool] = self._ask_discard
        self.model = ActivityTableModel(lang, self)
        self.proxy = ActivityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build(open_dir, max_mb)
        # Until the first load arrives (the start-up paints the window before the portfolio is open).
        self.view.set_placeholder(self.tr("Loading your portfolio…"))
        self.count_label.setText(self.tr("Loading…"))
        self.proxy.filter_applied.connect(self._on_filter_applied)
        # A reload resets the source first (the proxy still maps the old rows then): the selection is kept
        # by id; a filter or a sort resets only the proxy: kept by source row, which is cheaper.
        self.model.modelAboutToBeReset.connect(lambda: self._keep_selection(by_id=True))
        self.proxy.modelAboutToBeReset.connect(lambda: self._keep_selection(by_id=False))
        self.proxy.modelReset.connect(self._restore_selection)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        actions.activities_changed.connect(self.reload)
        actions.activities_restored.connect(self._reselect_after_load)
        actions.reflection_changed.connect(self._on_reflection_changed)

    # ------------------------------------------------------------------ building

    def _build(self, open_dir: Path, max_mb: Callable[[], int | None]) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 0)

        search_row = QHBoxLayout()
        self.new_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("&New activity"), self
        )
        self.new_button.setObjectName("new_activity")
        self.new_button.setToolTip(self.tr("Add an activity (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_activity)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search title, provider, content… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search activities"))
        self.search.textChanged.connect(lambda text: self._set_filter(text=text))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        set_role(self.count_label, "muted")
        # A fixed width: a count that changes on every keystroke must not re-lay out the row.
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("10.000 van 10.000 activiteiten") + 8)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        search_row.addWidget(self.new_button)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        lay.addLayout(search_row)

        filters = QHBoxLayout()
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("type_filter")
        self.type_filter.setAccessibleName(self.tr("Filter by type"))
        self.type_filter.addItem(self.tr("All types"), None)
        for t in vocab.ActivityType:
            self.type_filter.addItem(t.label(self.lang), t.value)
        self.type_filter.currentIndexChanged.connect(
            lambda: self._set_filter(type=_enum_or_none(vocab.ActivityType, self.type_filter.currentData()))
        )
        self.domain_filter = QComboBox(self)
        self.domain_filter.setObjectName("domain_filter")
        self.domain_filter.setAccessibleName(self.tr("Filter by domain"))
        self.domain_filter.addItem(self.tr("All domains"), None)
        for d in vocab.Domain:
            self.domain_filter.addItem(d.label(self.lang), d.value)
        self.domain_filter.currentIndexChanged.connect(
            lambda: self._set_filter(domain=_enum_or_none(vocab.Domain, self.domain_filter.currentData()))
        )
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("year_filter")
        self.year_filter.setAccessibleName(self.tr("Filter by year"))
        self.year_filter.addItem(self.tr("All years"), None)
        self.year_filter.currentIndexChanged.connect(lambda: self._set_filter(year=self.year_filter.currentData()))
        self.validated_filter = QComboBox(self)
        self.validated_filter.setObjectName("validated_filter")
        self.validated_filter.setAccessibleName(self.tr("Filter by validation"))
        self.validated_filter.addItem(self.tr("Validated or not"), None)
        self.validated_filter.addItem(self.tr("Validated"), True)
        self.validated_filter.addItem(self.tr("Not validated"), False)
        self.validated_filter.currentIndexChanged.connect(
            lambda: self._set_filter(validated=self.validated_filter.currentData())
        )
        self.missing_evidence = QCheckBox(self.tr("Without evidence"), self)
        self.missing_evidence.setObjectName("missing_evidence")
        self.missing_evidence.toggled.connect(lambda on: self._set_filter(missing_evidence=on))
        self.missing_reflection = QCheckBox(self.tr("Without reflection"), self)
        self.missing_reflection.setObjectName("missing_reflection")
        self.missing_reflection.toggled.connect(lambda on: self._set_filter(missing_reflection=on))
        self.clear_filters_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        for w in (self.type_filter, self.domain_filter, self.year_filter, self.validated_filter):
            filters.addWidget(w)
        filters.addWidget(self.missing_evidence)
        filters.addWidget(self.missing_reflection)
        filters.addStretch(1)
        filters.addWidget(self.clear_filters_button)
        lay.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        self.view = ActivityTableView(splitter)
        self.view.setObjectName("activity_list")
        self.view.setAccessibleName(self.tr("Activities"))
        self.view.setModel(self.proxy)
        # Paints each cell from text laid out once, not three times per repaint (see the delegate's module).
        self.view.setItemDelegate(ActivityItemDelegate(self.view, self.proxy))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        # The header asks, on each repaint after a selection change, whether each of its columns is
        # entirely selected: row by row, two Python calls per row and column, 80,000 with 10,000 rows
        # selected (half a second). Columns are never selected here, so it gets a selection of its own.
        header.setHighlightSections(False)
        header.setSelectionModel(QItemSelectionModel(self.proxy, header))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        widths = {
            Column.DATE: fm.horizontalAdvance("28 sept. 2025") + 12,
            Column.TYPE: fm.horizontalAdvance("Conferentie") + 16,
            Column.DOMAINS: fm.horizontalAdvance("Professioneel hand") + 12,  # the title column stretches
            Column.RU: fm.horizontalAdvance("000,00") + 12,
            Column.EVIDENCE: fm.horizontalAdvance("Bewijs") + 18,
            Column.REFLECTION: fm.horizontalAdvance("Reflectie") + 18,
            Column.STATUS: fm.horizontalAdvance("Gevalideerd") + 16,
        }
        for col, width in widths.items():
            self.view.setColumnWidth(col, width)
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.files_dropped.connect(self._on_files_dropped_on_row)

        detail = QWidget(splitter)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel(self.tr("Choose an activity, or add a new one."), detail)
        self.heading.setObjectName("detail_heading")
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        dl.addWidget(self.heading)
        self.tabs = QTabWidget(detail)
        self.tabs.setObjectName("detail_tabs")
        self.editor = ActivityEditor(self.lang)
        editor_scroll = QScrollArea(self.tabs)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        self.evidence = EvidencePanel(
            self.services, self.tasks, self.portfolio_actions, open_dir, self.lang, max_mb=max_mb
        )
        self.evidence.status_message.connect(self.status_message)
        self.reflection = ReflectionEditor(self.lang)
        reflection_scroll = QScrollArea(self.tabs)
        reflection_scroll.setWidgetResizable(True)
        reflection_scroll.setFrameShape(QFrame.Shape.NoFrame)
        reflection_scroll.setWidget(self.reflection)
        self.tabs.addTab(editor_scroll, self.tr("&Details"))
        self.tabs.addTab(self.evidence, self.tr("&Evidence"))
        self.tabs.addTab(reflection_scroll, self.tr("Re&flection"))
        # With several activities selected the editor makes way for what they have in common.
        self.detail_stack = QStackedWidget(detail)
        self.detail_stack.setObjectName("detail_stack")
        self.detail_stack.addWidget(self.tabs)
        self.multi_panel = QWidget(self.detail_stack)
        self.multi_panel.setObjectName("multi_panel")
        ml = QVBoxLayout(self.multi_panel)
        ml.setContentsMargins(0, 8, 0, 0)
        self.multi_summary = QLabel(self.multi_panel)
        self.multi_summary.setObjectName("multi_summary")
        self.multi_summary.setWordWrap(True)
        # The first few by name, so the teacher sees what a Delete would take.
        self.multi_titles = QLabel(self.multi_panel)
        self.multi_titles.setObjectName("multi_titles")
        self.multi_titles.setTextFormat(Qt.TextFormat.PlainText)
        self.multi_titles.setWordWrap(True)
        self.multi_hint = QLabel(
            self.tr(
                "Delete moves them all to the trash (Ctrl+Z brings them back). File > Export portfolio as PDF "
                "offers exactly these activities. Click one activity to edit it."
            ),
            self.multi_panel,
        )
        self.multi_hint.setObjectName("multi_hint")
        set_role(self.multi_hint, "muted")
        self.multi_hint.setWordWrap(True)
        ml.addWidget(self.multi_summary)
        ml.addWidget(self.multi_titles)
        ml.addSpacing(8)
        ml.addWidget(self.multi_hint)
        ml.addStretch(1)
        self.detail_stack.addWidget(self.multi_panel)
        dl.addWidget(self.detail_stack, 1)
        buttons = QHBoxLayout()
        self.dirty_label = QLabel(detail)
        self.dirty_label.setObjectName("dirty_label")
        set_role(self.dirty_label, "muted")
        self.delete_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Move to trash"), detail
        )
        self.delete_button.setObjectName("delete_activity")
        self.delete_button.setToolTip(self.tr("Move this activity to the trash (Delete); undo with Ctrl+Z"))
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("&Save"), detail
        )
        self.save_button.setObjectName("save_activity")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        dl.addLayout(buttons)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 560])  # the list (its titles) gets the larger part
        splitter.setChildrenCollapsible(False)
        lay.addWidget(splitter, 1)

        self.editor.changed.connect(self._update_state)
        self.reflection.changed.connect(self._update_state)
        # Delete in the list moves the selected activity to the trash.
        from PySide6.QtGui import QAction

        delete = QAction(self.tr("Move to trash"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.view.addAction(delete)
        self._update_state()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the list again on a worker; calls made while one runs are folded into one more."""
        if self._reloading:
            self._reload_again = True
            return
        self._reloading = True
        portfolio, lang = self.services.portfolio, self.lang

        def load(_control: object) -> tuple[list[ActivitySummary], FilterKeys]:
            summaries = portfolio.activity_summaries()
            return summaries, filter_keys(summaries, lang)  # off the GUI thread too

        self.tasks.run(
            "load-activities",
            load,
            on_success=self._on_loaded,
            on_failure=self._on_load_failed,
        )

    def _on_load_failed(self, error: BaseException) -> None:
        self._reloading = False
        from desktop.views.portfolio_actions import error_message

        message = error_message(error, self.lang)
        if not self._loaded_once:
            self.view.set_placeholder(message)
            self.count_label.setText("")
        self.status_message.emit(message)

    def _reselect_after_load(self, ids: list[str]) -> None:
        self._reselect = list(ids)

    def _on_loaded(self, loaded: tuple[list[ActivitySummary], FilterKeys]) -> None:
        summaries, keys = loaded
        self._reloading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        if not self._loaded_once:
            self.view.set_placeholder("")
        self._loaded_once = True
        self.proxy.expect_keys(summaries, keys)
        self.model.set_summaries(summaries)
        self._refresh_years()
        if self._current_id is None and not self.editor.isEnabled() and self.proxy.rowCount():
            self._select_row(0)
        if self._current_id is not None:
            row = self.model.row_of(self._current_id)
            if row is None and not self.editor.is_new:
                self._show_activity(None)
                self._select_row(min(self._last_row, self.proxy.rowCount() - 1))
            elif row is not None and not self.editor.is_dirty():
                fresh = self.model.summary(row).activity
                if fresh != self.editor.original:
                    self.editor.load(fresh)
                    self._update_heading()
        if self._reselect:
            ids, self._reselect = self._reselect, []
            # Never over an edit in progress: the teacher's unsaved text stays in front of them.
            if not (self.editor.isEnabled() and self.has_pending_changes()):
                rows = self._select_ids(ids)
                if len(rows) > 1:
                    self._show_multi(rows)
                elif rows:
                    self._select_row(rows[0])
        self._update_state()
        self.loaded.emit()

    def _refresh_years(self) -> None:
        wanted = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in self.proxy.years():
            self.year_filter.addItem(str(year), year)
        index = self.year_filter.findData(wanted)
        self.year_filter.setCurrentIndex(max(0, index))
        self.year_filter.blockSignals(False)
        if wanted is not None and index < 0:
            self._set_filter(year=None)

    # ------------------------------------------------------------------ filter

    def _set_filter(self, **changes: object) -> None:
        self.proxy.set_filter(self.proxy.filter().with_(**changes))

    def clear_filters(self) -> None:
        for combo in (self.type_filter, self.domain_filter, self.year_filter, self.validated_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for check in (self.missing_evidence, self.missing_reflection):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.proxy.set_filter(ActivityFilter())

    def _on_filter_applied(self, shown: int, total: int) -> None:
        if not self._loaded_once:
            pass  # still "Loading…"
        elif shown == total:
            self.count_label.setText(self.tr("%n activities", "", total))
        else:
            self.count_label.setText(self.tr("%1 of %n activities", "", total).replace("%1", str(shown)))
        self.clear_filters_button.setEnabled(self.proxy.filter().active)
        self._update_heading()

    # ------------------------------------------------------------------ selection

    def _selected_rows(self) -> list[int]:
        """The selected view rows, from the selection's ranges (no index per row: Ctrl+A over 10,000 stays cheap)."""
        rows: set[int] = set()
        for r in self.view.selectionModel().selection():
            rows.update(range(r.top(), r.bottom() + 1))
        return sorted(rows)

    def selected_activity_ids(self) -> list[str]:
        """The selected activities in list order."""
        return [s.activity.id for s in self.proxy.summaries_at(self._selected_rows())]

    def _keep_selection(self, by_id: bool) -> None:
        if self._keeping:
            return
        self._keeping = True
        if not self._multi:
            return
        if by_id:
            self._kept_ids = self.selected_activity_ids()
        else:
            self._kept_source_rows = set(self.proxy.source_rows(self._selected_rows()))

    def _restore_selection(self) -> None:
        kept_ids, kept_source = self._kept_ids, self._kept_source_rows
        self._kept_ids, self._kept_source_rows, self._keeping = [], set(), False
        if kept_source:
            rows = self.proxy.rows_of_source(kept_source)
        else:
            rows = sorted(r for r in (self.proxy.row_of(i) for i in kept_ids) if r is not None)
        if len(rows) > 1:
            self._select_rows(rows)
            self._show_multi(rows)
            return
        if self._multi and rows:
            self._select_row(rows[0])
            return
        if self._current_id is None:
            self._leave_multi()
            return
        row = self.proxy.row_of(self._current_id)
        if row is not None:
            self._select_row(row)
        else:
            self._leave_multi()

    def _select_row(self, row: int) -> None:
        if row < 0 or row >= self.proxy.rowCount():
            return
        self._leave_multi()
        self._selecting = True
        try:
            index = self.proxy.index(row, Column.TITLE)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.scrollTo(index)
        finally:
            self._selecting = False
        aid = self.proxy.activity_id(row)
        if aid != self._current_id:
            self._open(aid)

    def select_activity(self, activity_id: str) -> bool:
        row = self.proxy.row_of(activity_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self._follow_selection()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._selecting:
            self._follow_selection()

    def _follow_selection(self) -> None:
        """Show what is selected: one activity in the editor, several as their count.

        Decided from the selection, not the current row: a click moves the current row before it
        selects, and Ctrl+click moves it without selecting.
        """
        ids = self.selected_activity_ids()
        if not ids or (len(ids) == 1 and ids[0] == self._current_id and not self.editor.is_new):
            self._leave_multi()
            return
        if not self._multi and not self.commit_pending():
            QTimer.singleShot(0, self._restore_selection)  # invalid edits the teacher wants to keep
            return
        rows = self._selected_rows()
        if self.selected_activity_ids() != ids:
            # The save reloaded the list at once (an inline writer) and selected the edited row again.
            rows = self._select_ids(ids)
            if not rows:
                return
        if len(rows) > 1:
            self._show_multi(rows)
            return
        self._leave_multi()
        self._last_row = rows[0]
        self._open(ids[0])

    def _select_ids(self, ids: list[str]) -> list[int]:
        """Select these activities (those shown) without following it; their rows."""
        rows = sorted(r for r in (self.proxy.row_of(i) for i in ids) if r is not None)
        if rows:
            self._select_rows(rows)
        return rows

    def _select_rows(self, rows: list[int]) -> None:
        """Select these view rows (sorted, not empty) without following it."""
        # One range per run of adjacent rows: the view tests every painted cell against each range.
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        start = prev = rows[0]
        for row in [*rows[1:], -1]:
            if row != prev + 1:
                selection.select(self.proxy.index(start, 0), self.proxy.index(prev, last))
                start = row
            prev = row
        self._selecting = True
        try:
            model = self.view.selectionModel()
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            model.setCurrentIndex(self.proxy.index(rows[0], Column.TITLE), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._selecting = False

    def _show_multi(self, rows: list[int]) -> None:
        summaries = self.proxy.summaries_at(rows)
        total = sum(s.activity.ru for s in summaries)
        self._multi = True
        self.detail_stack.setCurrentWidget(self.multi_panel)
        self.heading.setText(self.tr("%n activities selected", "", len(rows)))
        self.multi_summary.setText(self.tr("Together %1 RU (registeruren).").replace("%1", format_hours(total)))
        shown = summaries[:_TITLES_SHOWN]
        lines = [f"• {s.activity.title}  ({format_date(s.activity.start)})" for s in shown]
        if len(summaries) > len(shown):
            lines.append(self.tr("… and %n more", "", len(summaries) - len(shown)))
        self.multi_titles.setText("\n".join(lines))
        self._update_state()
        self.selection_counted.emit(len(rows))

    def _leave_multi(self) -> None:
        if not self._multi:
            return
        self._multi = False
        self.detail_stack.setCurrentWidget(self.tabs)
        self._update_heading()
        self._update_state()
        self.selection_counted.emit(1 if self.editor.original is not None else 0)

    def is_multi(self) -> bool:
        """Several activities are selected (the detail side shows their count)."""
        return self._multi

    def _open(self, activity_id: str) -> None:
        row = self.model.row_of(activity_id)
        if row is None:
            return
        self._show_activity(self.model.summary(row).activity)

    def _show_activity(self, activity: vocab.Activity | None) -> None:
        self._current_id = activity.id if activity else None
        if activity is None:
            self.editor.clear()
            self.reflection.load(None, None)
        else:
            self.editor.load(activity)
            self.reflection.load(activity.id, None)
            self.reflection.setEnabled(False)
            self._load_reflection(activity.id)
        self.evidence.show_activity(activity.id if activity else None)
        self._update_heading()
        self._update_state()

    def _load_reflection(self, activity_id: str) -> None:
        portfolio = self.services.portfolio
        self.tasks.run(
            "load-reflection",
            lambda _c: portfolio.reflection_for(activity_id),
            on_success=lambda r: self._on_reflection_loaded(activity_id, r),
        )

    def _on_reflection_loaded(self, activity_id: str, reflection: vocab.Reflection | None) -> None:
        if activity_id == self._current_id and not self.reflection.is_dirty():
            self.reflection.load(activity_id, reflection)
            self._update_state()

    def _on_reflection_changed(self, activity_id: str) -> None:
        if activity_id == self._current_id and not self.reflection.is_dirty():
            self._load_reflection(activity_id)

    def current_activity(self) -> vocab.Activity | None:
        return self.editor.original

    # ------------------------------------------------------------------ editing

    def new_activity(self) -> None:
        if not self.commit_pending():
            return
        self.view.selectionModel().clearSelection()
        self._current_id = None
        self.editor.load(None)
        self.reflection.load(None, None)
        self.evidence.show_activity(None)
        self.tabs.setCurrentIndex(0)
        self._update_heading()
        self._update_state()
        self.editor.title_edit.setFocus()

    def save(self) -> bool:
        """Save the editor and the reflection; False (with the problems shown) when invalid."""
        if not self.editor.isEnabled():
            return True
        issues = self.editor.issues()
        if issues:
            self.editor.show_all_issues()
            self.tabs.setCurrentIndex(0)
            widget = self.editor.first_invalid_widget()
            if widget is not None:
                widget.setFocus()
            self.status_message.emit(self.tr("Not saved yet: %1").replace("%1", issues[0].message(self.lang)))
            return False
        if self.editor.is_dirty() or self.editor.is_new:
            before, draft = self.editor.original, self.editor.draft()
            self._current_id = draft.id
            self.editor.mark_saved(draft)
            self.portfolio_actions.save_activity(before, draft)
            self.status_message.emit(self.tr("Saved “%1”.").replace("%1", draft.title))
        if self.reflection.is_dirty() and self._current_id is not None:
            before_r = self.reflection.stored
            model, answers = self.reflection.model(), self.reflection.answers()
            self.reflection.mark_saved()
            self.portfolio_actions.save_reflection(self._current_id, before_r, model, answers)
        self._update_heading()
        self._update_state()
        return True

    def commit_pending(self) -> bool:
        """Before leaving an activity: save valid changes; for invalid ones, ask. False: stay."""
        if not self.has_pending_changes():
            return True
        if not self.editor.issues():
            return self.save()
        self.editor.show_all_issues()
        problems = "\n".join(i.message(self.lang) for i in self.editor.issues())
        if self.ask_discard(problems):
            if self.editor.original is not None:
                self.editor.load(self.editor.original)
            else:
                self.editor.clear()
            self._update_state()
            return True
        return False

    def _ask_discard(self, problems: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "The activity cannot be saved yet:\n\n%1\n\nDiscard your changes, or go back and correct them?"
            ).replace("%1", problems),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def has_pending_changes(self) -> bool:
        return (
            self.editor.is_dirty()
            or (self.editor.is_new and self.editor.isEnabled() and self.editor.is_dirty())
            or self.reflection.is_dirty()
        )

    def delete_current(self) -> None:
        """Move the selected activities to the trash: one, or all that are selected in one undo step."""
        if self._multi:
            self.delete_selected()
            return
        activity = self.editor.original
        if activity is None:
            return
        self._last_row = max(0, self.proxy.row_of(activity.id) or 0)
        self.editor.load(activity)  # drop unsaved edits: the stored version goes to the trash
        self.portfolio_actions.delete_activity(activity)
        self.status_message.emit(self.tr("Moved “%1” to the trash. Undo with Ctrl+Z.").replace("%1", activity.title))

    def delete_selected(self) -> None:
        rows = self._selected_rows()
        summaries = self.proxy.summaries_at(rows)
        if not summaries:
            return
        activities = [s.activity for s in summaries]
        self._last_row = rows[0]
        if self.editor.original is not None:
            self.editor.load(self.editor.original)  # (entering the selection saved or discarded its edits)
        self.portfolio_actions.delete_activities(activities)
        self.status_message.emit(
            self.tr("Moved %n activities to the trash. Undo with Ctrl+Z.", "", len(activities))
        )

    def _on_files_dropped_on_row(self, activity_id: str, paths: list[Path]) -> None:
        if activity_id != self._current_id:
            self.select_activity(activity_id)
        self.tabs.setCurrentWidget(self.evidence)
        self.evidence.attach_files(paths, activity_id)

    def _update_heading(self) -> None:
        if self._multi:
            return  # the count stays
        if self.editor.is_new:
            self.heading.setText(self.tr("New activity"))
        elif self.editor.original is not None:
            title = self.editor.original.title
            if (
                self.proxy.row_of(self.editor.original.id) is None
                and self.model.row_of(self.editor.original.id) is not None
            ):
                title += " " + self.tr("(not in the filtered list)")
            self.heading.setText(title)
        else:
            self.heading.setText(self.tr("Choose an activity, or add a new one."))

    def _update_state(self) -> None:
        self.save_button.setVisible(not self._multi)
        if self._multi:
            count = len(self._selected_rows())
            self.delete_button.setEnabled(True)
            self.delete_button.setText(self.tr("Move %n activities to trash", "", count))
            self.delete_button.setToolTip(
                self.tr("Move the %n selected activities to the trash (Delete); undo with Ctrl+Z", "", count)
            )
            self.dirty_label.setText("")
            return
        self.delete_button.setText(self.tr("Move to trash"))
        self.delete_button.setToolTip(self.tr("Move this activity to the trash (Delete); undo with Ctrl+Z"))
        editing = self.editor.isEnabled()
        pending = self.has_pending_changes() if editing else False
        self.save_button.setEnabled(editing and (pending or self.editor.is_new))
        self.delete_button.setEnabled(self.editor.original is not None)
        self.tabs.setTabEnabled(1, self.editor.original is not None)
        self.tabs.setTabEnabled(2, self.editor.original is not None)
        if pending and self.editor.issues() and (self.editor._show_all or self.editor._touched):
            self.dirty_label.setText(self.tr("Not saved: please correct the fields marked in red."))
        elif pending:
            self.dirty_label.setText(self.tr("Unsaved changes (Ctrl+S saves)."))
        else:
            self.dirty_label.setText("")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


def _enum_or_none(cls, value):  # type: ignore[no-untyped-def]
    return None if value is None else cls(value)

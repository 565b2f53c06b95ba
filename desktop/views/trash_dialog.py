"""The trash: deleted activities, restorable (nothing is ever thrown away for good from here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.qtmodels.activity_table_model import format_date, format_hours
from desktop.tasks import TaskManager
from desktop.views.portfolio_actions import PortfolioActions
from desktop.views.style import set_role
from sync import portfolio as vocab

if TYPE_CHECKING:
    from desktop.services import Services

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
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
        self.setWindowTitle(self.tr("Trash"))
        self.setObjectName("trash_dialog")
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Deleted activities stay here, with their evidence and reflection, until you restore them."), self
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        lay.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("trash_list")
        self.list.setAccessibleName(self.tr("Deleted activities"))
        self.list.itemActivated.connect(lambda _i: self.restore_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        lay.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("The trash is empty."), self)
        set_role(self.empty, "muted")
        lay.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumSize(420, 300)
        self.resize(560, 420)
        actions.activities_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        portfolio = self.services.portfolio
        self.tasks.run("load-trash", lambda _c: portfolio.trash(), on_success=self._on_loaded)

    def _on_loaded(self, activities: list[vocab.Activity]) -> None:
        self.list.clear()
        for a in activities:
            item = QListWidgetItem(
                f"{a.title}\n{format_date(a.start)} · {a.type.label(self.lang)} · {format_hours(a.ru)} RU"
            )
            item.setData(ACTIVITY_ROLE, a)
            self.list.addItem(item)
        if activities:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not activities)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.portfolio_actions.restore_activity(item.data(ACTIVITY_ROLE))

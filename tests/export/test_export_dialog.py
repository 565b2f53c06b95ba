"""The export dialog (real widgets, offscreen): each choice gives the matching export options."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.services.export import SelectionMode
from desktop.views.export_dialog import ExportDialog
from sync import portfolio as vocab

ACTIVITIES = [
    vocab.Activity(title=f"Activiteit {i}", type=vocab.ActivityType.CURSUS, start=dt.date(2023, 1, i + 1),
                   contact_hours=2, domains=(vocab.Domain.PEDAGOGISCH,), id=f"id-{i}")
    for i in range(5)
]
CYCLE = vocab.Cycle(start=dt.date(2022, 8, 1))


def ok_enabled(dialog: ExportDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_default_is_the_whole_cycle_in_dutch(qtbot: QtBot) -> None:
    dialog = ExportDialog(ACTIVITIES, CYCLE)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.selection.mode is SelectionMode.CYCLE and options.lang == "nl"
    assert ok_enabled(dialog) and not dialog.list.isEnabled()


def test_a_date_range_and_english(qtbot: QtBot) -> None:
    dialog = ExportDialog(ACTIVITIES, CYCLE, lang="en")
    qtbot.addWidget(dialog)
    dialog.range_button.setChecked(True)
    dialog.from_edit.setDate(QDate(2023, 1, 2))
    dialog.to_edit.setDate(QDate(2023, 1, 1))
    assert not ok_enabled(dialog) and dialog.problem.text()
    dialog.to_edit.setDate(QDate(2023, 12, 31))
    assert ok_enabled(dialog)
    options = dialog.options()
    assert options.lang == "en" and options.selection.mode is SelectionMode.RANGE
    assert (options.selection.start, options.selection.end) == (dt.date(2023, 1, 2), dt.date(2023, 12, 31))


def test_chosen_activities(qtbot: QtBot) -> None:
    dialog = ExportDialog(ACTIVITIES, None)
    qtbot.addWidget(dialog)
    assert not dialog.cycle_button.isEnabled() and dialog.all_button.isChecked()
    dialog.chosen_button.setChecked(True)
    assert not ok_enabled(dialog)
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.list.item(3).setCheckState(Qt.CheckState.Checked)
    assert ok_enabled(dialog)
    assert dialog.options().selection.activity_ids == ("id-4", "id-1")
    dialog.filter_edit.setText("Activiteit 2")
    assert [dialog.list.item(i).isHidden() for i in range(5)] == [True, True, False, True, True]


def test_preselected_activities_open_that_choice(qtbot: QtBot) -> None:
    dialog = ExportDialog(ACTIVITIES, CYCLE, preselected=["id-2"])
    qtbot.addWidget(dialog)
    assert dialog.chosen_button.isChecked() and dialog.options().selection.activity_ids == ("id-2",)

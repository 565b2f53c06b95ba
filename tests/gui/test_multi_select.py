"""Several activities selected at once on real widgets over a real store: count, delete as one undo step, export."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QListWidget

from desktop.services import Services
from desktop.services.export import SelectionMode
from desktop.views.main_window import MainWindow
from desktop.views.trash_dialog import ACTIVITY_ROLE
from tests.gui.conftest import activity
from tests.gui.test_file_actions import AnsweringChooser, action, install

ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
UNROWS = QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows


@pytest.fixture
def four(set_up: Services) -> Services:
    """Four activities, newest first in the list: D (1 RU), C (2.5), B (10), A (20)."""
    for i, (title, ru) in enumerate((("A", 20.0), ("B", 10.0), ("C", 2.5), ("D", 1.0))):
        set_up.portfolio.create_activity(
            activity(title, start=dt.date(2025, 1, 1 + i), end=None, contact_hours=ru, self_study_hours=0.0)
        )
    return set_up


def titles(window: MainWindow) -> list[str]:
    proxy = window.activities.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def selected_titles(window: MainWindow) -> list[str]:
    page = window.activities
    return [page.model.summary(page.model.row_of(i)).activity.title for i in page.selected_activity_ids()]


def click_row(qtbot, window: MainWindow, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    view = window.activities.view
    rect = view.visualRect(window.activities.proxy.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_selecting_several_through_the_selection_model_shows_their_count_and_ru(qtbot, four, window):  # type: ignore[no-untyped-def]
    page = window.activities
    assert titles(window) == ["D", "C", "B", "A"] and page.current_activity().title == "D"
    model = page.view.selectionModel()
    for row in (1, 2):
        model.select(page.proxy.index(row, 0), ROWS)
    assert page.is_multi()
    assert selected_titles(window) == ["D", "C", "B"]
    assert page.detail_stack.currentWidget() is page.multi_panel and not page.tabs.isVisible()
    assert page.heading.text() == "3 activiteiten geselecteerd"
    assert page.multi_summary.text() == "Samen 13,5 RU (registeruren)."
    assert [line.split("  (")[0] for line in page.multi_titles.text().splitlines()] == ["• D", "• C", "• B"]
    assert page.delete_button.isEnabled() and not page.save_button.isVisible()
    assert window.delete_action.text() == "3 activiteiten naar &prullenbak"
    assert page.delete_button.text() == "3 activiteiten naar prullenbak"

    model.select(page.proxy.index(0, 0), UNROWS)
    assert page.heading.text() == "2 activiteiten geselecteerd"
    assert page.delete_button.text() == "2 activiteiten naar prullenbak"
    page.view.setCurrentIndex(page.proxy.index(3, 1))  # a plain click: one again, in the editor
    assert not page.is_multi() and page.tabs.isVisible()
    assert page.current_activity().title == "A" and page.editor.title_edit.text() == "A"
    assert page.heading.text() == "A"
    assert window.delete_action.text() == "Activiteit naar &prullenbak"
    assert page.delete_button.text() == "Naar prullenbak"


def test_selecting_with_mouse_and_keyboard(qtbot, four, window):  # type: ignore[no-untyped-def]
    page = window.activities
    page.view.setFocus()
    click_row(qtbot, window, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert selected_titles(window) == ["D", "C", "B"] and page.heading.text() == "3 activiteiten geselecteerd"
    click_row(qtbot, window, 1, Qt.KeyboardModifier.ControlModifier)  # Ctrl+click takes one out
    assert selected_titles(window) == ["D", "B"] and page.heading.text() == "2 activiteiten geselecteerd"
    click_row(qtbot, window, 3, Qt.KeyboardModifier.ControlModifier)
    assert selected_titles(window) == ["D", "B", "A"]
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.heading.text() == "4 activiteiten geselecteerd"
    assert page.multi_summary.text() == "Samen 33,5 RU (registeruren)."
    click_row(qtbot, window, 2)  # a plain click: that one alone, in the editor
    assert not page.is_multi() and selected_titles(window) == ["B"]
    assert page.current_activity().title == "B" and page.tabs.isVisible()
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert page.current_activity().title == "C"


def test_valid_edits_are_saved_when_several_get_selected(qtbot, four, window):  # type: ignore[no-untyped-def]
    page = window.activities
    page.editor.provider_edit.clear()
    qtbot.keyClicks(page.editor.provider_edit, "APS")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert page.is_multi() and selected_titles(window) == ["D", "C"]
    stored = {a.title: a for a in four.portfolio.list_activities()}
    assert stored["D"].provider == "APS"


def test_invalid_edits_are_kept_when_the_teacher_goes_back_to_them(qtbot, four, window):  # type: ignore[no-untyped-def]
    page = window.activities
    asked: list[str] = []
    page.ask_discard = lambda problems: asked.append(problems) and False
    page.editor.title_edit.selectAll()
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Backspace)
    page.view.selectionModel().select(page.proxy.index(1, 0), ROWS)
    assert asked and "titel" in asked[0]
    qtbot.wait(10)  # the selection goes back on the next turn of the event loop
    assert not page.is_multi() and selected_titles(window) == ["D"]
    assert page.tabs.isVisible() and page.editor.is_dirty() and page.editor.title_edit.text() == ""
    qtbot.keyClicks(page.editor.title_edit, "D bijgewerkt")
    page.view.selectionModel().select(page.proxy.index(1, 0), ROWS)
    assert page.is_multi()
    assert "D bijgewerkt" in [a.title for a in four.portfolio.list_activities()]


def test_deleting_three_at_once_is_one_undo_step(qtbot, four, window):  # type: ignore[no-untyped-def]
    page = window.activities
    model = page.view.selectionModel()
    for row in (1, 2):
        model.select(page.proxy.index(row, 0), ROWS)
    steps = window.undo_stack.count()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert sorted(a.title for a in four.portfolio.trash()) == ["B", "C", "D"]
    assert titles(window) == ["A"]
    assert window.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "&Ongedaan maken 3 activiteiten verwijderen"
    assert not page.is_multi() and page.current_activity().title == "A"

    window.undo_action.trigger()
    assert four.portfolio.trash() == []
    assert titles(window) == ["D", "C", "B", "A"]
    # what came back is selected again, as it was when it was deleted
    assert page.is_multi() and selected_titles(window) == ["D", "C", "B"]
    assert page.heading.text() == "3 activiteiten geselecteerd"
    window.redo_action.trigger()
    assert titles(window) == ["A"]

    window.show_trash()  # each one comes back on its own
    trash = window.trash_dialog
    trash_list = trash.findChild(QListWidget, "trash_list")
    assert trash_list.count() == 3
    trash_list.setCurrentRow(next(i for i in range(3) if trash_list.item(i).data(ACTIVITY_ROLE).title == "C"))
    trash.restore_button.click()
    assert sorted(titles(window)) == ["A", "C"]
    assert sorted(a.title for a in four.portfolio.trash()) == ["B", "D"]
    trash.close()


def test_the_menu_entry_deletes_all_selected(qtbot, four, window):  # type: ignore[no-untyped-def]
    page = window.activities
    page.view.selectAll()
    assert window.delete_action.text() == "4 activiteiten naar &prullenbak"
    window.delete_action.trigger()
    assert four.portfolio.list_activities() == [] and titles(window) == []
    assert window.delete_action.text() == "Activiteit naar &prullenbak"
    window.undo_action.trigger()
    assert len(titles(window)) == 4


def test_a_filter_keeps_the_selected_that_stay_visible(qtbot, four, window):  # type: ignore[no-untyped-def]
    page = window.activities
    for title in ("Masterclass wiskunde", "Masterclass taal"):
        four.portfolio.create_activity(activity(title, start=dt.date(2024, 12, 1), end=None))
    page.reload()
    page.view.selectAll()
    assert page.heading.text() == "6 activiteiten geselecteerd"
    page.search.setText("masterclass")
    assert sorted(selected_titles(window)) == ["Masterclass taal", "Masterclass wiskunde"]
    assert page.heading.text() == "2 activiteiten geselecteerd"
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # sorting keeps them too
    assert page.is_multi() and len(selected_titles(window)) == 2
    page.search.setText("masterclass wiskunde")
    assert not page.is_multi() and page.current_activity().title == "Masterclass wiskunde"


def test_the_pdf_export_starts_from_the_selection(qtbot, make_window, four, tasks, opened_urls, tmp_path: Path):  # type: ignore[no-untyped-def]
    window = make_window(four)
    seen = []
    chooser = AnsweringChooser(save=None, pdf=seen.append)  # the real dialog; no file asked for
    install(window, four, tasks, chooser, opened_urls)
    page = window.activities
    page.view.selectionModel().select(page.proxy.index(2, 0), ROWS)
    action(window, "action_export_pdf").trigger()
    dialog = seen[0]
    assert dialog.chosen_button.isChecked()
    by_id = {a.id: a.title for a in four.portfolio.list_activities()}
    assert sorted(by_id[i] for i in dialog.chosen_ids()) == ["B", "D"]
    options = dialog.options()
    assert options.selection.mode is SelectionMode.ACTIVITIES
    assert set(options.selection.activity_ids) == set(page.selected_activity_ids())

    page.view.setCurrentIndex(page.proxy.index(0, 1))  # one selected: the cycle stays the default
    action(window, "action_export_pdf").trigger()
    assert seen[1].cycle_button.isChecked()



def test_a_reload_keeps_the_selection_and_a_new_activity_leaves_it(qtbot, four, window):  # type: ignore[no-untyped-def]
    page = window.activities
    model = page.view.selectionModel()
    for row in (1, 3):
        model.select(page.proxy.index(row, 0), ROWS)
    assert selected_titles(window) == ["D", "C", "A"]
    b = next(a for a in four.portfolio.list_activities() if a.title == "B")
    window.portfolio_actions.save_activity(b, dataclasses.replace(b, title="B2"))  # the list reloads
    assert "B2" in titles(window)
    assert page.is_multi() and selected_titles(window) == ["D", "C", "A"]

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_multi() and page.editor.is_new and page.tabs.isVisible()
    assert page.heading.text() == "Nieuwe activiteit" and page.save_button.isVisible()
    assert page.selected_activity_ids() == []

"""The activity list and editor on real widgets over a real store: create, edit, validate, delete, undo, filter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.qtmodels.activity_filter_proxy import ActivityFilter
from desktop.views.activity_editor import to_qdate
from sync import portfolio as vocab
from tests.gui.conftest import activity


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.activities.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def error_text(window, field: str) -> str:  # type: ignore[no-untyped-def]
    label = window.activities.editor.findChild(QLabel, f"error_{field}")
    return label.text() if label.isVisible() else ""


def test_create_an_activity_with_the_keyboard(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    page = window.activities
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.is_new and page.editor.title_edit.hasFocus()
    qtbot.keyClicks(page.editor.title_edit, "Studiedag passend onderwijs")
    page.editor.type_combo.setCurrentIndex(page.editor.type_combo.findData("studiedag"))
    page.editor.start_edit.setDate(to_qdate(dt.date(2025, 1, 10)))
    page.editor.contact_spin.setValue(6)
    page.editor.domain_checks[vocab.Domain.PEDAGOGISCH].setChecked(True)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    stored = [a for a in set_up.portfolio.list_activities() if a.title == "Studiedag passend onderwijs"]
    assert len(stored) == 1
    assert stored[0].type is vocab.ActivityType.STUDIEDAG and stored[0].ru == 6
    assert stored[0].domains == (vocab.Domain.PEDAGOGISCH,)
    assert titles(window) == ["Studiedag passend onderwijs"]
    assert page.current_activity().id == stored[0].id
    assert not page.editor.is_dirty()


def test_problems_are_shown_at_their_field_and_nothing_is_saved(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    page = window.activities
    window.go_new_activity()
    assert error_text(window, "title") == ""  # a fresh form does not scold
    page.save()
    assert error_text(window, "title") == "De titel is verplicht."
    assert "bekwaamheidsdomein" in error_text(window, "domains")
    assert error_text(window, "contact_hours") == "Vul contacturen of zelfstudie-uren in."
    assert page.editor.title_edit.property("invalid") is True
    assert set_up.portfolio.list_activities() == []

    qtbot.keyClicks(page.editor.title_edit, "Conferentie")
    assert error_text(window, "title") == ""
    page.editor.end_check.setChecked(True)
    page.editor.start_edit.setDate(to_qdate(dt.date(2025, 3, 1)))
    page.editor.end_edit.setDate(to_qdate(dt.date(2025, 2, 1)))
    assert error_text(window, "end") == "De einddatum ligt vóór de begindatum."
    assert not page.save()
    assert set_up.portfolio.list_activities() == []


def test_edit_then_undo_and_redo(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    a = set_up.portfolio.create_activity(activity())
    window.activities.reload()
    page = window.activities
    assert page.current_activity().id == a.id  # the first row is opened
    page.editor.title_edit.selectAll()
    qtbot.keyClicks(page.editor.title_edit, "Cursus formatief handelen")
    assert page.editor.is_dirty() and page.save_button.isEnabled()
    page.save_button.click()
    assert set_up.portfolio.get_activity(a.id).title == "Cursus formatief handelen"
    assert titles(window) == ["Cursus formatief handelen"]

    window.undo_action.trigger()
    assert set_up.portfolio.get_activity(a.id).title == "Cursus formatief evalueren"
    assert page.editor.title_edit.text() == "Cursus formatief evalueren"
    assert titles(window) == ["Cursus formatief evalueren"]
    window.redo_action.trigger()
    assert set_up.portfolio.get_activity(a.id).title == "Cursus formatief handelen"
    assert page.editor.title_edit.text() == "Cursus formatief handelen"


def test_leaving_an_activity_saves_its_valid_changes(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    first = set_up.portfolio.create_activity(activity("Eerste", start=dt.date(2025, 5, 1), end=None))
    second = set_up.portfolio.create_activity(activity("Tweede", start=dt.date(2025, 4, 1), end=None))
    window.activities.reload()
    page = window.activities
    assert page.current_activity().id == first.id
    page.editor.provider_edit.clear()
    qtbot.keyClicks(page.editor.provider_edit, "APS")
    page.view.setCurrentIndex(page.proxy.index(page.proxy.row_of(second.id), 1))
    assert page.current_activity().id == second.id
    assert set_up.portfolio.get_activity(first.id).provider == "APS"


def test_delete_to_trash_undo_and_restore_from_the_trash(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    a = set_up.portfolio.create_activity(activity())
    window.activities.reload()
    page = window.activities
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert set_up.portfolio.list_activities() == []
    assert [t.id for t in set_up.portfolio.trash()] == [a.id]
    assert titles(window) == []
    assert page.current_activity() is None

    window.undo_action.trigger()
    assert [x.id for x in set_up.portfolio.list_activities()] == [a.id]
    assert titles(window) == ["Cursus formatief evalueren"]

    window.redo_action.trigger()
    assert titles(window) == []
    window.show_trash()
    trash = window.trash_dialog
    assert trash.list.count() == 1
    trash.restore_button.click()
    assert [x.id for x in set_up.portfolio.list_activities()] == [a.id]
    assert trash.list.count() == 0
    assert titles(window) == ["Cursus formatief evalueren"]
    trash.close()


def test_filters(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    svc = set_up.portfolio
    svc.create_activity(activity("Masterclass wiskunde", domains=(vocab.Domain.VAKINHOUDELIJK,)))
    svc.create_activity(
        activity(
            "Intervisie met collega's",
            type=vocab.ActivityType.BINNEN_SCHOOL,
            start=dt.date(2024, 10, 1),
            end=None,
            domains=(vocab.Domain.PROFESSIONEEL_HANDELEN,),
        )
    )
    svc.create_activity(
        activity("Coöperatief leren", validated_code="RL-2016-12345", start=dt.date(2016, 3, 1), end=None)
    )
    with_reflection = svc.create_activity(activity("Formatief evalueren bij wiskunde"))
    svc.set_reflection(with_reflection.id, "vrij", {"tekst": "Veel geleerd."})
    window.activities.reload()
    page = window.activities
    assert len(titles(window)) == 4 and page.count_label.text() == "4 activiteiten"

    qtbot.keyClicks(page.search, "wiskunde")
    assert sorted(titles(window)) == ["Formatief evalueren bij wiskunde", "Masterclass wiskunde"]
    assert page.count_label.text() == "2 van 4 activiteiten"
    page.search.clear()
    qtbot.keyClicks(page.search, "cooperatief")  # accents and case do not matter
    assert titles(window) == ["Coöperatief leren"]
    page.search.clear()

    page.type_filter.setCurrentIndex(page.type_filter.findData("binnen_school"))
    assert titles(window) == ["Intervisie met collega's"]
    page.clear_filters()
    page.domain_filter.setCurrentIndex(page.domain_filter.findData("vakinhoudelijk"))
    assert titles(window) == ["Masterclass wiskunde"]
    page.clear_filters()
    page.year_filter.setCurrentIndex(page.year_filter.findData(2016))
    assert titles(window) == ["Coöperatief leren"]
    page.clear_filters()
    page.validated_filter.setCurrentIndex(page.validated_filter.findData(True))
    assert titles(window) == ["Coöperatief leren"]
    page.clear_filters()
    page.missing_reflection.setChecked(True)
    assert "Formatief evalueren bij wiskunde" not in titles(window) and len(titles(window)) == 3
    page.clear_filters()
    assert len(titles(window)) == 4
    assert page.proxy.filter() == ActivityFilter()


def test_sorting_by_a_column(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    for title, hours in (("B", 3.0), ("A", 10.0), ("C", 1.0)):
        set_up.portfolio.create_activity(activity(title, contact_hours=hours, self_study_hours=0.0))
    window.activities.reload()
    page = window.activities
    page.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["C", "B", "A"]
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["A", "B", "C"]

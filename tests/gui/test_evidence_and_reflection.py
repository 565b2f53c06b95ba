"""Evidence by a simulated drop (inline and on real worker threads, with progress and cancel), and reflections."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.demo import _pdf, _png
from desktop.tasks import TaskManager
from desktop.views.main_window import MainWindow
from desktop.views.reflection_editor import carry_over
from sync import portfolio as vocab
from tests.gui.conftest import activity


def drop_files(widget, paths: list[Path], pos: QPointF | None = None) -> bool:  # type: ignore[no-untyped-def]
    """What Qt delivers when files are dragged from a file manager and released over `widget`."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = pos or QPointF(widget.width() / 2, widget.height() / 2)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    from random import Random

    folder = tmp_path / "files"
    folder.mkdir()
    pdf = folder / "certificaat cursus.pdf"
    pdf.write_bytes(_pdf("Certificaat", ["Anna de Vries", "Cursus formatief evalueren"]))
    png = folder / "foto-studiedag.png"
    png.write_bytes(_png(Random(3), 160, 120))
    return {"pdf": pdf, "png": png}


def test_dropping_files_attaches_them_with_thumbnail_and_page_count(qtbot, window, set_up, files):  # type: ignore[no-untyped-def]
    a = set_up.portfolio.create_activity(activity())
    window.activities.reload()
    panel = window.activities.evidence
    window.activities.tabs.setCurrentWidget(panel)
    assert panel.activity_id == a.id

    assert drop_files(panel, [files["pdf"], files["png"]])
    stored = set_up.portfolio.evidence_for(a.id)
    assert [e.filename for e in stored] == ["certificaat cursus.pdf", "foto-studiedag.png"]
    assert stored[0].sha256 == hashlib.sha256(files["pdf"].read_bytes()).hexdigest()
    assert stored[0].kind is vocab.EvidenceKind.CERTIFICAAT and stored[1].kind is vocab.EvidenceKind.FOTO
    assert panel.list.count() == 2
    assert "1 pagina" in panel.list.item(0).text()  # read from the PDF itself
    thumb = panel.list.item(1).icon().pixmap(72, 72)
    assert not thumb.isNull() and thumb.toImage().pixelColor(36, 36).alpha() == 255
    assert window.activities.model.summary(0).evidence_count == 2  # the list's count follows


def test_dropping_on_a_row_of_the_list_attaches_to_that_activity(qtbot, window, set_up, files):  # type: ignore[no-untyped-def]
    first = set_up.portfolio.create_activity(activity("Eerste"))
    set_up.portfolio.create_activity(activity("Tweede"))
    window.activities.reload()
    view = window.activities.view
    row = window.activities.proxy.row_of(first.id)
    rect = view.visualRect(window.activities.proxy.index(row, 1))
    assert drop_files(view.viewport(), [files["pdf"]], QPointF(rect.center()))
    assert [e.filename for e in set_up.portfolio.evidence_for(first.id)] == ["certificaat cursus.pdf"]


def test_remove_evidence_and_undo(qtbot, window, set_up, files):  # type: ignore[no-untyped-def]
    a = set_up.portfolio.create_activity(activity())
    window.activities.reload()
    panel = window.activities.evidence
    drop_files(panel, [files["pdf"]])
    panel.list.setCurrentRow(0)
    panel.remove_button.click()
    assert set_up.portfolio.evidence_for(a.id) == [] and panel.list.count() == 0
    window.undo_action.trigger()
    assert [e.filename for e in set_up.portfolio.evidence_for(a.id)] == ["certificaat cursus.pdf"]
    assert panel.list.count() == 1
    window.undo_action.trigger()  # the attach itself is undoable too
    assert set_up.portfolio.evidence_for(a.id) == []


def test_open_copies_the_verified_file_for_the_system_viewer(qtbot, window, set_up, files, opened_urls):  # type: ignore[no-untyped-def]
    set_up.portfolio.create_activity(activity())
    window.activities.reload()
    panel = window.activities.evidence
    drop_files(panel, [files["pdf"]])
    panel.list.setCurrentRow(0)
    panel.open_button.click()
    assert len(opened_urls) == 1
    opened = Path(opened_urls[0].toLocalFile())
    assert opened.name == "certificaat cursus.pdf"
    assert opened.read_bytes() == files["pdf"].read_bytes()


@pytest.fixture
def threaded_window(qtbot, set_up, lang, tmp_path):  # type: ignore[no-untyped-def]
    tasks = TaskManager()  # real worker threads and the real serial writer
    window = MainWindow(set_up, tasks, tmp_path / "open", lang, open_url=lambda _u: True)
    window.ask = lambda _title, _text: True
    qtbot.addWidget(window)
    window.show()
    window.start()
    yield window
    tasks.shutdown()


def big_file(tmp_path: Path, mb: int) -> Path:
    path = tmp_path / "video-les.mp4"
    with open(path, "wb") as fh:
        block = hashlib.sha256(b"bekwaam").digest() * (1 << 15)  # 1 MiB, not sparse
        for _ in range(mb):
            fh.write(block)
    return path


def test_a_large_file_attaches_on_a_worker_with_progress(qtbot, threaded_window, set_up, tmp_path):  # type: ignore[no-untyped-def]
    a = set_up.portfolio.create_activity(activity())
    window = threaded_window
    window.activities.reload()
    qtbot.waitUntil(lambda: window.activities.current_activity() is not None)
    panel = window.activities.evidence
    seen: list[int] = []
    panel.progress_bar.valueChanged.connect(seen.append)
    path = big_file(tmp_path, 200)
    panel.attach_files([path])
    assert not panel.progress_box.isHidden() and panel.attaching  # returned at once: the window is free
    qtbot.waitUntil(lambda: not panel.attaching and panel.list.count() == 1, timeout=60_000)
    assert [e.size for e in set_up.portfolio.evidence_for(a.id)] == [200 * 1024 * 1024]
    assert seen and max(seen) == panel.progress_bar.maximum()
    assert panel.progress_box.isHidden()


def test_cancelling_an_attach_changes_nothing(qtbot, threaded_window, set_up, tmp_path):  # type: ignore[no-untyped-def]
    a = set_up.portfolio.create_activity(activity())
    window = threaded_window
    window.activities.reload()
    qtbot.waitUntil(lambda: window.activities.current_activity() is not None)
    panel = window.activities.evidence
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    panel.attach_files([big_file(tmp_path, 300)])
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.attaching, timeout=60_000)
    assert set_up.portfolio.evidence_for(a.id) == []
    assert not any(p.is_file() for p in (set_up.paths.evidence / "tmp").iterdir())
    assert any("geannuleerd" in m for m in messages)


def test_reflection_model_change_keeps_the_text_and_saves(qtbot, window, set_up):  # type: ignore[no-untyped-def]
    a = set_up.portfolio.create_activity(activity())
    window.activities.reload()
    page = window.activities
    editor = page.reflection
    page.tabs.setCurrentIndex(2)
    assert editor.isEnabled() and editor.model() is vocab.ReflectionModelId.VRIJ
    qtbot.keyClicks(editor.edits["tekst"], "Ik geef nu kortere instructie.")
    editor.model_combo.setCurrentIndex(editor.model_combo.findData("starr"))
    assert set(editor.edits) == {"situatie", "taak", "actie", "resultaat", "reflectie", "transfer"}
    assert editor.edits["reflectie"].toPlainText() == "Ik geef nu kortere instructie."
    assert "Waar, wanneer" in editor.edits["situatie"].placeholderText()  # the model's prompts, in Dutch
    qtbot.keyClicks(editor.edits["transfer"], "Ook in de onderbouw.")
    editor.model_combo.setCurrentIndex(editor.model_combo.findData("alact"))
    texts = " ".join(e.toPlainText() for e in editor.edits.values())
    assert "Ik geef nu kortere instructie." in texts and "Ook in de onderbouw." in texts
    page.save()
    stored = set_up.portfolio.reflection_for(a.id)
    assert stored is not None and stored.model is vocab.ReflectionModelId.ALACT
    assert "Ook in de onderbouw." in " ".join(stored.answers.values())
    assert window.activities.model.summary(0).has_reflection
    window.undo_action.trigger()
    assert set_up.portfolio.reflection_for(a.id) is None


def test_carry_over_never_drops_text() -> None:
    models = list(vocab.ReflectionModelId)
    for source in models:
        answers = {p.id: f"tekst {p.id}" for p in vocab.REFLECTION_MODELS[source].prompts}
        for target in models:
            moved = carry_over(answers, source, target)
            allowed = {p.id for p in vocab.REFLECTION_MODELS[target].prompts}
            assert set(moved) <= allowed
            joined = " ".join(moved.values())
            assert all(text in joined for text in answers.values())

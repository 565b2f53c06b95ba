"""Qt's own file dialog speaks Dutch too, where Qt's qtbase_nl.qm leaves texts in English.

The app shows Qt's dialog (not the platform's) on Linux desktops without a portal; its labels and
the Type column come from resources/translations/qtdialogs_nl.ts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView


def dialog_texts(qtbot, folder: Path) -> tuple[dict[str, str], list[str]]:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Opslaan", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2, timeout=5000)
    types = sorted(model.index(r, 2, view.rootIndex()).data() for r in range(2))
    return labels, types


def test_the_file_dialog_in_dutch(qtbot, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "Bewijsstukken").mkdir()
    (tmp_path / "certificaat.pdf").write_bytes(b"%PDF-1.4\n")
    labels, types = dialog_texts(qtbot, tmp_path)
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestands&type:"
    assert labels["fileNameLabel"] == "Bestands&naam:"  # from Qt's own translation
    assert "Map" in types
    assert not {"Folder", "File"} & set(types)

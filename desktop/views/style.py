"""The look: the system's light or dark palette, colours derived from it, icons, the style sheet."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.resources import resource_path
from sync import portfolio as vocab

#: Set to "dark" or "light" to override what the system says (screenshots, testing a theme).
ENV_COLOR_SCHEME = "BEKWAAM_COLOR_SCHEME"

# Chosen to stay apart for the common colour-vision deficiencies and to read on light and dark.
DOMAIN_COLORS = {
    vocab.Domain.VAKINHOUDELIJK: "#2f7fc1",
    vocab.Domain.VAKDIDACTISCH: "#e08a1e",
    vocab.Domain.PEDAGOGISCH: "#3aa37a",
    vocab.Domain.PROFESSIONEEL_HANDELEN: "#9b6cc4",
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 39, 43), QColor(28, 30, 33), QColor(230, 230, 230)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor(44, 46, 51))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor(50, 53, 58))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(50, 53, 58))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(47, 127, 193))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))
        p.setColor(group, QPalette.ColorRole.Link, QColor(110, 170, 230))
        p.setColor(group, QPalette.ColorRole.Mid, QColor(70, 72, 78))
        p.setColor(group, QPalette.ColorRole.Light, QColor(70, 72, 78))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor(60, 62, 68))
        p.setColor(group, QPalette.ColorRole.Dark, QColor(20, 20, 22))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(45, 47, 52))
    return p


def apply_look(app: QApplication) -> None:
    """Fusion everywhere (one look to test), in the light or dark palette the system asks for."""
    app.setStyle("Fusion")
    wanted = os.environ.get(ENV_COLOR_SCHEME, "").lower()
    if not wanted:
        wanted = "dark" if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"
    if wanted == "dark":
        app.setPalette(dark_palette())
    app.setStyleSheet(style_sheet())


def error_color() -> QColor:
    return QColor("#ff8a80") if is_dark() else QColor("#b3261e")


def success_color() -> QColor:
    return QColor("#7bd88f") if is_dark() else QColor("#1e7b34")


def warning_background() -> QColor:
    return QColor("#4a3b12") if is_dark() else QColor("#fff4d6")


def info_background() -> QColor:
    return QColor("#1d3347") if is_dark() else QColor("#e6f1fb")


def muted_color() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def style_sheet() -> str:
    err = error_color().name()
    return f"""
QLabel[role="error"] {{ color: {err}; }}
QLabel[role="muted"] {{ color: {muted_color().name()}; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: 11pt; font-weight: 600; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QDoubleSpinBox[invalid="true"],
QDateEdit[invalid="true"] {{ border: 1px solid {err}; border-radius: 3px; }}
QListWidget#navigation {{ border: none; font-size: 11pt; }}
QListWidget#navigation::item {{ padding: 10px 8px; }}
"""


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG: sharp at any device pixel ratio)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()

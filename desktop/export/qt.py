"""Qt for the exports: an application object when there is none, the bundled fonts, the export's own language.

Qt silently writes a PDF without any text when it finds no font (MACHINE.md), so the export
never relies on the machine's fonts: it loads DejaVu from resources/fonts and refuses to go on
when that fails. The PDF's language is chosen per export (a Dutch PDF from an English window),
so it gets its own QTranslator instead of the one installed in the application.
"""

from __future__ import annotations

import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from desktop.export.common import ExportError
from desktop.i18n import normalise_language, translations_dir
from desktop.resources import resource_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansMono.ttf")
SANS = "DejaVu Sans"
MONO = "DejaVu Sans Mono"

_lock = threading.Lock()
_fonts_loaded = False
_app: QCoreApplication | None = None  # kept referenced when we made it ourselves


def ensure_app() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen without a display).

    Call it on the main thread before starting a worker (the command line does; the window
    has its QApplication already).
    """
    global _app
    app = QCoreApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise ExportError(
                "no_gui_application",
                "The PDF export needs a QGuiApplication, not a QCoreApplication.",
                "De PDF-export heeft een QGuiApplication nodig, geen QCoreApplication.",
                bad_input=False,
            )
        return app
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["bekwaam-export"])
    return _app


def load_fonts() -> None:
    """Register the bundled fonts with Qt (once); raise ExportError when they cannot be loaded."""
    global _fonts_loaded
    with _lock:
        if _fonts_loaded:
            return
        for name in FONT_FILES:
            path = resource_path("fonts", name)
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            if font_id < 0:
                raise ExportError(
                    "font_missing",
                    f"The bundled font {path} could not be loaded; without it the PDF would have no text.",
                    f"Het meegeleverde lettertype {path} kon niet worden geladen; zonder lettertype "
                    "zou de PDF geen tekst bevatten.",
                    bad_input=False,
                )
        _fonts_loaded = True


class ExportTranslator:
    """Translates the export's texts into the export's language, whatever the window speaks.

    `translate(context, source)` mirrors QCoreApplication.translate, so pyside6-lupdate finds
    the calls; the texts live in resources/translations/export_<lang>.ts.
    """

    def __init__(self, lang: str):
        self.lang = normalise_language(lang)
        self._translator: QTranslator | None = None
        if self.lang != "en":
            qm = translations_dir() / f"export_{self.lang}.qm"
            translator = QTranslator()
            if not qm.is_file() or not translator.load(str(qm)):
                raise ExportError(
                    "translations_missing",
                    f"The translations for the export ({qm}) are missing; build them with "
                    "'python -m desktop.i18n build'.",
                    f"De vertalingen voor de export ({qm}) ontbreken; maak ze met 'python -m desktop.i18n build'.",
                    bad_input=False,
                )
            self._translator = translator

    def translate(self, context: str, source: str) -> str:
        if self._translator is None:
            return source
        return self._translator.translate(context, source) or source

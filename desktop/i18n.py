"""Languages through Qt's translation system: Dutch by default, English when chosen.

Source strings in the code are English; `resources/translations/<area>_<lang>.ts` hold the
translations, one pair per area of the code (e.g. `bekwaam_nl.ts` for the window,
`export_nl.ts` for the exports) so that areas do not edit one file. The `.qm` files are built
from the `.ts` sources by `pyside6-lrelease` (`python -m desktop.i18n build`, run by the set-up
script and the packaging build), never edited by hand, and not committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource_path

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

# Translators currently installed, kept referenced so that Qt does not lose them.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("translations")


def normalise_language(lang: str | None) -> str:
    lang = (lang or "").strip().lower().replace("-", "_").split("_")[0]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def _lrelease() -> str:
    import shutil  # the build's tools, not the window's start

    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = here / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise RuntimeError("pyside6-lrelease not found; install PySide6-Essentials into this environment")
    return found


def build(force: bool = False, folder: Path | None = None) -> list[Path]:
    """Compile every `.ts` in `folder` whose `.qm` is missing or older; return the `.qm` files written."""
    import subprocess

    folder = folder or translations_dir()
    written: list[Path] = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tmp = qm.with_name(qm.name + ".tmp")
        r = subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(tmp)], capture_output=True, text=True)
        if r.returncode != 0 or not tmp.exists():
            tmp.unlink(missing_ok=True)
            raise RuntimeError(f"lrelease failed on {ts.name}: {r.stdout}{r.stderr}")
        os.replace(tmp, qm)
        written.append(qm)
    return written


def install(lang: str | None, app: QCoreApplication | None = None) -> str:
    """Install the translators for `lang` (replacing earlier ones); return the language used.

    Loads every `*_<lang>.qm` of ours, plus Qt's own `qtbase_<lang>.qm` so that standard
    dialogs and buttons speak the same language. English needs only the source strings.
    """
    lang = normalise_language(lang)
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QCoreApplication")
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom))
    candidates = sorted(translations_dir().glob(f"*_{lang}.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = Path(qt_dir) / f"qtbase_{lang}.qm"
    if lang != "en" and qtbase.exists():
        candidates.append(qtbase)
    for qm in candidates:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "build":
        sys.stderr.write("usage: python -m desktop.i18n build [--force]\n")
        return 2
    for qm in build(force="--force" in args):
        print(f"built {qm.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

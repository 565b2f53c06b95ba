"""Run-time hook of the frozen app: Qt's paths as PyInstaller's PySide6 hook sets them, without importing Qt.

PyInstaller's own hook (pyi_rth_pyside6, left out by packaging/bekwaam.spec) imports PySide6.QtCore at
every start to register an embedded qt.conf, which cost `bekwaam --version`, `policy check` and every
subcommand that never opens a window most of a tenth of a second. This one sets the same environment at
once and registers the same qt.conf right after PySide6.QtCore is first imported, before Qt is asked
for any of its paths.
"""

import os
import sys


def _bekwaam_qt_rthook():
    import importlib.util

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable

    if sys.platform.startswith("win"):
        qt_dir = os.path.join(sys._MEIPASS, "PySide6")
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    else:
        qt_dir = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_dir, "qml")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")

    class _QtConfAfterQtCore:
        """A finder that steps aside for PySide6.QtCore and registers qt.conf once the module is loaded."""

        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            exec_module = spec.loader.exec_module

            def exec_then_register(module):
                exec_module(module)
                from _pyi_rth_utils import qt as qt_rth_utils

                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_dir)

            spec.loader.exec_module = exec_then_register
            return spec

    sys.meta_path.insert(0, _QtConfAfterQtCore())


_bekwaam_qt_rthook()
del _bekwaam_qt_rthook

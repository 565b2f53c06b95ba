"""The Qt binding does not corrupt the interpreter: a void Qt call leaves None's reference count alone.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call; an export of a
few pages then aborted the interpreter at exit ("none_dealloc"). pyproject pins it out.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont


def test_void_qt_calls_keep_none_alive() -> None:
    f = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        f.setBold(True)
    assert abs(sys.getrefcount(None) - before) < 50

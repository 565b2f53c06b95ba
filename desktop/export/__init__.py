"""Exports and interchange: the portfolio PDF, Leap2A export/import, backup and restore.

Every entry point takes plain data and two callables so the window can run it on a worker
thread: `progress(done, total, message)` and `cancel() -> bool` (True stops the work, which
then raises `Cancelled` and leaves no partial output behind).
"""

from __future__ import annotations

from desktop.export.common import CancelFn, Cancelled, ExportError, ProgressFn

__all__ = ["CancelFn", "Cancelled", "ExportError", "ProgressFn"]

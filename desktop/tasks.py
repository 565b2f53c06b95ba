"""Operations off the GUI thread: a pool for reads and files, one serial executor for database writes.

An operation is a plain function that gets plain data and a `TaskControl` (to report progress
and to ask whether the user cancelled) and returns plain data; it never touches a widget.
Its result, its failure and its progress come back to the GUI thread through queued signals
and are handed to the callbacks given to `TaskManager.run`. Writes to the local database all
go through one single-threaded executor, so two edits never race each other (STYLE.md habit 3;
Anki's `aqt/operations`, Picard's `util/thread.py`). Tests may build the manager with
`inline=True`: operations then run at once on the calling thread, callbacks included.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from desktop.store.blobs import Cancelled

__all__ = ["Cancelled", "TaskControl", "TaskHandle", "TaskManager"]


class TaskControl:
    """What an operation may do while it runs: report progress, notice a cancel."""

    def __init__(self, on_progress: Callable[[int, int], None] | None = None):
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise `Cancelled` when the user asked to stop (for loops in operations)."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(int(done), int(total))

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the queued connection delivers here.

    Signals:
        succeeded(object): the operation's return value.
        failed(object): the exception it raised (`Cancelled` when the user stopped it).
        progressed(int, int): bytes or steps done, and the total (0 when unknown).
    """

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal("qint64", "qint64")

    def __init__(self, handle: TaskHandle):
        super().__init__()
        self.handle = handle
        self.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.handle._finish(result, None)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.handle._finish(None, error)  # type: ignore[arg-type]

    @Slot("qint64", "qint64")
    def _on_progressed(self, done: int, total: int) -> None:
        if self.handle.on_progress is not None and not self.handle.done:
            self.handle.on_progress(done, total)


@dataclass(eq=False)
class TaskHandle:
    """A running operation: cancel it, or ask whether it is done."""

    name: str
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    on_progress: Callable[[int, int], None] | None = None
    control: TaskControl = field(default_factory=TaskControl)
    done: bool = False
    _manager: TaskManager | None = None

    def cancel(self) -> None:
        self.control.cancel()

    def _finish(self, result: object, error: BaseException | None) -> None:
        if self.done:
            return
        self.done = True
        if self._manager is not None:
            self._manager._forget(self)
        if error is None:
            if self.on_success is not None:
                self.on_success(result)
        elif self.on_failure is not None:
            self.on_failure(error)
        else:
            self._manager_report(error)

    def _manager_report(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if self._manager is not None:
            self._manager.unhandled_failure(self.name, error)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], control: TaskControl, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.control = control
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn(self.control)
        except BaseException as exc:  # reported to the GUI thread, never lost in a worker
            exc.__dict__.setdefault("_bekwaam_traceback", traceback.format_exc())
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class TaskManager(QObject):
    """Runs operations: reads and file work on a pool, database writes one at a time.

    Signals:
        busy_changed(bool): whether any operation is running (for a busy indicator).
        failure_unhandled(str, object): an operation without a failure callback failed.
    """

    busy_changed = Signal(bool)
    failure_unhandled = Signal(str, object)

    def __init__(self, inline: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.inline = inline
        self._running: set[TaskHandle] = set()
        self._relays: dict[TaskHandle, _Relay] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # the one writer to the local database
        self._writer.setExpiryTimeout(-1)

    def run(
        self,
        name: str,
        fn: Callable[[TaskControl], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        writes: bool = False,
    ) -> TaskHandle:
        """Start `fn(control)`; `writes=True` queues it behind every earlier write."""
        handle = TaskHandle(name, on_success, on_failure, on_progress, _manager=self)
        was_busy = bool(self._running)
        self._running.add(handle)
        if not was_busy:
            self.busy_changed.emit(True)
        if self.inline:
            handle.control = TaskControl(on_progress)
            try:
                result = fn(handle.control)
            except Exception as exc:
                handle._finish(None, exc)
            else:
                handle._finish(result, None)
            return handle
        relay = _Relay(handle)
        self._relays[handle] = relay
        handle.control = TaskControl(lambda done, total: relay.progressed.emit(done, total))
        (self._writer if writes else self._pool).start(_Runnable(fn, handle.control, relay))
        return handle

    def write(
        self,
        name: str,
        fn: Callable[[TaskControl], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> TaskHandle:
        return self.run(name, fn, on_success, on_failure, on_progress, writes=True)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def _forget(self, handle: TaskHandle) -> None:
        self._running.discard(handle)
        relay = self._relays.pop(handle, None)
        if relay is not None:
            relay.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    def unhandled_failure(self, name: str, error: BaseException) -> None:
        self.failure_unhandled.emit(name, error)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel what can be cancelled and wait for the workers (writes always finish)."""
        for handle in list(self._running):
            handle.cancel()
        ok = self._writer.waitForDone(timeout_ms)
        return self._pool.waitForDone(timeout_ms) and ok

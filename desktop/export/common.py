"""What the exports share: progress and cancel callables, bilingual errors, atomic output files."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.store.blobs import Cancelled
from sync.durable import fsync_dir

ProgressFn = Callable[[int, int, str], None]  # (done, total, message)
CancelFn = Callable[[], bool]  # True: stop now


class ExportError(Exception):
    """An export, import, backup or restore that cannot go ahead; says why in Dutch and English.

    `kind` is a stable id (tests and the window match on it); `bad_input` is True when the
    user's file or choice is at fault (exit 2 on the command line), False for other failures.
    """

    def __init__(self, kind: str, message_en: str, message_nl: str, bad_input: bool = True):
        super().__init__(message_en)
        self.kind = kind
        self.message_en = message_en
        self.message_nl = message_nl
        self.bad_input = bad_input

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


class Steps:
    """Reports progress over phases of known weight as one 0..1000 scale.

    Each phase gets a share of the bar; within a phase `advance()` moves through its items.
    The cancel check runs on every call, so a long loop stops within one item.
    """

    SCALE = 1000

    def __init__(self, progress: ProgressFn | None, cancel: CancelFn | None, weights: dict[str, float]):
        self._progress = progress
        self._cancel = cancel
        total = sum(weights.values()) or 1.0
        self._starts: dict[str, float] = {}
        self._shares: dict[str, float] = {}
        acc = 0.0
        for name, w in weights.items():
            self._starts[name] = acc
            self._shares[name] = w / total
            acc += w / total
        self._phase = next(iter(weights), "")
        self._items = 1
        self._done = 0
        self._message = ""

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    def phase(self, name: str, items: int, message: str) -> None:
        self.check()
        self._phase, self._items, self._done, self._message = name, max(1, items), 0, message
        self._report()

    def advance(self, n: int = 1, message: str | None = None) -> None:
        self.check()
        self._done = min(self._items, self._done + n)
        if message is not None:
            self._message = message
        self._report()

    def finish(self, message: str) -> None:
        if self._progress is not None:
            self._progress(self.SCALE, self.SCALE, message)

    def _report(self) -> None:
        if self._progress is None:
            return
        fraction = self._starts.get(self._phase, 0.0) + self._shares.get(self._phase, 0.0) * (
            self._done / self._items
        )
        self._progress(min(self.SCALE - 1, int(fraction * self.SCALE)), self.SCALE, self._message)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it is fsynced and renamed into place.

    On any exception (a cancel included) the temporary file is removed, so a failed or
    cancelled export never leaves a partial file, and an existing `target` stays as it was.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(
            "output_folder_missing",
            f"The folder {folder} does not exist.",
            f"De map {folder} bestaat niet.",
        )
    # Not mkstemp: its 0600 mode would stick to the exported file; "x" creates with the umask.
    tmp = folder / f".{target.name}.{secrets.token_hex(6)}.part"
    with open(tmp, "xb"):
        pass
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


__all__ = ["CancelFn", "Cancelled", "ExportError", "ProgressFn", "Steps", "atomic_output", "fsync_dir"]

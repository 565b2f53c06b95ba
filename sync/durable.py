"""Durable writes on a plain file system, shared by the app and the register server.

A rename is durable only once the folder holding it is flushed too; these helpers are the one
place that says how (and that some platforms, Windows among them, cannot fsync a folder).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename or a new file in it) to disk, where the platform allows it."""
    with contextlib.suppress(OSError):  # not every platform can open or fsync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file's contents written earlier (possibly by another handle) to disk."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old or the new file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


__all__ = ["atomic_write", "fsync_dir", "fsync_file"]

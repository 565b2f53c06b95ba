"""The evidence store: files kept by their SHA-256, written streaming and atomically.

Layout: ``evidence/ab/cd/abcd…`` (two levels of sharding keep folders small with many files);
``evidence/tmp/`` holds writes in progress. A write streams the source in chunks into a
temporary file while hashing, fsyncs it, and renames it into place; an interrupted write
leaves only a temporary file, which the next start removes. The same content is stored once.
Reading verifies the hash, so a file damaged on disk is noticed, never handed on silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import queue
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sync.durable import fsync_dir as _fsync_dir

CHUNK = 4 * 1024 * 1024

ProgressFn = Callable[[int, int], None]  # (bytes done, bytes total; total 0 when unknown)
CancelFn = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled a long operation; nothing was changed."""


class _NoKernelCopy(Exception):
    """copy_file_range is not available for these files; use the portable copy."""


class EvidenceCorrupted(Exception):
    """A stored file no longer matches its SHA-256."""

    def __init__(self, sha256: str, actual: str | None):
        self.sha256 = sha256
        self.actual = actual
        what = "is missing" if actual is None else f"now hashes to {actual}"
        super().__init__(f"evidence file {sha256} {what}")


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    existed: bool  # True when identical content was already in the store


def is_sha256(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


class EvidenceStore:
    def __init__(self, root: Path, chunk_size: int = CHUNK):
        self.root = root
        self.tmp = root / "tmp"
        self.chunk_size = chunk_size
        self.tmp.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------ paths

    def path_for(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def iter_hashes(self) -> Iterator[str]:
        for first in sorted(self.root.iterdir()):
            if first.name == "tmp" or not first.is_dir():
                continue
            for second in sorted(first.iterdir()):
                for f in sorted(second.iterdir()):
                    if is_sha256(f.name):
                        yield f.name

    def cleanup_tmp(self) -> int:
        """Remove writes left unfinished by a crash; return how many."""
        removed = 0
        for f in self.tmp.iterdir():
            with contextlib.suppress(OSError):
                f.unlink()
                removed += 1
        return removed

    # ------------------------------------------------------------------ writing

    def put_file(
        self,
        source: Path,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> StoredBlob:
        total = source.stat().st_size
        if total > 4 * self.chunk_size and hasattr(os, "copy_file_range"):
            try:
                return self._put_file_in_kernel(source, total, progress, cancel)
            except _NoKernelCopy:
                pass  # another file system or an old kernel: the portable path below
        with open(source, "rb", buffering=0) as fh:
            return self.put_stream(fh, total, progress, cancel)

    def _put_file_in_kernel(
        self, source: Path, total: int, progress: ProgressFn | None, cancel: CancelFn | None
    ) -> StoredBlob:
        """Copy a large file inside the kernel, then hash the copy while it is fsynced.

        The bytes never pass through Python during the copy (copy_file_range), and hashing
        the stored copy — not the source — means the hash is of exactly what was kept, even if
        the source changes meanwhile. Hashing reads the copy back from the page cache while a
        second thread waits for fsync, so an attach costs about what a plain copy costs.
        """
        fd, tmp_name = tempfile.mkstemp(prefix="write-", dir=self.tmp)
        tmp_path = Path(tmp_name)
        try:
            with open(source, "rb", buffering=0) as src, os.fdopen(fd, "wb", buffering=0) as out:
                copied = 0
                step = 16 * self.chunk_size
                while True:
                    if cancel is not None and cancel():
                        raise Cancelled()
                    try:
                        n = os.copy_file_range(src.fileno(), out.fileno(), step)
                    except OSError as exc:
                        if copied == 0:
                            raise _NoKernelCopy() from exc
                        raise
                    if n == 0:
                        break
                    copied += n
                    if progress is not None:
                        progress(min(copied, total), total)
                syncing = threading.Thread(target=os.fsync, args=(out.fileno(),), name="evidence-fsync")
                syncing.start()
                try:
                    digest = hashlib.sha256()
                    buf = bytearray(self.chunk_size)
                    view = memoryview(buf)
                    with open(tmp_path, "rb", buffering=0) as back:
                        while n := back.readinto(buf):
                            digest.update(view[:n])
                finally:
                    syncing.join()
            return self._keep(tmp_path, digest.hexdigest(), copied, None)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp_path.unlink()
            raise

    def put_bytes(self, data: bytes) -> StoredBlob:
        return self.put_stream(io.BytesIO(data), len(data))

    def put_stream(
        self,
        stream: BinaryIO,
        total: int = 0,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        expected_sha256: str | None = None,
    ) -> StoredBlob:
        """Store a stream's content; with `expected_sha256`, refuse content that differs."""
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(prefix="write-", dir=self.tmp)
        tmp_path = Path(tmp_name)
        size = 0
        # Large files hash on a second thread while this one writes: hashlib and os.write both
        # release the GIL, so the copy costs about as much as the slower of the two.
        hasher = _Hasher(digest) if total > 4 * self.chunk_size else None
        try:
            with os.fdopen(fd, "wb", buffering=0) as out:
                try:
                    while True:
                        if cancel is not None and cancel():
                            raise Cancelled()
                        chunk = stream.read(self.chunk_size)
                        if not chunk:
                            break
                        if hasher is not None:
                            hasher.feed(chunk)
                        else:
                            digest.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
                        if progress is not None:
                            progress(size, total)
                finally:
                    if hasher is not None:
                        hasher.finish()
                out.flush()
                os.fsync(out.fileno())
            return self._keep(tmp_path, digest.hexdigest(), size, expected_sha256)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp_path.unlink()
            raise

    def _keep(self, tmp_path: Path, sha: str, size: int, expected_sha256: str | None) -> StoredBlob:
        """Move a written, fsynced temporary file into place under its hash (once per content)."""
        if expected_sha256 is not None and sha != expected_sha256:
            raise EvidenceCorrupted(expected_sha256, sha)
        target = self.path_for(sha)
        if target.is_file():
            tmp_path.unlink()
            return StoredBlob(sha, size, existed=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(tmp_path, 0o444)  # stored evidence is never edited in place
        os.replace(tmp_path, target)
        _fsync_dir(target.parent)
        return StoredBlob(sha, size, existed=False)

    def remove(self, sha256: str) -> None:
        """Delete a stored file (only when no record refers to it any more)."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha256).unlink()

    # ------------------------------------------------------------------ reading

    def open_verified(self, sha256: str) -> VerifyingReader:
        """A reader that raises EvidenceCorrupted at the end if the content does not match."""
        path = self.path_for(sha256)
        try:
            fh = open(path, "rb")
        except FileNotFoundError:
            raise EvidenceCorrupted(sha256, None) from None
        return VerifyingReader(fh, sha256)

    def read_verified(self, sha256: str) -> bytes:
        """The whole content, verified (for small files such as thumbnails)."""
        with self.open_verified(sha256) as reader:
            return reader.read()

    def verify(self, sha256: str, cancel: CancelFn | None = None) -> bool:
        try:
            with self.open_verified(sha256) as reader:
                while reader.read(self.chunk_size):
                    if cancel is not None and cancel():
                        raise Cancelled()
            return True
        except EvidenceCorrupted:
            return False

    def copy_out(self, sha256: str, destination: Path) -> None:
        """Write a verified copy to `destination`, atomically."""
        destination.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".bekwaam-", dir=destination.parent)
        try:
            with os.fdopen(fd, "wb") as out, self.open_verified(sha256) as reader:
                while chunk := reader.read(self.chunk_size):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp_name, destination)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise


class _Hasher:
    """Feeds chunks to a digest on a worker thread, at most a few chunks behind."""

    def __init__(self, digest: Any):
        self._digest = digest
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._thread = threading.Thread(target=self._run, name="evidence-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            self._digest.update(chunk)

    def feed(self, chunk: bytes) -> None:
        self._queue.put(chunk)

    def finish(self) -> None:
        self._queue.put(None)
        self._thread.join()


class VerifyingReader(io.RawIOBase):
    """Reads a stored file and checks its SHA-256 when the end is reached."""

    def __init__(self, fh: BinaryIO, sha256: str):
        super().__init__()
        self._fh = fh
        self._sha = sha256
        self._digest = hashlib.sha256()
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = self._fh.readinto(b)  # type: ignore[attr-defined]
        if n:
            self._digest.update(memoryview(b)[:n])
        elif not self._done:
            self._done = True
            actual = self._digest.hexdigest()
            if actual != self._sha:
                raise EvidenceCorrupted(self._sha, actual)
        return int(n or 0)

    def close(self) -> None:
        self._fh.close()
        super().close()



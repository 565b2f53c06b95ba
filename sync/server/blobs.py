"""Evidence storage behind one interface: the file system by default, an object store at scale.

`BlobStore` is what the server needs: finished files addressed by SHA-256 (streamed in ranges,
never whole in memory) and the bytes of uploads in progress (appended at an offset, checked
against their hash, then moved into place). `FileBlobStore` keeps them in a folder — finished
files in sharded folders (ab/cd/abcd…), each written to a temporary name, fsynced and renamed,
so a crash never leaves half a file under a real hash. An S3-compatible store implements the
same methods with multipart uploads (docs/operations.md).

Names never come from clients unchecked: hashes and upload ids are matched against strict
patterns before they become paths.
"""

from __future__ import annotations

import abc
import contextlib
import hashlib
import os
import re
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sync.durable import fsync_dir as _fsync_dir

_SHA = re.compile(r"^[0-9a-f]{64}$")
_UPLOAD_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
READ_BLOCK = 1024 * 1024
ORPHAN_BATCH = 500
# A file set aside by a cleanup that crashed before deciding; younger ones may be another
# cleanup's, still deciding.
ABANDONED_ASIDE_SECONDS = 3600


class HashMismatch(Exception):
    def __init__(self, expected: str, actual: str):
        super().__init__(f"expected SHA-256 {expected}, got {actual}")
        self.expected = expected
        self.actual = actual


def check_sha(sha256: str) -> str:
    if not _SHA.match(sha256):
        raise ValueError("not a SHA-256 in lower-case hex")
    return sha256


def check_upload_id(upload_id: str) -> str:
    if not _UPLOAD_ID.match(upload_id):
        raise ValueError("not an upload id")
    return upload_id


class UploadWriter(abc.ABC):
    """Appends one chunk's bytes to an upload; `commit` ends the chunk and returns the new length.

    A chunk is not fsynced on its own (that would bind uploads to the disk's flush rate); the
    whole file is, before it is moved into place. After a machine crash the database's offset
    may be ahead of the bytes on disk: the next chunk then finds the file short and the client
    resumes where the bytes end, and any damage is caught by the final SHA-256 check.
    """

    @abc.abstractmethod
    def write(self, data: bytes | bytearray) -> None: ...

    @abc.abstractmethod
    def commit(self) -> int: ...

    @abc.abstractmethod
    def abort(self) -> None: ...


class BlobStore(abc.ABC):
    """Where evidence files live. Every method may be called from any server process."""

    @abc.abstractmethod
    def size(self, sha256: str) -> int | None:
        """The stored file's size, or None when it is not stored."""

    @abc.abstractmethod
    def read(self, sha256: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """The bytes start..end (end exclusive), in blocks."""

    @abc.abstractmethod
    def delete(self, sha256: str) -> None: ...

    @abc.abstractmethod
    def hashes(self) -> Iterator[str]:
        """Every stored file's hash (in no particular order)."""

    def orphans(self, needed: Callable[[list[str]], set[str]]) -> Iterator[str]:
        """Stored hashes `needed` (asked in batches) does not name."""
        batch: list[str] = []
        for sha256 in self.hashes():
            batch.append(sha256)
            if len(batch) >= ORPHAN_BATCH:
                keep = needed(batch)
                yield from (h for h in batch if h not in keep)
                batch = []
        if batch:
            keep = needed(batch)
            yield from (h for h in batch if h not in keep)

    @abc.abstractmethod
    def remove_unless(self, sha256: str, needed: Callable[[], bool]) -> bool:
        """Remove the stored file unless `needed()`, asked once the file can no longer be found
        under its hash — so an upload that finishes meanwhile either finds it gone and stores
        its own copy, or is seen by `needed()`. True when removed."""

    def recover_aside(self, needed: Callable[[list[str]], set[str]]) -> None:
        """Finish what a crashed `remove_unless` left (nothing to do for most stores)."""
        return None

    @abc.abstractmethod
    def open_upload(self, upload_id: str, offset: int) -> UploadWriter:
        """A writer appending at offset; bytes stored past offset by a failed attempt are dropped."""

    @abc.abstractmethod
    def upload_length(self, upload_id: str) -> int:
        """How many bytes of the upload are stored (0 when none)."""

    @abc.abstractmethod
    def finish_upload(self, upload_id: str, sha256: str, verified: bool = False) -> None:
        """Check the upload's hash (unless the caller already did) and move it into place.

        Raises HashMismatch (and discards the upload) when the bytes are not what was announced,
        FileNotFoundError when the upload's bytes are gone.
        """

    @abc.abstractmethod
    def discard_upload(self, upload_id: str) -> None: ...

    @abc.abstractmethod
    def stale_uploads(self, older_than_seconds: float) -> Iterator[str]:
        """Upload ids whose bytes were last written longer ago than this."""


class _FileUploadWriter(UploadWriter):
    def __init__(self, path: Path, offset: int):
        self.path = path
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self._fh = os.fdopen(fd, "r+b", buffering=0)
        # The database's offset is the truth: drop whatever a failed attempt wrote after it.
        length = os.fstat(fd).st_size
        if length < offset:
            self._fh.close()
            raise ValueError(f"upload has {length} bytes stored, fewer than its offset {offset}")
        if length > offset:
            self._fh.truncate(offset)
        self._fh.seek(offset)
        self._length = offset

    def write(self, data: bytes | bytearray) -> None:
        view = memoryview(data)
        while view:
            n = self._fh.write(view)
            assert n is not None
            view = view[n:]
        self._length += len(data)

    def commit(self) -> int:
        self._fh.close()
        return self._length

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._fh.close()


class FileBlobStore(BlobStore):
    def __init__(self, root: Path):
        self.root = Path(root)
        self.objects = self.root / "objects"
        self.uploads = self.root / "uploads"
        self.aside = self.root / "aside"
        self.objects.mkdir(parents=True, exist_ok=True)
        self.uploads.mkdir(parents=True, exist_ok=True)

    def _path(self, sha256: str) -> Path:
        check_sha(sha256)
        return self.objects / sha256[:2] / sha256[2:4] / sha256

    def _upload_path(self, upload_id: str) -> Path:
        return self.uploads / f"{check_upload_id(upload_id)}.part"

    def size(self, sha256: str) -> int | None:
        try:
            return self._path(sha256).stat().st_size
        except FileNotFoundError:
            return None

    def read(self, sha256: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        path = self._path(sha256)
        with open(path, "rb") as fh:
            fh.seek(start)
            remaining = (end if end is not None else path.stat().st_size) - start
            while remaining > 0:
                block = fh.read(min(READ_BLOCK, remaining))
                if not block:
                    break
                remaining -= len(block)
                yield block

    def delete(self, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(sha256).unlink()

    def hashes(self) -> Iterator[str]:
        for path in self.objects.glob("*/*/*"):
            if _SHA.match(path.name):
                yield path.name

    def remove_unless(self, sha256: str, needed: Callable[[], bool]) -> bool:
        path = self._path(sha256)
        self.aside.mkdir(exist_ok=True)
        aside = self.aside / f"{sha256}.{uuid.uuid4().hex}"
        try:
            os.replace(path, aside)  # from here on, the hash is not stored: a finishing upload moves its own in
        except FileNotFoundError:
            return False
        try:
            keep = needed()
        except BaseException:
            os.replace(aside, path)
            raise
        if keep:
            os.replace(aside, path)  # an upload may have stored the same bytes meanwhile: identical content
            return False
        aside.unlink()
        _fsync_dir(path.parent)
        return True

    def recover_aside(self, needed: Callable[[list[str]], set[str]]) -> None:
        """Files a crashed cleanup set aside: put back when still needed, else removed."""
        limit = time.time() - ABANDONED_ASIDE_SECONDS
        old: list[Path] = []
        for p in self.aside.glob("*.*") if self.aside.exists() else ():
            with contextlib.suppress(FileNotFoundError):
                if _SHA.match(p.name.split(".")[0]) and p.stat().st_ctime < limit:  # rename sets ctime
                    old.append(p)
        keep = needed([p.name.split(".")[0] for p in old]) if old else set()
        for p in old:
            sha256 = p.name.split(".")[0]
            if sha256 in keep and self.size(sha256) is None:
                self._path(sha256).parent.mkdir(parents=True, exist_ok=True)
                os.replace(p, self._path(sha256))
            else:
                p.unlink(missing_ok=True)

    def open_upload(self, upload_id: str, offset: int) -> UploadWriter:
        return _FileUploadWriter(self._upload_path(upload_id), offset)

    def upload_length(self, upload_id: str) -> int:
        try:
            return self._upload_path(upload_id).stat().st_size
        except FileNotFoundError:
            return 0

    def finish_upload(self, upload_id: str, sha256: str, verified: bool = False) -> None:
        source = self._upload_path(upload_id)
        target = self._path(sha256)
        if not verified:
            digest = hashlib.sha256()
            with open(source, "rb") as fh:
                while block := fh.read(READ_BLOCK):
                    digest.update(block)
            if digest.hexdigest() != sha256:
                self.discard_upload(upload_id)
                raise HashMismatch(sha256, digest.hexdigest())
        if target.exists():  # the same content is already stored (another teacher's copy)
            self.discard_upload(upload_id)
            return
        with open(source, "rb+") as fh:
            os.fsync(fh.fileno())
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
        _fsync_dir(target.parent)

    def discard_upload(self, upload_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._upload_path(upload_id).unlink()

    def stale_uploads(self, older_than_seconds: float) -> Iterator[str]:
        limit = time.time() - older_than_seconds
        for path in self.uploads.glob("*.part"):
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < limit and _UPLOAD_ID.match(path.stem):
                    yield path.stem

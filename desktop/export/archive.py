"""Reading zip files that may be hostile: no path leaves its folder, no bomb, no surprise.

Used by the Leap2A import and by restore. Everything is checked from the central directory
before a byte is written (names, counts, declared sizes, compression ratios, encryption,
links), and again while reading: an entry that yields more than its header promised is cut
off, so a lying header gains nothing. Writing a file only ever happens through
`extract_to()`, which refuses any target outside the folder it is given.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from desktop.export.common import CancelFn, Cancelled, ExportError

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_entries: int = 100_000
    max_entry_bytes: int = 8 * 1024**3
    max_total_bytes: int = 64 * 1024**3
    max_ratio: float = 200.0  # uncompressed / compressed, checked for entries above ratio_floor
    ratio_floor: int = 1024 * 1024


def _refuse(kind: str, en: str, nl: str) -> ExportError:
    return ExportError(kind, en, nl, bad_input=True)


_DRIVE = re.compile(r"^[A-Za-z]:")


def safe_name(name: str) -> str:
    """The entry's path as a plain relative POSIX path, or ExportError when it could escape."""
    shown = name if len(name) <= 200 else name[:200] + "…"
    if "\x00" in name:
        raise _refuse("unsafe_path", f"The archive contains a file name with a NUL byte: {shown!r}.",
                      f"Het archief bevat een bestandsnaam met een NUL-teken: {shown!r}.")
    unified = name.replace("\\", "/")
    parts = [p for p in unified.split("/") if p not in ("", ".")]
    if unified.startswith("/") or _DRIVE.match(unified) or ".." in parts or not parts:
        raise _refuse(
            "unsafe_path",
            f"The archive contains a path that leads outside its folder: {shown!r}. Nothing was written.",
            f"Het archief bevat een pad dat buiten de eigen map leidt: {shown!r}. Er is niets weggeschreven.",
        )
    return str(PurePosixPath(*parts))


class SafeZip:
    """A zip archive checked as a whole when opened; entries read with their limits enforced."""

    def __init__(self, path: Path, limits: Limits | None = None):
        self.path = Path(path)
        self.limits = limits or Limits()
        try:
            self._zip = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise _refuse("file_missing", f"{self.path} does not exist.", f"{self.path} bestaat niet.") from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise _refuse("not_a_zip", f"{self.path.name} is not a readable zip file ({exc}).",
                          f"{self.path.name} is geen leesbaar zip-bestand ({exc}).") from None
        try:
            self._entries = self._check()
        except BaseException:
            self._zip.close()
            raise

    def _check(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        lim = self.limits
        if len(infos) > lim.max_entries:
            raise _refuse("too_many_entries",
                          f"The archive holds {len(infos)} entries; at most {lim.max_entries} are accepted.",
                          f"Het archief bevat {len(infos)} bestanden; er worden er hoogstens {lim.max_entries} "
                          "aangenomen.")
        entries: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = safe_name(info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise _refuse("link_entry", f"The archive contains a symbolic link ({name}); that is refused.",
                              f"Het archief bevat een symbolische koppeling ({name}); die wordt geweigerd.")
            if info.flag_bits & 0x1:
                raise _refuse("encrypted_entry", f"The archive entry {name} is encrypted.",
                              f"Het bestand {name} in het archief is versleuteld.")
            if info.is_dir():
                continue
            if name in entries:
                raise _refuse("duplicate_entry", f"The archive contains {name} twice.",
                              f"Het archief bevat {name} twee keer.")
            if info.file_size > lim.max_entry_bytes:
                raise _refuse("entry_too_large",
                              f"The archive entry {name} would unpack to {info.file_size} bytes; "
                              f"at most {lim.max_entry_bytes} are accepted.",
                              f"Het bestand {name} in het archief zou {info.file_size} bytes groot worden; "
                              f"hoogstens {lim.max_entry_bytes} is toegestaan.")
            if info.file_size > lim.ratio_floor and info.file_size > lim.max_ratio * max(1, info.compress_size):
                raise _refuse("zip_bomb",
                              f"The archive entry {name} is compressed {info.file_size // max(1, info.compress_size)}"
                              " times; that looks like a zip bomb and is refused.",
                              f"Het bestand {name} in het archief is {info.file_size // max(1, info.compress_size)}"
                              " keer samengeperst; dat lijkt op een zip-bom en wordt geweigerd.")
            total += info.file_size
            if total > lim.max_total_bytes:
                raise _refuse("archive_too_large",
                              f"The archive would unpack to more than {lim.max_total_bytes} bytes.",
                              f"Het archief zou uitgepakt groter worden dan {lim.max_total_bytes} bytes.")
            entries[name] = info
        folded: dict[str, str] = {}
        for name in entries:
            other = folded.setdefault(name.casefold(), name)
            if other != name:  # would overwrite each other on Windows and macOS
                raise _refuse("duplicate_entry", f"The archive contains both {other} and {name}.",
                              f"Het archief bevat zowel {other} als {name}.")
        return entries

    # ------------------------------------------------------------------ reading

    def names(self) -> list[str]:
        return sorted(self._entries)

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    def size(self, name: str) -> int:
        return self._entries[name].file_size

    def open(self, name: str) -> BinaryIO:
        """A reader that never yields more than the entry's declared size."""
        info = self._entries[name]
        try:
            raw = self._zip.open(info)
        except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError) as exc:
            raise _refuse("bad_entry", f"The archive entry {name} cannot be read ({exc}).",
                          f"Het bestand {name} in het archief kan niet worden gelezen ({exc}).") from None
        return _Bounded(raw, info.file_size, name)  # type: ignore[return-value]

    def read(self, name: str, max_bytes: int) -> bytes:
        if self._entries[name].file_size > max_bytes:
            raise _refuse("entry_too_large", f"The archive entry {name} is larger than {max_bytes} bytes.",
                          f"Het bestand {name} in het archief is groter dan {max_bytes} bytes.")
        with self.open(name) as fh:
            return fh.read()

    def extract_to(self, name: str, root: Path, relative: str | None = None,
                   cancel: CancelFn | None = None) -> Path:
        """Write one entry below `root` (never elsewhere: the target is checked after resolving)."""
        rel = safe_name(relative or name)
        root_resolved = root.resolve()
        target = (root_resolved / rel).resolve()
        if root_resolved != target and root_resolved not in target.parents:
            raise _refuse("unsafe_path", f"{name} would be written outside {root}.",
                          f"{name} zou buiten {root} worden weggeschreven.")
        target.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(target, flags, 0o644)
        try:
            with os.fdopen(fd, "wb") as out, self.open(name) as src:
                while chunk := src.read(CHUNK):
                    if cancel is not None and cancel():
                        raise Cancelled()
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target

    def iter_chunks(self, name: str) -> Iterator[bytes]:
        with self.open(name) as fh:
            while chunk := fh.read(CHUNK):
                yield chunk

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Bounded(io.RawIOBase):
    """Stops a zip entry at its declared size: a header that lies about it gains nothing."""

    def __init__(self, raw: BinaryIO, limit: int, name: str):
        super().__init__()
        self._raw = raw
        self._left = limit
        self._name = name

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        want = len(b)
        if self._left <= 0:
            if self._raw.read(1):
                raise _refuse("zip_bomb", f"The archive entry {self._name} holds more than its header says.",
                              f"Het bestand {self._name} in het archief bevat meer dan de kop aangeeft.")
            return 0
        try:
            data = self._raw.read(min(want, self._left))
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise _refuse("bad_entry", f"The archive entry {self._name} is damaged ({exc}).",
                          f"Het bestand {self._name} in het archief is beschadigd ({exc}).") from None
        n = len(data)
        memoryview(b)[:n] = data
        self._left -= n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()

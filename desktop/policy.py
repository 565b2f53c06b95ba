"""The school's machine-wide policy file: settings it sets as defaults or locks, read without ever failing.

Where: `$BEKWAAM_POLICY` when set, else `/etc/bekwaam/policy.toml` (Linux),
`%ProgramData%\\Bekwaam\\policy.toml` (Windows), `/Library/Application Support/Bekwaam/policy.toml`
(macOS). The format (TOML, UTF-8; a BOM or PowerShell's UTF-16 is accepted too)::

    [defaults]            # the teacher may change these
    language = "nl"
    sync_interval_minutes = 30

    [locked]              # the teacher may not change these ("ingesteld door uw school")
    server_url = "https://register.example.nl"
    proxy = "http://proxy.school.nl:3128"

The keys are the settings of desktop/settings.py. A file with mistakes never stops the app: a
line that is not valid TOML is skipped (a broken table header skips its table), an unknown table
or key, a value of the wrong type or a bad value is ignored, and each is reported in
`Policy.problems` with its line number and a message in Dutch and English. Everything else
in the file applies.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_POLICY = "BEKWAAM_POLICY"
TABLES = ("defaults", "locked")
MAX_POLICY_BYTES = 1024 * 1024
_MAX_SALVAGE_ROUNDS = 50


def policy_path() -> Path:
    env = os.environ.get(ENV_POLICY)
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("ProgramData") or r"C:\ProgramData") / "Bekwaam" / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Bekwaam/policy.toml")
    return Path("/etc/bekwaam/policy.toml")


@dataclass(frozen=True)
class PolicyProblem:
    """One mistake in a policy (or settings) file: the line where known, and what is wrong in nl and en."""

    line: int | None
    code: str  # stable: unreadable, encoding, syntax, unknown_table, unknown_key, top_level_key, wrong_type, ...
    detail_nl: str
    detail_en: str
    key: str | None = None

    def message(self, lang: str = "nl") -> str:
        """The problem with its line, e.g. "Regel 7: server_url moet tekst tussen aanhalingstekens zijn ..."."""
        detail = self.detail_en if lang == "en" else self.detail_nl
        if self.line is None:
            return detail
        return f"{'Line' if lang == 'en' else 'Regel'} {self.line}: {detail}"

    def __str__(self) -> str:
        return self.message("en")


@dataclass
class Policy:
    """What the school's policy sets: values as defaults, values locked, and the file's problems."""

    path: Path
    exists: bool = False
    defaults: dict[str, Any] = field(default_factory=dict)
    locked_values: dict[str, Any] = field(default_factory=dict)
    problems: list[PolicyProblem] = field(default_factory=list)

    def value(self, key: str) -> Any:
        """The policy's value for `key` (locked or default), None when the policy does not set it."""
        if key in self.locked_values:
            return self.locked_values[key]
        return self.defaults.get(key)

    def locked(self, key: str) -> bool:
        return key in self.locked_values

    def is_set(self, key: str) -> bool:
        return key in self.locked_values or key in self.defaults


# --- reading a TOML file without failing -------------------------------------------------------

@dataclass
class TomlRead:
    """What could be read from a TOML file: the table, the problems, and where each key stands."""

    table: dict[str, Any]
    problems: list[PolicyProblem]
    clean: bool  # False when some of the file could not be read as TOML
    key_lines: dict[tuple[str, ...], int]


_ERROR_POS = re.compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)\s*$")
_HEADER_LINE = re.compile(r"^\s*\[(?!\[)\s*([^\[\]#]*?)\s*\]\s*(?:#.*)?$")
_KEY_PART_RE = r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'"""
_KEY_LINE = re.compile(rf"^\s*((?:{_KEY_PART_RE})(?:\s*\.\s*(?:{_KEY_PART_RE}))*)\s*=")
_KEY_PART = re.compile(_KEY_PART_RE)


def _key_parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip("\"'") for p in _KEY_PART.findall(dotted))


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The first line (1-based) of each table header and key, by its full path, e.g. ("locked", "proxy").

    A plain line scanner, enough to point an administrator at the right line; tomllib itself
    does not say where a value stood.
    """
    found: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for n, line in enumerate(text.split("\n"), start=1):  # lines as TOML counts them: by "\n" only
        header = _HEADER_LINE.match(line)
        if header:
            table = _key_parts(header.group(1))
            found.setdefault(table, n)
            continue
        key = _KEY_LINE.match(line)
        if key:
            found.setdefault(table + _key_parts(key.group(1)), n)
    return found


def _decode(data: bytes) -> tuple[str | None, PolicyProblem | None]:
    # Notepad writes a UTF-8 BOM and Windows PowerShell 5.1's `>` writes UTF-16: both are taken.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, PolicyProblem(
            line, "encoding",
            "het bestand is geen UTF-8-tekst; sla het op als UTF-8. Het hele bestand wordt genegeerd.",
            "the file is not UTF-8 text; save it as UTF-8. The whole file is ignored.",
        )


def _salvage(text: str) -> tuple[dict[str, Any], list[PolicyProblem]]:
    """Parse `text`; on a syntax error skip the line it names (a broken header: its whole table) and retry."""
    lines = text.split("\n")  # as tomllib counts lines; splitlines() would also split at \x0b, \u2028, ...
    problems: list[PolicyProblem] = []
    for _ in range(_MAX_SALVAGE_ROUNDS):
        try:
            return tomllib.loads("\n".join(lines)), problems
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            pos = _ERROR_POS.search(message)
            detail = _ERROR_POS.sub("", message)
            if pos and pos.group(1):
                index = int(pos.group(1)) - 1
            else:  # "at end of document": an unclosed array or string; the last line that holds anything
                index = max((i for i, x in enumerate(lines) if x.strip()), default=len(lines) - 1)
            if not 0 <= index < len(lines) or lines[index] == "":
                break
            skipped = [index]
            if lines[index].lstrip().startswith("["):
                # A broken header: its keys would land in the table above it (say, [locked] values
                # in [defaults]); skip them with it rather than apply them in the wrong place.
                nxt = index + 1
                while nxt < len(lines) and not lines[nxt].lstrip().startswith("["):
                    skipped.append(nxt)
                    nxt += 1
                what_nl = "deze tabelkop en de instellingen eronder worden overgeslagen"
                what_en = "this table header and the settings under it are skipped"
            else:
                what_nl, what_en = "de regel wordt overgeslagen", "the line is skipped"
            problems.append(PolicyProblem(
                index + 1, "syntax",
                f"dit is geen geldige TOML ({detail}); {what_nl}.",
                f"this is not valid TOML ({detail}); {what_en}.",
            ))
            for i in skipped:
                lines[i] = ""
    problems.append(PolicyProblem(
        None, "syntax",
        "het bestand kan niet als TOML worden gelezen; het hele bestand wordt genegeerd.",
        "the file cannot be read as TOML; the whole file is ignored.",
    ))
    return {}, problems


def read_toml_table(path: Path) -> TomlRead:
    """Read a TOML file as far as it can be read; a missing file is an empty table with no problems."""
    try:
        if not path.exists():
            return TomlRead({}, [], True, {})
        if path.is_dir():
            return TomlRead({}, [PolicyProblem(
                None, "unreadable", f"'{path}' is een map, geen bestand.", f"'{path}' is a folder, not a file.",
            )], False, {})
        with path.open("rb") as fh:
            data = fh.read(MAX_POLICY_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return TomlRead({}, [PolicyProblem(
            None, "unreadable",
            f"'{path}' kan niet worden gelezen ({reason}); het bestand wordt genegeerd.",
            f"'{path}' cannot be read ({reason}); the file is ignored.",
        )], False, {})
    if len(data) > MAX_POLICY_BYTES:
        return TomlRead({}, [PolicyProblem(
            None, "too_large", "het bestand is groter dan 1 MB; het wordt genegeerd.",
            "the file is larger than 1 MB; it is ignored.",
        )], False, {})
    text, problem = _decode(data)
    if text is None:
        return TomlRead({}, [problem] if problem else [], False, {})
    table, problems = _salvage(text)
    return TomlRead(table, problems, not problems, key_lines(text))


# --- the policy ---------------------------------------------------------------------------------

def load_policy(path: Path | None = None) -> Policy:
    """The policy at `path` (default: policy_path()); never raises, whatever the file holds."""
    from desktop.settings import SPECS, SettingValueError, validate

    path = policy_path() if path is None else Path(path)
    read = read_toml_table(path)
    policy = Policy(path=path, exists=path.is_file(), problems=list(read.problems))
    lines = read.key_lines

    def problem(where: tuple[str, ...], code: str, nl: str, en: str, key: str | None = None) -> None:
        policy.problems.append(PolicyProblem(lines.get(where), code, nl, en, key))

    for name, content in read.table.items():
        if name in SPECS and not isinstance(content, dict):
            problem((name,), "top_level_key",
                    f"'{name}' staat niet in een tabel; zet het onder [defaults] (aanpasbaar) of [locked] "
                    "(vast). Het wordt genegeerd.",
                    f"'{name}' is not in a table; put it under [defaults] (changeable) or [locked] (fixed). "
                    "It is ignored.", name)
            continue
        if name not in TABLES:
            problem((name,), "unknown_table",
                    f"onbekende tabel of sleutel '{name}'; alleen [defaults] en [locked] bestaan. Genegeerd.",
                    f"unknown table or key '{name}'; only [defaults] and [locked] exist. Ignored.", name)
            continue
        if not isinstance(content, dict):
            problem((name,), "not_a_table",
                    f"'{name}' moet een tabel zijn ([{name}] met instellingen eronder). Genegeerd.",
                    f"'{name}' must be a table ([{name}] with settings under it). Ignored.", name)
            continue
        target = policy.locked_values if name == "locked" else policy.defaults
        for key, value in content.items():
            if key not in SPECS:
                known = ", ".join(SPECS)
                problem((name, key), "unknown_key",
                        f"onbekende instelling '{key}' in [{name}]; bekend zijn: {known}. Genegeerd.",
                        f"unknown setting '{key}' in [{name}]; known are: {known}. Ignored.", key)
                continue
            try:
                target[key] = validate(key, value)
            except SettingValueError as exc:
                problem((name, key), exc.code, f"{exc.message_nl} Genegeerd.", f"{exc.message_en} Ignored.", key)
    for key in sorted(set(policy.defaults) & set(policy.locked_values)):
        problem(("defaults", key), "defaults_and_locked",
                f"'{key}' staat zowel in [defaults] als in [locked]; de waarde uit [locked] geldt.",
                f"'{key}' is in both [defaults] and [locked]; the value in [locked] applies.", key)
    policy.problems.sort(key=lambda p: (p.line is None, p.line or 0))
    return policy

"""The app's settings: built-in defaults, the school's policy and the teacher's own choices, in one place.

Precedence, highest first: a value the school's policy locks (`[locked]` in the policy file), the
teacher's own value (`<data_dir>/settings.toml`), a default the policy sets (`[defaults]`), the
built-in default. The same validation applies to every source, so a value the app accepts from
the policy it also accepts from the teacher and the other way round.

No Qt widgets here. The labels and the "set by your school" text are English source strings
marked for Qt's translation system (context "Settings", translations in
`resources/translations/deploy_*.ts`); `label()` and `locked_text()` translate them when a Qt
application is running.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import tomli_w

from desktop.paths import DataPaths, default_data_dir
from sync.durable import atomic_write

if TYPE_CHECKING:
    from desktop.policy import Policy, PolicyProblem

TR_CONTEXT = "Settings"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a module-level string for translation without importing Qt (the policy is read before Qt starts)."""
    return text


LANGUAGES = ("nl", "en")
SYNC_INTERVAL_MIN, SYNC_INTERVAL_MAX = 5, 24 * 60
MAX_EVIDENCE_MB_MAX = 10 * 1024
CA_BUNDLE_MAX_BYTES = 10 * 1024 * 1024

LOCKED_TEXT = QT_TRANSLATE_NOOP("Settings", "set by your school")
POLICY_PROBLEMS_TEXT = QT_TRANSLATE_NOOP(
    "Settings", "Your school's settings file (%1) has mistakes; the rest of it applies:"
)


class Source(StrEnum):
    """Where an effective setting comes from."""

    DEFAULT = "default"  # built into the app
    USER = "user"  # the teacher's own choice
    POLICY = "policy"  # a default the school's policy sets; the teacher may change it
    LOCKED = "locked"  # set by the school's policy; the teacher may not change it


@dataclass(frozen=True)
class Setting:
    """One effective setting: its value and where that value comes from."""

    key: str
    value: Any
    source: Source

    @property
    def locked(self) -> bool:
        return self.source is Source.LOCKED


class SettingValueError(ValueError):
    """A value that is not valid for a setting; str() is the English message, message(lang) either."""

    def __init__(self, key: str, message_nl: str, message_en: str, code: str = "bad_value"):
        self.key = key
        self.code = code  # "wrong_type" or "bad_value"
        self.message_nl = message_nl
        self.message_en = message_en
        super().__init__(message_en)

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


class SettingLocked(Exception):
    """The school's policy locks this setting; the teacher cannot change it."""

    def __init__(self, key: str):
        self.key = key
        self.message_nl = f"De instelling '{key}' is ingesteld door uw school en kan niet worden gewijzigd."
        self.message_en = f"The setting '{key}' is set by your school and cannot be changed."
        super().__init__(self.message_en)

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang == "en" else self.message_nl


# --- validation ---------------------------------------------------------------------------------

_TYPE_NAMES = {  # (nl, en) for "must be ..., not ..." messages
    str: ("tekst tussen aanhalingstekens", "text in quotes"),
    int: ("een heel getal", "a whole number"),
    bool: ("true of false", "true or false"),
    float: ("een getal met decimalen", "a decimal number"),
    list: ("een lijst", "a list"),
    dict: ("een tabel", "a table"),
    dt.datetime: ("een datum en tijd", "a date and time"),
    dt.date: ("een datum", "a date"),
    dt.time: ("een tijd", "a time"),
}


def _type_name(value: Any) -> tuple[str, str]:
    for cls in (bool, dt.datetime, dt.date, dt.time, int, float, str, list, dict):
        if isinstance(value, cls):
            return _TYPE_NAMES[cls]
    return (type(value).__name__, type(value).__name__)


def _expect(key: str, value: Any, kind: type) -> None:
    # bool is an int in Python; a TOML `true` for a number (or 1 for a switch) is a mistake.
    ok = isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
    if not ok:
        want_nl, want_en = _TYPE_NAMES[kind]
        got_nl, got_en = _type_name(value)
        raise SettingValueError(
            key,
            f"{key} moet {want_nl} zijn, niet {got_nl}.",
            f"{key} must be {want_en}, not {got_en}.",
            code="wrong_type",
        )


def _check_language(key: str, value: Any) -> str:
    _expect(key, value, str)
    lang = str(value).strip().lower()
    if lang not in LANGUAGES:
        raise SettingValueError(
            key,
            f"{key}: '{value}' is geen taal van de app; kies \"nl\" of \"en\".",
            f"{key}: '{value}' is not a language of the app; choose \"nl\" or \"en\".",
        )
    return lang


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_url(key: str, value: str, schemes: tuple[str, ...], what_nl: str, what_en: str) -> str:
    text = value.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError for a port that is not a number or out of range
    except ValueError:
        parts, host = None, ""
    if parts is None or parts.scheme.lower() not in schemes or not host:
        raise SettingValueError(
            key,
            f"{key}: '{value}' is geen geldig adres {what_nl}; verwacht iets als {schemes[0]}://host.voorbeeld.nl",
            f"{key}: '{value}' is not a valid address {what_en}; expected something like {schemes[0]}://host.example.nl",
        )
    if parts.username or parts.password:
        raise SettingValueError(
            key,
            f"{key}: zet geen gebruikersnaam of wachtwoord in het adres; wachtwoorden staan alleen in de "
            "sleutelhanger van het systeem.",
            f"{key}: put no user name or password in the address; passwords live only in the system's keyring.",
        )
    return text.rstrip("/") if parts.path in ("", "/") else text


def _check_server_url(key: str, value: Any) -> str:
    _expect(key, value, str)
    url = _check_url(key, value, ("https", "http"), "van de registerserver", "of the register server")
    parts = urlsplit(url)
    # Plain http only to this machine (a test server): a register login never travels unencrypted.
    if parts.scheme.lower() == "http" and not _is_loopback(parts.hostname or ""):
        raise SettingValueError(
            key,
            f"{key}: '{value}' gebruikt http; de registerserver moet https gebruiken.",
            f"{key}: '{value}' uses http; the register server must use https.",
        )
    return url


def _check_proxy(key: str, value: Any) -> str:
    _expect(key, value, str)
    return _check_url(key, value, ("http", "https"), "van een proxy", "of a proxy")


def _expand_path(value: str) -> Path:
    return Path(os.path.expandvars(value.strip())).expanduser()


def _check_ca_bundle(key: str, value: Any) -> str:
    _expect(key, value, str)
    path = _expand_path(value)
    if not path.is_absolute():
        raise SettingValueError(
            key,
            f"{key}: '{value}' is geen volledig pad; geef het hele pad naar het PEM-bestand.",
            f"{key}: '{value}' is not a full path; give the whole path to the PEM file.",
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(CA_BUNDLE_MAX_BYTES)
    except FileNotFoundError:
        raise SettingValueError(
            key, f"{key}: het bestand '{path}' bestaat niet.", f"{key}: the file '{path}' does not exist."
        ) from None
    except OSError as exc:
        raise SettingValueError(
            key,
            f"{key}: het bestand '{path}' kan niet worden gelezen ({exc.strerror}).",
            f"{key}: the file '{path}' cannot be read ({exc.strerror}).",
        ) from None
    if b"-----BEGIN CERTIFICATE-----" not in head:
        raise SettingValueError(
            key,
            f"{key}: '{path}' bevat geen certificaat in PEM-vorm (-----BEGIN CERTIFICATE-----).",
            f"{key}: '{path}' holds no certificate in PEM form (-----BEGIN CERTIFICATE-----).",
        )
    return str(value).strip()


def _check_data_dir(key: str, value: Any) -> str:
    _expect(key, value, str)
    if not value.strip():
        raise SettingValueError(key, f"{key}: het pad is leeg.", f"{key}: the path is empty.")
    # Environment variables stay in the value: one machine-wide policy serves every user
    # (e.g. "%USERPROFILE%\\Documents\\Bekwaam" or "$HOME/Bekwaam"); paths.py expands them.
    if not _expand_path(value).is_absolute():
        raise SettingValueError(
            key,
            f"{key}: '{value}' is geen volledig pad (ook niet na het invullen van omgevingsvariabelen).",
            f"{key}: '{value}' is not a full path (not even after filling in environment variables).",
        )
    return str(value).strip()


def _check_sync_interval(key: str, value: Any) -> int:
    _expect(key, value, int)
    if value != 0 and not SYNC_INTERVAL_MIN <= value <= SYNC_INTERVAL_MAX:
        raise SettingValueError(
            key,
            f"{key}: {value} kan niet; kies 0 (alleen synchroniseren op verzoek) of "
            f"{SYNC_INTERVAL_MIN} tot en met {SYNC_INTERVAL_MAX} minuten.",
            f"{key}: {value} is not allowed; choose 0 (sync only on request) or "
            f"{SYNC_INTERVAL_MIN} to {SYNC_INTERVAL_MAX} minutes.",
        )
    return int(value)


def _check_bool(key: str, value: Any) -> bool:
    _expect(key, value, bool)
    return bool(value)


def _check_max_evidence(key: str, value: Any) -> int:
    _expect(key, value, int)
    if not 1 <= value <= MAX_EVIDENCE_MB_MAX:
        raise SettingValueError(
            key,
            f"{key}: {value} kan niet; kies 1 tot en met {MAX_EVIDENCE_MB_MAX} (MB).",
            f"{key}: {value} is not allowed; choose 1 to {MAX_EVIDENCE_MB_MAX} (MB).",
        )
    return int(value)


@dataclass(frozen=True)
class SettingSpec:
    """What one setting is: its stable id, built-in default, label, and how a value is checked."""

    key: str
    default: Any
    label: str  # English source string, context "Settings"
    description: str
    check: Callable[[str, Any], Any]


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec(
            "language", "nl", QT_TRANSLATE_NOOP("Settings", "Language"),
            QT_TRANSLATE_NOOP("Settings", "The language of the app: Dutch or English."), _check_language,
        ),
        SettingSpec(
            "server_url", None, QT_TRANSLATE_NOOP("Settings", "Register server"),
            QT_TRANSLATE_NOOP("Settings", "The address of the teacher register's server (https)."), _check_server_url,
        ),
        SettingSpec(
            "proxy", None, QT_TRANSLATE_NOOP("Settings", "Proxy"),
            QT_TRANSLATE_NOOP("Settings", "A proxy server for the connection; empty uses the system's proxy settings."),
            _check_proxy,
        ),
        SettingSpec(
            "ca_bundle", None, QT_TRANSLATE_NOOP("Settings", "Extra certificate authority"),
            QT_TRANSLATE_NOOP("Settings", "A PEM file with certificates trusted besides the system's own."),
            _check_ca_bundle,
        ),
        SettingSpec(
            "data_dir", None, QT_TRANSLATE_NOOP("Settings", "Data folder"),
            QT_TRANSLATE_NOOP("Settings", "Where your portfolio and evidence files are kept."), _check_data_dir,
        ),
        SettingSpec(
            "sync_interval_minutes", 15, QT_TRANSLATE_NOOP("Settings", "Sync every (minutes)"),
            QT_TRANSLATE_NOOP("Settings", "How often the app syncs on its own; 0 syncs only when you ask."),
            _check_sync_interval,
        ),
        SettingSpec(
            "update_checks", True, QT_TRANSLATE_NOOP("Settings", "Check for updates"),
            QT_TRANSLATE_NOOP("Settings", "Whether the app looks for a newer version."), _check_bool,
        ),
        SettingSpec(
            "max_evidence_mb", 2048, QT_TRANSLATE_NOOP("Settings", "Largest evidence file (MB)"),
            QT_TRANSLATE_NOOP("Settings", "Evidence files larger than this are refused."), _check_max_evidence,
        ),
    )
}
KEYS: tuple[str, ...] = tuple(SPECS)

# The data folder holds the teacher's settings file, so it cannot be chosen inside that file:
# it comes from --data-dir, BEKWAAM_DATA_DIR, the policy or the platform's default (paths.py).
NOT_USER_SETTABLE = frozenset({"data_dir"})


def validate(key: str, value: Any) -> Any:
    """The normalised value, or SettingValueError naming what is wrong; KeyError for an unknown key."""
    spec = SPECS.get(key)
    if spec is None:
        raise KeyError(key)
    return spec.check(key, value)


def label(key: str) -> str:
    """The setting's label in the app's language (the English source when no Qt application runs)."""
    return _translate(SPECS[key].label)


def description(key: str) -> str:
    return _translate(SPECS[key].description)


def locked_text() -> str:
    """What the app shows beside a locked setting: "ingesteld door uw school"."""
    return _translate(LOCKED_TEXT)


def policy_problems_text(policy: Policy, lang: str) -> str:
    """The notice the app shows when the school's policy file has mistakes: the file, then each line and problem."""
    head = _translate(POLICY_PROBLEMS_TEXT).replace("%1", str(policy.path))
    return "\n".join([head, *(f"• {p.message(lang)}" for p in policy.problems)])


def _translate(text: str) -> str:
    # Imported here: the command line reads settings without ever starting Qt.
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return text
    return QCoreApplication.translate(TR_CONTEXT, text)


# --- the teacher's settings file ----------------------------------------------------------------

_HEADER = (
    b"# Bekwaam: your own settings, written by the app. The school's policy file may set or lock some\n"
    b"# of them; see `bekwaam policy show`.\n"
)


class Settings:
    """The effective settings of one data folder under one policy.

    Reads happen once, in load(); set() writes the teacher's file at once (small, atomic: call it
    off the GUI thread where a slow disk matters). Values the teacher's file holds that the app
    does not know (written by a newer version) are kept when it is rewritten.
    """

    def __init__(self, data_dir: Path, policy: Policy, user: dict[str, Any], problems: list[PolicyProblem]):
        self.data_dir = Path(data_dir)
        self._policy = policy
        self._user = user  # validated values only
        self.problems = problems  # of the teacher's own file (the policy's are policy.problems)

    @classmethod
    def load(cls, data_dir: Path, policy: Policy | None = None) -> Settings:
        from desktop.policy import PolicyProblem, load_policy, read_toml_table

        if policy is None:
            policy = load_policy()
        read = read_toml_table(DataPaths(Path(data_dir)).settings)
        raw, problems = read.table, list(read.problems)
        user: dict[str, Any] = {}
        for key, value in raw.items():
            if key not in SPECS or key in NOT_USER_SETTABLE:
                continue  # kept for a newer version of the app; never applied
            try:
                user[key] = validate(key, value)
            except SettingValueError as exc:
                problems.append(
                    PolicyProblem(read.key_lines.get((key,)), exc.code, exc.message_nl, exc.message_en, key)
                )
        return cls(Path(data_dir), policy, user, problems)

    @property
    def policy(self) -> Policy:
        return self._policy

    @property
    def path(self) -> Path:
        return DataPaths(self.data_dir).settings

    def setting(self, key: str) -> Setting:
        if key not in SPECS:
            raise KeyError(key)
        if key == "data_dir":
            return self._data_dir_setting()
        if self._policy.locked(key):
            return Setting(key, self._policy.value(key), Source.LOCKED)
        if key in self._user:
            return Setting(key, self._user[key], Source.USER)
        if self._policy.value(key) is not None:
            return Setting(key, self._policy.value(key), Source.POLICY)
        return Setting(key, SPECS[key].default, Source.DEFAULT)

    def _data_dir_setting(self) -> Setting:
        # The folder in use, which the caller resolved (--data-dir, BEKWAAM_DATA_DIR, policy, default).
        in_use = str(self.data_dir)
        pol = self._policy.value("data_dir")
        if pol is not None and _same_path(_expand_path(pol), self.data_dir):
            return Setting("data_dir", in_use, Source.LOCKED if self._policy.locked("data_dir") else Source.POLICY)
        if _same_path(default_data_dir(), self.data_dir):
            return Setting("data_dir", in_use, Source.DEFAULT)
        return Setting("data_dir", in_use, Source.USER)

    def get(self, key: str) -> Any:
        return self.setting(key).value

    def is_locked(self, key: str) -> bool:
        if key not in SPECS:
            raise KeyError(key)
        return self._policy.locked(key)

    def all(self) -> list[Setting]:
        return [self.setting(k) for k in KEYS]

    def set(self, key: str, value: Any) -> None:
        """Store the teacher's own value (None removes it, so the policy's or built-in default applies).

        Raises KeyError for an unknown key, SettingLocked when the policy locks it, and
        SettingValueError (a ValueError) naming what is wrong with the value.
        """
        if key not in SPECS:
            raise KeyError(key)
        if self._policy.locked(key):
            raise SettingLocked(key)
        if key in NOT_USER_SETTABLE:
            raise SettingValueError(
                key,
                "De gegevensmap kiest u met --data-dir of BEKWAAM_DATA_DIR, of uw school stelt hem in; "
                "hij kan niet in zijn eigen instellingenbestand staan.",
                "The data folder is chosen with --data-dir or BEKWAAM_DATA_DIR, or by your school; "
                "it cannot be stored in its own settings file.",
            )
        normalised = None if value is None else validate(key, value)
        # Read again just before writing, so another window's change to another key is not lost.
        from desktop.policy import read_toml_table

        read = read_toml_table(self.path)
        raw = read.table
        if not read.clean and self.path.exists():
            self._keep_broken_copy()
        if normalised is None:
            raw.pop(key, None)
        else:
            raw[key] = normalised
        atomic_write(self.path, _HEADER + tomli_w.dumps(raw).encode("utf-8"))
        if normalised is None:
            self._user.pop(key, None)
        else:
            self._user[key] = normalised

    def _keep_broken_copy(self) -> None:
        # A hand-edited file that no longer parses is kept beside the new one, never overwritten.
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        os.replace(self.path, self.path.with_name(f"{self.path.name}.broken-{stamp}"))

    def as_dict(self) -> Mapping[str, Any]:
        return {s.key: s.value for s in self.all()}


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return a == b

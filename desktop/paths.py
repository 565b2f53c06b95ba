"""Where Bekwaam keeps its files; one place, every path overridable (STYLE.md habit 4).

Precedence for the data folder: --data-dir, then BEKWAAM_DATA_DIR, then the school's policy
(see desktop/policy.py), then the platform's user data folder (platformdirs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_NAME

ENV_DATA_DIR = "BEKWAAM_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None, policy_value: str | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    if policy_value:
        return Path(os.path.expandvars(policy_value)).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """The layout of one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "bekwaam.sqlite"

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.toml"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        for p in (self.root, self.evidence, self.backups):
            p.mkdir(parents=True, exist_ok=True)
        return self

"""Shared fixtures: a real portfolio in a temporary folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import Services, open_services

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_machine_policy(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A school policy on the developer's machine (/etc/bekwaam/policy.toml) never leaks into a test:
    BEKWAAM_POLICY names a file that does not exist; tests that need a policy set their own."""
    monkeypatch.setenv("BEKWAAM_POLICY", str(tmp_path_factory.getbasetemp() / "no-policy" / "policy.toml"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "portfolio"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    with open_services(data_dir) as s:
        yield s


@pytest.fixture
def today() -> dt.date:
    return dt.date(2024, 5, 1)

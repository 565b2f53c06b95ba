"""Shared fixtures: a real portfolio in a temporary folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import Services, open_services

REPO_ROOT = Path(__file__).resolve().parent.parent


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

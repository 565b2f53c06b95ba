"""Shared fixtures: a real portfolio in a temporary folder."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import Services, open_services

REPO_ROOT = Path(__file__).resolve().parent.parent


def _interop_dir() -> Path:
    """Real files from another e-portfolio system (Mahara), kept beside the checkout in
    ../shared/interop (they are not ours to copy into the repository); BEKWAAM_INTEROP_DIR overrides."""
    candidates = [REPO_ROOT.parent / "shared" / "interop", REPO_ROOT.parent.parent / "shared" / "interop"]
    if os.environ.get("BEKWAAM_INTEROP_DIR"):
        candidates.insert(0, Path(os.environ["BEKWAAM_INTEROP_DIR"]))
    return next((c for c in candidates if c.is_dir()), candidates[0])


INTEROP = _interop_dir()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without the interop samples, the tests that read them are skipped and say why."""
    if INTEROP.is_dir():
        return
    skip = pytest.mark.skip(reason=f"interop samples not found at {INTEROP} (set BEKWAAM_INTEROP_DIR)")
    sources: dict[Path, bool] = {}
    for item in items:
        path = Path(str(item.fspath))
        if path not in sources:
            sources[path] = "INTEROP" in path.read_text(encoding="utf-8")
        if sources[path]:
            item.add_marker(skip)


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

"""The frozen build, made once per test session by the real command (`packaging/build.py --deb`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import __version__
from tests.conftest import REPO_ROOT

DIST = REPO_ROOT / "dist"


@dataclass(frozen=True)
class FrozenBuild:
    returncode: int
    output: str
    seconds: float
    bundle: Path
    deb: Path | None


def deb_arch() -> str | None:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


@pytest.fixture(scope="session")
def frozen_build() -> FrozenBuild:
    arch = deb_arch()
    cmd = [sys.executable, str(REPO_ROOT / "packaging" / "build.py")]
    if arch and sys.platform.startswith("linux"):
        cmd.append("--deb")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BEKWAAM_DATA_DIR")}
    started = time.perf_counter()
    r = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, env=env, timeout=1200)
    seconds = time.perf_counter() - started
    deb = DIST / f"bekwaam_{__version__}_{arch}.deb" if arch else None
    return FrozenBuild(r.returncode, r.stdout + r.stderr, seconds, DIST / "bekwaam", deb)

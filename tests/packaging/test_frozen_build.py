"""The frozen build: one command builds it and smoke-tests it offscreen; what it holds and leaves out."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop import __version__
from tests.conftest import REPO_ROOT
from tests.packaging.conftest import FrozenBuild

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(1500)]


def test_the_build_command_builds_and_passes_its_smoke_test(frozen_build: FrozenBuild) -> None:
    assert frozen_build.returncode == 0, frozen_build.output[-6000:]
    out = frozen_build.output
    assert f"bekwaam {__version__}" in out
    assert "self-test passed\n" in out and "FAIL" not in out and "pending" not in out
    assert "ok    export a PDF and read it back" in out
    assert "policy.example.toml: no problems" in out


def test_the_bundle_holds_what_the_app_reads_at_run_time(frozen_build: FrozenBuild) -> None:
    internal = frozen_build.bundle / "_internal"
    assert {p.name for p in (internal / "resources" / "translations").glob("*.qm")} >= {"deploy_nl.qm", "deploy_en.qm"}
    assert not list((internal / "resources").rglob("*.ts")), "translation sources stay out"
    assert (internal / "resources" / "icons" / "bekwaam.svg").is_file()
    assert (internal / "sync" / "data" / "rulesets" / "registerleraar.toml").is_file()
    assert (internal / "sync" / "data" / "reflection_models.json").is_file()
    versions = internal / "desktop" / "store" / "migrations" / "versions"
    assert (internal / "desktop" / "store" / "migrations" / "env.py").is_file()
    source_versions = REPO_ROOT / "desktop" / "store" / "migrations" / "versions"
    assert sorted(p.name for p in versions.glob("0*.py")) == sorted(p.name for p in source_versions.glob("0*.py"))
    qt = internal / "PySide6" / "Qt"
    assert (qt / "plugins" / "platforms" / "libqoffscreen.so").is_file()
    assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert (qt / "translations" / "qtbase_nl.qm").is_file()


def test_the_bundle_leaves_out_the_server_tools_and_the_desktop_theme(frozen_build: FrozenBuild) -> None:
    internal = frozen_build.bundle / "_internal"
    names = {p.name for p in internal.rglob("*")}
    assert not (internal / "PySide6" / "Qt" / "plugins" / "platformthemes").exists()
    assert not any(n.startswith(("libgtk-3", "libgdk-3", "libpango", "libcairo")) for n in names)
    assert not (internal / "fastapi").exists() and not (internal / "uvicorn").exists()
    assert not (internal / "psycopg").exists() and not (internal / "_pytest").exists()
    translations = [p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")]
    assert translations and all(n.endswith(("_nl.qm", "_en.qm")) for n in translations)
    # The frozen program does not carry the server's modules either.
    r = subprocess.run(
        [str(frozen_build.bundle / "bekwaam"), "--help"], capture_output=True, text=True, timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert r.returncode == 0 and "policy" in r.stdout


def test_a_broken_policy_does_not_stop_the_frozen_app(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[locked]\nserver_url = "https://register.example.nl"\nproxy = http://oops\n')
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "BEKWAAM_POLICY": str(policy)}
    exe = str(frozen_build.bundle / "bekwaam")
    assert subprocess.run([exe, "--self-test"], capture_output=True, env=env, timeout=120).returncode == 0
    r = subprocess.run([exe, "--data-dir", str(tmp_path / "d"), "policy", "show"], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 2
    assert "Line 3: this is not valid TOML" in r.stdout and "https://register.example.nl" in r.stdout

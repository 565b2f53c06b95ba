"""The Windows and macOS installer definitions (not buildable here): current version, the files the spec makes,
the policy where the app reads it, and the macOS install script run for real against a temporary volume."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import __version__
from desktop.policy import load_policy, policy_path
from desktop.settings import SPECS
from tests.conftest import REPO_ROOT

PACKAGING = REPO_ROOT / "packaging"
ISS = (PACKAGING / "windows" / "bekwaam.iss").read_text(encoding="utf-8")
SPEC = (PACKAGING / "bekwaam.spec").read_text(encoding="utf-8")
MACOS = PACKAGING / "macos"
BUILD_PKG = (MACOS / "build_pkg.sh").read_text(encoding="utf-8")
DEPLOY_DOC = REPO_ROOT / "docs" / "deploy.md"


def iss_define(name: str) -> str:
    m = re.search(rf'^#define {name} "([^"]*)"', ISS, re.M)
    assert m, name
    return m.group(1)


def spec_executables() -> set[str]:
    names = set(re.findall(r'^NAME = "([^"]+)"', SPEC, re.M)) | set(re.findall(r'name="(bekwaam\w*)"', SPEC))
    return {f"{n}.exe" for n in names}


# --- Windows -------------------------------------------------------------------------------------

def test_the_windows_installer_names_the_current_version() -> None:
    assert iss_define("AppVersion") == __version__
    pyproject = (REPO_ROOT / "pyproject.toml").read_text()
    assert f'version = "{__version__}"' in pyproject


def test_the_windows_installer_takes_exactly_the_files_the_spec_makes() -> None:
    assert spec_executables() == {"bekwaam.exe", "bekwaamw.exe"}
    bundle = iss_define("BundleDir")
    # The spec's COLLECT(name=NAME) under build.py's default dist/, as seen from packaging/windows/.
    assert bundle == r"..\..\dist\bekwaam" and 'name=NAME,\n)' in SPEC.replace("    ", "")
    sources = re.findall(r'^Source: "\{#BundleDir\}\\([^"]+)"', ISS, re.M)
    assert set(sources) == spec_executables() | {r"_internal\*"}
    assert re.search(r'^Source: "\{#BundleDir\}\\_internal\\\*".*recursesubdirs', ISS, re.M)
    # The icon that packaging/icons.py renders, and the one the spec gives the .exe.
    assert iss_define("IconFile") == r"..\..\build\icons\bekwaam.ico"
    assert 'icon_dir / "bekwaam.ico"' in SPEC and '"build" / "icons"' in SPEC
    # The Start-menu shortcut opens the windowed program; the console one is for scripts.
    assert re.search(r'^Name: "\{autoprograms\}.*Filename: "\{app\}\\bekwaamw\.exe"', ISS, re.M)


def test_the_windows_installer_is_per_machine_with_the_policy_where_the_app_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "PrivilegesRequired=admin" in ISS and r"DefaultDirName={autopf}" in ISS
    monkeypatch.delenv("BEKWAAM_POLICY", raising=False)
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("ProgramData", "COMMONAPPDATA")
    expected = str(policy_path()).replace("/", "\\").replace("COMMONAPPDATA", "{commonappdata}")
    assert f"ExpandConstant('{expected}')" in ISS
    # Uninstalling keeps the policy folder; nothing deletes portfolios.
    assert re.search(r'^Name: "\{commonappdata\}\\Bekwaam"; Flags: uninsneveruninstall', ISS, re.M)
    assert "[UninstallDelete]" not in ISS


def test_the_windows_installer_writes_every_setting_by_its_real_key() -> None:
    written = set(re.findall(r"AddSetting\(Defaults, Locked, '(\w+)'", ISS))
    assert written == set(SPECS)
    default_locks = re.search(r"Lock := '([\w,]+)';", ISS)
    assert default_locks and set(default_locks.group(1).split(",")) <= set(SPECS)
    params = set(re.findall(r"Param\('(\w+)'\)", ISS))
    assert params == {"SERVER", "PROXY", "CABUNDLE", "LANGUAGE", "DATADIR", "SYNCMINUTES", "UPDATECHECKS",
                      "MAXEVIDENCEMB", "LOCK", "POLICYFILE"}
    documented = DEPLOY_DOC.read_text(encoding="utf-8")
    for p in params:
        assert f"/{p}=" in documented, f"/{p}= is not in docs/deploy.md"


def test_the_toml_the_windows_installer_writes_is_a_clean_policy(tmp_path: Path) -> None:
    # The lines WritePolicy produces for a typical school, escaped as TomlString does.
    def toml_string(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    ca = tmp_path / "school ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    lines = [
        "# Written by the Bekwaam installer (0.1.0); see docs/deploy.md.",
        "[defaults]", f"language = {toml_string('nl')}", "sync_interval_minutes = 30", "update_checks = false",
        "[locked]", f"server_url = {toml_string('https://register.example.nl')}",
        f"proxy = {toml_string('http://proxy.school.example:3128')}", f"ca_bundle = {toml_string(str(ca))}",
    ]
    path = tmp_path / "policy.toml"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")  # UTF-8 with BOM, CRLF
    policy = load_policy(path)
    assert policy.problems == []
    assert policy.locked("server_url") and policy.value("ca_bundle") == str(ca)
    assert policy.value("update_checks") is False and not policy.locked("update_checks")


# --- macOS ---------------------------------------------------------------------------------------

def test_the_macos_package_uses_the_app_the_spec_makes_and_its_version() -> None:
    app = re.search(r'^APP_NAME="([^"]+)"', BUILD_PKG, re.M)
    ident = re.search(r'^IDENTIFIER="([^"]+)"', BUILD_PKG, re.M)
    assert app and f'name="{app.group(1)}"' in SPEC
    assert ident and f'bundle_identifier="{ident.group(1)}"' in SPEC
    # The version comes from the app's Info.plist, which the spec fills with desktop.__version__.
    assert '"CFBundleShortVersionString": __version__' in SPEC and "CFBundleShortVersionString" in BUILD_PKG
    assert "--install-location /Applications" in BUILD_PKG
    distribution = (MACOS / "Distribution.xml").read_text().replace("@VERSION@", __version__)
    root = ET.fromstring(distribution.replace("@IDENTIFIER@", ident.group(1)))
    assert root.find("domains").get("enable_localSystem") == "true"  # type: ignore[union-attr]
    assert root.find("domains").get("enable_currentUserHome") == "false"  # type: ignore[union-attr]
    assert root.find("pkg-ref").get("version") == __version__  # type: ignore[union-attr]


@pytest.mark.parametrize("script", ["build_pkg.sh", "scripts/postinstall", "uninstall.sh"])
def test_the_macos_scripts_parse(script: str) -> None:
    path = MACOS / script
    assert path.stat().st_mode & 0o111
    shell = "bash" if path.read_text().startswith("#!/usr/bin/env bash") else "sh"
    r = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def run_postinstall(pkg: Path, volume: Path, scripts: Path | None = None) -> subprocess.CompletedProcess[str]:
    script = MACOS / "scripts" / "postinstall"
    if scripts is not None:  # as Installer runs it: from the pkg's scripts folder, beside its files
        (scripts / "postinstall").write_bytes(script.read_bytes())
        script = scripts / "postinstall"
    return subprocess.run(["sh", str(script), str(pkg), "/Applications", str(volume), "/"], capture_output=True,
                          text=True, timeout=30)


def macos_policy(volume: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("BEKWAAM_POLICY", raising=False)
    monkeypatch.setattr("sys.platform", "darwin")
    return volume / policy_path().relative_to("/")


def test_macos_postinstall_installs_a_policy_lying_next_to_the_pkg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share, volume = tmp_path / "share", tmp_path / "volume"
    share.mkdir()
    volume.mkdir()
    (share / "policy.toml").write_bytes((PACKAGING / "policy.example.toml").read_bytes())
    r = run_postinstall(share / f"Bekwaam-{__version__}.pkg", volume)
    assert r.returncode == 0, r.stderr
    installed = macos_policy(volume, monkeypatch)
    assert installed.read_bytes() == (PACKAGING / "policy.example.toml").read_bytes()
    assert load_policy(installed).problems == []
    link = volume / "usr" / "local" / "bin" / "bekwaam"
    assert link.is_symlink() and str(link.readlink()) == "/Applications/Bekwaam.app/Contents/MacOS/bekwaam"


def test_macos_postinstall_prefers_the_policy_built_into_the_pkg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts, share, volume = tmp_path / "scripts", tmp_path / "share", tmp_path / "volume"
    for d in (scripts, share, volume):
        d.mkdir()
    (scripts / "policy.toml").write_text('[locked]\nserver_url = "https://built-in.example"\n')
    (share / "policy.toml").write_text('[locked]\nserver_url = "https://beside.example"\n')
    assert run_postinstall(share / "Bekwaam.pkg", volume, scripts).returncode == 0
    assert load_policy(macos_policy(volume, monkeypatch)).value("server_url") == "https://built-in.example"


def test_macos_postinstall_without_a_policy_leaves_the_existing_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    volume = tmp_path / "volume"
    existing = macos_policy(volume, monkeypatch)
    existing.parent.mkdir(parents=True)
    existing.write_text('[defaults]\nlanguage = "en"\n')
    assert run_postinstall(tmp_path / "Bekwaam.pkg", volume).returncode == 0
    assert existing.read_text() == '[defaults]\nlanguage = "en"\n'
    assert not list(existing.parent.glob(".policy.toml.new"))

"""The Debian package: installed with dpkg -i, started (--self-test), purged; the teachers' data stays."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import __version__
from tests.conftest import REPO_ROOT
from tests.packaging.conftest import FrozenBuild

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(1500)]

MACHINE_POLICY = Path("/etc/bekwaam/policy.toml")


def dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    # The machine is shared: another checkout's set-up may hold dpkg's lock for a while (apt-get).
    deadline = time.monotonic() + 180
    while True:
        r = subprocess.run(["dpkg", *args], capture_output=True, text=True, timeout=300,
                           env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        if r.returncode == 0 or "lock" not in r.stderr or time.monotonic() > deadline:
            return r
        time.sleep(2)


def installed() -> bool:
    r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "bekwaam"], capture_output=True, text=True)
    return "ok installed" in r.stdout


def sha256_of_tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def deb(frozen_build: FrozenBuild) -> Iterator[Path]:
    if shutil.which("dpkg") is None or os.geteuid() != 0:
        pytest.skip("installing a .deb needs dpkg and root (CI has both)")
    assert frozen_build.returncode == 0, frozen_build.output[-6000:]
    assert frozen_build.deb is not None and frozen_build.deb.is_file(), frozen_build.output[-3000:]
    yield frozen_build.deb
    if installed():  # whatever happened above, leave the machine as it was
        dpkg("--purge", "bekwaam")


def test_install_start_and_purge_keeping_the_teachers_data(deb: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "BEKWAAM_POLICY": str(REPO_ROOT / "packaging" / "policy.example.toml"), "LANG": "C.UTF-8"}

    def bekwaam(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["bekwaam", *args], capture_output=True, text=True, env=env, cwd=home, timeout=120)

    made_policy = not MACHINE_POLICY.exists()
    try:
        r = dpkg("-i", str(deb))
        assert r.returncode == 0, r.stdout + r.stderr
        assert Path("/usr/bin/bekwaam").resolve() == Path("/opt/bekwaam/bekwaam")
        assert Path("/usr/share/applications/bekwaam.desktop").is_file()
        assert Path("/usr/share/icons/hicolor/scalable/apps/bekwaam.svg").is_file()
        assert Path("/usr/share/icons/hicolor/256x256/apps/bekwaam.png").is_file()
        assert shutil.which("bekwaam", path=env["PATH"]) == "/usr/bin/bekwaam"

        assert bekwaam("--version").stdout.strip() == f"bekwaam {__version__}"
        selftest = bekwaam("--self-test")
        assert selftest.returncode == 0, selftest.stdout + selftest.stderr
        assert "self-test passed" in selftest.stdout

        # A teacher's portfolio in the default place, made by the installed program.
        added = bekwaam("activity", "add", "--title", "Studiedag passend onderwijs", "--type", "studiedag",
                        "--start", "2024-10-02", "--contact-hours", "6", "--domain", "pedagogisch")
        assert added.returncode == 0, added.stderr
        evidence = home / "deelname.pdf"
        evidence.write_bytes(b"%PDF-1.4 bewijs van deelname\n")
        attached = bekwaam("evidence", "attach", added.stdout.strip(), str(evidence))
        assert attached.returncode == 0, attached.stderr
        data = home / ".local" / "share" / "Bekwaam"
        assert (data / "bekwaam.sqlite").is_file() and any((data / "evidence").rglob("*"))

        shown = json.loads(bekwaam("policy", "show", "--json").stdout)
        server = next(s for s in shown["settings"] if s["key"] == "server_url")
        assert server == {"key": "server_url", "value": "https://register.example.nl", "source": "locked",
                          "locked": True}

        if made_policy:  # the school's own file: the package must never remove it
            MACHINE_POLICY.parent.mkdir(parents=True, exist_ok=True)
            MACHINE_POLICY.write_text('[defaults]\nlanguage = "nl"\n')
        before = sha256_of_tree(data)

        r = dpkg("--purge", "bekwaam")
        assert r.returncode == 0, r.stdout + r.stderr
        assert not installed()
        assert not Path("/opt/bekwaam").exists() and not Path("/usr/bin/bekwaam").exists()
        assert not Path("/usr/share/applications/bekwaam.desktop").exists()
        assert sha256_of_tree(data) == before, "the teacher's portfolio is untouched"
        assert MACHINE_POLICY.is_file(), "the school's policy file stays"
    finally:
        if made_policy:
            MACHINE_POLICY.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                MACHINE_POLICY.parent.rmdir()

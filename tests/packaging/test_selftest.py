"""`bekwaam --self-test` from the source tree: every step runs, and it never touches a real portfolio."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT


def test_the_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    data = tmp_path / "real-portfolio"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "BEKWAAM_DATA_DIR": str(data), "BEKWAAM_POLICY": str(tmp_path / "none.toml")}
    r = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    for step in ("open a temporary portfolio", "add an activity", "attach a file and read it back",
                 "progress with the bundled rulesets", "Qt offscreen with the bundled translations",
                 "export a PDF and read it back"):
        assert f"ok    {step}" in r.stdout
    assert r.stdout.rstrip().splitlines()[-1] == "self-test passed", "no step failed or pending"
    assert not data.exists(), "the self-test never opens the user's portfolio"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("bekwaam-selftest-")], "temporary folder removed"


def test_a_failing_step_fails_the_self_test(tmp_path: Path) -> None:
    # A translations folder without the compiled Dutch: the Qt step must fail and the exit code say so.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import desktop.i18n as i18n\n"
        f"i18n.translations_dir = lambda: Path({str(tmp_path)!r})\n"
        "from desktop.selftest import run_self_test\n"
        "sys.exit(run_self_test(None))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen",
           "BEKWAAM_POLICY": str(tmp_path / "none.toml")}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "FAIL  Qt offscreen with the bundled translations" in r.stdout
    assert "self-test FAILED: " in r.stdout and "self-test passed" not in r.stdout

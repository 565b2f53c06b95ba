"""`bekwaam policy show|check`, run as a subprocess the way an administrator runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

EXAMPLE = REPO_ROOT / "packaging" / "policy.example.toml"


def bekwaam(*args: str, policy: Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen",
           "BEKWAAM_POLICY": str(policy), **(extra_env or {})}
    env.pop("BEKWAAM_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_show_lists_each_setting_with_its_source(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.toml").write_text('language = "en"\nserver_url = "https://mine.example"\n')
    r = bekwaam("--data-dir", str(data), "policy", "show", "--json", policy=EXAMPLE)
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    by_key = {s["key"]: s for s in shown["settings"]}
    assert by_key["language"] == {"key": "language", "value": "en", "source": "user", "locked": False}
    # The teacher's own server address loses to the school's lock.
    assert by_key["server_url"] == {"key": "server_url", "value": "https://register.example.nl",
                                    "source": "locked", "locked": True}
    assert by_key["sync_interval_minutes"]["source"] == "policy" and by_key["sync_interval_minutes"]["value"] == 30
    assert by_key["ca_bundle"] == {"key": "ca_bundle", "value": None, "source": "default", "locked": False}
    assert shown["policy"] == {"path": str(EXAMPLE), "exists": True, "problems": []}

    text = bekwaam("--data-dir", str(data), "policy", "show", policy=EXAMPLE)
    assert text.returncode == 0
    line = next(x for x in text.stdout.splitlines() if x.startswith("server_url"))
    assert "https://register.example.nl" in line and "locked" in line


def test_show_names_the_policys_problems_and_exits_2(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[locked]\nserver_url = "https://register.example.nl"\nupdate_checks = "nee"\n')
    r = bekwaam("--data-dir", str(tmp_path / "d"), "policy", "show", policy=policy)
    assert r.returncode == 2
    assert "Line 3: update_checks must be true or false" in r.stdout
    nl = bekwaam("--data-dir", str(tmp_path / "d"), "policy", "show", "--lang", "nl", "--json", policy=policy)
    problems = json.loads(nl.stdout)["policy"]["problems"]
    assert problems[0]["line"] == 3 and problems[0]["message"].startswith("Regel 3: update_checks moet true of false")
    assert not (tmp_path / "d").exists(), "policy show creates no data folder"


def test_check_a_file_before_rolling_it_out(tmp_path: Path) -> None:
    missing = tmp_path / "none.toml"
    assert bekwaam("policy", "check", str(EXAMPLE), policy=missing).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("[locked]\nproxy = 'http://p:3128'\nmax_evidence_mb = 0\n")
    r = bekwaam("policy", "check", str(bad), policy=missing)
    assert r.returncode == 2 and "Line 3: max_evidence_mb: 0 is not allowed" in r.stdout
    r = bekwaam("policy", "check", str(tmp_path / "typo.toml"), policy=missing)
    assert r.returncode == 2 and "no such file" in r.stdout
    checked = json.loads(bekwaam("policy", "check", "--json", policy=EXAMPLE).stdout)
    assert checked["locked"]["server_url"] == "https://register.example.nl"


def test_the_command_line_keeps_the_portfolio_where_the_policy_says(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('[locked]\ndata_dir = "$SCHOOL_HOME/Portfolio"\n')
    r = bekwaam("activity", "list", policy=policy, extra_env={"SCHOOL_HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "Portfolio" / "bekwaam.sqlite").exists()


def test_a_broken_policy_never_stops_the_command_line(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_bytes(b"\xff\xff garbage [[[ \n data_dir = ")
    r = bekwaam("--data-dir", str(tmp_path / "d"), "activity", "list", policy=policy)
    assert r.returncode == 0, r.stderr

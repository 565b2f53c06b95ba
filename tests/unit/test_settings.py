"""The teacher's settings under the school's policy: precedence, locking, validation and atomic writes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.policy import Policy, load_policy
from desktop.settings import KEYS, SPECS, Setting, SettingLocked, Settings, SettingValueError, Source
from tests.conftest import REPO_ROOT


def policy_file(tmp_path: Path, text: str) -> Policy:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    policy = load_policy(path)
    assert policy.problems == []
    return policy


def no_policy(tmp_path: Path) -> Policy:
    return load_policy(tmp_path / "no-policy.toml")


def test_built_in_defaults(data_dir: Path, tmp_path: Path) -> None:
    s = Settings.load(data_dir, no_policy(tmp_path))
    assert s.get("language") == "nl" and s.get("server_url") is None and s.get("update_checks") is True
    assert [x.key for x in s.all()] == list(KEYS)
    assert all(x.source is Source.DEFAULT for x in s.all() if x.key != "data_dir")
    assert not data_dir.exists(), "loading settings creates nothing"


@pytest.mark.parametrize(
    ("policy_text", "user_value", "expected", "source"),
    [
        ("", None, 15, Source.DEFAULT),
        ("", 60, 60, Source.USER),
        ("[defaults]\nsync_interval_minutes = 30\n", None, 30, Source.POLICY),
        ("[defaults]\nsync_interval_minutes = 30\n", 60, 60, Source.USER),  # user beats a policy default
        ("[locked]\nsync_interval_minutes = 30\n", None, 30, Source.LOCKED),
        ("[locked]\nsync_interval_minutes = 30\n", 60, 30, Source.LOCKED),  # a lock beats the user
    ],
)
def test_precedence_locked_user_policy_default(
    tmp_path: Path, data_dir: Path, policy_text: str, user_value: int | None, expected: int, source: Source
) -> None:
    if user_value is not None:  # the teacher chose this before the school's policy arrived
        DataPaths(data_dir).settings.parent.mkdir(parents=True)
        DataPaths(data_dir).settings.write_text(f"sync_interval_minutes = {user_value}\n")
    s = Settings.load(data_dir, policy_file(tmp_path, policy_text))
    assert s.setting("sync_interval_minutes") == Setting("sync_interval_minutes", expected, source)
    assert s.setting("sync_interval_minutes").locked is (source is Source.LOCKED)
    assert s.is_locked("sync_interval_minutes") is (source is Source.LOCKED)


def test_set_writes_the_file_and_a_new_load_sees_it(tmp_path: Path, data_dir: Path) -> None:
    policy = no_policy(tmp_path)
    s = Settings.load(data_dir, policy)
    s.set("language", "en")
    s.set("server_url", "https://register.example.nl/")
    s.set("update_checks", False)
    assert s.get("language") == "en" and s.setting("language").source is Source.USER
    on_disk = tomllib.loads(s.path.read_text(encoding="utf-8"))
    assert on_disk == {"language": "en", "server_url": "https://register.example.nl", "update_checks": False}
    again = Settings.load(data_dir, policy)
    assert again.get("server_url") == "https://register.example.nl" and again.get("update_checks") is False
    assert [p.name for p in s.path.parent.iterdir()] == ["settings.toml"], "no temporary file left behind"


def test_set_none_goes_back_to_the_policy_default(tmp_path: Path, data_dir: Path) -> None:
    s = Settings.load(data_dir, policy_file(tmp_path, '[defaults]\nlanguage = "en"\n'))
    s.set("language", "nl")
    assert s.setting("language") == Setting("language", "nl", Source.USER)
    s.set("language", None)
    assert s.setting("language") == Setting("language", "en", Source.POLICY)
    assert "language" not in tomllib.loads(s.path.read_text())


def test_a_locked_setting_cannot_be_set(tmp_path: Path, data_dir: Path) -> None:
    s = Settings.load(data_dir, policy_file(tmp_path, '[locked]\nserver_url = "https://register.example.nl"\n'))
    with pytest.raises(SettingLocked) as err:
        s.set("server_url", "https://elsewhere.example")
    assert "ingesteld door uw school" in err.value.message("nl")
    assert not s.path.exists()
    assert s.get("server_url") == "https://register.example.nl"


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("language", "fr", "choose"),
        ("language", 1, "text in quotes"),
        ("server_url", "http://register.example.nl", "https"),
        ("server_url", "https://user:pw@register.example.nl", "password"),
        ("proxy", "proxy.school:3128", "not a valid address"),
        ("sync_interval_minutes", 2, "5 to 1440"),
        ("sync_interval_minutes", "30", "whole number"),
        ("update_checks", "no", "true or false"),
        ("max_evidence_mb", 10241, "1 to 10240"),
        ("ca_bundle", "/nonexistent/school.pem", "does not exist"),
    ],
)
def test_a_bad_value_is_refused_with_a_clear_message(
    tmp_path: Path, data_dir: Path, key: str, value: object, words: str
) -> None:
    s = Settings.load(data_dir, no_policy(tmp_path))
    s.set("language", "en")
    before = s.path.read_bytes()
    with pytest.raises(ValueError, match=words) as err:
        s.set(key, value)
    assert isinstance(err.value, SettingValueError) and err.value.message("nl") != str(err.value)
    assert s.path.read_bytes() == before


def test_loopback_http_is_allowed_for_a_test_server(tmp_path: Path, data_dir: Path) -> None:
    s = Settings.load(data_dir, no_policy(tmp_path))
    s.set("server_url", "http://127.0.0.1:8765")
    assert s.get("server_url") == "http://127.0.0.1:8765"


def test_the_data_folder_is_not_a_user_setting(tmp_path: Path, data_dir: Path) -> None:
    s = Settings.load(data_dir, no_policy(tmp_path))
    with pytest.raises(ValueError, match="--data-dir"):
        s.set("data_dir", str(tmp_path / "elsewhere"))
    assert s.setting("data_dir") == Setting("data_dir", str(data_dir), Source.USER)


def test_the_data_folder_from_the_policy_shows_as_locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCHOOL_HOME", str(tmp_path))
    policy = policy_file(tmp_path, '[locked]\ndata_dir = "$SCHOOL_HOME/Bekwaam"\n')
    s = Settings.load(tmp_path / "Bekwaam", policy)
    assert s.setting("data_dir") == Setting("data_dir", str(tmp_path / "Bekwaam"), Source.LOCKED)


def test_keys_the_app_does_not_know_are_kept_on_rewrite(tmp_path: Path, data_dir: Path) -> None:
    path = DataPaths(data_dir).settings
    path.parent.mkdir(parents=True)
    path.write_text('theme = "dark"\n[window]\nwidth = 1200\n')  # written by a newer version
    s = Settings.load(data_dir, no_policy(tmp_path))
    s.set("language", "en")
    assert tomllib.loads(path.read_text()) == {"theme": "dark", "window": {"width": 1200}, "language": "en"}


def test_a_change_by_another_window_is_not_lost(tmp_path: Path, data_dir: Path) -> None:
    policy = no_policy(tmp_path)
    first, second = Settings.load(data_dir, policy), Settings.load(data_dir, policy)
    first.set("language", "en")
    second.set("sync_interval_minutes", 60)
    assert tomllib.loads(first.path.read_text()) == {"language": "en", "sync_interval_minutes": 60}


def test_a_bad_value_in_the_teachers_file_is_ignored_and_named(tmp_path: Path, data_dir: Path) -> None:
    path = DataPaths(data_dir).settings
    path.parent.mkdir(parents=True)
    path.write_text('language = "en"\nsync_interval_minutes = -5\n')
    s = Settings.load(data_dir, no_policy(tmp_path))
    assert s.get("language") == "en" and s.setting("sync_interval_minutes").source is Source.DEFAULT
    assert [(p.line, p.code, p.key) for p in s.problems] == [(2, "bad_value", "sync_interval_minutes")]


def test_a_broken_teachers_file_is_kept_aside_never_overwritten(tmp_path: Path, data_dir: Path) -> None:
    path = DataPaths(data_dir).settings
    path.parent.mkdir(parents=True)
    broken = 'language = "en"\nproxy = http://half-typed\n'
    path.write_text(broken)
    s = Settings.load(data_dir, no_policy(tmp_path))
    assert s.get("language") == "en" and [p.code for p in s.problems] == ["syntax"]
    s.set("update_checks", False)
    kept = [p for p in path.parent.iterdir() if p.name.startswith("settings.toml.broken-")]
    assert len(kept) == 1 and kept[0].read_text() == broken
    assert tomllib.loads(path.read_text()) == {"language": "en", "update_checks": False}


def test_a_failed_write_leaves_the_old_file_byte_identical(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = Settings.load(data_dir, no_policy(tmp_path))
    s.set("language", "en")
    before = s.path.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)  # the OS boundary, not our code
    with pytest.raises(OSError):
        s.set("sync_interval_minutes", 60)
    monkeypatch.undo()
    assert s.path.read_bytes() == before
    assert [p.name for p in s.path.parent.iterdir()] == ["settings.toml"]


def test_unknown_keys_are_refused(tmp_path: Path, data_dir: Path) -> None:
    s = Settings.load(data_dir, no_policy(tmp_path))
    for call in (lambda: s.get("colour"), lambda: s.set("colour", "x"), lambda: s.is_locked("colour")):
        with pytest.raises(KeyError):
            call()


def test_every_spec_default_passes_its_own_check() -> None:
    for key, spec in SPECS.items():
        if spec.default is not None:
            assert spec.check(key, spec.default) == spec.default


def test_load_uses_the_machine_policy_when_none_is_given(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "machine.toml"
    path.write_text("[locked]\nupdate_checks = false\n")
    monkeypatch.setenv("BEKWAAM_POLICY", str(path))
    s = Settings.load(data_dir)
    assert s.policy.path == path and s.setting("update_checks") == Setting("update_checks", False, Source.LOCKED)


def test_policy_and_settings_pass_strict_mypy() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent",
         "desktop/policy.py", "desktop/settings.py", "desktop/cli/policy_cmds.py"],
        cwd=REPO_ROOT, capture_output=True, text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_killing_a_writer_at_any_moment_leaves_a_whole_settings_file(tmp_path: Path, data_dir: Path) -> None:
    """SIGKILL while set() writes in a loop: the file is always one of the written versions, never half of one."""
    writer = (
        "import sys, itertools\n"
        "from pathlib import Path\n"
        "from desktop.policy import load_policy\n"
        "from desktop.settings import Settings\n"
        "s = Settings.load(Path(sys.argv[1]), load_policy(Path(sys.argv[2])))\n"
        "print('ready', flush=True)\n"
        "for i in itertools.count():\n"
        "    s.set('sync_interval_minutes', 5 + i % 1000)\n"
        "    s.set('server_url', f'https://register-{i}.example.nl/' + 'x' * (i % 4000))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    rng = random.Random(20241125)
    for _ in range(5):
        with subprocess.Popen([sys.executable, "-c", writer, str(data_dir), str(tmp_path / "none.toml")],
                              stdout=subprocess.PIPE, env=env) as proc:
            assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
            time.sleep(rng.uniform(0.05, 0.4))
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        s = Settings.load(data_dir, no_policy(tmp_path))
        assert s.problems == [], s.problems
        assert s.setting("sync_interval_minutes").source is Source.USER
        assert s.get("server_url").startswith("https://register-")
    leftovers = [p.name for p in DataPaths(data_dir).settings.parent.iterdir() if p.name != "settings.toml"]
    assert all(name.endswith(".tmp") for name in leftovers), leftovers  # at most a killed writer's temporary file

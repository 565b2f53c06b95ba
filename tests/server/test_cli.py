"""`bekwaam-server` as an operator uses it (real subprocesses): teachers, devices, catalogue, migrate,
clean-up, and a clear message with exit code 2 for every bad input."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sync.server.cli import main
from tests.conftest import REPO_ROOT
from tests.server.conftest import BASE_CONFIG, PASSWORD, Client, Server, expect, write_config


def run(*args: str, stdin: str | None = None, server: Server | None = None) -> subprocess.CompletedProcess[str]:
    target: list[str] = []
    if server is not None:
        target = ["--db", server.db_url, "--config", str(server.config_file)]
    return subprocess.run(
        [str(Path(sys.executable).parent / "bekwaam-server"), *args, *target],  # the installed console script
        input=stdin, capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
    )


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The same command in this process (quicker than a subprocess, for the many bad-input cases)."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse's own usage errors
                code = int(exc.code or 0)
    finally:
        sys.stdin = old_stdin
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def on(server: Server) -> list[str]:
    return ["--db", server.db_url, "--config", str(server.config_file)]


@pytest.fixture
def local(tmp_path: Path) -> list[str]:
    """--db and --config of a fresh SQLite database with the test servers' settings."""
    from sync.server.db import Database

    config = write_config(tmp_path / "server.toml", BASE_CONFIG)
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    db = Database(url, pooled=False)
    db.migrate()
    db.dispose()
    return ["--db", url, "--config", str(config)]


def test_teacher_add_list_and_devices_reach_the_servers_database(server: Server) -> None:
    r = run("teacher", "add", "--username", "Marieke.Jansen", "--name", "Marieke Jansen", "--register",
            "vrijwillig", "--registered-on", "2016-05-01", "--sector", "po", "--sector", "so",
            "--password-stdin", stdin=PASSWORD + "\n", server=server)
    assert r.returncode == 0, r.stderr
    assert "marieke.jansen" in r.stdout and "RL-" in r.stdout
    listed = cli("teacher", "list", "--json", *on(server))
    assert listed.returncode == 0, listed.stderr
    me = [t for t in json.loads(listed.stdout) if t["username"] == "marieke.jansen"]
    assert me and me[0]["sectors"] == ["po", "so"] and me[0]["register"] == "vrijwillig"

    client = Client(server.url)
    expect(client.login("marieke.jansen", device="laptop school"), 200)
    devices = cli("device", "list", "marieke.jansen", "--json", *on(server))
    assert [d["name"] for d in json.loads(devices.stdout)] == ["laptop school"]
    revoked = cli("device", "revoke", "marieke.jansen", "laptop school", *on(server))
    assert revoked.returncode == 0, revoked.stderr
    expect(client.get("/v1/me"), 401, "unauthorized")
    again = cli("device", "revoke", "marieke.jansen", "laptop school", *on(server))
    assert again.returncode == 2 and "no device" in again.stderr

    changed = cli("teacher", "passwd", "marieke.jansen", "--password-stdin", *on(server), stdin="new long password\n")
    assert changed.returncode == 0, changed.stderr
    expect(Client(server.url).login("marieke.jansen", password="new long password"), 200)


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["--registered-on", "2018-01-01"], PASSWORD, "closed to new enrolments on 2017-08-01"),
        (["--registered-on", "01-05-2016"], PASSWORD, "not a date"),
        (["--registered-on", "2020-01-01"], PASSWORD, "after today"),
        (["--register", "lerarenregister"], PASSWORD, "opens on 2018-08-01"),
        ([], "kort", "at least 10 characters"),
        (["--username", "../etc"], PASSWORD, "username"),
        (["--register", "nieuw"], PASSWORD, "invalid choice"),
    ],
)
def test_teacher_add_refuses_bad_input_naming_it(local: list[str], args: list[str], stdin: str, message: str) -> None:
    base = {"--username": "piet", "--name": "Piet", "--register": "vrijwillig", "--registered-on": "2016-01-01"}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    flat = [x for kv in base.items() for x in kv]
    r = cli("teacher", "add", *flat, "--password-stdin", *local, stdin=stdin + "\n")
    assert r.returncode == 2, r.stdout + r.stderr
    assert message in r.stderr and "Traceback" not in r.stderr


def test_password_only_on_standard_input_and_usernames_unique(local: list[str]) -> None:
    common = ["teacher", "add", "--username", "dubbel", "--name", "D", "--register", "vrijwillig",
              "--registered-on", "2016-01-01", *local]
    r = cli(*common)
    assert r.returncode == 2 and "--password-stdin" in r.stderr
    assert cli(*common, "--password-stdin", stdin=PASSWORD).returncode == 0
    r = cli(*common, "--password-stdin", stdin=PASSWORD)
    assert r.returncode == 2 and "taken" in r.stderr


def test_catalogue_sample_import_and_feed(start_server: Callable[..., Server], tmp_path: Path) -> None:
    server = start_server()
    sample = tmp_path / "catalogue.json"
    r = run("catalogue", "sample", "--count", "30", "--out", str(sample))
    assert r.returncode == 0, r.stderr
    data = json.loads(sample.read_text("utf-8"))
    assert data["synthetic"] is True
    assert all(i["code"].startswith("VOORBEELD-") and "[Voorbeeld]" in i["title"] for i in data["items"])
    assert all(i["validated_on"] < "2017-08-01" for i in data["items"])

    r = cli("catalogue", "import", str(sample), *on(server))
    assert r.returncode == 0, r.stderr
    assert "30 added" in r.stdout
    client = server.client(server.add_teacher())
    feed = expect(client.get("/v1/catalogue", params={"limit": 20}), 200)
    assert len(feed["items"]) == 20 and feed["has_more"] and feed["latest_version"] == 30
    rest = expect(client.get("/v1/catalogue", params={"since": feed["cursor"]}), 200)
    assert len(rest["items"]) == 10 and not rest["has_more"]

    # Re-import: unchanged; a withdrawn item comes through the feed again, marked.
    data["items"][0]["withdrawn"] = True
    sample.write_text(json.dumps(data), "utf-8")
    r = cli("catalogue", "import", str(sample), *on(server))
    assert "1 updated, 29 unchanged" in r.stdout, r.stdout + r.stderr
    newer = expect(client.get("/v1/catalogue", params={"since": 30}), 200)["items"]
    assert [(i["code"], i["withdrawn"], i["version"]) for i in newer] == [("VOORBEELD-00001", True, 31)]


def _catalogue(tmp_path: Path, item: dict[str, Any]) -> Path:
    base = {"code": "X-1", "title": "Cursus", "type": "cursus", "contact_hours": 8, "domains": ["pedagogisch"],
            "validated_on": "2016-01-01"}
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"items": [{**base, **item}]}), "utf-8")
    return path


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"validated_on": "2017-08-01"}, "frozen from 2017-08-01"),
        ({"contact_hours": 3}, "more than 3 hours"),
        ({"type": "webinar"}, "item 0 (X-1): type"),
        ({"domains": []}, "at least one domain"),
        ({"code": "../x"}, "code"),
    ],
)
def test_catalogue_import_refuses_bad_items_and_imports_nothing(
    local: list[str], tmp_path: Path, item: dict[str, Any], message: str
) -> None:
    r = cli("catalogue", "import", str(_catalogue(tmp_path, item)), *local)
    assert r.returncode == 2 and message in r.stderr, r.stderr
    from sync.server import catalogue
    from sync.server.db import Database

    db = Database(local[1], pooled=False)
    assert catalogue.feed(db, 0, 10).items == []
    db.dispose()


def test_bad_configuration_and_database_urls_are_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("today = 2019-01-01\nquota = 5\n", "utf-8")
    r = cli("teacher", "list", "--config", str(bad))
    assert r.returncode == 2 and "unknown setting(s) quota" in r.stderr
    bad.write_text("max_file_size = -1\n", "utf-8")
    r = cli("teacher", "list", "--config", str(bad))
    assert r.returncode == 2 and "max_file_size" in r.stderr
    bad.write_text("this is not toml", "utf-8")
    assert "not valid TOML" in cli("teacher", "list", "--config", str(bad)).stderr
    assert "cannot read" in cli("teacher", "list", "--config", str(tmp_path / "missing.toml")).stderr
    r = cli("teacher", "list", "--db", "mysql://localhost/x")
    assert r.returncode == 2 and "unsupported database" in r.stderr


def test_migrate_creates_then_reports_up_to_date_and_cleanup_runs(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    first = cli("migrate", "--db", url)
    assert first.returncode == 0 and "from schema none to 0002" in first.stdout, first.stderr
    second = cli("migrate", "--db", url)
    assert "up to date" in second.stdout
    cleaned = cli("cleanup", "--db", url, "--data-dir", str(tmp_path))
    assert cleaned.returncode == 0 and "Removed 0 abandoned" in cleaned.stdout, cleaned.stderr


@pytest.mark.postgres
def test_serve_refuses_a_postgresql_database_that_is_not_migrated(backend: str, tmp_path: Path) -> None:
    if backend != "postgres":
        pytest.skip("PostgreSQL only")
    import os

    from tests.server.conftest import _pg_execute

    admin = os.environ["BEKWAAM_TEST_PG_URL"]
    _pg_execute(admin, 'CREATE DATABASE "bk_unmigrated"')
    try:
        url = admin.rsplit("/", 1)[0] + "/bk_unmigrated"
        r = cli("serve", "--db", url, "--port", "1")
        assert r.returncode == 2 and "bekwaam-server migrate" in r.stderr, r.stderr
    finally:
        _pg_execute(admin, 'DROP DATABASE "bk_unmigrated" WITH (FORCE)')


def test_teacher_disable_refuses_logins_and_tokens_at_once_and_enable_restores_them(server: Server) -> None:
    from tests.server.conftest import activity, change

    username = server.add_teacher()
    laptop, school = server.client(username, "laptop"), server.client(username, "school")
    expect(laptop.push([change(activity("kept", title="Blijft bewaard"))]), 200)
    r = run("teacher", "disable", username, server=server)
    assert r.returncode == 0 and "disabled" in r.stdout, r.stderr
    for device in (laptop, school):  # every token, on the routes and the fast path alike
        expect(device.get("/v1/me"), 403, "account_disabled")
        expect(device.get("/v1/portfolio/changes"), 403, "account_disabled")
        expect(device.push([change(activity())]), 403, "account_disabled")
    expect(Client(server.url).login(username), 403, "account_disabled")
    # Without the password nothing tells that the account exists, let alone that it is disabled.
    expect(Client(server.url).login(username, password="not the password"), 401, "login_failed")
    listed = {t["username"]: t for t in json.loads(cli("teacher", "list", "--json", *on(server)).stdout)}
    assert listed[username]["disabled"] is True
    assert f"{username} " in (text := cli("teacher", "list", *on(server)).stdout)
    assert [line for line in text.splitlines() if line.startswith(username)][0].split()[5] == "disabled"
    assert "already disabled" in cli("teacher", "disable", username, *on(server)).stdout

    enabled = cli("teacher", "enable", username, *on(server))
    assert enabled.returncode == 0 and "enabled again" in enabled.stdout, enabled.stderr
    changes = expect(school.get("/v1/portfolio/changes"), 200)["changes"]  # the same device, its data kept
    assert [c["data"]["title"] for c in changes] == ["Blijft bewaard"]
    expect(Client(server.url).login(username), 200)
    assert json.loads(cli("teacher", "list", "--json", *on(server)).stdout)[0].get("disabled") is not None
    unknown = cli("teacher", "disable", "nobody-at-all", *on(server))
    assert unknown.returncode == 2 and "no teacher with username 'nobody-at-all'" in unknown.stderr

"""The command line, run as a subprocess the way a school's script runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT


def run(
    data: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), *args],
                          input=stdin, capture_output=True, text=True, env=full_env, timeout=120)


def ok(data: Path, *args: str, stdin: str | None = None) -> str:
    r = run(data, *args, stdin=stdin)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_a_whole_portfolio_through_the_command_line(tmp_path: Path) -> None:
    d = tmp_path / "p"
    ok(d, "profile", "set", "--name", "Ingrid van Dijk-Çelik", "--sector", "vo", "--register-number", "RL-77")
    ok(d, "cycle", "set", "--start", "2021-08-01")
    a1 = ok(d, "activity", "add", "--title", "Cursus rekendidactiek", "--type", "cursus", "--start", "2022-02-01",
            "--end", "2022-03-15", "--contact-hours", "100", "--self-study-hours", "59.5",
            "--domain", "vakinhoudelijk", "--provider", "Fontys", "--validated", "RL-2022-1").strip()
    a2 = ok(d, "activity", "add", "--title", "Conferentie", "--type", "conferentie", "--start", "2023-05-05",
            "--contact-hours", "6", "--domain", "professioneel_handelen", "--planned").strip()
    cert = tmp_path / "certificaat.pdf"
    cert.write_bytes(b"%PDF-1.4 certificaat")
    eid = ok(d, "evidence", "attach", a1, str(cert), "--kind", "certificaat").strip()
    ok(d, "reflection", "set", a1, "--model", "starr", stdin=json.dumps({"situatie": "havo 4", "transfer": "ook vwo"}))

    listed = json.loads(ok(d, "activity", "list", "--json"))
    assert [a["id"] for a in listed] == [a2, a1]
    assert listed[1]["ru"] == 159.5 and listed[1]["evidence_count"] == 1 and listed[1]["has_reflection"]
    shown = json.loads(ok(d, "activity", "show", a1, "--json"))
    assert shown["evidence"][0]["id"] == eid and shown["reflection"]["answers"]["transfer"] == "ook vwo"
    assert "Cursus rekendidactiek" in ok(d, "activity", "list")

    progress = json.loads(ok(d, "progress", "--json"))
    assert progress["total_ru"] == 159.5
    reqs = {r["id"]: r for r in progress["requirements"]}
    assert reqs["total_ru"]["required"] == 160 and reqs["total_ru"]["met"] is False
    assert reqs["vo_vakinhoudelijk_ru"]["achieved"] == 159.5 and reqs["vo_vakinhoudelijk_ru"]["met"] is True
    assert {"id", "required", "achieved", "met"} <= set(reqs["primary_process_ru"])
    assert "✗" in ok(d, "progress")

    assert "ok" in ok(d, "check")
    ok(d, "activity", "delete", a2)
    assert [a["id"] for a in json.loads(ok(d, "activity", "list", "--json"))] == [a1]
    assert [a["id"] for a in json.loads(ok(d, "activity", "list", "--trash", "--json"))] == [a2]
    ok(d, "activity", "restore", a2)
    assert len(json.loads(ok(d, "activity", "list", "--json"))) == 2


def test_the_data_folder_comes_from_the_environment_too(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "BEKWAAM_DATA_DIR": str(tmp_path / "env")}
    r = subprocess.run([sys.executable, "-m", "desktop", "profile", "set", "--name", "X"], env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "env" / "bekwaam.sqlite").is_file()


BAD = [
    (["activity", "add", "--title", "X", "--type", "workshop", "--start", "2022-01-01", "--contact-hours", "2",
      "--domain", "pedagogisch"], "--type"),
    (["activity", "add", "--title", "X", "--type", "cursus", "--start", "2022-02-30", "--contact-hours", "2",
      "--domain", "pedagogisch"], "--start"),
    (["activity", "add", "--title", "X", "--type", "cursus", "--start", "2022-01-01", "--contact-hours", "-3",
      "--domain", "pedagogisch"], "contact_hours"),
    (["activity", "add", "--title", "X", "--type", "cursus", "--start", "2022-01-05", "--end", "2022-01-01",
      "--contact-hours", "3", "--domain", "pedagogisch"], "end"),
    (["activity", "add", "--title", "X", "--type", "cursus", "--start", "2022-01-01", "--contact-hours", "veel",
      "--domain", "pedagogisch"], "--contact-hours"),
    (["activity", "add", "--title", "X", "--type", "cursus", "--start", "2022-01-01", "--contact-hours", "2",
      "--domain", "wiskunde"], "--domain"),
    (["activity", "add", "--type", "cursus"], "--title"),
    (["activity", "show", "does-not-exist"], "no activity"),
    (["activity", "delete", "does-not-exist"], "no activity"),
    (["evidence", "attach", "does-not-exist", "/nonexistent/file.pdf"], "no such file"),
    (["cycle", "set", "--start", "2021-08-01", "--ruleset", "nope"], "ruleset"),
    (["profile", "set", "--sector", "hbo"], "--sector"),
    (["profile", "set"], "nothing to set"),
    (["progress"], "no cycle"),
    (["frobnicate"], "invalid choice"),
]


@pytest.mark.parametrize(("args", "named"), BAD, ids=[" ".join(a[:3]) for a, _ in BAD])
def test_bad_input_exits_2_and_names_what_is_wrong(tmp_path: Path, args: list[str], named: str) -> None:
    r = run(tmp_path / "p", *args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert named in r.stderr
    assert "Traceback" not in r.stderr


def test_reflection_input_is_checked(tmp_path: Path) -> None:
    d = tmp_path / "p"
    a = ok(d, "activity", "add", "--title", "T", "--type", "cursus", "--start", "2022-01-01",
           "--contact-hours", "2", "--domain", "pedagogisch").strip()
    for stdin, named in [("{not json", "not valid JSON"), ('["a"]', "JSON object"),
                         ('{"handelen": "x"}', "handelen"), ('{"tekst": 3}', "JSON object")]:
        r = run(d, "reflection", "set", a, "--model", "vrij", stdin=stdin)
        assert r.returncode == 2 and named in r.stderr, r.stderr
    r = run(d, "reflection", "set", a, "--model", "kolb", stdin="{}")
    assert r.returncode == 2 and "--model" in r.stderr


def test_help_lists_types_and_domains(tmp_path: Path) -> None:
    out = ok(tmp_path, "activity", "add", "--help")
    for word in ("cursus", "zelfstudie", "binnen_school", "vakinhoudelijk", "professioneel_handelen"):
        assert word in out
    assert "bekwaam" in ok(tmp_path, "--version")


def test_check_fails_with_exit_1_on_a_damaged_evidence_file(tmp_path: Path) -> None:
    d = tmp_path / "p"
    a = ok(d, "activity", "add", "--title", "T", "--type", "cursus", "--start", "2022-01-01",
           "--contact-hours", "2", "--domain", "pedagogisch").strip()
    f = tmp_path / "f.txt"
    f.write_text("bewijs")
    ok(d, "evidence", "attach", a, str(f))
    stored = next(p for p in (d / "evidence").rglob("*") if p.is_file() and len(p.name) == 64)
    stored.chmod(0o644)
    stored.write_text("vervalst")
    r = run(d, "check")
    assert r.returncode == 1 and "CORRUPTED" in r.stdout


def test_a_broken_database_is_a_clear_failure_not_a_traceback(tmp_path: Path) -> None:
    d = tmp_path / "p"
    d.mkdir()
    (d / "bekwaam.sqlite").write_bytes(b"garbage" * 1000)
    r = run(d, "activity", "list")
    assert r.returncode == 1 and "cannot be read as a database" in r.stderr and "Traceback" not in r.stderr

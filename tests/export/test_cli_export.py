"""The export, import, backup and restore subcommands as a school's script runs them: exit codes and messages."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from pypdf import PdfReader

from tests.e2e.test_cli import run
from tests.export.conftest import INTEROP


def test_the_whole_cycle_through_the_command_line(small_portfolio_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_portfolio_dir, data)

    r = run(data, "export", "pdf", str(tmp_path / "p.pdf"), "--all", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "pages" in r.stdout and len(PdfReader(tmp_path / "p.pdf").pages) > 5

    r = run(data, "export", "pdf", str(tmp_path / "range.pdf"), "--from", "2024-01-01", "--to", "2024-12-31")
    assert r.returncode == 0 and "1 activities" in r.stdout, r.stderr

    r = run(data, "export", "leap2a", str(tmp_path / "p.zip"))
    assert r.returncode == 0 and "4 files" in r.stdout, r.stderr

    r = run(tmp_path / "imported", "import", str(tmp_path / "p.zip"))
    assert r.returncode == 0 and "imported from a Bekwaam export: 3 activity" in r.stdout, r.stderr

    r = run(tmp_path / "mahara", "import", str(INTEROP / "mahara-leap2a.xml"))
    assert r.returncode == 0 and "1 profile" in r.stdout and r.stdout.count("skipped") == 8, r.stderr

    r = run(data, "backup", str(tmp_path / "b.zip"))
    assert r.returncode == 0 and "verified" in r.stdout, r.stderr

    r = run(data, "restore", str(tmp_path / "b.zip"), "--data-dir", str(tmp_path / "restored"))
    assert r.returncode == 0, r.stderr
    r = run(tmp_path / "restored", "check")
    assert r.returncode == 0 and "evidence files checked: 4" in r.stdout

    r = run(data, "restore", str(tmp_path / "b.zip"), "--data-dir", str(tmp_path / "restored"))
    assert r.returncode == 2 and "already holds a portfolio" in r.stderr
    r = run(data, "restore", str(tmp_path / "b.zip"), "--data-dir", str(tmp_path / "restored"), "--replace")
    assert r.returncode == 0 and "kept as" in r.stdout, r.stderr


def test_bad_input_exits_2_naming_what(small_portfolio_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_portfolio_dir, data)
    cases = [
        (("export", "pdf", str(tmp_path / "x.pdf"), "--from", "2024-13-01"), "--from"),
        (("export", "pdf", str(tmp_path / "x.pdf"), "--from", "2024-05-01", "--to", "2024-01-01"), "--to"),
        (("export", "pdf", str(tmp_path / "x.pdf"), "--activity", "nope"), "No activity with id nope"),
        (("export", "pdf", str(tmp_path / "no" / "x.pdf")), "does not exist"),
        (("export", "pdf", str(tmp_path / "x.pdf"), "--all", "--from", "2024-01-01"), "choose one"),
        (("import", str(tmp_path / "missing.zip")), "does not exist"),
        (("backup", str(data / "inside.zip")), "outside the data folder"),
    ]
    for args, message in cases:
        r = run(data, *args)
        assert r.returncode == 2 and message in r.stderr, (args, r.stderr)
        assert "Traceback" not in r.stderr
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(hostile, "w") as z:
        z.writestr("leap2a.xml", b"<feed xmlns='http://www.w3.org/2005/Atom'/>")
        z.writestr("../../evil.txt", b"x")
    r = run(data, "import", str(hostile))
    assert r.returncode == 2 and "leads outside its folder" in r.stderr
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
    r = run(tmp_path / "nothing-here", "export", "pdf", str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "no portfolio" in r.stderr
    assert not (tmp_path / "x.pdf").exists()

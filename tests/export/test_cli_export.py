"""The export, import, backup and restore subcommands as a school's script runs them: exit codes and messages."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from tests.e2e.test_cli import run
from tests.export.conftest import INTEROP


def test_the_whole_cycle_through_the_command_line(small_portfolio_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_portfolio_dir, data)

    r = run(data, "export", "pdf", str(tmp_path / "p.pdf"), "--all", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "pages" in r.stdout and len(PdfReader(tmp_path / "p.pdf").pages) > 5
    # another process, the same portfolio: the same bytes (Qt's font subset names differ per process)
    r = run(data, "export", "pdf", str(tmp_path / "again.pdf"), "--all", "--lang", "en")
    assert r.returncode == 0 and (tmp_path / "p.pdf").read_bytes() == (tmp_path / "again.pdf").read_bytes()

    r = run(data, "export", "leap2a", str(tmp_path / "p.zip"))
    assert r.returncode == 0 and "4 files" in r.stdout, r.stderr

    r = run(tmp_path / "imported", "import", str(tmp_path / "p.zip"))
    assert r.returncode == 0 and "imported from a Bekwaam export: 3 activity" in r.stdout, r.stderr

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


def test_mahara_and_a_range_in_process(small_portfolio_dir: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_portfolio_dir, data)
    assert main(["--data-dir", str(data), "export", "pdf", str(tmp_path / "r.pdf"), "--from", "2024-01-01",
                 "--to", "2024-12-31"]) == 0
    assert "1 activities" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "m"), "import", str(INTEROP / "mahara-leap2a.xml")]) == 0
    out = capsys.readouterr().out
    assert "1 profile" in out and out.count("skipped") == 8


def test_bad_input_exits_2_naming_what(small_portfolio_dir: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """In process (the same main() the command runs; a subprocess per case would only add start-up time)."""
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
        code = main(["--data-dir", str(data), *args])
        err = capsys.readouterr().err
        assert code == 2 and message in err, (args, err)
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(hostile, "w") as z:
        z.writestr("leap2a.xml", b"<feed xmlns='http://www.w3.org/2005/Atom'/>")
        z.writestr("../../evil.txt", b"x")
    assert main(["--data-dir", str(data), "import", str(hostile)]) == 2
    assert "leads outside its folder" in capsys.readouterr().err
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
    assert main(["--data-dir", str(tmp_path / "nothing-here"), "export", "pdf", str(tmp_path / "x.pdf")]) == 2
    assert "no portfolio" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()

"""What a start imports: the command line's parser and the window's first paint never wait for the store.

SQLAlchemy, the store's models and Alembic take most of a start-up's time (bench/gui_bench.py);
they are imported when a handler or the window's loading worker first needs the portfolio.
Run in a fresh interpreter, since the test process itself has imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO_ROOT

HEAVY = ("sqlalchemy", "alembic", "desktop.services", "desktop.store.models", "desktop.store.db", "pypdf")


def imported_after(code: str) -> list[str]:
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    return list(json.loads(r.stdout.strip().splitlines()[-1]))


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_building_the_parser_imports_neither_the_store_nor_qt() -> None:
    modules = imported_after("from desktop.cli import build_parser\nbuild_parser()")
    assert heavy(modules) == []
    assert not [m for m in modules if m.startswith("PySide6")]
    # every subcommand module took part, so each one is light
    assert {"desktop.cli.portfolio_cmds", "desktop.cli.policy_cmds", "desktop.cli.export_cmds"} <= set(modules)


def test_help_and_bad_arguments_answer_without_the_store() -> None:
    code = (
        "import contextlib, io\n"
        "from desktop.cli import main\n"
        "for argv in (['activity', 'add', '--help'], ['activity', 'add', '--type']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "        try:\n"
        "            main(argv)\n"
        "        except SystemExit:\n"
        "            pass\n"
    )
    assert heavy(imported_after(code)) == []


def test_the_window_code_imports_no_store() -> None:
    # The window is built and painted before the portfolio opens; the store comes with the opening worker.
    modules = imported_after(
        "import desktop.app\nimport desktop.views.main_window\nimport desktop.views.file_actions"
    )
    assert heavy(modules) == []


def test_opening_the_window_parses_without_the_subcommands() -> None:
    from desktop.cli import build_parser, window_args

    for argv in ([], ["--data-dir", "/tmp/p"], ["--demo", "--lang", "en"], ["--data-dir=/tmp/p", "--lang=nl"]):
        quick = window_args(argv)
        assert quick is not None, argv
        assert vars(quick) == vars(build_parser().parse_args(argv)), argv
    # everything else goes to the full parser, with its usual answers
    for argv in (["activity", "list"], ["--help"], ["-h"], ["--lang", "fr"], ["--data-dir"], ["--bogus"]):
        assert window_args(argv) is None, argv
    modules = imported_after("from desktop.cli import window_args\nwindow_args(['--data-dir', '/tmp/p'])")
    assert "desktop.cli.portfolio_cmds" not in modules and heavy(modules) == []


def test_the_store_is_imported_with_the_collector_paused_and_then_frozen() -> None:
    """desktop.app._import_store: the opening worker's import (see its docstring for why)."""
    code = (
        "import gc\n"
        "import desktop.app\n"
        "assert gc.get_freeze_count() == 0\n"
        "open_services, froze = desktop.app._import_store()\n"
        "assert froze and gc.isenabled() and gc.get_freeze_count() > 20_000, gc.get_freeze_count()\n"
        "assert open_services.__module__ == 'desktop.services'\n"
        "gc.unfreeze()\n"
        "again, froze = desktop.app._import_store()\n"  # imported already: nothing frozen
        "assert again is open_services and not froze and gc.get_freeze_count() == 0\n"
    )
    assert "sqlalchemy" in imported_after(code)

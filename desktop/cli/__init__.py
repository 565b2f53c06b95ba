"""The `bekwaam` command: no subcommand opens the window; a subcommand runs headless.

Each subcommand group lives in its own module under desktop/cli/ and exposes
`register(subparsers)`, which adds its parsers and sets `handler` on each; a handler gets
the parsed arguments and a `Context` and returns an exit code.

Exit codes: 0 done, 2 bad input (with a message naming what is wrong), 1 any other failure.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli.common import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, BadInput, CliError, Context
from sync.portfolio import ValidationError

# Modules that add subcommands; each has register(subparsers).
SUBCOMMAND_MODULES = [
    "desktop.cli.portfolio_cmds",
    "desktop.cli.policy_cmds",
    "desktop.cli.export_cmds",
]


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on bad input already; keep its message but say it in one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"bekwaam: error: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


class _NotTheWindow(Exception):
    """The arguments are not a plain start of the window: the full parser takes them."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotTheWindow(message)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"bekwaam {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: BEKWAAM_DATA_DIR, the school policy, or the user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a realistic sample portfolio in a temporary data folder",
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the window")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open a temporary portfolio, add an activity, attach a file, export a PDF, exit 0",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="bekwaam",
        description="Bekwaam: your professionalisation portfolio. "
        "Without a subcommand the window opens.",
    )
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the window (only the global options), else None.

    Opening the window is the common start and needs none of the subcommands' parsers, so it
    is parsed by the global options alone. Anything else — a subcommand, --help, a mistake — goes
    to the full parser, which gives the same answers and messages as ever.
    """
    if "-h" in argv or "--help" in argv:
        return None
    parser = _WindowParser(prog="bekwaam", add_help=False)
    _add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotTheWindow:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = window_args(argv)
    if args is None:
        parser = build_parser()
        args = parser.parse_args(argv)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test(args)
    handler = getattr(args, "handler", None)
    if handler is None:
        if args.command:  # a group without its subcommand, e.g. `bekwaam activity`
            build_parser().parse_args([args.command, "--help"])
            return EXIT_BAD_INPUT
        from desktop.app import run_gui

        return run_gui(args)
    ctx = Context(args)
    try:
        return int(handler(args, ctx) or 0)
    except BadInput as exc:
        sys.stderr.write(f"bekwaam: {exc}\n")
        return EXIT_BAD_INPUT
    except CliError as exc:
        sys.stderr.write(f"bekwaam: {exc}\n")
        return EXIT_FAILURE
    except ValidationError as exc:
        sys.stderr.write(f"bekwaam: {exc}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("bekwaam: interrupted\n")
        return EXIT_FAILURE
    except BrokenPipeError:  # e.g. `bekwaam activity list | head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # never a bare traceback for a teacher or a school's script
        sys.stderr.write(f"bekwaam: unexpected error: {type(exc).__name__}: {exc}\n")
        return EXIT_FAILURE
    finally:
        ctx.close()

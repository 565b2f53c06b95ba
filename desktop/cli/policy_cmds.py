"""Subcommands for the IT administrator: `policy show` (effective settings and their source) and `policy check`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_BAD_INPUT, EXIT_OK, Context, print_json

if TYPE_CHECKING:
    from desktop.policy import PolicyProblem
    from desktop.settings import Setting

# Keyed by desktop.settings.Source's values (a StrEnum, equal to these strings): the policy and
# settings modules are imported by the handlers, not when the parser is built.
_SOURCE_TEXT = {
    "default": "default",
    "user": "user (the teacher's own choice)",
    "policy": "policy default (the teacher may change it)",
    "locked": "locked by the policy (set by the school)",
}


def register(subparsers: Any) -> None:
    policy = subparsers.add_parser(
        "policy",
        help="show the school's policy and the effective settings, or check a policy file",
        description="The school's machine-wide policy file: /etc/bekwaam/policy.toml, "
        r"%%ProgramData%%\Bekwaam\policy.toml, /Library/Application Support/Bekwaam/policy.toml, "
        "or the file named by BEKWAAM_POLICY. Exit code 2 when the policy file has problems.",
    )
    sub = policy.add_subparsers(dest="policy_command", metavar="ACTION")

    show = sub.add_parser("show", help="each effective setting with where it comes from, and the policy's problems")
    show.add_argument("--json", action="store_true")
    show.add_argument("--lang", choices=["nl", "en"], default="en", help="language of the problem messages")
    show.set_defaults(handler=policy_show)

    check = sub.add_parser("check", help="check a policy file before rolling it out (default: the installed one)")
    check.add_argument("file", nargs="?", metavar="FILE")
    check.add_argument("--json", action="store_true")
    check.add_argument("--lang", choices=["nl", "en"], default="en", help="language of the problem messages")
    check.set_defaults(handler=policy_check)


def _problem_json(p: PolicyProblem, lang: str) -> dict[str, Any]:
    return {"line": p.line, "code": p.code, "key": p.key, "message": p.message(lang),
            "message_nl": p.message("nl"), "message_en": p.message("en")}


def _source_text(s: Setting) -> str:
    if s.key == "data_dir" and s.source == "user":
        return "--data-dir or BEKWAAM_DATA_DIR"
    return _SOURCE_TEXT[s.source]


def _shown(value: Any) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def policy_show(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.policy import load_policy
    from desktop.settings import Settings

    policy = load_policy()
    # Reads the teacher's settings file if there is one; creates nothing (an administrator may run this as root).
    settings = Settings.load(ctx.data_dir, policy)
    if args.json:
        print_json({
            "policy": {
                "path": str(policy.path),
                "exists": policy.exists,
                "problems": [_problem_json(p, args.lang) for p in policy.problems],
            },
            "data_dir": str(settings.data_dir),
            "settings_file": str(settings.path),
            "settings": [
                {"key": s.key, "value": s.value, "source": str(s.source), "locked": s.locked} for s in settings.all()
            ],
            "settings_problems": [_problem_json(p, args.lang) for p in settings.problems],
        })
    else:
        print(f"Policy file: {policy.path} ({'present' if policy.exists else 'not present'})")
        print(f"Settings file: {settings.path} ({'present' if settings.path.is_file() else 'not present'})")
        print()
        rows = [(s.key, _shown(s.value), _source_text(s)) for s in settings.all()]
        w_key = max(len(r[0]) for r in rows)
        w_val = min(48, max(len(r[1]) for r in rows))
        for key, value, source in rows:
            print(f"{key:<{w_key}}  {value:<{w_val}}  {source}")
        _print_problems("Problems in the policy file (everything else in it applies):", policy.problems, args.lang)
        _print_problems("Problems in the teacher's settings file (ignored):", settings.problems, args.lang)
    return EXIT_BAD_INPUT if policy.problems else EXIT_OK


def _print_problems(title: str, problems: list[PolicyProblem], lang: str) -> None:
    if problems:
        print()
        print(title)
        for p in problems:
            print(f"  {p.message(lang)}")


def policy_check(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.policy import load_policy

    path = Path(args.file) if args.file else None
    policy = load_policy(path)
    if args.json:
        print_json({
            "path": str(policy.path),
            "exists": policy.exists,
            "defaults": policy.defaults,
            "locked": policy.locked_values,
            "problems": [_problem_json(p, args.lang) for p in policy.problems],
        })
    else:
        if not policy.exists and not policy.problems:
            print(f"{policy.path}: no such file (the app then uses its built-in defaults)")
        elif not policy.problems:
            n_def, n_lock = len(policy.defaults), len(policy.locked_values)
            print(f"{policy.path}: no problems ({n_def} default(s), {n_lock} locked setting(s))")
        else:
            print(f"{policy.path}: {len(policy.problems)} problem(s); everything else in the file applies")
            for p in policy.problems:
                print(f"  {p.message(args.lang)}")
    if args.file and not policy.exists and not policy.problems:
        return EXIT_BAD_INPUT  # a file named on purpose that is not there is a mistake
    return EXIT_BAD_INPUT if policy.problems else EXIT_OK

"""Subcommands on the portfolio: activity, evidence, reflection, profile, cycle, progress, check.

Only the vocabulary and the rules at import (the parser needs their accepted values); the
services come through `Context.services` when a handler runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    EXIT_FAILURE,
    BadInput,
    Context,
    parse_date_arg,
    parse_enum,
    parse_hours,
    print_json,
    validation_message,
)
from sync import portfolio as vocab
from sync.rules import RulesetError, builtin_ruleset_ids


def _choices(cls: type[vocab.LabelledEnum]) -> str:
    return ", ".join(f"{m.value} ({m.label('en')})" for m in cls)


def register(subparsers: Any) -> None:
    # activity ---------------------------------------------------------------
    activity = subparsers.add_parser("activity", help="add, list, show, delete or restore activities")
    act = activity.add_subparsers(dest="activity_command", metavar="ACTION")

    add = act.add_parser(
        "add",
        help="add an activity; prints its id",
        description=f"Types: {_choices(vocab.ActivityType)}. Domains: {_choices(vocab.Domain)}.",
    )
    add.add_argument("--title", required=True)
    add.add_argument("--type", required=True, metavar="TYPE", help=f"one of: {', '.join(vocab.ActivityType.ids())}")
    add.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--end", metavar="YYYY-MM-DD")
    add.add_argument("--contact-hours", required=True, metavar="N")
    add.add_argument("--self-study-hours", default="0", metavar="N")
    add.add_argument(
        "--domain",
        action="append",
        required=True,
        metavar="D",
        help=f"repeatable; one of: {', '.join(vocab.Domain.ids())}",
    )
    add.add_argument("--provider", default="")
    add.add_argument("--content", default="", help="inhoud en opzet (content and set-up)")
    add.add_argument("--contribution", default="", help="contribution to your professional development")
    add.add_argument("--validated", metavar="CODE", help="catalogue code of a validated activity")
    add.add_argument("--planned", action="store_true", help="planned, not yet completed")
    add.set_defaults(handler=activity_add)

    lst = act.add_parser("list", help="list activities (newest first)")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--trash", action="store_true", help="list the trash instead")
    lst.set_defaults(handler=activity_list)

    show = act.add_parser("show", help="show one activity with its evidence and reflection")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=activity_show)

    dele = act.add_parser("delete", help="move an activity to the trash (restorable)")
    dele.add_argument("id")
    dele.set_defaults(handler=activity_delete)

    rest = act.add_parser("restore", help="bring an activity back from the trash")
    rest.add_argument("id")
    rest.set_defaults(handler=activity_restore)

    # evidence ---------------------------------------------------------------
    evidence = subparsers.add_parser("evidence", help="attach or list evidence files (bewijsstukken)")
    ev = evidence.add_subparsers(dest="evidence_command", metavar="ACTION")
    att = ev.add_parser(
        "attach",
        help="attach a file to an activity",
        description=f"Kinds: {_choices(vocab.EvidenceKind)}.",
    )
    att.add_argument("activity_id", metavar="ACTIVITY_ID")
    att.add_argument("file", metavar="FILE")
    att.add_argument("--kind", default="overig", help=f"one of: {', '.join(vocab.EvidenceKind.ids())}")
    att.add_argument("--description", default="")
    att.add_argument("--issued-on", metavar="YYYY-MM-DD")
    att.set_defaults(handler=evidence_attach)
    evl = ev.add_parser("list", help="list evidence, of one activity or all")
    evl.add_argument("activity_id", nargs="?", metavar="ACTIVITY_ID")
    evl.add_argument("--json", action="store_true")
    evl.set_defaults(handler=evidence_list)
    det = ev.add_parser("detach", help="detach a file from an activity")
    det.add_argument("activity_id", metavar="ACTIVITY_ID")
    det.add_argument("evidence_id", metavar="EVIDENCE_ID")
    det.set_defaults(handler=evidence_detach)

    # reflection -------------------------------------------------------------
    reflection = subparsers.add_parser("reflection", help="write or show the reflection on an activity")
    rf = reflection.add_subparsers(dest="reflection_command", metavar="ACTION")
    rset = rf.add_parser(
        "set",
        help="set the reflection; answers as a JSON object on stdin",
        description="Prompts per model: "
        + "; ".join(
            f"{m.id.value}: {', '.join(p.id for p in m.prompts)}" for m in vocab.REFLECTION_MODELS.values()
        ),
    )
    rset.add_argument("activity_id", metavar="ACTIVITY_ID")
    rset.add_argument("--model", required=True, help=f"one of: {', '.join(vocab.ReflectionModelId.ids())}")
    rset.set_defaults(handler=reflection_set)
    rshow = rf.add_parser("show", help="show the reflection on an activity")
    rshow.add_argument("activity_id", metavar="ACTIVITY_ID")
    rshow.add_argument("--json", action="store_true")
    rshow.set_defaults(handler=reflection_show)

    # profile and cycle ------------------------------------------------------
    profile = subparsers.add_parser("profile", help="your registration dossier")
    pf = profile.add_subparsers(dest="profile_command", metavar="ACTION")
    pset = pf.add_parser("set", help="set name, sectors, register number")
    pset.add_argument("--name")
    pset.add_argument("--sector", action="append", help=f"repeatable; one of: {', '.join(vocab.Sector.ids())}")
    pset.add_argument("--register-number")
    pset.add_argument("--register", help=f"one of: {', '.join(vocab.Register.ids())}")
    pset.add_argument("--email")
    pset.set_defaults(handler=profile_set)
    pshow = pf.add_parser("show", help="show the dossier")
    pshow.add_argument("--json", action="store_true")
    pshow.set_defaults(handler=profile_show)

    cycle = subparsers.add_parser("cycle", help="the registration cycle")
    cy = cycle.add_subparsers(dest="cycle_command", metavar="ACTION")
    cset = cy.add_parser("set", help="set the current cycle's start and ruleset")
    cset.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    cset.add_argument(
        "--ruleset", default="registerleraar", help=f"one of: {', '.join(builtin_ruleset_ids())}"
    )
    cset.set_defaults(handler=cycle_set)
    cshow = cy.add_parser("show", help="show the current cycle")
    cshow.add_argument("--json", action="store_true")
    cshow.set_defaults(handler=cycle_show)

    progress = subparsers.add_parser("progress", help="progress toward herregistratie in the current cycle")
    progress.add_argument("--json", action="store_true")
    progress.add_argument("--lang", choices=["nl", "en"], default="en")
    progress.set_defaults(handler=progress_show)

    check = subparsers.add_parser("check", help="check database integrity and every evidence file's hash")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=check_run)


# ---------------------------------------------------------------------------- activity


def _build_activity(args: argparse.Namespace) -> vocab.Activity:
    start = parse_date_arg(args.start, "--start")
    end = parse_date_arg(args.end, "--end") if args.end else None
    activity = vocab.Activity(
        title=args.title,
        type=parse_enum(vocab.ActivityType, args.type, "--type"),
        start=start,
        end=end,
        contact_hours=parse_hours(args.contact_hours, "--contact-hours"),
        self_study_hours=parse_hours(args.self_study_hours, "--self-study-hours"),
        domains=tuple(dict.fromkeys(parse_enum(vocab.Domain, d, "--domain") for d in args.domain)),
        provider=args.provider,
        content=args.content,
        contribution=args.contribution,
        validated_code=args.validated,
        status=vocab.ActivityStatus.PLANNED if args.planned else vocab.ActivityStatus.COMPLETED,
    )
    issues = activity.validate()
    if issues:
        raise BadInput(validation_message(vocab.ValidationError(issues)))
    return activity


def activity_add(args: argparse.Namespace, ctx: Context) -> int:
    activity = _build_activity(args)
    ctx.services.portfolio.create_activity(activity)
    print(activity.id)
    return 0


def _activity_json(a: vocab.Activity, **extra: Any) -> dict[str, Any]:
    return {**a.to_dict(), "ru": a.ru, **extra}


def activity_list(args: argparse.Namespace, ctx: Context) -> int:
    svc = ctx.services.portfolio
    summaries = svc.activity_summaries(only_deleted=args.trash)
    if args.json:
        print_json(
            [
                _activity_json(s.activity, evidence_count=s.evidence_count, has_reflection=s.has_reflection)
                for s in summaries
            ]
        )
        return 0
    for s in summaries:
        a = s.activity
        flags = ("P" if a.planned else " ") + ("V" if a.validated else " ")
        print(f"{a.id}  {a.start.isoformat()}  {a.ru:7.2f} RU  {flags}  {a.type.value:<13}  {a.title}")
    if not summaries:
        print("(trash is empty)" if args.trash else "(no activities yet)", file=sys.stderr)
    return 0


def _get_activity(ctx: Context, activity_id: str, include_deleted: bool = False) -> vocab.Activity:
    from desktop.services.portfolio import NotFound

    try:
        return ctx.services.portfolio.get_activity(activity_id, include_deleted=include_deleted)
    except NotFound:
        raise BadInput(f"no activity with id {activity_id}") from None


def activity_show(args: argparse.Namespace, ctx: Context) -> int:
    svc = ctx.services.portfolio
    a = _get_activity(ctx, args.id, include_deleted=True)
    evidence = svc.evidence_for(a.id)
    reflection = svc.reflection_for(a.id)
    if args.json:
        print_json(
            _activity_json(
                a,
                evidence=[e.to_dict() for e in evidence],
                reflection=reflection.to_dict() if reflection else None,
            )
        )
        return 0
    print(f"{a.title}\n  id: {a.id}\n  type: {a.type.label('en')}\n  start: {a.start}  end: {a.end or '-'}")
    print(f"  hours: {a.contact_hours:g} contact + {a.self_study_hours:g} self-study = {a.ru:g} RU")
    print(f"  domains: {', '.join(d.label('en') for d in a.domains) or '-'}")
    print(f"  status: {a.status.label('en')}  validated: {a.validated_code or 'no'}  provider: {a.provider or '-'}")
    for e in evidence:
        print(f"  evidence: {e.filename} ({e.kind.label('en')}, {e.size} bytes, sha256 {e.sha256})")
    if reflection:
        print(f"  reflection ({reflection.model.label('en')}):")
        for key, text in reflection.answers.items():
            print(f"    {key}: {text}")
    return 0


def activity_delete(args: argparse.Namespace, ctx: Context) -> int:
    _get_activity(ctx, args.id)
    ctx.services.portfolio.delete_activity(args.id)
    print(f"moved to the trash: {args.id}", file=sys.stderr)
    return 0


def activity_restore(args: argparse.Namespace, ctx: Context) -> int:
    a = _get_activity(ctx, args.id, include_deleted=True)
    ctx.services.portfolio.restore_activity(a.id)
    return 0


# ---------------------------------------------------------------------------- evidence


def evidence_attach(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise BadInput(f"FILE: no such file: {path}")
    kind = parse_enum(vocab.EvidenceKind, args.kind, "--kind")
    issued = parse_date_arg(args.issued_on, "--issued-on") if args.issued_on else None
    _get_activity(ctx, args.activity_id)
    e = ctx.services.portfolio.attach_evidence(
        args.activity_id, path, kind=kind, description=args.description, issued_on=issued
    )
    print(e.id)
    return 0


def evidence_list(args: argparse.Namespace, ctx: Context) -> int:
    svc = ctx.services.portfolio
    if args.activity_id:
        _get_activity(ctx, args.activity_id)
        items = svc.evidence_for(args.activity_id)
    else:
        items = svc.list_evidence()
    if args.json:
        print_json([e.to_dict() for e in items])
    else:
        for e in items:
            print(f"{e.id}  {e.sha256[:12]}  {e.size:>12}  {e.kind.value:<14}  {e.filename}")
    return 0


def evidence_detach(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.portfolio import NotFound

    try:
        ctx.services.portfolio.detach_evidence(args.activity_id, args.evidence_id)
    except NotFound:
        raise BadInput(f"evidence {args.evidence_id} is not attached to activity {args.activity_id}") from None
    return 0


# ---------------------------------------------------------------------------- reflection


def reflection_set(args: argparse.Namespace, ctx: Context) -> int:
    model = parse_enum(vocab.ReflectionModelId, args.model, "--model")
    raw = sys.stdin.read()
    try:
        answers = json.loads(raw) if raw.strip() else {}
    except json.JSONDecodeError as exc:
        raise BadInput(f"stdin: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(answers, dict) or not all(isinstance(v, str) for v in answers.values()):
        raise BadInput('stdin: expected a JSON object of prompt → text, e.g. {"situatie": "..."}')
    draft = vocab.Reflection(model=model, answers=answers, activity_id=args.activity_id)
    issues = draft.validate()
    if issues:
        raise BadInput(validation_message(vocab.ValidationError(issues)))
    _get_activity(ctx, args.activity_id)
    r = ctx.services.portfolio.set_reflection(args.activity_id, model, answers)
    print(r.id)
    return 0


def reflection_show(args: argparse.Namespace, ctx: Context) -> int:
    _get_activity(ctx, args.activity_id)
    r = ctx.services.portfolio.reflection_for(args.activity_id)
    if r is None:
        print("(no reflection yet)", file=sys.stderr)
        return 0
    if args.json:
        print_json(r.to_dict())
        return 0
    model = vocab.REFLECTION_MODELS[r.model]
    for prompt in model.prompts:
        print(f"{prompt.label('en')}:\n  {r.answers.get(prompt.id, '')}")
    return 0


# ---------------------------------------------------------------------------- profile, cycle


def profile_set(args: argparse.Namespace, ctx: Context) -> int:
    changes: dict[str, Any] = {}
    if args.name is not None:
        changes["name"] = args.name
    if args.sector:
        changes["sectors"] = tuple(dict.fromkeys(parse_enum(vocab.Sector, s, "--sector") for s in args.sector))
    if args.register_number is not None:
        changes["register_number"] = args.register_number
    if args.register is not None:
        changes["register"] = parse_enum(vocab.Register, args.register, "--register")
    if args.email is not None:
        changes["email"] = args.email
    if not changes:
        raise BadInput("profile set: nothing to set; use --name, --sector, --register-number, --register or --email")
    current = ctx.services.portfolio.profile() or vocab.Profile()
    draft = dataclasses.replace(current, **changes)
    issues = draft.validate()
    if issues:
        raise BadInput(validation_message(vocab.ValidationError(issues)))
    ctx.services.portfolio.set_profile(**changes)
    return 0


def profile_show(args: argparse.Namespace, ctx: Context) -> int:
    svc = ctx.services.portfolio
    p = svc.profile()
    data = {
        "profile": p.to_dict() if p else None,
        "schools": [s.to_dict() for s in svc.schools()],
        "qualifications": [q.to_dict() for q in svc.qualifications()],
        "work_periods": [w.to_dict() for w in svc.work_periods()],
    }
    if args.json:
        print_json(data)
    elif p is None:
        print("(no profile yet: use `bekwaam profile set --name ...`)", file=sys.stderr)
    else:
        print(f"{p.name}  register: {p.register.label('en')}  number: {p.register_number or '-'}")
        print(f"sectors: {', '.join(s.label('en') for s in p.sectors) or '-'}")
    return 0


def cycle_set(args: argparse.Namespace, ctx: Context) -> int:
    start = parse_date_arg(args.start, "--start")
    try:
        cycle = ctx.services.portfolio.set_cycle(start, args.ruleset)
    except RulesetError as exc:
        raise BadInput(f"--ruleset: {exc}") from None
    except vocab.ValidationError as exc:
        raise BadInput(validation_message(exc)) from None
    print(f"cycle {cycle.start} – {cycle.end} ({cycle.ruleset})", file=sys.stderr)
    return 0


def cycle_show(args: argparse.Namespace, ctx: Context) -> int:
    c = ctx.services.portfolio.current_cycle()
    if c is None:
        print("(no cycle yet: use `bekwaam cycle set --start YYYY-MM-DD`)", file=sys.stderr)
        return 0
    if args.json:
        print_json({**c.to_dict(), "end": c.end.isoformat()})
    else:
        print(f"{c.start} – {c.end}  ruleset: {c.ruleset}")
    return 0


def progress_show(args: argparse.Namespace, ctx: Context) -> int:
    progress = ctx.services.portfolio.progress()
    if progress is None:
        raise BadInput("no cycle set yet: use `bekwaam cycle set --start YYYY-MM-DD` first")
    if args.json:
        print_json(progress.to_dict())
        return 0
    lang = args.lang
    rs = progress.ruleset
    print(f"{rs.name(lang)}: {progress.cycle_start} – {progress.cycle_end}")
    if rs.provisional:
        print("  (provisional: the criteria of this register were never set)")
    for r in progress.requirements:
        mark = "✓" if r.met else "✗"
        short = "" if r.met else f"  (short by {r.short_by:g})"
        print(f"  {mark} {r.label(lang)}: {r.achieved:g} / {r.required:g}{short}")
    print("  RU per domain: " + ", ".join(f"{d.label(lang)} {v:g}" for d, v in progress.ru_by_domain.items()))
    return 0


def check_run(args: argparse.Namespace, ctx: Context) -> int:
    report = ctx.services.portfolio.check()
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "integrity": report.integrity,
                "evidence_checked": report.evidence_checked,
                "missing": list(report.missing),
                "corrupted": list(report.corrupted),
            }
        )
    else:
        print(f"database integrity: {report.integrity}")
        print(f"evidence files checked: {report.evidence_checked}")
        for sha in report.missing:
            print(f"  MISSING   {sha}")
        for sha in report.corrupted:
            print(f"  CORRUPTED {sha}")
        print("ok" if report.ok else "PROBLEMS FOUND")
    return 0 if report.ok else EXIT_FAILURE

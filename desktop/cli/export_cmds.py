"""Subcommands for exports and interchange: export pdf|leap2a, import, backup, restore.

The exports (Qt, pypdf, the services) are imported by each handler when it runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import BadInput, CliError, Context, parse_date_arg, print_json
from desktop.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from desktop.export.common import ExportError


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="export the portfolio as PDF or Leap2A")
    kinds = export.add_subparsers(dest="export_kind", metavar="FORMAT")

    pdf = kinds.add_parser(
        "pdf",
        help="the portfolio as a PDF (cover, summary, activities, evidence appendix)",
        description="By default the activities of the current cycle (all activities when no cycle is set). "
        "--from/--to choose a date range (by end date), --activity chooses activities, --all takes everything. "
        "The date on the cover is the portfolio's last change unless --date is given, so the same portfolio "
        "always gives the same file.",
    )
    pdf.add_argument("out", metavar="OUT.pdf")
    pdf.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="activities ending on or after this day")
    pdf.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="activities ending on or before this day")
    pdf.add_argument("--activity", action="append", default=[], metavar="ID", help="repeatable: only these")
    pdf.add_argument("--all", action="store_true", help="every activity, not only the current cycle's")
    pdf.add_argument("--lang", dest="export_lang", choices=["nl", "en"], default="nl", help="language (default nl)")
    pdf.add_argument("--date", dest="as_of", metavar="YYYY-MM-DD", help="the date printed on the cover")
    pdf.set_defaults(handler=export_pdf_cmd)

    leap = kinds.add_parser(
        "leap2a",
        help="the whole portfolio as a Leap2A zip, for Mahara and other e-portfolio systems",
    )
    leap.add_argument("out", metavar="OUT.zip")
    leap.add_argument("--lang", dest="export_lang", choices=["nl", "en"], default="nl",
                      help="language of the labels other systems show (default nl)")
    leap.set_defaults(handler=export_leap2a_cmd)

    imp = subparsers.add_parser(
        "import",
        help="import a Leap2A zip (our own export, or Mahara's and others')",
        description="FILE is a Leap2A zip with leap2a.xml at its root, or a bare leap2a.xml. Our own export comes "
        "back whole; from other systems what maps is added (activities arrive as planned, to be completed) and "
        "every skipped entry is listed. Nothing is added when the file is refused.",
    )
    imp.add_argument("file", metavar="FILE.zip")
    imp.add_argument("--json", action="store_true", help="print the import report as JSON")
    imp.set_defaults(handler=import_cmd)

    bak = subparsers.add_parser(
        "backup",
        help="a verified backup: database, evidence files and settings (never passwords)",
    )
    bak.add_argument("out", metavar="OUT.zip")
    bak.set_defaults(handler=backup_cmd)

    res = subparsers.add_parser(
        "restore",
        help="restore a backup into a new or empty data folder",
        description="Every file is checked against the backup's SHA-256 manifest before the folder is put in "
        "place. A data folder that already holds a portfolio is refused unless --replace is given; the old "
        "folder is then kept beside it (DIR.before-restore-<time>).",
    )
    res.add_argument("file", metavar="IN.zip")
    res.add_argument("--data-dir", dest="restore_target", metavar="NEW", default=argparse.SUPPRESS,
                     help="restore into this folder (default: the data folder)")
    res.add_argument("--replace", action="store_true", help="replace a folder that holds a portfolio")
    res.set_defaults(handler=restore_cmd)


def _fail(exc: ExportError) -> Exception:
    return BadInput(exc.message_en) if exc.bad_input else CliError(exc.message_en)


def _need_portfolio(ctx: Context) -> None:
    if not DataPaths(ctx.data_dir).database.exists():
        raise BadInput(f"there is no portfolio in {ctx.data_dir}")


def _out_path(value: str) -> Path:
    path = Path(value).expanduser()
    if path.is_dir():
        raise BadInput(f"{value} is a folder; give a file name")
    if not path.parent.exists():
        raise BadInput(f"the folder {path.parent} does not exist")
    return path


def _warn(lines: Any) -> None:
    for line in lines:
        sys.stderr.write(f"bekwaam: warning: {line}\n")


def export_pdf_cmd(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.export.common import ExportError
    from desktop.export.pdf import PdfOptions, export_pdf
    from desktop.export.qt import ensure_app
    from desktop.services.export import Selection, SelectionMode

    out = _out_path(args.out)
    start = parse_date_arg(args.date_from, "--from") if args.date_from else None
    end = parse_date_arg(args.date_to, "--to") if args.date_to else None
    as_of = parse_date_arg(args.as_of, "--date") if args.as_of else None
    if start and end and end < start:
        raise BadInput("--to lies before --from")
    chosen = [m for m in (args.activity and "--activity", (start or end) and "--from/--to", args.all and "--all") if m]
    if len(chosen) > 1:
        raise BadInput(f"choose one of {' , '.join(chosen)}")
    if args.activity:
        selection = Selection(SelectionMode.ACTIVITIES, activity_ids=tuple(args.activity))
    elif start or end:
        selection = Selection(SelectionMode.RANGE, start, end)
    elif args.all:
        selection = Selection(SelectionMode.ALL)
    else:
        selection = Selection(SelectionMode.CYCLE)
    _need_portfolio(ctx)
    ensure_app()
    try:
        result = export_pdf(ctx.services, out, PdfOptions(selection=selection, lang=args.export_lang, as_of=as_of))
    except ExportError as exc:
        raise _fail(exc) from exc
    _warn(result.warnings)
    print(f"wrote {out}: {result.pages} pages, {result.activities} activities, {result.evidence} evidence files "
          f"({result.attachments} attached)")
    return 0


def export_leap2a_cmd(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.export.common import ExportError
    from desktop.export.leap2a import export_leap2a
    from desktop.export.qt import ensure_app

    out = _out_path(args.out)
    _need_portfolio(ctx)
    ensure_app()
    try:
        result = export_leap2a(ctx.services, out, lang=args.export_lang)
    except ExportError as exc:
        raise _fail(exc) from exc
    _warn(result.warnings)
    print(f"wrote {out}: {result.entries} entries, {result.files} files")
    return 0


def import_cmd(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.export.common import ExportError
    from desktop.export.leap2a import import_leap2a
    from desktop.export.qt import ensure_app

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise BadInput(f"{args.file} does not exist")
    ensure_app()
    try:
        report = import_leap2a(ctx.services, source)
    except ExportError as exc:
        raise _fail(exc) from exc
    if args.json:
        print_json(report.to_dict())
        return 0
    added = ", ".join(f"{n} {kind}" for kind, n in sorted(report.added.items())) or "nothing"
    origin = "a Bekwaam export" if report.source == "bekwaam" else f"Leap2A from {report.generator or 'another system'}"
    print(f"imported from {origin}: {added}")
    if report.reused_files:
        print(f"{report.reused_files} files were already in the portfolio and are linked, not copied again")
    for en, _nl in report.notes:
        print(f"note: {en}")
    for s in report.skipped:
        title = f"{s.title!r} " if s.title else ""
        print(f"skipped {title}({s.entry_id}): {s.message_en}")
    return 0


def backup_cmd(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.export.backup import backup
    from desktop.export.common import ExportError

    out = _out_path(args.out)
    _need_portfolio(ctx)
    if out.resolve().is_relative_to(ctx.data_dir.resolve()):
        raise BadInput("put the backup outside the data folder it backs up")
    try:
        result = backup(ctx.services, out)
    except ExportError as exc:
        raise _fail(exc) from exc
    _warn(result.warnings)
    print(f"wrote {out}: {result.files} files, {result.bytes} bytes, verified by SHA-256")
    return 0


def restore_cmd(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.export.backup import restore
    from desktop.export.common import ExportError

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise BadInput(f"{args.file} does not exist")
    target_arg = getattr(args, "restore_target", None)
    target = resolve_data_dir(target_arg) if target_arg else ctx.data_dir
    try:
        result = restore(source, target, replace=args.replace)
    except ExportError as exc:
        raise _fail(exc) from exc
    print(f"restored {result.files} files into {result.target} (backup made {result.created})")
    if result.moved_aside:
        print(f"the folder that was there is kept as {result.moved_aside}")
    return 0

"""`bekwaam-server`: run the register server and administer it (teachers, devices, catalogue, schema).

Every subcommand takes --db URL and --config FILE (before or after the subcommand), so the
administrative commands reach the same database the server uses. Exit codes: 0 done,
2 bad input (the message names what is wrong), 1 any other failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError

from sync.server.config import ConfigError, Settings, load_settings
from sync.server.db import SCHEMA_HEAD, Database, DatabaseError

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(ValueError):
    pass


def _date(value: str) -> dt.date:
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL: sqlite:///PATH or postgresql://USER@HOST:PORT/NAME")
    common.add_argument("--config", metavar="FILE", type=Path, default=argparse.SUPPRESS,
                        help="TOML configuration file (see docs/operations.md)")
    common.add_argument("--data-dir", metavar="DIR", type=Path, default=argparse.SUPPRESS,
                        help="data folder for the default SQLite database and blobs")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(prog="bekwaam-server", parents=[common],
                                     description="The Bekwaam reference register server.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", parents=[common], help="run the server")
    serve.add_argument("--blobs", metavar="DIR", type=Path, help="where evidence files are kept")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    serve.add_argument("--no-access-log", action="store_true", help="do not log every request")
    serve.set_defaults(func=cmd_serve)

    sub.add_parser("migrate", parents=[common], help="create or upgrade the database schema").set_defaults(
        func=cmd_migrate
    )
    clean = sub.add_parser("cleanup", parents=[common],
                           help="remove abandoned uploads, expired idempotency keys and evidence files no one "
                                "refers to")
    clean.add_argument("--blobs", metavar="DIR", type=Path, help="where evidence files are kept")
    clean.set_defaults(func=cmd_cleanup)

    teacher = sub.add_parser("teacher", help="teachers").add_subparsers(dest="teacher_cmd", required=True,
                                                                           metavar="ACTION")
    add = teacher.add_parser("add", parents=[common], help="add a teacher to a register")
    add.add_argument("--username", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--register", required=True, choices=["vrijwillig", "lerarenregister"])
    add.add_argument("--registered-on", required=True, type=_date, metavar="YYYY-MM-DD")
    add.add_argument("--sector", action="append", default=[], choices=["po", "so", "vo", "mbo"])
    add.add_argument("--register-number", help="default: a new random number")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(func=cmd_teacher_add)
    lst = teacher.add_parser("list", parents=[common], help="list teachers")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_teacher_list)
    pw = teacher.add_parser("passwd", parents=[common], help="set a teacher's password")
    pw.add_argument("username")
    pw.add_argument("--password-stdin", action="store_true")
    pw.set_defaults(func=cmd_teacher_passwd)
    dis = teacher.add_parser("disable", parents=[common],
                             help="refuse a teacher's logins and tokens (their data is kept)")
    dis.add_argument("username")
    dis.set_defaults(func=cmd_teacher_disable, disabled=True)
    ena = teacher.add_parser("enable", parents=[common], help="let a disabled teacher log in and sync again")
    ena.add_argument("username")
    ena.set_defaults(func=cmd_teacher_disable, disabled=False)

    device = sub.add_parser("device", help="a teacher's logged-in devices").add_subparsers(
        dest="device_cmd", required=True, metavar="ACTION")
    dl = device.add_parser("list", parents=[common], help="list a teacher's devices")
    dl.add_argument("username")
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(func=cmd_device_list)
    dr = device.add_parser("revoke", parents=[common], help="revoke a device's token (by id or name)")
    dr.add_argument("username")
    dr.add_argument("device")
    dr.set_defaults(func=cmd_device_revoke)

    cat = sub.add_parser("catalogue", help="the catalogue of validated activities").add_subparsers(
        dest="catalogue_cmd", required=True, metavar="ACTION")
    ci = cat.add_parser("import", parents=[common], help="import items from a JSON file (all or nothing)")
    ci.add_argument("file", type=Path)
    ci.set_defaults(func=cmd_catalogue_import)
    cs = cat.add_parser("sample", parents=[common], help="write a clearly synthetic sample catalogue (JSON)")
    cs.add_argument("--count", type=int, default=100)
    cs.add_argument("--seed", type=int, default=2017)
    cs.add_argument("--out", type=Path, help="file to write (default: standard output)")
    cs.set_defaults(func=cmd_catalogue_sample)
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    config = getattr(args, "config", None) or (
        Path(os.environ["BEKWAAM_SERVER_CONFIG"]) if os.environ.get("BEKWAAM_SERVER_CONFIG") else None
    )
    return load_settings(
        config,
        database_url=getattr(args, "db", None),
        data_dir=getattr(args, "data_dir", None),
        blob_dir=getattr(args, "blobs", None),
    )


def _database(settings: Settings, require_current: bool = True) -> Database:
    db = Database(settings.resolved_database_url, pooled=False)
    if require_current and not db.is_current():
        if db.is_sqlite:
            db.migrate()
        else:
            raise DatabaseError(
                f"the database schema is not current (needs {SCHEMA_HEAD}); run 'bekwaam-server migrate' first"
            )
    return db


def _passwords(settings: Settings) -> Any:
    from sync.server.security import Passwords

    return Passwords(settings.argon2_memory_kib, settings.argon2_time_cost, settings.argon2_parallelism)


def _read_password(args: argparse.Namespace) -> str:
    if not args.password_stdin:
        raise UsageError("give the password on standard input with --password-stdin (never as an argument)")
    line = sys.stdin.readline()
    password = line[:-1] if line.endswith("\n") else line
    if password.endswith("\r"):
        password = password[:-1]
    if not password:
        raise UsageError("no password on standard input")
    return password


# --------------------------------------------------------------------------- commands


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    if not 1 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: use 1 to 65535")
    if args.workers < 1:
        raise UsageError("--workers: at least 1")
    db = _database(settings)  # migrates SQLite; refuses an old PostgreSQL schema
    db.dispose()
    settings.resolved_blob_dir.mkdir(parents=True, exist_ok=True)
    # The worker processes build their settings from the environment: hand over what the
    # command line said (the environment outranks the configuration file).
    os.environ["BEKWAAM_SERVER_DATABASE_URL"] = settings.resolved_database_url
    os.environ["BEKWAAM_SERVER_BLOB_DIR"] = str(settings.resolved_blob_dir)
    os.environ["BEKWAAM_SERVER_DATA_DIR"] = str(settings.data_dir)
    if getattr(args, "config", None):
        os.environ["BEKWAAM_SERVER_CONFIG"] = str(args.config)
    print(f"Bekwaam register server on http://{args.host}:{args.port} "
          f"(database {_safe_url(settings.resolved_database_url)}, blobs {settings.resolved_blob_dir})",
          file=sys.stderr, flush=True)
    uvicorn.run(
        "sync.server.main:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=not args.no_access_log,
        log_level="info",
        timeout_graceful_shutdown=10,
    )
    return EXIT_OK


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    db = _database(settings, require_current=False)
    before = db.current_revision()
    backup = db.migrate()
    after = db.current_revision()
    if before == after:
        print(f"The database is up to date (schema {after}).")
    else:
        print(f"Migrated the database from schema {before or 'none'} to {after}.")
    if backup:
        print(f"A copy of the database from before is in {backup}.")
    return EXIT_OK


def cmd_cleanup(args: argparse.Namespace, settings: Settings) -> int:
    from sync.server import uploads
    from sync.server.blobs import FileBlobStore

    counts = uploads.cleanup(_database(settings), settings, FileBlobStore(settings.resolved_blob_dir))
    print(f"Removed {counts.uploads} abandoned upload(s) and {counts.keys} expired idempotency key(s).")
    print(f"Evidence files: {counts.released} never referred to released, {counts.rows} released past the "
          f"grace period forgotten, {counts.files} stored file(s) no teacher has removed.")
    return EXIT_OK


def cmd_teacher_add(args: argparse.Namespace, settings: Settings) -> int:
    from sync.server import accounts

    password = _read_password(args)
    db = _database(settings)
    t = accounts.create_teacher(
        db, settings, _passwords(settings),
        username=args.username, name=args.name, register=args.register, registered_on=args.registered_on,
        password=password, sectors=args.sector, register_number=args.register_number,
    )
    print(f"Added {t.username} ({t.name}) to {t.register}, register number {t.register_number}.")
    return EXIT_OK


def cmd_teacher_list(args: argparse.Namespace, settings: Settings) -> int:
    from sync.server import accounts

    teachers = accounts.list_teachers(_database(settings))
    rows = [{**accounts.teacher_public(t).model_dump(mode="json"), "disabled": t.disabled} for t in teachers]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    for r in rows:
        print(f"{r['username']:<24} {r['register']:<16} {r['register_number']:<12} {r['registered_on']}  "
              f"{','.join(r['sectors']) or '-':<10} {'disabled' if r['disabled'] else 'active':<9} {r['name']}")
    if not rows:
        print("No teachers yet; add one with 'bekwaam-server teacher add'.")
    return EXIT_OK


def cmd_teacher_passwd(args: argparse.Namespace, settings: Settings) -> int:
    from sync.server import accounts

    password = _read_password(args)
    accounts.set_password(_database(settings), settings, _passwords(settings), args.username, password)
    print(f"Password of {args.username} changed; existing device tokens stay valid (revoke them with 'device').")
    return EXIT_OK


def cmd_teacher_disable(args: argparse.Namespace, settings: Settings) -> int:
    from sync.server import accounts

    teacher, changed = accounts.set_disabled(_database(settings), args.username, args.disabled)
    if args.disabled:
        print(f"{teacher.username} is disabled: logins and all device tokens are refused; the portfolio is kept."
              if changed else f"{teacher.username} was already disabled.")
    else:
        print(f"{teacher.username} is enabled again: logins and the existing device tokens work."
              if changed else f"{teacher.username} was not disabled.")
    return EXIT_OK


def cmd_device_list(args: argparse.Namespace, settings: Settings) -> int:
    from sync.server import accounts

    db = _database(settings)
    with db.read() as s:
        teacher = accounts.find_teacher(s, args.username)
    devices = [accounts.device_public(d).model_dump(mode="json") for d in accounts.list_devices(db, teacher.id)]
    if args.json:
        print(json.dumps(devices, indent=2, ensure_ascii=False))
        return EXIT_OK
    for d in devices:
        print(f"{d['id']}  {d['name']:<24} since {d['created_at'][:16]}  last used {(d['last_used_at'] or '-')[:16]}")
    if not devices:
        print(f"{args.username} has no logged-in devices.")
    return EXIT_OK


def cmd_device_revoke(args: argparse.Namespace, settings: Settings) -> int:
    from sync.server import accounts

    db = _database(settings)
    with db.read() as s:
        teacher = accounts.find_teacher(s, args.username)
    device = accounts.revoke_device(db, teacher.id, args.device)
    if device is None:
        raise UsageError(f"{args.username} has no device {args.device!r} (see 'device list {args.username}')")
    print(f"Revoked {device.name} ({device.id}); its token no longer works.")
    return EXIT_OK


def cmd_catalogue_import(args: argparse.Namespace, settings: Settings) -> int:
    from sync.server import catalogue

    items = catalogue.parse_file(args.file)
    counts = catalogue.import_items(_database(settings), settings, items)
    print(f"Catalogue: {counts['added']} added, {counts['updated']} updated, {counts['unchanged']} unchanged.")
    return EXIT_OK


def cmd_catalogue_sample(args: argparse.Namespace, settings: Settings | None) -> int:
    from sync.server import catalogue

    if not 1 <= args.count <= 100000:
        raise UsageError("--count: 1 to 100000")
    frozen = settings.catalogue_frozen_from if settings else dt.date(2017, 8, 1)
    text = json.dumps(catalogue.sample(args.count, args.seed, frozen), indent=2, ensure_ascii=False) + "\n"
    if args.out:
        tmp = args.out.with_name(args.out.name + ".tmp")
        tmp.write_text(text, "utf-8")
        os.replace(tmp, args.out)
        print(f"Wrote {args.count} synthetic catalogue items to {args.out}.", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("bekwaam.server").setLevel(logging.INFO)
    func: Callable[[argparse.Namespace, Settings], int] = args.func
    try:
        settings = settings_from(args)
        return func(args, settings)
    except (ConfigError, UsageError, DatabaseError) as exc:
        print(f"bekwaam-server: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ValueError as exc:  # AccountError, CatalogueError
        print(f"bekwaam-server: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OperationalError as exc:
        print(f"bekwaam-server: cannot reach the database: {exc.orig}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())

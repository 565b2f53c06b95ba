"""Teachers, devices and logins: the accounts side of the register, used by the routes and the CLI.

Login throttling lives in the database (table login_attempt), keyed by the username, so every
server process sees the same count: after `login_free_attempts` failures each further try must
wait a doubling delay (answered 429 login_throttled with Retry-After), after
`login_lockout_after` failures the username is refused for `login_lockout_seconds` (429
login_locked) — even with the right password. A success clears the count. An unknown username
costs the same Argon2 verification as a wrong password and counts the same way, so neither
timing nor answers tell which usernames exist.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync import portfolio as vocab
from sync.protocol import DevicePublic, ErrorKind, TeacherPublic
from sync.server import models
from sync.server.config import Settings
from sync.server.db import Database, utcnow
from sync.server.errors import ApiError
from sync.server.security import Passwords, new_token, token_hash

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")
LAST_USED_RESOLUTION = dt.timedelta(minutes=5)


class AccountError(ValueError):
    """Bad input for an administrative command; the message says what is wrong."""


@dataclass(frozen=True)
class AuthContext:
    """Who is calling: the teacher and the device whose token came with the request."""

    teacher_id: int
    username: str
    device_id: str


def insert_ignore(session: Session, model: type[models.Base], **values: Any) -> None:
    """INSERT that does nothing when the row exists (both SQLite and PostgreSQL)."""
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    session.execute(dialect.insert(model).values(**values).on_conflict_do_nothing())


def normalise_username(username: str) -> str:
    return username.strip().casefold()


def teacher_public(t: models.Teacher) -> TeacherPublic:
    return TeacherPublic(
        username=t.username,
        name=t.name,
        register=vocab.Register(t.register),
        register_number=t.register_number,
        registered_on=t.registered_on,
        sectors=[vocab.Sector(s) for s in t.sectors],
        transferred_at=t.transferred_at,
    )


def device_public(d: models.Device, current_id: str | None = None) -> DevicePublic:
    return DevicePublic(
        id=d.id, name=d.name, created_at=d.created_at, last_used_at=d.last_used_at, current=d.id == current_id
    )


# --------------------------------------------------------------------------- administration


def create_teacher(
    db: Database,
    settings: Settings,
    passwords: Passwords,
    *,
    username: str,
    name: str,
    register: str,
    registered_on: dt.date,
    password: str,
    sectors: Sequence[str] = (),
    register_number: str | None = None,
) -> models.Teacher:
    """Add a teacher to a register, enforcing the register calendar; raise AccountError."""
    username = normalise_username(username)
    if not USERNAME_RE.match(username):
        raise AccountError(
            "username: 2 to 64 characters: lower-case letters, digits and . _ @ -, starting with a letter or digit"
        )
    name = name.strip()
    if not name or len(name) > 200 or "\x00" in name:
        raise AccountError("name: give the teacher's name (at most 200 characters)")
    try:
        reg = vocab.Register.parse(register)
        sector_ids = sorted({vocab.Sector.parse(s).value for s in sectors})
    except ValueError as exc:
        raise AccountError(str(exc)) from None
    if len(password) < settings.min_password_length:
        raise AccountError(f"password: at least {settings.min_password_length} characters")
    if "\x00" in password:
        raise AccountError("password: must not contain NUL characters")
    today = settings.calendar_today()
    if registered_on > today:
        raise AccountError(f"registered-on {registered_on} is after today ({today})")
    if reg is vocab.Register.VRIJWILLIG and registered_on >= settings.enrolment_closes:
        raise AccountError(
            f"the voluntary register closed to new enrolments on {settings.enrolment_closes}; "
            f"registered-on {registered_on} is not before that"
        )
    if reg is vocab.Register.LERARENREGISTER and registered_on < settings.new_register_opens:
        raise AccountError(
            f"the lerarenregister opens on {settings.new_register_opens}; registered-on {registered_on} is before that"
        )
    if register_number is not None and not re.fullmatch(r"[A-Za-z0-9-]{1,32}", register_number):
        raise AccountError("register-number: letters, digits and dashes, at most 32")
    password_hash = passwords.hash(password)
    now = utcnow()
    for _ in range(20):
        number = register_number or (
            ("RL-" if reg is vocab.Register.VRIJWILLIG else "LR-") + f"{secrets.randbelow(10**8):08d}"
        )
        try:
            with db.write() as s:
                if s.scalar(select(models.Teacher.id).where(models.Teacher.username == username)) is not None:
                    raise AccountError(f"username {username!r} is taken")
                teacher = models.Teacher(
                    username=username,
                    name=name,
                    password_hash=password_hash,
                    register=reg.value,
                    register_number=number,
                    registered_on=registered_on,
                    sectors=sector_ids,
                    created_at=now,
                    disabled=False,
                )
                s.add(teacher)
                s.flush()
                s.add(models.Portfolio(teacher_id=teacher.id, version=0))
            return teacher
        except IntegrityError:
            if register_number is not None:
                raise AccountError(f"register number {register_number!r} or username is taken") from None
    raise AccountError("could not find a free register number")


def set_password(db: Database, settings: Settings, passwords: Passwords, username: str, password: str) -> None:
    if len(password) < settings.min_password_length:
        raise AccountError(f"password: at least {settings.min_password_length} characters")
    new_hash = passwords.hash(password)
    with db.write() as s:
        teacher = find_teacher(s, username)
        teacher.password_hash = new_hash
        s.execute(delete(models.LoginAttempt).where(models.LoginAttempt.username == teacher.username))


def set_disabled(db: Database, username: str, disabled: bool) -> tuple[models.Teacher, bool]:
    """Disable (or enable) a teacher; return the teacher and whether anything changed.

    A disabled teacher cannot log in and every token of theirs is refused (403
    account_disabled) from the next request on, by every server process, since the token check
    reads the flag; devices and data are kept, so enabling lets the same devices sync again."""
    with db.write() as s:
        teacher = find_teacher(s, username)
        changed = teacher.disabled != disabled
        teacher.disabled = disabled
        return teacher, changed


def find_teacher(s: Session, username: str) -> models.Teacher:
    teacher = s.scalar(select(models.Teacher).where(models.Teacher.username == normalise_username(username)))
    if teacher is None:
        raise AccountError(f"no teacher with username {username!r}")
    return teacher


def list_teachers(db: Database) -> list[models.Teacher]:
    with db.read() as s:
        return list(s.scalars(select(models.Teacher).order_by(models.Teacher.username)))


def list_devices(db: Database, teacher_id: int) -> list[models.Device]:
    with db.read() as s:
        return list(
            s.scalars(
                select(models.Device)
                .where(models.Device.teacher_id == teacher_id, models.Device.revoked_at.is_(None))
                .order_by(models.Device.created_at, models.Device.id)
            )
        )


def revoke_device(db: Database, teacher_id: int, device: str) -> models.Device | None:
    """Revoke a teacher's device by id (or, failing that, by its name); None when not found."""
    with db.write() as s:
        live = (models.Device.teacher_id == teacher_id, models.Device.revoked_at.is_(None))
        found = s.scalar(select(models.Device).where(*live, models.Device.id == device))
        if found is None:
            named = list(s.scalars(select(models.Device).where(*live, models.Device.name == device)))
            if len(named) > 1:
                raise AccountError(f"{len(named)} devices are called {device!r}; revoke by id")
            found = named[0] if named else None
        if found is not None:
            found.revoked_at = utcnow()
        return found


# --------------------------------------------------------------------------- login


def _throttle_check(settings: Settings, attempt: models.LoginAttempt | None, now: dt.datetime) -> None:
    if attempt is None:
        return
    if attempt.locked_until is not None and attempt.locked_until > now:
        wait = int((attempt.locked_until - now).total_seconds()) + 1
        raise ApiError(
            429,
            ErrorKind.LOGIN_LOCKED,
            f"Too many failed logins for this username; refused for {wait} more seconds.",
            {"retry_after": wait},
            {"Retry-After": str(wait)},
        )
    if now - attempt.last_failure_at > dt.timedelta(seconds=settings.login_lockout_seconds):
        return  # old failures have expired
    if attempt.failures >= settings.login_free_attempts:
        delay = min(2 ** (attempt.failures - settings.login_free_attempts), settings.login_max_delay_seconds)
        allowed_at = attempt.last_failure_at + dt.timedelta(seconds=delay)
        if now < allowed_at:
            wait = max(1, int((allowed_at - now).total_seconds() + 0.999))
            raise ApiError(
                429,
                ErrorKind.LOGIN_THROTTLED,
                f"Too many failed logins; wait {wait} seconds before trying again.",
                {"retry_after": wait},
                {"Retry-After": str(wait)},
            )


def _record_failure(db: Database, settings: Settings, key: str, now: dt.datetime) -> models.LoginAttempt:
    with db.write() as s:
        insert_ignore(s, models.LoginAttempt, username=key, failures=0, last_failure_at=now)
        attempt = s.scalars(
            select(models.LoginAttempt).where(models.LoginAttempt.username == key).with_for_update()
        ).one()
        if now - attempt.last_failure_at > dt.timedelta(seconds=settings.login_lockout_seconds):
            attempt.failures = 0
        attempt.failures += 1
        attempt.last_failure_at = now
        if attempt.failures >= settings.login_lockout_after:
            attempt.locked_until = now + dt.timedelta(seconds=settings.login_lockout_seconds)
        return attempt


def login(
    db: Database, settings: Settings, passwords: Passwords, username: str, password: str, device_name: str
) -> tuple[str, models.Device, models.Teacher]:
    """Exchange a password for a new device token (returned once; only its hash is kept)."""
    key = normalise_username(username)[:64]
    now = utcnow()
    with db.read() as s:
        _throttle_check(settings, s.get(models.LoginAttempt, key), now)
        teacher = s.scalar(select(models.Teacher).where(models.Teacher.username == key))
    if not passwords.verify(teacher.password_hash if teacher else None, password) or teacher is None:
        attempt = _record_failure(db, settings, key, utcnow())
        details: dict[str, Any] = {}
        headers: dict[str, str] = {}
        if attempt.failures >= settings.login_free_attempts:
            details["retry_after"] = min(
                2 ** (attempt.failures - settings.login_free_attempts), settings.login_max_delay_seconds
            )
            headers["Retry-After"] = str(details["retry_after"])
        raise ApiError(401, ErrorKind.LOGIN_FAILED, "Wrong username or password.", details or None, headers)
    if teacher.disabled:  # told only to whoever knows the password
        raise account_disabled()
    token = new_token()
    with db.write() as s:
        s.execute(delete(models.LoginAttempt).where(models.LoginAttempt.username == key))
        device = models.Device(
            id=str(uuid.uuid4()),
            teacher_id=teacher.id,
            name=device_name,
            token_hash=token_hash(token),
            created_at=utcnow(),
            last_used_at=utcnow(),
        )
        s.add(device)
        if passwords.needs_rehash(teacher.password_hash):
            s.execute(
                update(models.Teacher)
                .where(models.Teacher.id == teacher.id)
                .values(password_hash=passwords.hash(password))
            )
    return token, device, teacher


_AUTH_QUERY = (
    select(models.Device.id, models.Device.teacher_id, models.Device.last_used_at, models.Teacher.username,
           models.Teacher.disabled)
    .join(models.Teacher, models.Teacher.id == models.Device.teacher_id)
    .where(models.Device.token_hash == bindparam("digest"), models.Device.revoked_at.is_(None))
)


def account_disabled() -> ApiError:
    return ApiError(
        403,
        ErrorKind.ACCOUNT_DISABLED,
        "The register has disabled this account; contact the register. Your portfolio is kept.",
    )


def _unauthorized() -> ApiError:
    return ApiError(
        401,
        ErrorKind.UNAUTHORIZED,
        "Log in first: this needs a valid token (Authorization: Bearer ...).",
        headers={"WWW-Authenticate": "Bearer"},
    )


def check_token(conn: Connection, token: str) -> tuple[AuthContext, bool]:
    """The caller behind a bearer token, looked up on an open connection (one indexed query), and
    whether the device's last use is old enough to be recorded (`record_use`); 401 unauthorized
    for no, an unknown or a revoked token, 403 account_disabled for a disabled teacher's token."""
    if not token or len(token) > 200:
        raise _unauthorized()
    row = conn.execute(_AUTH_QUERY, {"digest": token_hash(token)}).first()
    if row is None:
        raise _unauthorized()
    device_id, teacher_id, last_used, username, disabled = row
    if disabled:  # read with the token, so a disabled teacher's every device is refused at once
        raise account_disabled()
    stale = last_used is None or utcnow() - last_used > LAST_USED_RESOLUTION
    return AuthContext(teacher_id=teacher_id, username=username, device_id=device_id), stale


def record_use(db: Database, device_id: str) -> None:
    with db.write_query() as conn:
        conn.execute(update(models.Device).where(models.Device.id == device_id).values(last_used_at=utcnow()))


def authenticate(db: Database, token: str) -> AuthContext:
    """The caller behind a bearer token; 401 unauthorized for no, an unknown or a revoked token."""
    # Every request passes here: one indexed query on a plain connection, no ORM session.
    with db.query() as conn:
        auth, stale = check_token(conn, token)
    if stale:
        record_use(db, auth.device_id)
    return auth

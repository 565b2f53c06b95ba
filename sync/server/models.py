"""The register server's tables (SQLAlchemy 2), named as plain nouns.

Everything another server process needs is here, never in one process's memory: the
per-portfolio version counter, tokens (as SHA-256 hashes), failed-login counters, upload
sessions, idempotency keys with the answer they produced. The schema is made only by the
Alembic migrations in migrations/versions; tests check the two agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only auto-increments an INTEGER PRIMARY KEY; elsewhere a 64-bit key.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


def cast_table(model: type[Base]) -> Table:
    """The model's Table, typed as one (for Core statements on the hot paths)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _teacher_id(**kw: Any) -> Any:
    """The owning teacher: a 64-bit foreign key whose rows go when the teacher goes."""
    return mapped_column(BigInteger, ForeignKey("teacher.id", ondelete="CASCADE"), **kw)


class Teacher(Base):
    __tablename__ = "teacher"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    register: Mapped[str] = mapped_column(String(32), nullable=False)
    register_number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    registered_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    sectors: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    transferred_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class Portfolio(Base):
    """One per teacher: the version counter every change takes its version from."""

    __tablename__ = "portfolio"
    teacher_id: Mapped[int] = _teacher_id(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)


class Device(Base):
    """A logged-in device; its token is kept only as a SHA-256 hash."""

    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    teacher_id: Mapped[int] = _teacher_id(index=True, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class LoginAttempt(Base):
    """Failed logins per username (shared by every server process)."""

    __tablename__ = "login_attempt"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    last_failure_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Record(Base):
    """The newest version of each portfolio record (a tombstone when deleted)."""

    __tablename__ = "record"
    __table_args__ = (UniqueConstraint("teacher_id", "version", name="uq_record_teacher_version"),)
    teacher_id: Mapped[int] = _teacher_id(primary_key=True)
    type: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class RecordRevision(Base):
    """Every version a record ever had: nothing the server accepted is lost."""

    __tablename__ = "record_revision"
    __table_args__ = (Index("ix_record_revision_record", "teacher_id", "type", "record_id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    teacher_id: Mapped[int] = _teacher_id(nullable=False)
    type: Mapped[str] = mapped_column(String(32), nullable=False)
    record_id: Mapped[str] = mapped_column(String(64), nullable=False)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reason: Mapped[str] = mapped_column(String(16), nullable=False)  # "push" or "transfer"


class IdempotencyKey(Base):
    """A request applied once: its key, a hash of its body, and the answer it produced."""

    __tablename__ = "idempotency_key"
    teacher_id: Mapped[int] = _teacher_id(primary_key=True)
    scope: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    response: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True, nullable=False)


class TeacherBlob(Base):
    """A file a teacher has uploaded (and so may download); the bytes are in the blob store.

    `released_at` is set, in the push's transaction, when no live evidence record of the
    teacher refers to the file any more (and cleared when one does again): a released file no
    longer counts against the quota, and `cleanup` removes the row after the grace period (and
    the bytes once no teacher has a row for the hash).
    """

    __tablename__ = "teacher_blob"
    __table_args__ = (Index("ix_teacher_blob_sha256", "sha256"),)
    teacher_id: Mapped[int] = _teacher_id(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    released_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True, nullable=True)


class Upload(Base):
    """A resumable upload in progress; the bytes so far are in the blob store's upload area."""

    __tablename__ = "upload"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    teacher_id: Mapped[int] = _teacher_id(index=True, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    offset: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True, nullable=False)
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Counter(Base):
    """Named counters shared by all processes (the catalogue's version)."""

    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0, nullable=False)


class CatalogueItem(Base):
    """A validated activity (gevalideerde activiteit) of the register's catalogue."""

    __tablename__ = "catalogue_item"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    provider: Mapped[str] = mapped_column(String(300), nullable=False)
    type: Mapped[str] = mapped_column(String(32), nullable=False)
    contact_hours: Mapped[float] = mapped_column(Float, nullable=False)
    self_study_hours: Mapped[float] = mapped_column(Float, nullable=False)
    domains: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    sbl_competences: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    sectors: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    validated_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class Transfer(Base):
    """The one transfer of a teacher's portfolio to the new register, with its provenance."""

    __tablename__ = "transfer"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    teacher_id: Mapped[int] = _teacher_id(unique=True, nullable=False)
    from_register: Mapped[str] = mapped_column(String(32), nullable=False)
    to_register: Mapped[str] = mapped_column(String(32), nullable=False)
    executed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    executed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    choices: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    # Provenance: the version of every record before the transfer, and the portfolio's version
    # before and after, so the register can show exactly what was carried over.
    records_before: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False)
    portfolio_version_before: Mapped[int] = mapped_column(BigInteger, nullable=False)
    portfolio_version_after: Mapped[int] = mapped_column(BigInteger, nullable=False)

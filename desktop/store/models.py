"""The local database's tables (SQLAlchemy 2 declarative), named as plain nouns.

Every synced record table carries the same bookkeeping columns (`Synced`): its client-made
UUID, a local revision counter, the server version it was last synced at (the base of a
push), timestamps, and `deleted_at` — the trash: a deleted row stays until purged and travels
as an explicit tombstone.

The schema is created and changed only by the Alembic migrations in migrations/versions;
these classes must match the newest migration (tests/unit/test_store.py checks that).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Synced:
    """Bookkeeping shared by every record that syncs."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    server_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Meta(Base):
    """Key/value facts about this database: device id, current cycle, and the like."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Profile(Synced, Base):
    __tablename__ = "profile"
    name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    register_number: Mapped[str] = mapped_column(String(64), default="", nullable=False)
    register: Mapped[str] = mapped_column(String(32), nullable=False)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)
    email: Mapped[str] = mapped_column(String(200), default="", nullable=False)


class School(Synced, Base):
    __tablename__ = "school"
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    place: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    brin: Mapped[str] = mapped_column(String(8), default="", nullable=False)


class Qualification(Synced, Base):
    __tablename__ = "qualification"
    sector: Mapped[str] = mapped_column(String(8), nullable=False)
    subject: Mapped[str] = mapped_column(String(200), nullable=False)
    degree: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    obtained_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    diploma_evidence_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class WorkPeriod(Synced, Base):
    __tablename__ = "work_period"
    school: Mapped[str] = mapped_column(String(200), nullable=False)
    start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    hours: Mapped[float] = mapped_column(Float, default=0.0, nullable=False)


class Cycle(Synced, Base):
    __tablename__ = "cycle"
    start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ruleset: Mapped[str] = mapped_column(String(64), nullable=False)
    years: Mapped[int] = mapped_column(Integer, default=4, nullable=False)


class Activity(Synced, Base):
    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_start", "start"),
        Index("ix_activity_deleted_at", "deleted_at"),
    )
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    type: Mapped[str] = mapped_column(String(32), nullable=False)
    start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    contact_hours: Mapped[float] = mapped_column(Float, default=0.0, nullable=False)
    self_study_hours: Mapped[float] = mapped_column(Float, default=0.0, nullable=False)
    domains: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)
    sbl_competences: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)
    provider: Mapped[str] = mapped_column(String(300), default="", nullable=False)
    content: Mapped[str] = mapped_column(Text, default="", nullable=False)
    contribution: Mapped[str] = mapped_column(Text, default="", nullable=False)
    validated_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    origin: Mapped[str] = mapped_column(String(16), nullable=False)


class Evidence(Synced, Base):
    __tablename__ = "evidence"
    __table_args__ = (Index("ix_evidence_sha256", "sha256"),)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    media_type: Mapped[str] = mapped_column(String(128), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    description: Mapped[str] = mapped_column(Text, default="", nullable=False)
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ActivityEvidence(Base):
    """Which evidence supports which activity: one file may support several activities."""

    __tablename__ = "activity_evidence"
    activity_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True
    )
    evidence_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    __table_args__ = (Index("ix_activity_evidence_evidence", "evidence_id"),)


class Reflection(Synced, Base):
    __tablename__ = "reflection"
    __table_args__ = (Index("ix_reflection_activity", "activity_id"),)
    model: Mapped[str] = mapped_column(String(16), nullable=False)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    activity_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    cycle_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ChangeLog(Base):
    """The outbox: every local change, ready for sync (record, fields, time, device)."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_record", "record_type", "record_id"),
        Index("ix_change_log_pushed", "pushed"),
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(32), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    op: Mapped[str] = mapped_column(String(16), nullable=False)  # create/update/delete/restore/purge
    fields: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    pushed: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class History(Base):
    """Every overwritten version of a record, kept (DESIGN.md: no version is ever dropped)."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_record", "record_type", "record_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(32), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    replaced_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    reason: Mapped[str] = mapped_column(String(16), nullable=False)  # edit/delete/purge/sync


RECORD_TABLES: dict[str, type[Synced]] = {
    "profile": Profile,
    "school": School,
    "qualification": Qualification,
    "work_period": WorkPeriod,
    "cycle": Cycle,
    "activity": Activity,
    "evidence": Evidence,
    "reflection": Reflection,
}

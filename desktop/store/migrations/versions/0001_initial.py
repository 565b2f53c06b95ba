"""The first schema: dossier, cycles, activities, evidence, reflections, change log, history.

Revision ID: 0001
Revises:
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False, server_default="1"),
        sa.Column("server_version", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime, nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "profile",
        *_synced(),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("register_number", sa.String(64), nullable=False, server_default=""),
        sa.Column("register", sa.String(32), nullable=False),
        sa.Column("sectors", sa.JSON, nullable=False),
        sa.Column("email", sa.String(200), nullable=False, server_default=""),
    )
    op.create_table(
        "school",
        *_synced(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("place", sa.String(200), nullable=False, server_default=""),
        sa.Column("brin", sa.String(8), nullable=False, server_default=""),
    )
    op.create_table(
        "qualification",
        *_synced(),
        sa.Column("sector", sa.String(8), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("degree", sa.String(100), nullable=False, server_default=""),
        sa.Column("obtained_on", sa.Date, nullable=True),
        sa.Column("diploma_evidence_id", sa.String(36), nullable=True),
    )
    op.create_table(
        "work_period",
        *_synced(),
        sa.Column("school", sa.String(200), nullable=False),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("end", sa.Date, nullable=True),
        sa.Column("hours", sa.Float, nullable=False, server_default="0"),
    )
    op.create_table(
        "cycle",
        *_synced(),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("ruleset", sa.String(64), nullable=False),
        sa.Column("years", sa.Integer, nullable=False, server_default="4"),
    )
    op.create_table(
        "activity",
        *_synced(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("end", sa.Date, nullable=True),
        sa.Column("contact_hours", sa.Float, nullable=False, server_default="0"),
        sa.Column("self_study_hours", sa.Float, nullable=False, server_default="0"),
        sa.Column("domains", sa.JSON, nullable=False),
        sa.Column("provider", sa.String(300), nullable=False, server_default=""),
        sa.Column("content", sa.Text, nullable=False, server_default=""),
        sa.Column("contribution", sa.Text, nullable=False, server_default=""),
        sa.Column("validated_code", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
    )
    op.create_index("ix_activity_start", "activity", ["start"])
    op.create_index("ix_activity_deleted_at", "activity", ["deleted_at"])
    op.create_table(
        "evidence",
        *_synced(),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("media_type", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("issued_on", sa.Date, nullable=True),
    )
    op.create_index("ix_evidence_sha256", "evidence", ["sha256"])
    op.create_table(
        "activity_evidence",
        sa.Column(
            "activity_id",
            sa.String(36),
            sa.ForeignKey("activity.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "evidence_id",
            sa.String(36),
            sa.ForeignKey("evidence.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_activity_evidence_evidence", "activity_evidence", ["evidence_id"])
    op.create_table(
        "reflection",
        *_synced(),
        sa.Column("model", sa.String(16), nullable=False),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("activity_id", sa.String(36), nullable=True),
        sa.Column("cycle_id", sa.String(36), nullable=True),
    )
    op.create_index("ix_reflection_activity", "reflection", ["activity_id"])
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("record_type", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(16), nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("changed_at", sa.DateTime, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("pushed", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_change_log_record", "change_log", ["record_type", "record_id"])
    op.create_index("ix_change_log_pushed", "change_log", ["pushed"])
    op.create_table(
        "history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("record_type", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("replaced_at", sa.DateTime, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
    )
    op.create_index("ix_history_record", "history", ["record_type", "record_id"])

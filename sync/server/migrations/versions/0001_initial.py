"""The first server schema: teachers, devices, records and their history, uploads, catalogue, transfers.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _teacher_fk(**kw: object) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("teacher_id", sa.BigInteger, sa.ForeignKey("teacher.id", ondelete="CASCADE"), **kw)  # type: ignore[arg-type]


def upgrade() -> None:
    op.create_table(
        "teacher",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("register", sa.String(32), nullable=False),
        sa.Column("register_number", sa.String(32), nullable=False, unique=True),
        sa.Column("registered_on", sa.Date, nullable=False),
        sa.Column("sectors", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("transferred_at", sa.DateTime, nullable=True),
        sa.Column("disabled", sa.Boolean, nullable=False),
    )
    op.create_table(
        "portfolio",
        _teacher_fk(primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(36), primary_key=True),
        _teacher_fk(nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_used_at", sa.DateTime, nullable=True),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_device_teacher_id", "device", ["teacher_id"])
    op.create_table(
        "login_attempt",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure_at", sa.DateTime, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
    )
    op.create_table(
        "record",
        _teacher_fk(primary_key=True),
        sa.Column("type", sa.String(32), primary_key=True),
        sa.Column("record_id", sa.String(64), primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("changed_at", sa.DateTime, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.UniqueConstraint("teacher_id", "version", name="uq_record_teacher_version"),
    )
    op.create_table(
        "record_revision",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        _teacher_fk(nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("changed_at", sa.DateTime, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("reason", sa.String(16), nullable=False),
    )
    op.create_index("ix_record_revision_record", "record_revision", ["teacher_id", "type", "record_id"])
    op.create_table(
        "idempotency_key",
        _teacher_fk(primary_key=True),
        sa.Column("scope", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("response", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_idempotency_key_created_at", "idempotency_key", ["created_at"])
    op.create_table(
        "teacher_blob",
        _teacher_fk(primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "upload",
        sa.Column("id", sa.String(36), primary_key=True),
        _teacher_fk(nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("offset", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("lease_until", sa.DateTime, nullable=True),
    )
    op.create_index("ix_upload_teacher_id", "upload", ["teacher_id"])
    op.create_index("ix_upload_updated_at", "upload", ["updated_at"])
    op.create_table(
        "counter",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "catalogue_item",
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False, unique=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("provider", sa.String(300), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("contact_hours", sa.Float, nullable=False),
        sa.Column("self_study_hours", sa.Float, nullable=False),
        sa.Column("domains", sa.JSON, nullable=False),
        sa.Column("sbl_competences", sa.JSON, nullable=False),
        sa.Column("sectors", sa.JSON, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("validated_on", sa.Date, nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "transfer",
        sa.Column("id", sa.String(36), primary_key=True),
        _teacher_fk(nullable=False, unique=True),
        sa.Column("from_register", sa.String(32), nullable=False),
        sa.Column("to_register", sa.String(32), nullable=False),
        sa.Column("executed_at", sa.DateTime, nullable=False),
        sa.Column("executed_on", sa.Date, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("choices", sa.JSON, nullable=False),
        sa.Column("summary", sa.JSON, nullable=False),
        sa.Column("records_before", sa.JSON, nullable=False),
        sa.Column("portfolio_version_before", sa.BigInteger, nullable=False),
        sa.Column("portfolio_version_after", sa.BigInteger, nullable=False),
    )

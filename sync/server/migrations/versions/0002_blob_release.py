"""Evidence files no record refers to any more: teacher_blob.released_at, and an index by hash.

Revision ID: 0002
Revises: 0001

A released file stops counting against its teacher's quota; cleanup removes it after the
grace period. The index by hash lets cleanup ask whether any teacher still has a file.
Existing rows stay unreleased; cleanup releases the ones no evidence record refers to once
they are older than the grace period.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column without a default: a plain ALTER TABLE ADD COLUMN on SQLite and PostgreSQL.
    op.add_column("teacher_blob", sa.Column("released_at", sa.DateTime, nullable=True))
    op.create_index("ix_teacher_blob_released_at", "teacher_blob", ["released_at"])
    op.create_index("ix_teacher_blob_sha256", "teacher_blob", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_teacher_blob_sha256", table_name="teacher_blob")
    op.drop_index("ix_teacher_blob_released_at", table_name="teacher_blob")
    with op.batch_alter_table("teacher_blob") as batch:
        batch.drop_column("released_at")

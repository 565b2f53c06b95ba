"""Keep SBL competences (2006) on activities; say why a history version was kept.

Entries from before 2017 carry the seven SBL competences; on transfer the old tags are kept
beside the mapped 2017 domains (DESIGN.md §2). Existing activities get an empty list and
existing history rows the reason "edit".

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activity") as batch:
        batch.add_column(sa.Column("sbl_competences", sa.JSON, nullable=False, server_default="[]"))
    with op.batch_alter_table("history") as batch:
        batch.add_column(sa.Column("reason", sa.String(16), nullable=False, server_default="edit"))

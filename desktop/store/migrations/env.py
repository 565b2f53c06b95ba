"""Alembic environment: runs inside the caller's connection and transaction.

desktop.store.db opens the connection, begins one transaction and hands it in through
`config.attributes["connection"]`, so all migrations and their version bumps commit or roll
back together.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=None,
    transactional_ddl=True,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()

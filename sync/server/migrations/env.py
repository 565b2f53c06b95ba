"""Alembic environment of the register server: runs inside the caller's connection and transaction.

sync.server.db opens the connection and one transaction and hands it in through
``config.attributes["connection"]``, so every migration and its version bump commit together.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=None,
    transactional_ddl=True,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()

"""Alembic migrations of the local database (applied by desktop.store.db at start)."""

"""The local store: the SQLite database (SQLAlchemy + Alembic) and the evidence files."""

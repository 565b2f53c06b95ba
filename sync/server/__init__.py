"""The reference register server (FastAPI, SQLAlchemy): see sync/server/main.py and docs/sync-protocol.md."""

"""Use cases (no Qt): what the window, the command line and the exports do with a portfolio."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.paths import DataPaths
from desktop.services.portfolio import PortfolioService
from desktop.store import models
from desktop.store.blobs import EvidenceStore
from desktop.store.db import Database, open_database


@dataclass
class Services:
    """Everything opened on one data folder; close() when done."""

    paths: DataPaths
    db: Database
    blobs: EvidenceStore
    portfolio: PortfolioService
    device_id: str

    def close(self) -> None:
        self.db.close()

    def reopen(self) -> None:
        """Open the same folder again, in place, after its contents were replaced (a restored backup).

        In place, so that everyone holding this object (the application, its shutdown) uses the new
        database; close() first, while no operation runs.
        """
        fresh = open_services(self.paths.root)
        self.db, self.blobs, self.portfolio, self.device_id = fresh.db, fresh.blobs, fresh.portfolio, fresh.device_id

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def device_id(db: Database) -> str:
    """This installation's id, made once; it names the device in the change log."""
    with db.transaction() as s:
        row = s.get(models.Meta, "device_id")
        if row is None:
            row = models.Meta(key="device_id", value=str(uuid.uuid4()))
            s.add(row)
        return row.value


def open_services(data_dir: Path, script_location: str | None = None) -> Services:
    """Open (create or migrate) the portfolio in `data_dir` and build the use cases on it."""
    paths = DataPaths(Path(data_dir)).ensure()
    db = open_database(paths.database, paths.backups, script_location)
    try:
        blobs = EvidenceStore(paths.evidence)
        blobs.cleanup_tmp()
        dev = device_id(db)
        return Services(paths, db, blobs, PortfolioService(db, blobs, dev), dev)
    except BaseException:
        db.close()
        raise

"""Attaching evidence in two steps, so that a large file never holds up the database writer.

The window copies and hashes the file into the evidence store on a worker (minutes for a big
video, cancellable, no database involved), and only then records and links it in one short
transaction on the serial database writer. The second step is what
`PortfolioService.attach_evidence` does after its copy (`PortfolioService.link_stored`); here
it is also done for a diploma, which is evidence of a qualification rather than of an activity.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sync import portfolio as vocab

from desktop.services.portfolio import NotFound, PortfolioService
from desktop.store import models
from desktop.store.blobs import StoredBlob
from desktop.store.repository import row_to_record


def set_diploma(
    svc: PortfolioService,
    qualification_id: str,
    stored: StoredBlob,
    filename: str,
    issued_on: dt.date | None = None,
) -> vocab.Qualification:
    """Record a stored file as the diploma of a qualification (replacing an earlier one)."""
    if not svc.blobs.exists(stored.sha256):
        raise FileNotFoundError(stored.sha256)
    with svc.db.transaction() as s:
        row = s.get(models.Qualification, qualification_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("qualification", qualification_id)
        current: vocab.Qualification = row_to_record(row, "qualification")
        evidence = svc.evidence_for_blob(
            s, stored, filename, vocab.EvidenceKind.DIPLOMA, current.subject, issued_on or current.obtained_on
        )
        updated = dataclasses.replace(current, diploma_evidence_id=evidence.id)
        svc._repo(s).save(updated)
        return updated

"""Attaching evidence in two steps, so that a large file never holds up the database writer.

The window copies and hashes the file into the evidence store on a worker (minutes for a big
video, cancellable, no database involved), and only then records and links it in one short
transaction on the serial database writer. The second step is what
`PortfolioService.attach_evidence` does after its copy; it is repeated here for a stored blob,
and for a diploma, which is evidence of a qualification rather than of an activity.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sync import portfolio as vocab

from desktop.services.portfolio import NotFound, PortfolioService, guess_media_type
from desktop.store import models
from desktop.store.blobs import StoredBlob
from desktop.store.repository import row_to_record


def _evidence_for_blob(
    svc: PortfolioService,
    s: Any,
    stored: StoredBlob,
    filename: str,
    kind: vocab.EvidenceKind,
    description: str,
    issued_on: dt.date | None,
) -> vocab.Evidence:
    """The evidence record for this content: the existing one (restored if trashed) or a new one."""
    repo = svc._repo(s)
    row = s.scalars(
        select(models.Evidence)
        .where(models.Evidence.sha256 == stored.sha256)
        .order_by(models.Evidence.deleted_at.is_not(None), models.Evidence.created_at)
        .limit(1)
    ).first()
    if row is None:
        evidence = vocab.Evidence(
            sha256=stored.sha256,
            filename=filename[:255],
            size=stored.size,
            media_type=guess_media_type(Path(filename)),
            kind=kind,
            description=description,
            issued_on=issued_on,
        )
        repo.save(evidence)
        return evidence
    if row.deleted_at is not None:
        repo.set_deleted("evidence", row.id, False)
    existing: vocab.Evidence = row_to_record(row, "evidence")
    return existing


def link_stored(
    svc: PortfolioService,
    activity_id: str,
    stored: StoredBlob,
    filename: str,
    kind: vocab.EvidenceKind = vocab.EvidenceKind.OVERIG,
    description: str = "",
    issued_on: dt.date | None = None,
) -> vocab.Evidence:
    """Record a file already in the evidence store and link it to an activity (one transaction)."""
    if not svc.blobs.exists(stored.sha256):
        raise FileNotFoundError(stored.sha256)
    with svc.db.transaction() as s:
        row = s.get(models.Activity, activity_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("activity", activity_id)
        evidence = _evidence_for_blob(svc, s, stored, filename, kind, description, issued_on)
        svc._link(s, svc._repo(s), activity_id, evidence.id)
        return svc._evidence(s, evidence.id)


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
        evidence = _evidence_for_blob(
            svc, s, stored, filename, vocab.EvidenceKind.DIPLOMA, current.subject, issued_on or current.obtained_on
        )
        updated = dataclasses.replace(current, diploma_evidence_id=evidence.id)
        svc._repo(s).save(updated)
        return updated

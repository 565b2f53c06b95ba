"""Use cases on the portfolio: activities, evidence, reflections, the dossier, progress.

No Qt here (STYLE.md habit 1): the window, the command line and the exports all call these.
Every method that changes something runs in one transaction that also writes the history
and the change log, so a crash leaves either the whole change or none of it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import mimetypes
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sync import portfolio as vocab
from sync.rules import Progress, RulesetError, compute_progress, load_ruleset

from desktop.store import listing, models
from desktop.store.blobs import CancelFn, EvidenceStore, ProgressFn, StoredBlob
from desktop.store.db import Database
from desktop.store.repository import RecordRepository, row_to_record, utcnow


class NotFound(LookupError):
    """A record the caller named does not exist (or is in the trash)."""

    def __init__(self, what: str, record_id: str):
        self.what = what
        self.record_id = record_id
        super().__init__(f"no {what} with id {record_id}")


@dataclass(frozen=True)
class ActivitySummary:
    """One row of the activity list: the record plus what the list shows about it."""

    activity: vocab.Activity
    evidence_count: int
    has_reflection: bool


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    evidence_checked: int
    missing: tuple[str, ...]
    corrupted: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.missing and not self.corrupted


def guess_media_type(path: Path) -> str:
    media, _ = mimetypes.guess_type(path.name)
    return media or "application/octet-stream"


class PortfolioService:
    def __init__(
        self,
        db: Database,
        blobs: EvidenceStore,
        device_id: str,
        clock: Callable[[], dt.datetime] = utcnow,
        today: Callable[[], dt.date] = dt.date.today,
        ruleset_dirs: Sequence[Path] = (),
    ):
        self.db = db
        self.blobs = blobs
        self.device_id = device_id
        self.clock = clock
        self.today = today
        self.ruleset_dirs = tuple(ruleset_dirs)
        self._activity_cache: dict[str, tuple[int, vocab.Activity]] = {}

    def _repo(self, session: Any) -> RecordRepository:
        return RecordRepository(session, self.device_id, self.clock)

    # ------------------------------------------------------------------ dossier

    def profile(self) -> vocab.Profile | None:
        with self.db.reading() as s:
            row = s.get(models.Profile, "profile")
            return row_to_record(row, "profile") if row else None

    def set_profile(self, **changes: Any) -> vocab.Profile:
        """Change the named profile fields (name, register_number, register, sectors, email)."""
        with self.db.transaction() as s:
            row = s.get(models.Profile, "profile")
            current = row_to_record(row, "profile") if row else vocab.Profile()
            if "sectors" in changes:
                changes["sectors"] = tuple(vocab.Sector(x) for x in changes["sectors"])
            if "register" in changes:
                changes["register"] = vocab.Register(changes["register"])
            updated = dataclasses.replace(current, **changes)
            self._repo(s).save(updated)
            return updated

    def save_record(self, record: vocab.Record) -> vocab.Record:
        """Create or update a school, qualification, work period or other record."""
        with self.db.transaction() as s:
            self._repo(s).save(record)
        return record

    def delete_record(self, record_type: str, record_id: str) -> None:
        with self.db.transaction() as s:
            try:
                self._repo(s).set_deleted(record_type, record_id, True)
            except KeyError:
                raise NotFound(record_type, record_id) from None

    def restore_record(self, record_type: str, record_id: str) -> None:
        with self.db.transaction() as s:
            try:
                self._repo(s).set_deleted(record_type, record_id, False)
            except KeyError:
                raise NotFound(record_type, record_id) from None

    def list_records(self, record_type: str) -> list[Any]:
        with self.db.reading() as s:
            records = self._repo(s).live(record_type)
        return sorted(records, key=lambda r: str(getattr(r, "start", "")) + str(getattr(r, "name", "")))

    def schools(self) -> list[vocab.School]:
        return self.list_records("school")

    def qualifications(self) -> list[vocab.Qualification]:
        return self.list_records("qualification")

    def work_periods(self) -> list[vocab.WorkPeriod]:
        return self.list_records("work_period")

    # ------------------------------------------------------------------ cycle

    def current_cycle(self) -> vocab.Cycle | None:
        """The cycle being worked on: the one that started last."""
        with self.db.reading() as s:
            row = s.scalars(
                select(models.Cycle)
                .where(models.Cycle.deleted_at.is_(None))
                .order_by(models.Cycle.start.desc())
                .limit(1)
            ).first()
            return row_to_record(row, "cycle") if row else None

    def set_cycle(self, start: dt.date, ruleset: str = "registerleraar") -> vocab.Cycle:
        """Set the current cycle's start and ruleset (creating the cycle the first time)."""
        rules = load_ruleset(ruleset, self.ruleset_dirs)  # raises RulesetError for unknown ids
        current = self.current_cycle()
        if current is None:
            cycle = vocab.Cycle(start=start, ruleset=rules.id, years=rules.cycle_years)
        else:
            cycle = dataclasses.replace(current, start=start, ruleset=rules.id, years=rules.cycle_years)
        return self.save_record(cycle)  # type: ignore[return-value]

    # ------------------------------------------------------------------ activities

    def create_activity(self, activity: vocab.Activity) -> vocab.Activity:
        with self.db.transaction() as s:
            if s.get(models.Activity, activity.id) is not None:
                raise ValueError(f"activity {activity.id} exists already")
            self._repo(s).save(activity)
        return activity

    def create_activities(self, activities: Sequence[vocab.Activity]) -> None:
        """Create many activities in one transaction (imports, the demo): all or none."""
        with self.db.transaction() as s:
            repo = self._repo(s)
            for activity in activities:
                if repo.save(activity)[0] != "create":
                    raise ValueError(f"activity {activity.id} exists already")

    def save_activity(self, activity: vocab.Activity) -> list[str]:
        """Create or update; return the changed fields."""
        with self.db.transaction() as s:
            _op, fields = self._repo(s).save(activity)
        return fields

    def update_activity(self, activity_id: str, **changes: Any) -> vocab.Activity:
        current = self.get_activity(activity_id)
        updated = dataclasses.replace(current, **changes)
        self.save_activity(updated)
        return updated

    def get_activity(self, activity_id: str, include_deleted: bool = False) -> vocab.Activity:
        with self.db.reading() as s:
            row = s.get(models.Activity, activity_id)
            if row is None or (row.deleted_at is not None and not include_deleted):
                raise NotFound("activity", activity_id)
            return row_to_record(row, "activity")  # type: ignore[no-any-return]

    def list_activities(self, include_deleted: bool = False) -> list[vocab.Activity]:
        return [s.activity for s in self.activity_summaries(include_deleted)]

    def _activities(self, s: Any, deleted: bool | None) -> list[vocab.Activity]:
        """Activities as records, through a cache keyed by (id, revision).

        Every write bumps a row's revision, whichever process or path made it, so a cached
        record is reused only while its row is unchanged. Listing 10,000 activities then costs
        one narrow query instead of building 10,000 records (see bench/store_bench.py). The
        rows are read through the driver (desktop/store/listing.py), in this session's
        transaction: the first list after opening is what the teacher waits for.
        """
        conn = listing.driver_connection(s)
        stamps = listing.activity_stamps(conn, deleted)
        cache = self._activity_cache
        stale = [i for i, rev in stamps if cache.get(i, (0, None))[0] != rev]
        if stale:
            fetch = stale if len(stale) < listing.WHOLE_TABLE_FROM else None
            for revision, record in listing.activity_records(conn, fetch):
                cache[record.id] = (revision, record)
        return [cache[i][1] for i, _rev in stamps]

    def activity_summaries(self, include_deleted: bool = False, only_deleted: bool = False) -> list[ActivitySummary]:
        """All activities with their evidence count and whether a reflection exists, newest first."""
        # Listing builds some 30,000 short-lived acyclic objects for 10,000 activities; a full
        # cyclic GC pass in the middle of that doubles the time (bench/store_bench.py), and
        # nothing here can form a cycle, so the collector waits until the list is built.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            with self.db.reading() as s:
                deleted = True if only_deleted else (None if include_deleted else False)
                activities = self._activities(s, deleted)
                conn = listing.driver_connection(s)
                counts = listing.evidence_counts(conn)
                reflected = listing.reflected_activities(conn)
            # Newest first, then by title: one sort on a composite key.
            activities.sort(key=lambda a: (-a.start.toordinal(), a.title))
            return [ActivitySummary(a, counts.get(a.id, 0), a.id in reflected) for a in activities]
        finally:
            if gc_was_enabled:
                gc.enable()

    def delete_activity(self, activity_id: str) -> None:
        """Move an activity to the trash (restorable; travels as a tombstone when synced)."""
        self.delete_record("activity", activity_id)

    def restore_activity(self, activity_id: str) -> None:
        self.restore_record("activity", activity_id)

    def set_activities_deleted(self, activity_ids: Sequence[str], deleted: bool) -> None:
        """Move several activities to the trash (or back) in one transaction: all or none."""
        with self.db.transaction() as s:
            repo = self._repo(s)
            for activity_id in activity_ids:
                try:
                    repo.set_deleted("activity", activity_id, deleted)
                except KeyError:
                    raise NotFound("activity", activity_id) from None

    def trash(self) -> list[vocab.Activity]:
        return [s.activity for s in self.activity_summaries(only_deleted=True)]

    # ------------------------------------------------------------------ evidence

    def attach_evidence(
        self,
        activity_id: str,
        path: Path,
        kind: vocab.EvidenceKind = vocab.EvidenceKind.OVERIG,
        description: str = "",
        issued_on: dt.date | None = None,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> vocab.Evidence:
        """Store a file (streaming, hashed) and link it to an activity.

        The same content attached again is stored once; it gets the existing evidence record,
        so one file supports several activities.
        """
        self.get_activity(activity_id)  # fail before copying gigabytes
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(path)
        stored = self.blobs.put_file(path, progress, cancel)
        return self.link_stored(activity_id, stored, path.name, kind, description, issued_on)

    def link_stored(
        self,
        activity_id: str,
        stored: StoredBlob,
        filename: str,
        kind: vocab.EvidenceKind = vocab.EvidenceKind.OVERIG,
        description: str = "",
        issued_on: dt.date | None = None,
    ) -> vocab.Evidence:
        """Record a file already in the evidence store and link it to an activity (one transaction).

        The window copies a large file into the store on a worker first and calls this on the
        serial database writer, so that a big video never holds up other writes.
        """
        if not self.blobs.exists(stored.sha256):
            raise FileNotFoundError(stored.sha256)
        with self.db.transaction() as s:
            row = s.get(models.Activity, activity_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("activity", activity_id)
            evidence = self.evidence_for_blob(s, stored, filename, kind, description, issued_on)
            self._link(s, self._repo(s), activity_id, evidence.id)
            return self._evidence(s, evidence.id)

    def evidence_for_blob(
        self,
        s: Any,
        stored: StoredBlob,
        filename: str,
        kind: vocab.EvidenceKind,
        description: str,
        issued_on: dt.date | None,
    ) -> vocab.Evidence:
        """Inside a transaction: the evidence record for this content, the existing one (restored
        from the trash if need be) or a new one, so that one file supports several activities."""
        repo = self._repo(s)
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

    def link_evidence(self, activity_id: str, evidence_id: str) -> vocab.Evidence:
        with self.db.transaction() as s:
            repo = self._repo(s)
            if s.get(models.Activity, activity_id) is None:
                raise NotFound("activity", activity_id)
            row = s.get(models.Evidence, evidence_id)
            if row is None:
                raise NotFound("evidence", evidence_id)
            if row.deleted_at is not None:
                repo.set_deleted("evidence", evidence_id, False)
            self._link(s, repo, activity_id, evidence_id)
            return self._evidence(s, evidence_id)

    def _link(self, s: Any, repo: RecordRepository, activity_id: str, evidence_id: str) -> None:
        if s.get(models.ActivityEvidence, (activity_id, evidence_id)) is not None:
            return
        position = s.scalar(
            select(func.count()).where(models.ActivityEvidence.activity_id == activity_id)
        )
        s.add(models.ActivityEvidence(activity_id=activity_id, evidence_id=evidence_id, position=position))
        self._touch_links(s, repo, evidence_id)

    def _touch_links(self, s: Any, repo: RecordRepository, evidence_id: str) -> None:
        """The link set is part of the evidence record: version and log it as such."""
        s.flush()
        row = s.get(models.Evidence, evidence_id)
        now = self.clock()
        repo._keep_history("evidence", row, "edit", now)
        row.revision += 1
        row.updated_at = now
        repo._log("evidence", row, "update", ["activity_ids"], now)

    def detach_evidence(self, activity_id: str, evidence_id: str) -> None:
        """Unlink a file from an activity; a file no activity uses any more goes to the trash."""
        with self.db.transaction() as s:
            repo = self._repo(s)
            link = s.get(models.ActivityEvidence, (activity_id, evidence_id))
            if link is None:
                raise NotFound("evidence link", f"{activity_id}/{evidence_id}")
            s.delete(link)
            self._touch_links(s, repo, evidence_id)
            remaining = s.scalar(
                select(func.count()).where(models.ActivityEvidence.evidence_id == evidence_id)
            )
            qualification_use = s.scalar(
                select(func.count()).where(
                    models.Qualification.diploma_evidence_id == evidence_id,
                    models.Qualification.deleted_at.is_(None),
                )
            )
            if not remaining and not qualification_use:
                repo.set_deleted("evidence", evidence_id, True)

    def _evidence(self, s: Any, evidence_id: str) -> vocab.Evidence:
        row = s.get(models.Evidence, evidence_id)
        if row is None:
            raise NotFound("evidence", evidence_id)
        ids = s.scalars(
            select(models.ActivityEvidence.activity_id)
            .where(models.ActivityEvidence.evidence_id == evidence_id)
            .order_by(models.ActivityEvidence.activity_id)
        ).all()
        return row_to_record(row, "evidence", {"activity_ids": list(ids)})  # type: ignore[no-any-return]

    def get_evidence(self, evidence_id: str) -> vocab.Evidence:
        with self.db.reading() as s:
            return self._evidence(s, evidence_id)

    def update_evidence(self, evidence_id: str, **changes: Any) -> vocab.Evidence:
        """Change an evidence record's kind, description or issue date."""
        allowed = {"kind", "description", "issued_on", "filename"}
        if set(changes) - allowed:
            raise ValueError(f"cannot change {', '.join(sorted(set(changes) - allowed))}")
        with self.db.transaction() as s:
            current = self._evidence(s, evidence_id)
            updated = dataclasses.replace(current, **changes)
            self._repo(s).save(updated)
            return updated

    def evidence_for(self, activity_id: str) -> list[vocab.Evidence]:
        with self.db.reading() as s:
            ids = s.scalars(
                select(models.ActivityEvidence.evidence_id)
                .join(models.Evidence, models.Evidence.id == models.ActivityEvidence.evidence_id)
                .where(
                    models.ActivityEvidence.activity_id == activity_id,
                    models.Evidence.deleted_at.is_(None),
                )
                .order_by(models.ActivityEvidence.position)
            ).all()
            return [self._evidence(s, i) for i in ids]

    def list_evidence(self) -> list[vocab.Evidence]:
        with self.db.reading() as s:
            ids = s.scalars(
                select(models.Evidence.id).where(models.Evidence.deleted_at.is_(None)).order_by(models.Evidence.created_at)
            ).all()
            return [self._evidence(s, i) for i in ids]

    def evidence_file(self, evidence: vocab.Evidence) -> Path:
        """Where the stored file is (read-only; verify before trusting it)."""
        return self.blobs.path_for(evidence.sha256)

    # ------------------------------------------------------------------ reflections

    def reflection_for(self, activity_id: str) -> vocab.Reflection | None:
        with self.db.reading() as s:
            row = s.scalars(
                select(models.Reflection).where(
                    models.Reflection.activity_id == activity_id, models.Reflection.deleted_at.is_(None)
                )
            ).first()
            return row_to_record(row, "reflection") if row else None

    def set_reflection(
        self, activity_id: str, model: vocab.ReflectionModelId | str, answers: dict[str, str]
    ) -> vocab.Reflection:
        """Write the reflection on an activity (one per activity; earlier text stays in history)."""
        with self.db.transaction() as s:
            return self._set_reflection(s, activity_id, model, answers)

    def set_reflections(self, items: Sequence[tuple[str, vocab.ReflectionModelId | str, dict[str, str]]]) -> None:
        """Write many reflections in one transaction."""
        with self.db.transaction() as s:
            for activity_id, model, answers in items:
                self._set_reflection(s, activity_id, model, answers)

    def _set_reflection(
        self, s: Any, activity_id: str, model: vocab.ReflectionModelId | str, answers: dict[str, str]
    ) -> vocab.Reflection:
        model = vocab.ReflectionModelId.parse(model) if isinstance(model, str) else model
        if s.get(models.Activity, activity_id) is None:
            raise NotFound("activity", activity_id)
        row = s.scalars(select(models.Reflection).where(models.Reflection.activity_id == activity_id)).first()
        rid = row.id if row else str(uuid.uuid4())
        reflection = vocab.Reflection(model=model, answers=dict(answers), activity_id=activity_id, id=rid)
        repo = self._repo(s)
        repo.save(reflection)
        if row is not None and row.deleted_at is not None:
            repo.set_deleted("reflection", rid, False)
        return reflection

    # ------------------------------------------------------------------ progress

    def progress(self, today: dt.date | None = None) -> Progress | None:
        """Progress toward herregistratie in the current cycle; None when no cycle is set."""
        cycle = self.current_cycle()
        if cycle is None:
            return None
        ruleset = load_ruleset(cycle.ruleset, self.ruleset_dirs)
        profile = self.profile()
        sectors = profile.sectors if profile else ()
        with self.db.reading() as s:
            activities = self._activities(s, deleted=False)
        return compute_progress(
            ruleset,
            cycle,
            activities,
            sectors,
            self.work_periods(),
            today=today or self.today(),
        )

    # ------------------------------------------------------------------ history, outbox, checks

    def history(self, record_type: str, record_id: str) -> list[dict[str, Any]]:
        with self.db.reading() as s:
            rows = s.scalars(
                select(models.History)
                .where(models.History.record_type == record_type, models.History.record_id == record_id)
                .order_by(models.History.id)
            ).all()
            return [
                {"revision": h.revision, "data": h.data, "replaced_at": h.replaced_at, "reason": h.reason}
                for h in rows
            ]

    def pending_changes(self) -> int:
        with self.db.reading() as s:
            return int(s.scalar(select(func.count()).where(models.ChangeLog.pushed.is_(False))) or 0)

    def change_log(self, limit: int = 1000) -> list[dict[str, Any]]:
        with self.db.reading() as s:
            rows = s.scalars(select(models.ChangeLog).order_by(models.ChangeLog.seq.desc()).limit(limit)).all()
            return [
                {
                    "seq": c.seq,
                    "record_type": c.record_type,
                    "record_id": c.record_id,
                    "op": c.op,
                    "fields": c.fields,
                    "revision": c.revision,
                    "changed_at": c.changed_at.isoformat(),
                    "device_id": c.device_id,
                }
                for c in rows
            ]

    def check(self, cancel: CancelFn | None = None) -> CheckReport:
        integrity = self.db.integrity_check()
        with self.db.reading() as s:
            hashes = sorted(set(s.scalars(select(models.Evidence.sha256)).all()))
        missing, corrupted = [], []
        for sha in hashes:
            if not self.blobs.exists(sha):
                missing.append(sha)
            elif not self.blobs.verify(sha, cancel):
                corrupted.append(sha)
        return CheckReport(integrity, len(hashes), tuple(missing), tuple(corrupted))


__all__ = [
    "ActivitySummary",
    "CheckReport",
    "NotFound",
    "PortfolioService",
    "RulesetError",
]

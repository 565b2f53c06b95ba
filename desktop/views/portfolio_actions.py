"""Every change the window makes to the portfolio, as undoable commands run on the serial writer.

The views never write: they push a command on the undo stack; its redo() and undo() hand a
plain operation to the task manager's single database writer and the result comes back as a
signal. Deleting moves to the trash, so every command can be undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.store.blobs import Cancelled, StoredBlob
from desktop.tasks import TaskControl, TaskHandle, TaskManager
from sync import portfolio as vocab

if TYPE_CHECKING:
    from desktop.services import Services


def _attachments() -> Any:
    from desktop.services import attachments

    return attachments


def error_message(error: BaseException, lang: str) -> str:
    """A sentence a teacher understands for anything an operation can raise."""
    # Imported here: the window paints before the store (SQLAlchemy) is loaded, and an error from
    # an operation comes only once it is.
    from desktop.services.portfolio import NotFound
    from desktop.store.db import StoreError

    if isinstance(error, vocab.ValidationError):
        return error.message(lang)
    if isinstance(error, StoreError):
        return error.message(lang)
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "PortfolioActions", "This item no longer exists; it may have been deleted in the meantime."
        )
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate("PortfolioActions", "The file %1 cannot be found.").replace(
            "%1", str(error.filename or error)
        )
    if isinstance(error, PermissionError):
        return QCoreApplication.translate("PortfolioActions", "Bekwaam may not read or write %1.").replace(
            "%1", str(error.filename or error)
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate("PortfolioActions", "The disk reported a problem: %1").replace(
            "%1", error.strerror or str(error)
        )
    return QCoreApplication.translate("PortfolioActions", "Something unexpected went wrong: %1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )


class PortfolioActions(QObject):
    """Runs writes through the task manager and tells the window what changed.

    Signals:
        activities_changed(): the activity list (or an activity's counts) changed.
        evidence_changed(str): the evidence of this activity changed.
        reflection_changed(str): the reflection of this activity changed.
        dossier_changed(): profile, schools, qualifications, work or cycle changed.
        activity_saved(str): an activity was created or updated (its id).
        activities_restored(list): these activities came back from the trash by an undo (their ids); emitted
            before activities_changed, so the list can select them once it has reloaded.
        failed(str): a write failed; the message says why in the window's language.
    """

    activities_changed = Signal()
    evidence_changed = Signal(str)
    reflection_changed = Signal(str)
    dossier_changed = Signal()
    activity_saved = Signal(str)
    activities_restored = Signal(list)
    failed = Signal(str)

    def __init__(self, services: Services, tasks: TaskManager, undo_stack: QUndoStack, lang: str, parent=None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.undo_stack = undo_stack
        self.lang = lang

    @property
    def portfolio(self):  # type: ignore[no-untyped-def]
        return self.services.portfolio

    def _write(self, name: str, fn: Callable[[], Any], after: Callable[[Any], None]) -> TaskHandle:
        return self.tasks.write(name, lambda _control: fn(), on_success=after, on_failure=self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        self.failed.emit(error_message(error, self.lang))

    # ------------------------------------------------------------------ activities

    def save_activity(self, before: vocab.Activity | None, after: vocab.Activity) -> None:
        text = (
            QCoreApplication.translate("PortfolioActions", "Add activity")
            if before is None
            else QCoreApplication.translate("PortfolioActions", "Edit activity")
        )
        self.undo_stack.push(SaveActivityCommand(self, before, after, text))

    def delete_activity(self, activity: vocab.Activity) -> None:
        self.undo_stack.push(TrashActivityCommand(self, activity, to_trash=True))

    def restore_activity(self, activity: vocab.Activity) -> None:
        self.undo_stack.push(TrashActivityCommand(self, activity, to_trash=False))

    def delete_activities(self, activities: Sequence[vocab.Activity]) -> None:
        """Several activities to the trash as one write and one undo step (each restorable on its own)."""
        if len(activities) == 1:
            self.delete_activity(activities[0])
        elif activities:
            text = self.tr("Delete %n activities", "", len(activities))
            self.undo_stack.push(TrashActivitiesCommand(self, activities, text))

    def _activity_written(self, activity_id: str) -> None:
        self.activities_changed.emit()
        self.activity_saved.emit(activity_id)

    # ------------------------------------------------------------------ evidence

    def store_file(
        self,
        path: Path,
        on_success: Callable[[StoredBlob], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None],
    ) -> TaskHandle:
        """Copy and hash a file into the evidence store on a worker (not the writer: it may take minutes)."""
        blobs = self.services.blobs

        def run(control: TaskControl) -> StoredBlob:
            return blobs.put_file(Path(path), control.progress, control.cancelled)

        return self.tasks.run("store-file", run, on_success, on_failure, on_progress)

    def link_file(
        self,
        activity_id: str,
        stored: StoredBlob,
        filename: str,
        kind: vocab.EvidenceKind,
        on_done: Callable[[vocab.Evidence], None] | None = None,
    ) -> None:
        """Record a stored file and link it to the activity; undoable."""

        def after(evidence: vocab.Evidence) -> None:
            self.undo_stack.push(LinkEvidenceCommand(self, activity_id, evidence, already_done=True))
            self.evidence_changed.emit(activity_id)
            self.activities_changed.emit()
            if on_done:
                on_done(evidence)

        self._write(
            "link-evidence",
            lambda: self.portfolio.link_stored(activity_id, stored, filename, kind),
            after,
        )

    def detach_evidence(self, activity_id: str, evidence: vocab.Evidence) -> None:
        self.undo_stack.push(LinkEvidenceCommand(self, activity_id, evidence, already_done=False, unlink=True))

    def update_evidence(self, evidence: vocab.Evidence, **changes: Any) -> None:
        self.undo_stack.push(UpdateEvidenceCommand(self, evidence, changes))

    # ------------------------------------------------------------------ reflections

    def save_reflection(
        self, activity_id: str, before: vocab.Reflection | None, model: vocab.ReflectionModelId, answers: dict[str, str]
    ) -> None:
        self.undo_stack.push(SaveReflectionCommand(self, activity_id, before, model, answers))

    # ------------------------------------------------------------------ dossier

    def save_record(self, before: vocab.Record | None, after: vocab.Record, text: str) -> None:
        self.undo_stack.push(SaveRecordCommand(self, before, after, text))

    def delete_record(self, record_type: str, record: vocab.Record, text: str) -> None:
        self.undo_stack.push(DeleteRecordCommand(self, record_type, record, text))

    def set_cycle(self, start: dt.date, ruleset: str) -> None:
        self._write(
            "set-cycle", lambda: self.portfolio.set_cycle(start, ruleset), lambda _r: self.dossier_changed.emit()
        )

    def attach_diploma(self, qualification_id: str, stored: StoredBlob, filename: str) -> None:
        self._write(
            "attach-diploma",
            lambda: _attachments().set_diploma(self.portfolio, qualification_id, stored, filename),
            lambda _r: self.dossier_changed.emit(),
        )


class SaveActivityCommand(QUndoCommand):
    def __init__(self, actions: PortfolioActions, before: vocab.Activity | None, after: vocab.Activity, text: str):
        super().__init__(text)
        self.portfolio_actions, self.before, self.after = actions, before, after
        self._created = False

    def redo(self) -> None:
        svc, after = self.portfolio_actions.portfolio, self.after
        if self.before is None:

            def create() -> None:
                if self._created:
                    svc.restore_activity(after.id)
                else:
                    svc.create_activity(after)

            def created(_r: object) -> None:
                self._created = True
                self.portfolio_actions._activity_written(after.id)

            self.portfolio_actions._write("create-activity", create, created)
        else:
            self.portfolio_actions._write(
                "save-activity",
                lambda: svc.save_activity(after),
                lambda _r: self.portfolio_actions._activity_written(after.id),
            )

    def undo(self) -> None:
        svc = self.portfolio_actions.portfolio
        if self.before is None:
            self.portfolio_actions._write(
                "uncreate-activity",
                lambda: svc.delete_activity(self.after.id),
                lambda _r: self.portfolio_actions.activities_changed.emit(),
            )
        else:
            before = self.before
            self.portfolio_actions._write(
                "unsave-activity",
                lambda: svc.save_activity(before),
                lambda _r: self.portfolio_actions._activity_written(before.id),
            )


class TrashActivityCommand(QUndoCommand):
    def __init__(self, actions: PortfolioActions, activity: vocab.Activity, to_trash: bool):
        text = (
            QCoreApplication.translate("PortfolioActions", "Delete “%1”")
            if to_trash
            else QCoreApplication.translate("PortfolioActions", "Restore “%1”")
        )
        super().__init__(text.replace("%1", activity.title))
        self.portfolio_actions, self.activity, self.to_trash = actions, activity, to_trash

    def _set(self, deleted: bool) -> None:
        svc, aid = self.portfolio_actions.portfolio, self.activity.id
        fn = (lambda: svc.delete_activity(aid)) if deleted else (lambda: svc.restore_activity(aid))
        self.portfolio_actions._write("trash-activity", fn, lambda _r: self.portfolio_actions.activities_changed.emit())

    def redo(self) -> None:
        self._set(self.to_trash)

    def undo(self) -> None:
        self._set(not self.to_trash)


class TrashActivitiesCommand(QUndoCommand):
    """Several activities to the trash in one transaction on the writer; undo brings them all back."""

    def __init__(self, actions: PortfolioActions, activities: Sequence[vocab.Activity], text: str):
        super().__init__(text)
        self.portfolio_actions, self.activity_ids = actions, tuple(a.id for a in activities)

    def _set(self, deleted: bool) -> None:
        actions, ids = self.portfolio_actions, self.activity_ids

        def written(_r: object) -> None:
            if not deleted:
                actions.activities_restored.emit(list(ids))
            actions.activities_changed.emit()

        actions._write("trash-activities", lambda: actions.portfolio.set_activities_deleted(ids, deleted), written)

    def redo(self) -> None:
        self._set(True)

    def undo(self) -> None:
        self._set(False)


class LinkEvidenceCommand(QUndoCommand):
    """Attach (already done by the time it is pushed) or detach a file; undo does the opposite."""

    def __init__(
        self,
        actions: PortfolioActions,
        activity_id: str,
        evidence: vocab.Evidence,
        already_done: bool,
        unlink: bool = False,
    ):
        text = (
            QCoreApplication.translate("PortfolioActions", "Remove “%1”")
            if unlink
            else QCoreApplication.translate("PortfolioActions", "Attach “%1”")
        )
        super().__init__(text.replace("%1", evidence.filename))
        self.portfolio_actions, self.activity_id, self.evidence = actions, activity_id, evidence
        self.unlink = unlink
        self._skip_first_redo = already_done

    def _set(self, linked: bool) -> None:
        svc, aid, eid = self.portfolio_actions.portfolio, self.activity_id, self.evidence.id
        fn = (lambda: svc.link_evidence(aid, eid)) if linked else (lambda: svc.detach_evidence(aid, eid))

        def done(_r: object) -> None:
            self.portfolio_actions.evidence_changed.emit(aid)
            self.portfolio_actions.activities_changed.emit()

        self.portfolio_actions._write("link-evidence", fn, done)

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._set(not self.unlink)

    def undo(self) -> None:
        self._set(self.unlink)


class UpdateEvidenceCommand(QUndoCommand):
    def __init__(self, actions: PortfolioActions, evidence: vocab.Evidence, changes: dict[str, Any]):
        super().__init__(QCoreApplication.translate("PortfolioActions", "Edit “%1”").replace("%1", evidence.filename))
        self.portfolio_actions, self.evidence, self.changes = actions, evidence, changes
        self.previous = {k: getattr(evidence, k) for k in changes}

    def _set(self, values: dict[str, Any]) -> None:
        svc, eid = self.portfolio_actions.portfolio, self.evidence.id

        def done(_r: object) -> None:
            for aid in self.evidence.activity_ids:
                self.portfolio_actions.evidence_changed.emit(aid)

        self.portfolio_actions._write("update-evidence", lambda: svc.update_evidence(eid, **values), done)

    def redo(self) -> None:
        self._set(self.changes)

    def undo(self) -> None:
        self._set(self.previous)


class SaveReflectionCommand(QUndoCommand):
    def __init__(
        self,
        actions: PortfolioActions,
        activity_id: str,
        before: vocab.Reflection | None,
        model: vocab.ReflectionModelId,
        answers: dict[str, str],
    ):
        super().__init__(QCoreApplication.translate("PortfolioActions", "Edit reflection"))
        self.portfolio_actions, self.activity_id, self.before = actions, activity_id, before
        self.model, self.answers = model, dict(answers)
        self._written_id: str | None = None

    def _done(self, _r: object) -> None:
        self.portfolio_actions.reflection_changed.emit(self.activity_id)
        self.portfolio_actions.activities_changed.emit()

    def redo(self) -> None:
        svc, aid, model, answers = self.portfolio_actions.portfolio, self.activity_id, self.model, self.answers

        def write() -> None:
            self._written_id = svc.set_reflection(aid, model, answers).id

        self.portfolio_actions._write("save-reflection", write, self._done)

    def undo(self) -> None:
        svc, aid, before = self.portfolio_actions.portfolio, self.activity_id, self.before
        if before is not None:
            self.portfolio_actions._write(
                "unsave-reflection", lambda: svc.set_reflection(aid, before.model, before.answers), self._done
            )
            return

        def remove() -> None:
            current = svc.reflection_for(aid)
            if current is not None:
                svc.delete_record("reflection", current.id)

        self.portfolio_actions._write("unsave-reflection", remove, self._done)


_RECORD_TYPES = {
    vocab.Profile: "profile",
    vocab.School: "school",
    vocab.Qualification: "qualification",
    vocab.WorkPeriod: "work_period",
    vocab.Cycle: "cycle",
}


class SaveRecordCommand(QUndoCommand):
    def __init__(self, actions: PortfolioActions, before: vocab.Record | None, after: vocab.Record, text: str):
        super().__init__(text)
        self.portfolio_actions, self.before, self.after = actions, before, after
        self._created = False

    def _done(self, _r: object) -> None:
        self.portfolio_actions.dossier_changed.emit()

    def redo(self) -> None:
        svc, after = self.portfolio_actions.portfolio, self.after
        rtype = _RECORD_TYPES[type(after)]

        def write() -> None:
            if self.before is None and self._created:
                svc.restore_record(rtype, after.id)  # type: ignore[attr-defined]
            svc.save_record(after)
            self._created = True

        self.portfolio_actions._write("save-record", write, self._done)

    def undo(self) -> None:
        svc = self.portfolio_actions.portfolio
        if self.before is None:
            rtype, rid = _RECORD_TYPES[type(self.after)], self.after.id  # type: ignore[attr-defined]
            self.portfolio_actions._write("unsave-record", lambda: svc.delete_record(rtype, rid), self._done)
        else:
            before = self.before
            self.portfolio_actions._write("unsave-record", lambda: svc.save_record(before), self._done)


class DeleteRecordCommand(QUndoCommand):
    def __init__(self, actions: PortfolioActions, record_type: str, record: vocab.Record, text: str):
        super().__init__(text)
        self.portfolio_actions, self.record_type, self.record = actions, record_type, record

    def _done(self, _r: object) -> None:
        self.portfolio_actions.dossier_changed.emit()

    def redo(self) -> None:
        svc, rtype, rid = self.portfolio_actions.portfolio, self.record_type, self.record.id  # type: ignore[attr-defined]
        self.portfolio_actions._write("delete-record", lambda: svc.delete_record(rtype, rid), self._done)

    def undo(self) -> None:
        svc, rtype, rid = self.portfolio_actions.portfolio, self.record_type, self.record.id  # type: ignore[attr-defined]
        self.portfolio_actions._write("restore-record", lambda: svc.restore_record(rtype, rid), self._done)

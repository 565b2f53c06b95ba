"""Transfer (meeneemrecht) of a portfolio from the voluntary register to the lerarenregister.

The server decides eligibility itself — the teacher is in `vrijwillig`, the calendar's today
lies in the transfer window — whatever the app says. Execution runs in one transaction under
the portfolio's row lock: a repeated or concurrent execute finds the transfer already made and
answers it again, so a portfolio is transferred exactly once.

What changes: activities that carry only SBL competences (pre-2017) get 2017 domains by the
mapping of DESIGN.md §2 (the SBL tags are kept; for competence 3 the teacher's choice), the
profile record names the new register, and the teacher moves register. Every changed record
gets a new version (the apps pull it like any change) and its previous version stays in the
history. Provenance: the transfer row keeps the version of every record before it, the
choices made, the totals, the device and both dates.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync import portfolio as vocab
from sync.protocol import (
    BlockerPublic,
    CompetenceChoice,
    ErrorKind,
    OpenChoicePublic,
    TransferCreate,
    TransferPreviewPublic,
    TransferPublic,
    TransferSummary,
)
from sync.rules import SBL_TO_2017, domain_shares, map_competences
from sync.server import models
from sync.server.accounts import AuthContext
from sync.server.config import Settings
from sync.server.db import Database, utcnow
from sync.server.errors import ApiError
from sync.server.records import lock_portfolio, write_history, write_version

Choices = dict[str, dict[vocab.SblCompetence, tuple[vocab.Domain, ...]]]


def _blockers(settings: Settings, teacher: models.Teacher) -> list[BlockerPublic]:
    today = settings.calendar_today()
    out = []
    if teacher.register != vocab.Register.VRIJWILLIG.value:
        out.append(BlockerPublic(kind=ErrorKind.NOT_ELIGIBLE,
                                 message="Only a portfolio in the voluntary register (vrijwillig) can be transferred."))
    if today < settings.transfer_opens:
        out.append(BlockerPublic(kind=ErrorKind.TRANSFER_NOT_OPEN,
                                 message=f"Transfer to the lerarenregister opens on {settings.transfer_opens}."))
    if settings.transfer_deadline is not None and today > settings.transfer_deadline:
        out.append(BlockerPublic(kind=ErrorKind.TRANSFER_CLOSED,
                                 message=f"The transfer deadline was {settings.transfer_deadline}."))
    return out


def _live(s: Session, teacher_id: int) -> list[models.Record]:
    return list(
        s.scalars(
            select(models.Record)
            .where(models.Record.teacher_id == teacher_id, models.Record.deleted.is_(False))
            .order_by(models.Record.version)
        )
    )


def _activities(records: list[models.Record]) -> list[tuple[models.Record, vocab.Activity]]:
    out = []
    for r in records:
        if r.type == "activity":
            try:
                out.append((r, vocab.Activity.from_dict(r.data)))
            except vocab.ValidationError:  # stored records were validated; never expected
                continue
    return out


def _needs_choice(activity: vocab.Activity) -> list[vocab.SblCompetence]:
    if activity.domains:
        return []
    return [c for c in activity.sbl_competences if SBL_TO_2017[c].needs_choice]


def _mapped(activity: vocab.Activity, choices: Choices) -> vocab.Activity:
    if activity.domains or not activity.sbl_competences:
        return activity
    domains, open_ = map_competences(activity.sbl_competences, choices.get(activity.id, {}))
    if open_:
        return activity
    return vocab.Activity.from_dict({**activity.to_dict(), "domains": [d.value for d in domains]})


def _summary(records: list[models.Record], choices: Choices) -> TransferSummary:
    counts: dict[str, int] = defaultdict(int)
    for r in records:
        counts[r.type] += 1
    per_domain: dict[str, float] = {d.value: 0.0 for d in vocab.Domain}
    total = 0.0
    for _, activity in _activities(records):
        if activity.planned:
            continue
        total += activity.ru
        for domain, share in domain_shares(_mapped(activity, choices)).items():
            per_domain[domain.value] += activity.ru * share
    return TransferSummary(
        activities=counts["activity"],
        evidence=counts["evidence"],
        reflections=counts["reflection"],
        other_records=sum(n for t, n in counts.items() if t not in ("activity", "evidence", "reflection")),
        ru_total=round(total, 2),
        ru_per_domain={k: round(v, 2) for k, v in per_domain.items()},
    )


def _open_choices(records: list[models.Record], choices: Choices) -> list[OpenChoicePublic]:
    out = []
    for _, activity in _activities(records):
        for comp in _needs_choice(activity):
            if comp not in choices.get(activity.id, {}):
                out.append(OpenChoicePublic(activity_id=activity.id, title=activity.title, competence=comp,
                                            options=list(SBL_TO_2017[comp].domains)))
    return out


def _transfer_public(t: models.Transfer) -> TransferPublic:
    return TransferPublic(
        id=t.id,
        from_register=vocab.Register(t.from_register),
        to_register=vocab.Register(t.to_register),
        executed_at=t.executed_at,
        executed_on=t.executed_on,
        summary=TransferSummary.model_validate(t.summary),
        choices=[CompetenceChoice.model_validate(c) for c in t.choices],
        portfolio_version=t.portfolio_version_after,
    )


def preview(db: Database, settings: Settings, auth: AuthContext) -> TransferPreviewPublic:
    with db.read() as s:
        teacher = s.get_one(models.Teacher, auth.teacher_id)
        done = s.scalar(select(models.Transfer).where(models.Transfer.teacher_id == auth.teacher_id))
        records = _live(s, auth.teacher_id)
    blockers = _blockers(settings, teacher)
    return TransferPreviewPublic(
        register=vocab.Register(teacher.register),
        eligible=not blockers,
        blockers=blockers,
        transfer_opens=settings.transfer_opens,
        transfer_deadline=settings.transfer_deadline,
        summary=_summary(records, {}),
        open_choices=_open_choices(records, {}),
        transfer=_transfer_public(done) if done is not None else None,
    )


def _check_choices(records: list[models.Record], given: list[CompetenceChoice]) -> Choices:
    activities = {a.id: a for _, a in _activities(records)}
    choices: Choices = defaultdict(dict)
    for n, choice in enumerate(given):
        where = f"choices.{n}"
        activity = activities.get(choice.activity_id)
        if activity is None or choice.competence not in _needs_choice(activity):
            raise ApiError(422, ErrorKind.INVALID_REQUEST,
                           f"{where}: activity {choice.activity_id} has no open choice for {choice.competence.value}.")
        allowed = SBL_TO_2017[choice.competence].domains
        if any(d not in allowed for d in choice.domains) or len(set(choice.domains)) != len(choice.domains):
            raise ApiError(422, ErrorKind.INVALID_REQUEST,
                           f"{where}: {choice.competence.value} maps to one or both of "
                           f"{', '.join(d.value for d in allowed)}.")
        if choice.competence in choices[choice.activity_id]:
            raise ApiError(422, ErrorKind.INVALID_REQUEST, f"{where}: a second choice for the same competence.")
        choices[choice.activity_id][choice.competence] = tuple(choice.domains)
    return dict(choices)


def execute(db: Database, settings: Settings, auth: AuthContext, body: TransferCreate) -> TransferPublic:
    with db.write() as s:
        portfolio = lock_portfolio(s, auth.teacher_id)
        done = s.scalar(select(models.Transfer).where(models.Transfer.teacher_id == auth.teacher_id))
        if done is not None:
            return _transfer_public(done)
        teacher = s.get_one(models.Teacher, auth.teacher_id)
        blockers = _blockers(settings, teacher)
        if blockers:
            raise ApiError(409, blockers[0].kind, blockers[0].message)
        if not body.consent:
            raise ApiError(422, ErrorKind.CONSENT_REQUIRED,
                           "The teacher's consent is needed to carry the portfolio over (consent: true).")
        records = _live(s, auth.teacher_id)
        choices = _check_choices(records, body.choices)
        open_choices = _open_choices(records, choices)
        if open_choices:
            raise ApiError(
                422, ErrorKind.CHOICES_REQUIRED,
                f"{len(open_choices)} competence mapping(s) still to choose (competence 3: vakinhoudelijk, "
                "vakdidactisch or both).",
                {"open_choices": [c.model_dump(mode="json") for c in open_choices]},
            )
        before: list[dict[str, Any]] = [{"type": r.type, "id": r.record_id, "version": r.version} for r in records]
        history: list[dict[str, Any]] = []
        version_before = version = portfolio.version
        for row, activity in _activities(records):
            mapped = _mapped(activity, choices)
            if mapped is not activity:
                version += 1
                write_version(s, auth.teacher_id, row, "activity", row.record_id, version, False,
                              mapped.check().to_dict(), auth.device_id, "transfer", history)
        for row in records:
            if row.type == "profile" and row.data.get("register") != vocab.Register.LERARENREGISTER.value:
                version += 1
                write_version(s, auth.teacher_id, row, "profile", row.record_id, version, False,
                              {**row.data, "register": vocab.Register.LERARENREGISTER.value}, auth.device_id,
                              "transfer", history)
        write_history(s, history)
        now = utcnow()
        teacher.register = vocab.Register.LERARENREGISTER.value
        teacher.transferred_at = now
        portfolio.version = version
        transfer = models.Transfer(
            id=str(uuid.uuid4()),
            teacher_id=auth.teacher_id,
            from_register=vocab.Register.VRIJWILLIG.value,
            to_register=vocab.Register.LERARENREGISTER.value,
            executed_at=now,
            executed_on=settings.calendar_today(),
            device_id=auth.device_id,
            choices=[c.model_dump(mode="json") for c in body.choices],
            summary=_summary(records, choices).model_dump(mode="json"),
            records_before=before,
            portfolio_version_before=version_before,
            portfolio_version_after=version,
        )
        s.add(transfer)
        s.flush()
        return _transfer_public(transfer)

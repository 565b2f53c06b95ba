"""The logged-in teacher's own account, and the register calendar."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from sync.protocol import API_PREFIX, CalendarPublic, TeacherPublic
from sync.server import accounts, models
from sync.server.deps import CurrentAuth, DbDep, SettingsDep, check_protocol
from sync.server.routes import AUTHED, errors

router = APIRouter(prefix=API_PREFIX, tags=["accounts"], dependencies=[Depends(check_protocol)])


@router.get("/me", response_model=TeacherPublic, responses=errors(*AUTHED))
def me(auth: CurrentAuth, db: DbDep) -> TeacherPublic:
    with db.read() as s:
        return accounts.teacher_public(s.get_one(models.Teacher, auth.teacher_id))


@router.get("/calendar", response_model=CalendarPublic, responses=errors(*AUTHED))
def calendar(auth: CurrentAuth, settings: SettingsDep) -> CalendarPublic:
    """The register calendar (DESIGN.md §2) as this server runs it, with its today."""
    today = settings.calendar_today()
    deadline = settings.transfer_deadline
    return CalendarPublic(
        today=today,
        enrolment_closes=settings.enrolment_closes,
        catalogue_frozen_from=settings.catalogue_frozen_from,
        new_register_opens=settings.new_register_opens,
        transfer_opens=settings.transfer_opens,
        transfer_deadline=deadline,
        enrolment_open=today < settings.enrolment_closes,
        catalogue_frozen=today >= settings.catalogue_frozen_from,
        new_register_open=today >= settings.new_register_opens,
        transfer_open=today >= settings.transfer_opens and (deadline is None or today <= deadline),
    )

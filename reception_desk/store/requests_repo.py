"""Repository for reception requests: rows <-> `RequestRecord`, numbers, steps, queries.

Works inside the caller's session. Guests, itinerary lines and steps are
child rows; preparations and the feedback form are JSON text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..domain.phone import normalise_phone
from ..domain.reception_request import (
    FeedbackForm,
    Guest,
    ItineraryItem,
    Level,
    Preparation,
    RequestForm,
    RequestRecord,
    Status,
    Step,
)
from .models_customers import Appointment
from .models_people import Account
from .models_requests import ItineraryEntry, ReceptionRequest, RequestGuest, RequestStep

NUMBER_PREFIX = "JD"


def _preparations(text: str) -> frozenset[Preparation]:
    try:
        keys = json.loads(text or "[]")
    except ValueError:
        return frozenset()
    valid = {p.value for p in Preparation}
    if not isinstance(keys, list):
        return frozenset()
    return frozenset(Preparation(k) for k in keys if isinstance(k, str) and k in valid)


def _feedback(text: str) -> FeedbackForm:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return FeedbackForm()
    if not isinstance(data, dict):
        return FeedbackForm()
    known = FeedbackForm.__dataclass_fields__
    return FeedbackForm(**{k: str(v) for k, v in data.items() if k in known})


def feedback_json(feedback: FeedbackForm) -> str:
    return json.dumps({k: getattr(feedback, k).strip()
                       for k in FeedbackForm.__dataclass_fields__}, ensure_ascii=False)


def to_form(row: ReceptionRequest) -> RequestForm:
    return RequestForm(
        level=Level(row.level),
        host=row.host,
        department=row.department,
        organisation=row.organisation,
        guests=tuple(Guest(g.name, g.title, g.phone) for g in row.guests),
        headcount=row.headcount,
        purpose=row.purpose,
        arrival_at=row.arrival_at,
        departure_at=row.departure_at,
        itinerary=tuple(ItineraryItem(i.starts_at, i.activity, i.place, i.attendees, i.ends_at)
                        for i in row.itinerary),
        route=row.route,
        meals=row.meals,
        lodging=row.lodging,
        vehicle=row.vehicle,
        preparations=_preparations(row.preparations),
        budget=row.budget,
        notes=row.notes,
        short_notice_reason=row.short_notice_reason,
    )


def to_record(row: ReceptionRequest) -> RequestRecord:
    return RequestRecord(
        id=row.id,
        number=row.number,
        status=Status(row.status),
        form=to_form(row),
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
        steps=tuple(Step(s.at, s.action, Status(s.from_status), Status(s.to_status), s.actor,
                         s.reason) for s in row.steps),
        submitted_at=row.submitted_at,
        itinerary_sent_at=row.itinerary_sent_at,
        visited_at=row.visited_at,
        feedback_due=date.fromisoformat(row.feedback_due) if row.feedback_due else None,
        feedback_filed_at=row.feedback_filed_at,
        feedback=_feedback(row.feedback),
        party_id=row.party_id,
        host_account_id=row.host_account_id,
        created_by_account_id=row.created_by_account_id,
        version=row.version or 1,
    )


def write_form(row: ReceptionRequest, form: RequestForm) -> None:
    """Copy the form onto the row (guests and itinerary replaced); text stripped."""
    row.level = Level(form.level).value
    for name in ("host", "department", "organisation", "purpose", "route", "meals",
                 "lodging", "vehicle", "notes", "short_notice_reason"):
        setattr(row, name, getattr(form, name).strip())
    row.headcount = form.headcount
    row.arrival_at = form.arrival_at
    row.departure_at = form.departure_at
    row.budget = float(form.budget) if form.budget is not None else None
    row.preparations = json.dumps(sorted(p.value for p in form.preparations))
    row.guests = [
        RequestGuest(position=index, name=g.name.strip(), title=g.title.strip(),
                     phone=normalise_phone(g.phone) or g.phone.strip())
        for index, g in enumerate(form.guests)]
    row.itinerary = [
        ItineraryEntry(position=index, starts_at=i.starts_at, ends_at=i.ends_at,
                       activity=i.activity.strip(), place=i.place.strip(),
                       attendees=i.attendees.strip())
        for index, i in enumerate(form.itinerary)]


class RequestRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _select(self) -> Select[ReceptionRequest]:
        return select(ReceptionRequest).options(
            selectinload(ReceptionRequest.guests), selectinload(ReceptionRequest.itinerary),
            selectinload(ReceptionRequest.steps))

    def get(self, request_id: int, *, for_update: bool = False) -> ReceptionRequest | None:
        stmt = self._select().where(ReceptionRequest.id == request_id)
        if for_update:
            stmt = stmt.with_for_update(of=ReceptionRequest)
        return self.session.scalars(stmt).first()

    def by_number(self, number: str) -> ReceptionRequest | None:
        stmt = self._select().where(func.upper(ReceptionRequest.number) == number.upper())
        return self.session.scalars(stmt).first()

    def next_number(self, day: date) -> str:
        """"JD" + yyyymmdd + "-" + the day's next sequence (01, 02, ... 99, 100)."""
        prefix = f"{NUMBER_PREFIX}{day:%Y%m%d}-"
        numbers = self.session.scalars(select(ReceptionRequest.number).where(
            ReceptionRequest.number.like(prefix + "%")))
        taken = [int(n[len(prefix):]) for n in numbers if n[len(prefix):].isdigit()]
        return f"{prefix}{max(taken, default=0) + 1:02d}"

    def add(self, row: ReceptionRequest) -> ReceptionRequest:
        self.session.add(row)
        self.session.flush()
        return row

    def add_draft(self, number: str, level: str, *, created_by: str,
                  account_id: int | None, at: datetime, demo: bool = False
                  ) -> ReceptionRequest:
        """A new request, numbered, in draft: its form is written next."""
        return self.add(ReceptionRequest(
            number=number, status=Status.DRAFT.value, level=level, created_by=created_by,
            created_by_account_id=account_id, created_at=at, updated_at=at, demo=demo))

    def flush(self) -> None:
        """Send what was written so far (ids, constraints) inside the transaction."""
        self.session.flush()

    def reload(self, row: ReceptionRequest) -> None:
        """Write what changed and read the row (and its children) again on next use."""
        self.session.flush()
        self.session.expire(row)

    def add_step(self, row: ReceptionRequest, at: datetime, action: str, from_status: str,
                 to_status: str, actor: str, account_id: int | None, reason: str = "") -> None:
        row.steps.append(RequestStep(at=at, action=action, from_status=from_status,
                                     to_status=to_status, actor=actor[:60],
                                     account_id=account_id, reason=reason))

    def account_id_named(self, name: str) -> int | None:
        """The active account called exactly `name` (the host), if there is one."""
        if not name.strip():
            return None
        return self.session.scalars(select(Account.id).where(
            Account.name == name.strip(), Account.active.is_(True))).first()

    # -- queries -----------------------------------------------------------------------
    def find(self, *, statuses: Iterable[Status] | None = None,
             arriving_from: datetime | None = None, arriving_to: datetime | None = None,
             owner_account_id: int | None = None, owner_name: str | None = None,
             feedback_due_before: date | None = None,
             ids: Iterable[int] | None = None) -> list[ReceptionRequest]:
        """Requests matching every given condition, by arrival (undated last), then number."""
        stmt = self._select()
        if statuses is not None:
            stmt = stmt.where(ReceptionRequest.status.in_([Status(s).value for s in statuses]))
        if arriving_from is not None:
            stmt = stmt.where(ReceptionRequest.arrival_at >= arriving_from)
        if arriving_to is not None:
            stmt = stmt.where(ReceptionRequest.arrival_at < arriving_to)
        if owner_account_id is not None or owner_name:
            mine = []
            if owner_account_id is not None:
                mine += [ReceptionRequest.created_by_account_id == owner_account_id,
                         ReceptionRequest.host_account_id == owner_account_id]
            if owner_name:
                mine += [ReceptionRequest.created_by == owner_name,
                         ReceptionRequest.host == owner_name]
            stmt = stmt.where(or_(*mine))
        if feedback_due_before is not None:
            stmt = stmt.where(ReceptionRequest.feedback_due.is_not(None),
                              ReceptionRequest.feedback_due < feedback_due_before.isoformat())
        if ids is not None:
            stmt = stmt.where(ReceptionRequest.id.in_(list(ids)))
        stmt = stmt.order_by(ReceptionRequest.arrival_at.is_(None), ReceptionRequest.arrival_at,
                             ReceptionRequest.number)
        return list(self.session.scalars(stmt))

    def undated_created_between(self, start: datetime, end: datetime) -> list[ReceptionRequest]:
        """Requests with no arrival yet (drafts) created in [start, end), by number."""
        undated = select(ReceptionRequest.id).where(
            ReceptionRequest.arrival_at.is_(None), ReceptionRequest.created_at >= start,
            ReceptionRequest.created_at < end)
        return self.find(ids=list(self.session.scalars(undated)))

    # -- the expected party on the arrival board -----------------------------------------
    def add_appointment(self, appointment: Appointment) -> Appointment:
        self.session.add(appointment)
        self.session.flush()
        return appointment

    def add_expected_visit(self, row: ReceptionRequest, day: date, at: datetime) -> int:
        """The request's visitors as an expected party on the arrival board of local
        `day`; returns the appointment's id."""
        return self.add_appointment(Appointment(
            day=day.isoformat(), expected_at=row.arrival_at,
            name=row.organisation[:40], size=max(1, row.headcount or len(row.guests) or 1),
            source="request", request_id=row.id, status="expected",
            note=f"{row.number} {row.host}".strip(), created_at=at, demo=row.demo)).id

    def appointments_of(self, request_id: int) -> list[Appointment]:
        return list(self.session.scalars(select(Appointment).where(
            Appointment.request_id == request_id).order_by(Appointment.id)))

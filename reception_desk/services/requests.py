"""Reception requests (客户来访接待申请单): one method per user action, and the panel's queries.

Every action takes the `Actor` present, checks the workflow table
(`domain.request_workflow`), writes the change and a `RequestStep` (who,
when, from, to, reason) in one transaction, adds an audit entry for
approvals, rejections and cancellations, and publishes REQUESTS after commit.

When the last required approval is given the request is scheduled at once
(a second step, "schedule", by the same approver) and an `Appointment`
(source "request") is created for the arrival's site-local day, so the
visitors show as an expected party on the arrival board; cancelling cancels
it and linking the arriving party marks it arrived. Each is still one
transaction and one event: REQUESTS, `also` APPOINTMENTS with the visits it
touched (`Event.concerns(APPOINTMENTS)` is true for it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from ..domain.edits import REQUEST_FIELDS
from ..domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from ..domain.events import APPOINTMENTS, REQUESTS, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.reception_request import (
    BEFORE_VISIT,
    FeedbackForm,
    RequestForm,
    RequestRecord,
    Status,
)
from ..domain.request_rules import (
    OtherRequest,
    capacity_warning,
    notice_shortfall,
    storage_problems,
    validate_feedback,
    validate_request,
)
from ..domain.request_workflow import (
    Action,
    allowed_actions,
    approval_action,
    check_transition,
    schedules_now,
)
from ..domain.roles import Actor, Permission, require
from ..domain.timeutil import Clock, local_date, local_day_bounds, utc_now
from ..domain.workdays import feedback_due
from ..store.audit_repo import AuditRepository
from ..store.database import Database
from ..store.edits_repo import EditLog
from ..store.parties import PartyRepository
from ..store.requests_repo import RequestRepository, feedback_json, to_record, write_form
from ..store.session import IntegrityError, Session
from .site_settings import SettingsService

if TYPE_CHECKING:
    from ..store.models_requests import ReceptionRequest

#: Statuses whose visit still lies ahead and counts towards the day's capacity.
ACTIVE_STATUSES: frozenset[Status] = frozenset({
    Status.SUBMITTED, Status.DEPARTMENT_APPROVED, Status.GM_APPROVED, Status.SCHEDULED,
    Status.VISITED, Status.FEEDBACK_FILED, Status.CLOSED,
})
#: The itinerary may be marked sent once the request is submitted and until the visit.
ITINERARY_STATUSES = BEFORE_VISIT
AUDITED: dict[Action, str] = {
    Action.APPROVE_DEPARTMENT: "request.approve_department",
    Action.APPROVE_GM: "request.approve_gm",
    Action.REJECT: "request.reject",
    Action.CANCEL: "request.cancel",
}


class RequestFilter(StrEnum):
    ALL = "all"
    #: Created or hosted by the actor.
    MINE = "mine"
    #: Pending the approval the actor may give, and not their own.
    WAITING_FOR_MY_APPROVAL = "waiting"
    #: Arriving this week (site-local Monday to Sunday), cancelled ones left out.
    THIS_WEEK = "this_week"
    #: Visited and the feedback form past its due day.
    OVERDUE = "overdue"


@dataclass(frozen=True)
class SubmitResult:
    record: RequestRecord
    #: Warnings that do not stop the request (over the daily capacity).
    warnings: tuple[FieldProblem, ...] = ()


def _also(appointment_ids: tuple[int, ...]) -> dict[str, tuple[int, ...]]:
    return {APPOINTMENTS: appointment_ids} if appointment_ids else {}


def _missing() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP(
        "Messages", "That request no longer exists (deleted on another PC?)."))


class RequestService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 clock: Clock = utc_now) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.clock = clock

    # -- helpers -------------------------------------------------------------------------
    def today(self) -> date:
        return local_date(self.clock(), self.settings.current().zone())

    def _load(self, repo: RequestRepository, request_id: int) -> ReceptionRequest:
        row = repo.get(request_id, for_update=not self.db.is_sqlite)
        if row is None:
            raise _missing()
        return row

    def _publish(self, request_ids: tuple[int, ...], appointment_ids: tuple[int, ...] = (),
                 **data: object) -> None:
        """The action's one event: REQUESTS, `also` the appointments it touched."""
        self.bus.publish(Event(REQUESTS, request_ids, data=dict(data),
                               also=_also(appointment_ids)))

    def _record(self, session: Session, request_id: int, action: str,
                appointment_ids: tuple[int, ...] = ()) -> None:
        """The action's one change row for other PCs (REQUESTS, `also` the appointments)."""
        self.db.record_change(session, REQUESTS, (request_id,), {"action": action},
                              also=_also(appointment_ids))

    def _step(self, repo: RequestRepository, row: ReceptionRequest, action: Action | str,
              to: Status, actor: Actor, now: datetime, reason: str = "") -> None:
        repo.add_step(row, now, str(action), row.status, to.value, actor.name,
                      actor.account_id, reason.strip())
        row.status = to.value
        row.updated_at = now
        if isinstance(action, Action) and action in AUDITED:
            AuditRepository(repo.session).add(now, actor, AUDITED[action], row.number,
                                              reason.strip())

    def _transition(self, actor: Actor, request_id: int, action: Action, reason: str = "",
                    extra: Callable[[RequestRepository, ReceptionRequest, datetime],
                                    tuple[int, ...]] | None = None) -> RequestRecord:
        """Check and take one transition; `extra` writes more and returns touched appointments."""
        now = self.clock()
        with self.db.write() as session:
            record, touched = self._transition_in(RequestRepository(session), actor,
                                                  request_id, action, now, reason, extra)
            self._record(session, record.id, action.value, touched)
        self._publish((record.id,), touched, action=action.value)
        return record

    def _transition_in(self, repo: RequestRepository, actor: Actor, request_id: int,
                       action: Action, now: datetime, reason: str = "",
                       extra: Callable[[RequestRepository, ReceptionRequest, datetime],
                                       tuple[int, ...]] | None = None
                       ) -> tuple[RequestRecord, tuple[int, ...]]:
        """The transition inside the caller's transaction (no change row, no event)."""
        row = self._load(repo, request_id)
        target = check_transition(action, to_record(row), actor, reason)
        self._step(repo, row, action, target, actor, now, reason)
        touched = extra(repo, row, now) if extra is not None else ()
        return to_record(row), touched

    # -- queries -------------------------------------------------------------------------
    def get(self, request_id: int) -> RequestRecord:
        with self.db.read() as session:
            row = RequestRepository(session).get(request_id)
            if row is None:
                raise _missing()
            return to_record(row)

    def find(self, key: str) -> RequestRecord:
        """By number ("JD20261128-01", any case) or by id ("12"): what `print` takes."""
        text = str(key).strip()
        with self.db.read() as session:
            repo = RequestRepository(session)
            row = repo.by_number(text) if text else None
            if row is None and text.isdigit():
                row = repo.get(int(text))
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "Messages", "There is no request “{key}”."), key=text)
            return to_record(row)

    def list_requests(self, filter: RequestFilter = RequestFilter.ALL, *,
                      actor: Actor | None = None,
                      status: Status | None = None) -> list[RequestRecord]:
        """The panel's list, by arrival; `status` narrows any filter to one status."""
        zone = self.settings.current().zone()
        statuses: set[Status] | None = {status} if status is not None else None
        query: dict[str, object] = {}
        if filter is RequestFilter.MINE:
            if actor is None:
                return []
            query.update(owner_account_id=actor.account_id, owner_name=actor.name)
        elif filter is RequestFilter.WAITING_FOR_MY_APPROVAL:
            if actor is None:
                return []
            waiting = set()
            if actor.may(Permission.REQUEST_APPROVE_DEPARTMENT):
                waiting.add(Status.SUBMITTED)
            if actor.may(Permission.REQUEST_APPROVE_GM):
                waiting.add(Status.DEPARTMENT_APPROVED)
            statuses = waiting if statuses is None else statuses & waiting
        elif filter is RequestFilter.THIS_WEEK:
            today = self.today()
            monday = today - timedelta(days=today.weekday())
            start, _ = local_day_bounds(monday, zone)
            _, end = local_day_bounds(monday + timedelta(days=6), zone)
            query.update(arriving_from=start, arriving_to=end)
            every = set(Status) - {Status.CANCELLED}
            statuses = every if statuses is None else statuses & every
        elif filter is RequestFilter.OVERDUE:
            query.update(feedback_due_before=self.today())
            statuses = {Status.VISITED} if statuses is None else statuses & {Status.VISITED}
        if statuses is not None and not statuses:
            return []
        with self.db.read() as session:
            rows = RequestRepository(session).find(statuses=statuses, **query)  # type: ignore[arg-type]
            records = [to_record(r) for r in rows]
        if filter is RequestFilter.WAITING_FOR_MY_APPROVAL and actor is not None:
            records = [r for r in records if Action.REJECT in allowed_actions(r, actor)]
        return records

    def overdue(self) -> list[RequestRecord]:
        return self.list_requests(RequestFilter.OVERDUE)

    def itinerary_reminders(self, now: datetime | None = None) -> list[RequestRecord]:
        """Submitted or approved requests arriving within `itinerary_days_before` days
        (site-local calendar days, today included) whose itinerary is not marked sent."""
        settings = self.settings.current()
        moment = now or self.clock()
        today = local_date(moment, settings.zone())
        _, end = local_day_bounds(today + timedelta(days=settings.itinerary_days_before),
                                  settings.zone())
        with self.db.read() as session:
            rows = RequestRepository(session).find(
                statuses=ITINERARY_STATUSES, arriving_from=moment, arriving_to=end)
            records = [to_record(r) for r in rows]
        return [r for r in records
                if r.itinerary_due(moment, settings.zone(), settings.itinerary_days_before)]

    def check(self, form: RequestForm, *, for_submit: bool = True) -> list[FieldProblem]:
        """Every problem of the form, for hints beside the fields while typing."""
        return validate_request(form, self.settings.current(), self.clock(),
                                for_submit=for_submit)

    def capacity_warning(self, form: RequestForm,
                         request_id: int | None = None) -> FieldProblem | None:
        """Over the level's daily capacity? Names the other requests of that day."""
        with self.db.read() as session:
            return self._capacity(RequestRepository(session), form, request_id)

    def _capacity(self, repo: RequestRepository, form: RequestForm,
                  request_id: int | None) -> FieldProblem | None:
        settings = self.settings.current()
        if form.arrival_at is None or storage_problems(form):
            return None
        day = local_date(form.arrival_at, settings.zone())
        start, end = local_day_bounds(day, settings.zone())
        others = [OtherRequest(r.number, r.organisation)
                  for r in repo.find(statuses=ACTIVE_STATUSES, arriving_from=start,
                                     arriving_to=end)
                  if r.id != request_id and r.level == form.level]
        return capacity_warning(form.level, day, others, settings)

    def allowed_actions(self, record: RequestRecord, actor: Actor) -> list[Action]:
        return allowed_actions(record, actor)

    # -- actions -------------------------------------------------------------------------
    def save_draft(self, actor: Actor, form: RequestForm, request_id: int | None = None, *,
                   demo: bool = False, version: int | None = None) -> RequestRecord:
        """Create or update a draft; anything may be missing, only unstorable values refuse.
        `version` is the one the form read: a save over a newer one raises StaleEditError."""
        require(actor, Permission.REQUEST_CREATE)
        problems = storage_problems(form)
        if problems:
            raise ValidationError(problems)
        now = self.clock()
        for attempt in range(3):
            try:
                with self.db.write() as session:
                    repo = RequestRepository(session)
                    if request_id is None:
                        row = repo.add_draft(
                            repo.next_number(local_date(now, self.settings.current().zone())),
                            form.level, created_by=actor.name, account_id=actor.account_id,
                            at=now, demo=demo)
                    else:
                        row = self._load(repo, request_id)
                        if row.status != Status.DRAFT.value:
                            raise DomainError(QT_TRANSLATE_NOOP(
                                "Messages", "Request {number} is no longer a draft: reject "
                                            "it back to draft to change it."),
                                number=row.number)
                    before = form_values(to_record(row).form) if request_id is not None else {}
                    write_form(row, form)
                    if request_id is not None:
                        repo.reload(row)
                        EditLog(session).save("reception_requests", row, version, before,
                                              form_values(to_record(row).form), REQUEST_FIELDS,
                                              actor.name, now)
                    row.host_account_id = repo.account_id_named(form.host)
                    row.updated_at = now
                    repo.flush()
                    self._record(session, row.id, "save")
                    record = to_record(row)
                break
            except IntegrityError:
                # Another PC took the same number at the same moment: take the next one.
                if request_id is not None or attempt == 2:
                    raise
        self._publish((record.id,), action="save")
        return record

    def submit(self, actor: Actor, request_id: int) -> SubmitResult:
        """Check everything (required fields, notice period) and send it for approval."""
        settings = self.settings.current()
        now = self.clock()
        with self.db.write() as session:
            repo = RequestRepository(session)
            row = self._load(repo, request_id)
            record = to_record(row)
            target = check_transition(Action.SUBMIT, record, actor)
            problems = validate_request(record.form, settings, now, for_submit=True)
            if problems:
                raise ValidationError(problems)
            if notice_shortfall(record.form, settings, now) is None:
                row.short_notice_reason = ""   # enough notice: the sheet shows no "short notice"
            warning = self._capacity(repo, record.form, row.id)
            self._step(repo, row, Action.SUBMIT, target, actor, now)
            row.submitted_at = now
            self._record(session, row.id, "submit")
            record = to_record(row)
        self._publish((record.id,), action="submit")
        return SubmitResult(record, (warning,) if warning else ())

    def approve(self, actor: Actor, request_id: int) -> RequestRecord:
        """Give the pending approval (department head, then general manager); the last
        required approval schedules the visit and puts it on the arrival board."""
        settings = self.settings.current()
        now = self.clock()
        touched: tuple[int, ...] = ()
        with self.db.write() as session:
            repo = RequestRepository(session)
            row = self._load(repo, request_id)
            record = to_record(row)
            action = approval_action(record.status) or Action.APPROVE_DEPARTMENT
            target = check_transition(action, record, actor)
            self._step(repo, row, action, target, actor, now)
            if schedules_now(target, record.form.level, settings):
                self._step(repo, row, Action.SCHEDULE, Status.SCHEDULED, actor, now)
                touched = (self._expect(repo, row, now),)
            self._record(session, row.id, action.value, touched)
            record = to_record(row)
        self._publish((record.id,), touched, action=action.value)
        return record

    def _expect(self, repo: RequestRepository, row: ReceptionRequest, now: datetime) -> int:
        """The expected party on the arrival board of the arrival's day."""
        zone = self.settings.current().zone()
        arrival = row.arrival_at or now
        return repo.add_expected_visit(row, local_date(arrival, zone), now)

    def reject(self, actor: Actor, request_id: int, reason: str) -> RequestRecord:
        """Send it back to draft with a reason (the approver whose box is pending)."""
        return self._transition(actor, request_id, Action.REJECT, reason)

    def cancel(self, actor: Actor, request_id: int, reason: str) -> RequestRecord:
        """Cancel before the visit (creator, host or a manager); the expected party goes too."""
        def cancel_appointments(repo: RequestRepository, row: ReceptionRequest,
                                now: datetime) -> tuple[int, ...]:
            ids = []
            for appointment in repo.appointments_of(row.id):
                if appointment.status == "expected":
                    appointment.status = "cancelled"
                    ids.append(appointment.id)
            return tuple(ids)

        return self._transition(actor, request_id, Action.CANCEL, reason, cancel_appointments)

    def mark_itinerary_sent(self, actor: Actor, request_id: int) -> RequestRecord:
        """The itinerary went to the visiting leader: the reminder stops."""
        require(actor, Permission.REQUEST_CREATE)
        now = self.clock()
        with self.db.write() as session:
            repo = RequestRepository(session)
            row = self._load(repo, request_id)
            if Status(row.status) not in ITINERARY_STATUSES:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "The itinerary of request {number} can be marked sent only "
                                "between submitting and the visit."), number=row.number)
            row.itinerary_sent_at = now
            self._step(repo, row, "itinerary_sent", Status(row.status), actor, now)
            self._record(session, row.id, "itinerary_sent")
            record = to_record(row)
        self._publish((record.id,), action="itinerary_sent")
        return record

    def mark_visited(self, actor: Actor, request_id: int,
                     party_id: int | None = None) -> RequestRecord:
        """The visitors came (by hand, or with the arrival board's party): feedback falls due."""
        return self._transition(actor, request_id, Action.MARK_VISITED,
                                extra=self._visited(party_id))

    def _visited(self, party_id: int | None) -> Callable[
            [RequestRepository, ReceptionRequest, datetime], tuple[int, ...]]:
        settings = self.settings.current()

        def visited(repo: RequestRepository, row: ReceptionRequest,
                    now: datetime) -> tuple[int, ...]:
            if party_id is not None:
                PartyRepository(repo.session).require(party_id)
                row.party_id = party_id
            row.visited_at = now
            row.feedback_due = feedback_due(local_date(now, settings.zone()),
                                            settings.feedback_working_days,
                                            settings.holidays,
                                            settings.makeup_working_days).isoformat()
            ids = []
            for appointment in repo.appointments_of(row.id):
                if appointment.status == "expected":
                    appointment.status = "arrived"
                    appointment.party_id = party_id
                    ids.append(appointment.id)
            return tuple(ids)

        return visited

    def link_party(self, actor: Actor, request_id: int, party_id: int) -> RequestRecord:
        """Link the arrival board's party; a scheduled request becomes visited."""
        if self.get(request_id).status is not Status.SCHEDULED:
            return self._relink(request_id, party_id)
        return self.mark_visited(actor, request_id, party_id)

    def link_party_within(self, session: Session, actor: Actor, request_id: int,
                          party_id: int) -> dict[str, tuple[int, ...]]:
        """`link_party` inside the caller's transaction (a check-in of the request's
        expected party): no change row, no event of its own; returns what it changed
        (REQUESTS, and any APPOINTMENTS) for the caller's one event. A request that is
        neither scheduled nor visited is left alone: it never blocks the check-in."""
        repo = RequestRepository(session)
        now = self.clock()
        status = Status(self._load(repo, request_id).status)
        if status in (Status.VISITED, Status.FEEDBACK_FILED):
            self._relink_in(repo, request_id, party_id, now)
            return {REQUESTS: (request_id,)}
        if status is not Status.SCHEDULED:
            return {}
        _, touched = self._transition_in(repo, actor, request_id, Action.MARK_VISITED, now,
                                         extra=self._visited(party_id))
        return {REQUESTS: (request_id,), **_also(touched)}

    def _relink(self, request_id: int, party_id: int) -> RequestRecord:
        with self.db.write() as session:
            row = self._relink_in(RequestRepository(session), request_id, party_id,
                                  self.clock())
            self._record(session, row.id, "link")
            record = to_record(row)
        self._publish((record.id,), action="link")
        return record

    def _relink_in(self, repo: RequestRepository, request_id: int, party_id: int,
                   now: datetime) -> ReceptionRequest:
        row = self._load(repo, request_id)
        if Status(row.status) not in (Status.VISITED, Status.FEEDBACK_FILED):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Messages", "Request {number} is not scheduled: only a scheduled visit "
                            "can be linked to an arriving party."), number=row.number)
        PartyRepository(repo.session).require(party_id)
        row.party_id = party_id
        row.updated_at = now
        return row

    def file_feedback(self, actor: Actor, request_id: int,
                      feedback: FeedbackForm) -> RequestRecord:
        """The host files the feedback form (客户接待信息反馈表)."""
        problems = validate_feedback(feedback)
        if problems:
            raise ValidationError(problems)

        def filed(repo: RequestRepository, row: ReceptionRequest,
                  now: datetime) -> tuple[int, ...]:
            row.feedback = feedback_json(feedback)
            row.feedback_filed_at = now
            return ()

        return self._transition(actor, request_id, Action.FILE_FEEDBACK, extra=filed)

    def close(self, actor: Actor, request_id: int) -> RequestRecord:
        return self._transition(actor, request_id, Action.CLOSE)

    #: `services.requests.list(filter, actor=..., status=...)`: the same as list_requests
    #: (defined last: inside the class `list` would shadow the builtin).
    list = list_requests


def form_values(form: RequestForm) -> dict[str, object]:
    """The request form's fields as the edit log compares and shows them."""
    values: dict[str, object] = {name: getattr(form, name) for name in REQUEST_FIELDS}
    values["guests"] = "、".join(f"{g.name} {g.title}".strip() for g in form.guests)
    values["itinerary"] = "；".join(f"{i.starts_at:%m-%d %H:%M} {i.activity}"
                                   for i in form.itinerary)
    values["preparations"] = "、".join(sorted(p.value for p in form.preparations))
    for name in ("arrival_at", "departure_at"):
        moment = getattr(form, name)
        values[name] = moment.strftime("%Y-%m-%d %H:%M") if moment else ""
    return values

"""Appointments and pre-registrations (预约 / 渠道报备): the day's list, check-in, conflicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..domain.call_form import AppointmentForm, validate_appointment
from ..domain.customer_records import (
    AppointmentRecord,
    AppointmentSource,
    AppointmentStatus,
    ConflictDecision,
)
from ..domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from ..domain.events import APPOINTMENTS, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.party import Honorific, PartyDraft, VisitKind
from ..domain.records import PartyRecord
from ..domain.roles import Actor, Permission, require
from ..domain.site_settings import SiteSettings
from ..domain.text import checked_text, export_safe
from ..domain.timeutil import Clock, local_date, utc_now
from ..store.audit_repo import AuditRepository
from ..store.customers_repo import CustomerRepository, appointment_record
from ..store.database import Database
from ..store.parties import PartyRepository
from ..store.session import Session
from .arrivals import ArrivalService
from .customer_hooks import conflict_for, credit_agency, find_or_create
from .site_settings import SettingsService

if TYPE_CHECKING:
    from ..store.models import Party
    from ..store.models_customers import Appointment

_GONE = QT_TRANSLATE_NOOP("Messages", "That appointment no longer exists.")
CheckInHook = Callable[[AppointmentRecord, PartyRecord], None]
#: Runs inside a check-in's transaction with the appointment (marked arrived) and the new
#: party's id; returns the other topics it changed, for the check-in's one event.
CheckInStep = Callable[[Session, AppointmentRecord, int], dict[str, tuple[int, ...]]]


def flag_conflict(session: Session, row: Appointment, now: datetime,
                  settings: SiteSettings) -> None:
    """判客 for a pre-registration: owned by a consultant, or another agency came first."""
    if not row.agency or row.customer_id is None or row.conflict_resolved_at is not None:
        return
    customer = CustomerRepository(session).get(row.customer_id)
    if customer is None:
        return
    kind, note = conflict_for(session, customer, row.agency, now, settings)
    if kind is not None:
        row.conflict, row.conflict_note = kind.value, note
    else:
        credit_agency(customer, row.agency, now)


class AppointmentService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 arrivals: ArrivalService, clock: Clock = utc_now) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.arrivals = arrivals
        self.clock = clock
        #: Called after a check-in commits, with the appointment and the new party.
        self.check_in_hooks: list[CheckInHook] = []
        #: Called inside the check-in's transaction (a reception request's visit).
        self.check_in_steps: list[CheckInStep] = []

    def today(self) -> date:
        return local_date(self.clock(), self.settings.current().zone())

    # -- queries -------------------------------------------------------------------
    def get(self, appointment_id: int) -> AppointmentRecord:
        with self.db.read() as session:
            row = CustomerRepository(session).appointment(appointment_id)
            if row is None:
                raise NotFoundError(_GONE)
            return appointment_record(row)

    def for_day(self, day: date, *, include_done: bool = False) -> list[AppointmentRecord]:
        """Who is expected on a local day (every source: call, import, request, manual).

        Arrived and cancelled ones are left out unless `include_done`.
        """
        return self.between(day, day, include_done=include_done)

    def between(self, first: date, last: date, *,
                include_done: bool = True) -> list[AppointmentRecord]:
        with self.db.read() as session:
            rows = CustomerRepository(session).appointments_between_days(first, last)
            return [appointment_record(r) for r in rows
                    if include_done or r.status == AppointmentStatus.EXPECTED.value]

    def conflicts(self) -> list[AppointmentRecord]:
        """Pre-registrations waiting for the manager's decision (判客), oldest first."""
        with self.db.read() as session:
            return [appointment_record(r) for r in CustomerRepository(session).open_conflicts()]

    # -- actions ---------------------------------------------------------------------
    def add(self, form: AppointmentForm, *, source: AppointmentSource = AppointmentSource.MANUAL,
            request_id: int | None = None, demo: bool = False) -> AppointmentRecord:
        """A manual appointment, or an agency's pre-registration typed at the desk."""
        clean = validate_appointment(form, self.today())
        now = self.clock()
        settings = self.settings.current()
        with self.db.write() as session:
            customer_id = None
            if clean.phone:
                customer = find_or_create(
                    session, clean.phone, now, name=clean.name,
                    honorific=clean.honorific.value if clean.honorific else "",
                    channel=clean.channel, demo=demo)
                customer_id = customer.id
            row = CustomerRepository(session).add_expected(
                clean, customer_id=customer_id, source=source, at=now,
                request_id=request_id, demo=demo)
            flag_conflict(session, row, now, settings)
            self.db.record_change(session, APPOINTMENTS, (row.id,))
            record = appointment_record(row)
        self.bus.publish(Event(APPOINTMENTS, (record.id,)))
        return record

    def cancel(self, appointment_id: int, note: str = "") -> AppointmentRecord:
        note = checked_text("note", note, 200)
        with self.db.write() as session:
            row = self._load(session, appointment_id)
            if row.status == AppointmentStatus.ARRIVED.value:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "The party has already arrived; it cannot be cancelled."))
            row.status = AppointmentStatus.CANCELLED.value
            if note:
                row.note = (row.note + "\n" + note).strip()
            self.db.record_change(session, APPOINTMENTS, (row.id,))
            record = appointment_record(row)
        self.bus.publish(Event(APPOINTMENTS, (appointment_id,)))
        return record

    def check_in(self, appointment_id: int, *, size: int | None = None,
                 description: str = "", consultant: str = "") -> PartyRecord:
        """The expected party arrives: register it with its details, credit its agency.

        One transaction and one event (PARTIES "registered", `also` APPOINTMENTS and
        the customer): the party (kind appointment, name, phone, size, channel,
        agency), the link to the customer and the appointment marked arrived.
        A pre-registration whose customer is owned or another agency's is
        flagged as a conflict for the manager. Hooks run after the commit.
        """
        settings = self.settings.current()
        appointment = self.get(appointment_id)
        if appointment.status is not AppointmentStatus.EXPECTED:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Messages", "This appointment has already been checked in or cancelled."))
        channel = pick_channel(appointment, settings.channels)
        surname = party_surname(appointment.name)
        draft = PartyDraft(
            surname=surname,
            honorific=appointment.honorific or Honorific.MR,
            size=size if size is not None else appointment.size,
            kind=VisitKind.APPOINTMENT, channel=channel, phone=appointment.phone,
            description=description,
            note=_note_for(appointment), consultant=consultant)
        result: dict[str, AppointmentRecord] = {}
        also: dict[str, tuple[int, ...]] = {APPOINTMENTS: (appointment_id,)}

        def within(session: Session, party: Party) -> None:
            row = self._load(session, appointment_id)
            if row.status != AppointmentStatus.EXPECTED.value:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "This appointment has already been checked in or cancelled."))
            now = party.arrived_at
            if row.customer_id is None and party.customer_id is not None:
                row.customer_id = party.customer_id
            if row.customer_id is not None:
                party.customer_id = row.customer_id
                customer = CustomerRepository(session).get(row.customer_id)
                if customer is not None and row.name and len(row.name) > len(customer.name):
                    find_or_create(session, customer.phone, now, name=row.name)
            party.agency = row.agency
            if row.agency and row.conflict is None:
                flag_conflict(session, row, now, settings)
            row.status = AppointmentStatus.ARRIVED.value
            row.party_id = party.id
            CustomerRepository(session).flush()
            result["record"] = appointment_record(row)
            for step in list(self.check_in_steps):
                for topic, ids in step(session, result["record"], party.id).items():
                    also[topic] = tuple(dict.fromkeys(also.get(topic, ()) + ids))

        try:
            # One action, one event: PARTIES "registered", `also` the appointment arrived,
            # the customer and what the steps changed (`also` is read after `within`).
            party = self.arrivals.register(draft, within=within, also=also)
        except ValidationError as exc:
            # The appointment's own data was refused by the arrival rules: say which.
            raise ValidationError([FieldProblem(p.field, p.message, p.params)
                                   for p in exc.problems]) from exc
        record = result["record"]
        for hook in list(self.check_in_hooks):
            hook(record, party)
        return party

    def resolve_conflict(self, actor: Actor, appointment_id: int,
                         decision: ConflictDecision, note: str = "") -> AppointmentRecord:
        """The manager settles a conflict (判客); audited.

        KEEP: the first registration stands (owner / first agency keeps the
        credit; an arrived party's agency follows). AGENCY: this
        pre-registration's agency is credited with the customer.
        """
        require(actor, Permission.CONFLICT_RESOLVE)
        note = checked_text("note", note, 150)
        now = self.clock()
        with self.db.write() as session:
            row = self._load(session, appointment_id)
            if row.conflict is None or row.conflict_resolved_at is not None:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "There is no open conflict on this appointment."))
            customer = (CustomerRepository(session).get(row.customer_id)
                        if row.customer_id else None)
            party = PartyRepository(session).get(row.party_id) if row.party_id else None
            if decision is ConflictDecision.AGENCY:
                if customer is not None:
                    customer.agency, customer.agency_registered_at = row.agency, now
                    customer.updated_at = now
                if party is not None:
                    party.agency = row.agency
            elif party is not None:
                party.agency = customer.agency if customer is not None and \
                    row.conflict == "agency" else ""
            row.conflict_resolved_at = now
            row.conflict_resolution = f"{decision.value}: {note}".strip()[:200]
            AuditRepository(session).add(
                now, actor, "customer.conflict", f"appointment:{row.id}",
                f"{row.conflict} ({row.conflict_note}) -> {decision.value} {row.agency}: {note}")
            self.db.record_change(session, APPOINTMENTS, (row.id,), {"kind": "resolved"})
            record = appointment_record(row)
        self.bus.publish(Event(APPOINTMENTS, (appointment_id,), data={"kind": "resolved"}))
        return record

    def _load(self, session: Session, appointment_id: int) -> Appointment:
        row = CustomerRepository(session).appointment(
            appointment_id, for_update=not self.db.is_sqlite)
        if row is None:
            raise NotFoundError(_GONE)
        return row


def _note_for(appointment: AppointmentRecord) -> str:
    parts = [appointment.agency, appointment.agent]
    # Old rows may hold characters the text rule now refuses: never block a check-in on them.
    return export_safe(" ".join(p for p in parts if p))[:200]


def pick_channel(appointment: AppointmentRecord, channels: list[str]) -> str:
    """The appointment's channel if the site lists it, else the agency / hotline one."""
    if appointment.channel in channels or not channels:
        return appointment.channel
    words: tuple[str, ...]
    if appointment.agency:
        words = ("渠道", "中介", "agency")
    elif appointment.source is AppointmentSource.CALL:
        words = ("来电", "call", "phone")
    else:
        words = ("其他", "other")
    return next((c for c in channels if any(w in c.lower() for w in words)), channels[-1])


def party_surname(name: str) -> str:
    """张伟 -> 张 (the board shows 张先生); a Latin name keeps its last word."""
    name = name.strip()
    if not name:
        return "?"
    if name.isascii():
        words = [w for w in name.replace(".", " ").split() if not any(c.isdigit() for c in w)]
        return (words[-1] if words else "?")[:8]
    return name[0] if not name[0].isdigit() else "?"


__all__ = ["AppointmentService", "CheckInHook", "CheckInStep", "flag_conflict", "party_surname"]

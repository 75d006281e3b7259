"""The hotline call log (来电登记): log a call, read the calls of a day or a period."""

from __future__ import annotations

from datetime import date

from ..domain.call_form import CallForm, validate_call
from ..domain.customer_records import CallRecord, ConsentSource
from ..domain.errors import NotFoundError
from ..domain.events import APPOINTMENTS, CUSTOMERS, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.timeutil import Clock, local_date, local_day_bounds, utc_now
from ..store.customers_repo import CustomerRepository, call_record
from ..store.database import Database
from ..store.rotation_repo import RotationRepository
from .customer_hooks import find_or_create, refresh_ownership, set_consent
from .site_settings import SettingsService


class CallService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 clock: Clock = utc_now) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.clock = clock

    def log_call(self, form: CallForm, *, actor: str = "", demo: bool = False) -> CallRecord:
        """Save a call; match or create the customer by phone; an agreed visit books it.

        The answering consultant becomes the owner unless another consultant's
        ownership is still live (first come); a competitor or non-customer call
        touches no customer. The form's consent answer is recorded on the customer
        with `actor` as the person who recorded it.
        """
        settings = self.settings.current()
        now = self.clock()
        clean = validate_call(form, now)
        with self.db.write() as session:
            consultant = ""
            if clean.consultant_id is not None:
                row = RotationRepository(session).consultant(clean.consultant_id)
                if row is None:
                    raise NotFoundError(QT_TRANSLATE_NOOP(
                        "Messages", "That consultant is no longer on the roster."))
                consultant = row.name
            customer = None
            if clean.phone and not (clean.competitor or clean.non_customer):
                customer = find_or_create(
                    session, clean.phone, now, name=clean.caller_name,
                    honorific=clean.honorific.value if clean.honorific else "",
                    phone2=clean.phone2, channel=clean.channel, district=clean.address,
                    demo=demo)
                set_consent(customer, clean.consent, actor, ConsentSource.CALL, now)
            repo = CustomerRepository(session)
            call = repo.add_call(clean, customer_id=customer.id if customer else None,
                                 at=now, actor=actor, demo=demo)
            appointment_id = None
            if clean.visit_at is not None:
                appointment = repo.add_call_visit(
                    call, day=local_date(clean.visit_at, settings.zone()),
                    size=clean.visit_size, at=now, demo=demo)
                appointment_id = appointment.id
            if customer is not None:
                refresh_ownership(session, customer, now, settings)
            # Calls travel on the customers topic: data names the call. One action, one
            # event: `also` the visit the caller agreed to.
            ids = (customer.id,) if customer is not None else ()
            also: dict[str, tuple[int, ...]] = (
                {APPOINTMENTS: (appointment_id,)} if appointment_id is not None else {})
            self.db.record_change(session, CUSTOMERS, ids, {"kind": "call", "call_id": call.id},
                                  also=also)
            record = call_record(call, consultant, appointment_id)
        self.bus.publish(Event(CUSTOMERS, ids, data={"kind": "call", "call_id": record.id},
                               also=also))
        return record

    def get(self, call_id: int) -> CallRecord:
        with self.db.read() as session:
            repo = CustomerRepository(session)
            call = repo.call(call_id)
            if call is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "That call no longer exists."))
            names = repo.consultant_names([call.consultant_id])
            made = repo.appointment_ids_of_calls([call.id])
            return call_record(call, names.get(call.consultant_id or 0, ""), made.get(call.id))

    def calls(self, first: date, last: date | None = None) -> list[CallRecord]:
        """The calls of local days first..last (inclusive), oldest first."""
        zone = self.settings.current().zone()
        start, _ = local_day_bounds(first, zone)
        _, end = local_day_bounds(last or first, zone)
        with self.db.read() as session:
            repo = CustomerRepository(session)
            rows = repo.calls_between(start, end)
            names = repo.consultant_names(c.consultant_id for c in rows)
            made = repo.appointment_ids_of_calls(c.id for c in rows)
            return [call_record(c, names.get(c.consultant_id or 0, ""), made.get(c.id))
                    for c in rows]

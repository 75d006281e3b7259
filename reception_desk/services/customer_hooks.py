"""Customer work done inside another action's transaction (no commit, no publish here).

Used by the call, appointment and customer services, and by the arrival
board: registering a party with a phone links it to its customer (created if
new); a departure refreshes the customer's stored ownership. Ownership is
always recomputed from the calls and visits (`domain.customers.current_owner`),
so a party the rotation gave to a consultant counts even before it leaves.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.customer_records import (
    AppointmentRecord,
    CallRecord,
    Conflict,
    Consent,
    ConsentSource,
    CustomerRecord,
    Ownership,
    VisitSummary,
    consent_of,
    honorific_of,
)
from ..domain.customers import OwnershipClaim, current_owner, name_initials, name_pinyin
from ..domain.phone import normalise_phone
from ..domain.site_settings import SiteSettings
from ..domain.timeutil import as_utc
from ..store.customers_repo import (
    CustomerRepository,
    CustomerRow,
    appointment_record,
    call_record,
    visit_summary,
)
from ..store.session import Session

if TYPE_CHECKING:
    from ..store.models import Party
    from ..store.models_customers import Customer


_CONSENT_SOURCES = frozenset(source.value for source in ConsentSource)


def _name_columns(name: str) -> tuple[str, str, str]:
    """The name with its initials and pinyin, as the customer search finds them."""
    return name, name_initials(name)[:40], name_pinyin(name)[:200]


def set_name(customer: Customer, name: str) -> None:
    customer.name, customer.name_initials, customer.name_pinyin = _name_columns(name)


def find_or_create(session: Session, phone: str, now: datetime, *, name: str = "",
                   honorific: str = "", phone2: str = "", channel: str = "",
                   plate: str = "", district: str = "", demo: bool = False) -> Customer:
    """The customer with this phone (or second phone), created if new; blanks filled in."""
    repo = CustomerRepository(session)
    customer = repo.by_phone(phone) or (repo.by_phone(phone2) if phone2 else None)
    if customer is None:
        full, initials, pinyin = _name_columns(name)
        return repo.add(phone, at=now, name=full, name_initials=initials, name_pinyin=pinyin,
                        honorific=honorific, phone2=phone2, plate=plate, district=district,
                        channel=channel, demo=demo)
    # A longer name ("张伟" after "张") is better; never wipe what is known.
    if name and (not customer.name or len(name) > len(customer.name)):
        set_name(customer, name)
    if honorific and not customer.honorific:
        customer.honorific = honorific
    if phone2 and phone2 != customer.phone and not customer.phone2:
        customer.phone2 = phone2
    if phone and phone != customer.phone and not customer.phone2 and phone != customer.phone2:
        customer.phone2 = phone
    for attr, value in (("plate", plate), ("district", district), ("channel", channel)):
        if value and not getattr(customer, attr):
            setattr(customer, attr, value)
    customer.updated_at = now
    return customer


def set_consent(customer: Customer, consent: Consent, actor: str, source: ConsentSource,
                now: datetime) -> bool:
    """Record an answer to "may we contact you?"; "not asked" keeps what is recorded.

    Returns whether the stored consent changed. The same answer again keeps its
    first time and recorder (consent is dated when it was given).
    """
    if consent is Consent.UNKNOWN or customer.anonymised_at is not None:
        return False
    if customer.consent == consent.value:
        return False
    customer.consent = consent.value
    customer.consent_at = now
    customer.consent_by = actor[:60]
    customer.consent_source = source.value
    customer.updated_at = now
    return True


def ownerships(session: Session, customer_ids: Iterable[int], now: datetime,
               settings: SiteSettings) -> dict[int, Ownership | None]:
    """The live ownership of each customer at `now`, with the owner's name."""
    repo = CustomerRepository(session)
    claims = repo.claims(customer_ids)
    found = {cid: current_owner(
        [OwnershipClaim(c.consultant_id, c.source, as_utc(c.at)) for c in cs], now, settings)
        for cid, cs in claims.items()}
    names = repo.consultant_names(o.owner_id for o in found.values() if o is not None)
    return {cid: (Ownership(o.owner_id, o.source, o.since, o.until,
                            names.get(o.owner_id, "")) if o is not None else None)
            for cid, o in found.items()}


def refresh_ownership(session: Session, customer: Customer, now: datetime,
                      settings: SiteSettings) -> Ownership | None:
    """Store the live ownership on the customer row (for exports and other readers)."""
    CustomerRepository(session).flush()
    ownership = ownerships(session, [customer.id], now, settings)[customer.id]
    customer.owner_id = ownership.owner_id if ownership else None
    customer.owner_source = ownership.source.value if ownership else ""
    customer.owner_since = ownership.since if ownership else None
    customer.owner_until = ownership.until if ownership else None
    return ownership


def link_party(session: Session, party: Party, now: datetime, *,
               consent: Consent = Consent.UNKNOWN, actor: str = "") -> int | None:
    """Arrival hook: a party with a phone belongs to that phone's customer (none without);
    the registration form's consent answer is recorded on that customer. Returns the
    customer's id, for the arrival's one change (`also` CUSTOMERS)."""
    if not party.phone:
        party.customer_id = None
        return None
    customer = find_or_create(session, party.phone, now, name=party.surname,
                              honorific=party.honorific, channel=party.channel,
                              plate=party.plate, demo=party.demo)
    set_consent(customer, consent, actor, ConsentSource.REGISTRATION, now)
    party.customer_id = customer.id
    CustomerRepository(session).flush()
    return customer.id


def visit_ended(session: Session, customer_id: int, now: datetime,
                settings: SiteSettings) -> int | None:
    """Departure hook of a visit of customer `customer_id`: the visit's owner is now
    part of the customer's ownership. Returns the customer's id (None: the customer was
    removed), for the departure's one event (`also` CUSTOMERS)."""
    customer = CustomerRepository(session).get(customer_id)
    if customer is None:
        return None
    refresh_ownership(session, customer, now, settings)
    customer.updated_at = now
    return customer.id


def conflict_for(session: Session, customer: Customer, agency: str, now: datetime,
                 settings: SiteSettings) -> tuple[Conflict | None, str]:
    """判客: is this customer already owned, or registered by another agency?

    Returns the conflict kind and "who · first registration's local time".
    """
    zone = settings.zone()
    ownership = ownerships(session, [customer.id], now, settings)[customer.id]
    if ownership is not None:
        since = as_utc(ownership.since).astimezone(zone).strftime("%Y-%m-%d %H:%M")
        return Conflict.OWNED, f"{ownership.owner_name} · {since}"[:200]
    if customer.agency and customer.agency != agency:
        first = customer.agency_registered_at or customer.created_at
        since = as_utc(first).astimezone(zone).strftime("%Y-%m-%d %H:%M")
        return Conflict.AGENCY, f"{customer.agency} · {since}"[:200]
    return None, ""


def credit_agency(customer: Customer, agency: str, now: datetime) -> None:
    """The first agency to register a customer is credited with it."""
    if agency and not customer.agency:
        customer.agency = agency
        customer.agency_registered_at = now


History = tuple[tuple[CallRecord, ...], tuple[VisitSummary, ...], tuple[AppointmentRecord, ...]]
_NONE: History = ((), (), ())


def customer_history(session: Session, customer_id: int) -> History:
    """The customer's calls, visits and appointments, newest first."""
    repo = CustomerRepository(session)
    rows = repo.calls_of(customer_id)
    names = repo.consultant_names(c.consultant_id for c in rows)
    made = repo.appointment_ids_of_calls(c.id for c in rows)
    return (tuple(call_record(c, names.get(c.consultant_id or 0, ""), made.get(c.id))
                  for c in rows),
            tuple(visit_summary(p) for p in repo.parties_of(customer_id)),
            tuple(appointment_record(a) for a in repo.appointments_of(customer_id)))


def customer_record(session: Session, customer: Customer | CustomerRow, now: datetime,
                    settings: SiteSettings, *, history: bool = False,
                    ownership: Ownership | bool | None = False) -> CustomerRecord:
    """A snapshot; `ownership` False means "compute it here"."""
    if ownership is False:
        ownership = ownerships(session, [customer.id], now, settings)[customer.id]
    calls, visits, appointments = customer_history(session, customer.id) if history else _NONE
    return CustomerRecord(
        id=customer.id, name=customer.name, honorific=honorific_of(customer.honorific),
        phone=customer.phone, phone2=customer.phone2, plate=customer.plate,
        district=customer.district, name_initials=customer.name_initials,
        name_pinyin=customer.name_pinyin, channel=customer.channel,
        ownership=ownership if isinstance(ownership, Ownership) else None,
        agency=customer.agency, agency_registered_at=customer.agency_registered_at,
        merged_into_id=customer.merged_into_id, created_at=customer.created_at,
        updated_at=customer.updated_at, calls=calls, visits=visits,
        appointments=appointments, consent=consent_of(customer.consent),
        consent_at=customer.consent_at, consent_by=customer.consent_by,
        consent_source=(ConsentSource(customer.consent_source)
                        if customer.consent_source in _CONSENT_SOURCES else ConsentSource.NONE),
        anonymised_at=customer.anonymised_at)


def call_owner(session: Session, phone: str, now: datetime,
               settings: SiteSettings) -> int | None:
    """The consultant who owns the customer with this phone at `now` (call or visit), if any."""
    normal = normalise_phone(phone) if phone else None
    customer = CustomerRepository(session).by_phone(normal) if normal else None
    if customer is None:
        return None
    ownership = ownerships(session, [customer.id], now, settings).get(customer.id)
    return ownership.owner_id if ownership is not None else None

"""Repository for customers, calls, VIP cards and appointments; works in a caller's session."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    ColumnElement,
    bindparam,
    func,
    literal,
    or_,
    select,
    tuple_,
    union_all,
    update,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..domain.appointment_rows import ImportRow
from ..domain.call_form import AppointmentForm, CallForm
from ..domain.customer_records import (
    AppointmentRecord,
    AppointmentSource,
    AppointmentStatus,
    CallRecord,
    Conflict,
    Consent,
    OwnerSource,
    Purpose,
    VipCardRecord,
    VisitSummary,
    honorific_of,
)
from ..domain.customers import OwnershipClaim, SearchTerms, matches
from .id_lists import padded_ids
from .models import Consultant, Party
from .models_customers import Appointment, Call, Customer, VipCard
from .parties import to_record_name
from .search_index import indexed_rows
from .types import UtcDateTime


@dataclass(slots=True)
class CustomerRow:
    """A customer as a search lists it: the columns of its snapshot (CustomerRecord),
    read without the ORM (the search compares them with domain.customers.matches)."""

    id: int
    name: str
    honorific: str
    phone: str
    phone2: str
    plate: str
    district: str
    name_initials: str
    name_pinyin: str
    channel: str
    agency: str
    agency_registered_at: datetime | None
    merged_into_id: int | None
    created_at: datetime
    updated_at: datetime
    consent: str
    consent_at: datetime | None
    consent_by: str
    consent_source: str
    anonymised_at: datetime | None


#: The columns a CustomerRow holds, in its order.
_ROW_COLUMNS = tuple(Customer.__table__.c[field.name] for field in fields(CustomerRow))


def _holds(column: InstrumentedAttribute[str], text: str) -> ColumnElement[bool]:
    """`column` holds `text` (LIKE, its "%" and "_" taken literally, as `matches` does;
    an ESCAPE only when needed: it slows every row's comparison)."""
    if not {"%", "_"} & set(text):
        return column.like(f"%{text}%")
    escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return column.like(f"%{escaped}%", escape="/")


#: The calls and visits that claim customers (`CustomerRepository.claims`): one statement,
#: built once, for both.
_CLAIMS = union_all(
    select(Call.customer_id, Call.consultant_id, Call.at,
           literal(OwnerSource.CALL.value).label("source"))
    .where(Call.customer_id.in_(bindparam("ids", expanding=True)),
           Call.consultant_id.is_not(None), Call.competitor.is_(False),
           Call.non_customer.is_(False)),
    select(Party.customer_id, Party.owner_id, Party.arrived_at,
           literal(OwnerSource.VISIT.value))
    .where(Party.customer_id.in_(bindparam("ids", expanding=True)),
           Party.owner_id.is_not(None), Party.invalid_reason.is_(None)))


def call_record(call: Call, consultant: str = "",
                appointment_id: int | None = None) -> CallRecord:
    return CallRecord(
        id=call.id, at=call.at, customer_id=call.customer_id, caller_name=call.caller_name,
        honorific=honorific_of(call.honorific), phone=call.phone, phone2=call.phone2,
        address=call.address, area=call.area, budget=call.budget, layout=call.layout,
        floor=call.floor, channel=call.channel, questions=call.questions,
        consultant_id=call.consultant_id, consultant=consultant, visit_at=call.visit_at,
        notes=call.notes, competitor=call.competitor, non_customer=call.non_customer,
        actor=call.actor, appointment_id=appointment_id)


def appointment_record(row: Appointment) -> AppointmentRecord:
    return AppointmentRecord(
        id=row.id, day=date.fromisoformat(row.day), expected_at=row.expected_at,
        customer_id=row.customer_id, name=row.name, honorific=honorific_of(row.honorific),
        phone=row.phone, size=row.size, channel=row.channel, agency=row.agency,
        agent=row.agent, source=AppointmentSource(row.source), call_id=row.call_id,
        request_id=row.request_id, status=AppointmentStatus(row.status),
        party_id=row.party_id, import_key=row.import_key,
        conflict=Conflict(row.conflict) if row.conflict else None,
        conflict_note=row.conflict_note, conflict_resolved_at=row.conflict_resolved_at,
        conflict_resolution=row.conflict_resolution, note=row.note,
        created_at=row.created_at)


def vip_card_record(card: VipCard, consent: Consent = Consent.UNKNOWN) -> VipCardRecord:
    """The saved card; `consent` is its customer's (the customer row holds it)."""
    return VipCardRecord(
        customer_id=card.customer_id, area=card.area, budget=card.budget, layout=card.layout,
        floor=card.floor, purpose=Purpose(card.purpose) if card.purpose in
        {p.value for p in Purpose} else Purpose.NONE,
        household_size=card.household_size, current_district=card.current_district,
        consent=consent, notes=card.notes, updated_at=card.updated_at,
        updated_by=card.updated_by, saved=True, version=card.version or 1)


def visit_summary(party: Party) -> VisitSummary:
    return VisitSummary(party.id, party.arrived_at, to_record_name(party), party.size,
                        party.consultant, party.agency)


def _fill_blanks(keep: Customer, gone: Customer) -> None:
    """A merge: `keep` takes from `gone` what it lacks, and the earlier agency."""
    for name in ("name", "honorific", "plate", "district", "channel", "name_initials",
                 "name_pinyin"):
        if not getattr(keep, name) and getattr(gone, name):
            setattr(keep, name, getattr(gone, name))
    for number in (gone.phone, gone.phone2):
        if number and number not in (keep.phone, keep.phone2) and not keep.phone2:
            keep.phone2 = number
    if gone.agency and (not keep.agency or (
            gone.agency_registered_at and keep.agency_registered_at
            and gone.agency_registered_at < keep.agency_registered_at)):
        keep.agency, keep.agency_registered_at = gone.agency, gone.agency_registered_at


class CustomerRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- customers -----------------------------------------------------------------
    def get(self, customer_id: int, *, for_update: bool = False) -> Customer | None:
        stmt = select(Customer).where(Customer.id == customer_id)
        if for_update:
            stmt = stmt.with_for_update()
        return self.session.scalars(stmt).first()

    def resolve(self, customer_id: int) -> Customer | None:
        """The record a (possibly merged) id now lives in."""
        customer = self.get(customer_id)
        seen: set[int] = set()
        while customer is not None and customer.merged_into_id is not None \
                and customer.id not in seen:
            seen.add(customer.id)
            customer = self.get(customer.merged_into_id)
        return customer

    def by_phone(self, normal: str) -> Customer | None:
        """The live customer with this number as first or second phone."""
        if not normal:
            return None
        stmt = (select(Customer)
                .where(or_(Customer.phone == normal, Customer.phone2 == normal),
                       Customer.merged_into_id.is_(None))
                .order_by(Customer.id).limit(1))
        return self.session.scalars(stmt).first()

    def add(self, phone: str, *, at: datetime, name: str = "", name_initials: str = "",
            name_pinyin: str = "", honorific: str = "", phone2: str = "", plate: str = "",
            district: str = "", channel: str = "", demo: bool = False) -> Customer:
        """A new customer, written (flushed) at once so it has its id."""
        customer = Customer(phone=phone, phone2=phone2, honorific=honorific, plate=plate,
                            district=district, channel=channel, name=name,
                            name_initials=name_initials, name_pinyin=name_pinyin,
                            created_at=at, updated_at=at, demo=demo)
        self.session.add(customer)
        self.session.flush()
        return customer

    def flush(self) -> None:
        """Send what was written so far (ids, constraints) inside the transaction."""
        self.session.flush()

    def owned_until_before(self, moment: datetime) -> list[Customer]:
        """Customers whose stored ownership ran out before `moment`."""
        return list(self.session.scalars(select(Customer).where(
            Customer.owner_until.is_not(None), Customer.owner_until < moment)))

    def merge(self, gone: Customer, keep: Customer, at: datetime) -> tuple[int, ...]:
        """Two records are one person: `gone`'s history moves to `keep`, which takes
        what it lacks (name, plate, a second phone, the earlier agency); `gone` then
        leads to `keep`. Returns the ids of the parties (visits) moved."""
        moved = self.move_history(gone, keep)
        _fill_blanks(keep, gone)
        gone.merged_into_id = keep.id
        gone.updated_at = keep.updated_at = at
        self.session.flush()
        return moved

    def move_history(self, gone: Customer, keep: Customer) -> tuple[int, ...]:
        """A merge: calls, visits, appointments and (when `keep` has none) the VIP card
        of `gone` become `keep`'s. Returns the ids of the parties (visits) moved."""
        moved = tuple(self.session.scalars(
            select(Party.id).where(Party.customer_id == gone.id).order_by(Party.id)))
        for model in (Call, Party, Appointment):
            self.session.execute(update(model).where(model.customer_id == gone.id)
                                 .values(customer_id=keep.id))
        if self.vip_card(keep.id) is None and (card := self.vip_card(gone.id)) is not None:
            self.session.add(VipCard(**{c.key: getattr(card, c.key)
                                        for c in VipCard.__table__.columns
                                        if c.key != "customer_id"}, customer_id=keep.id))
            self.session.delete(card)
        return moved

    def search(self, terms: SearchTerms, limit: int) -> list[CustomerRow]:
        """The newest `limit` live customers `matches` finds for these terms, newest first.

        SQL pre-selects rows that may match (the same texts, as LIKE); the domain
        decides. Rows are read a page at a time, newest first: the first page is as
        long as the list, and the next ones (larger) are asked only while too few of
        the rows read matched, so no more rows are read than the list needs.
        """
        conditions = [_holds(Customer.name, terms.typed)]
        needles = {"name": terms.typed}
        if terms.phone:
            conditions += [Customer.phone == terms.phone, Customer.phone2 == terms.phone]
        if terms.digits:
            conditions += [_holds(Customer.phone, terms.digits),
                           _holds(Customer.phone2, terms.digits)]
            needles |= {"phone": terms.digits, "phone2": terms.digits}
        if terms.plate:
            conditions.append(_holds(Customer.plate, terms.plate))
            needles["plate"] = terms.plate
        if terms.letters:  # ASCII letters only: nothing to escape
            conditions.append(Customer.name_initials.like(f"{terms.letters}%"))
            needles["name_initials"] = terms.letters
            if len(terms.letters) >= 2:
                conditions.append(Customer.name_pinyin.like(f"%{terms.letters}%"))
                needles["name_pinyin"] = terms.letters
        # Texts of three characters or more: only the rows the trigram index names
        # (search_index.py), compared the same way.
        indexed = indexed_rows(self.session, "customers", Customer.id, needles)
        if indexed is not None and terms.phone and terms.phone != terms.digits:
            # A whole number typed another way ("+86 138…"): its own form is not among
            # the texts the index was asked for.
            indexed = or_(indexed, Customer.phone == terms.phone,
                          Customer.phone2 == terms.phone)
        # Every column compared is in ix_customers_search (newest first): the inner scan
        # reads that one index alone, in order, and stops at the page's last row; the
        # table is read for those rows only. "Not merged" is asked as coalesce(...) = 0
        # (ids start at 1), not IS NULL, which SQLite would answer from the
        # merged_into_id index: every live customer, sorted.
        newest = (Customer.updated_at.desc(), Customer.id.desc())
        wanted = (select(Customer.id)
                  .where(or_(*conditions), func.coalesce(Customer.merged_into_id, 0) == 0,
                         *(() if indexed is None else (indexed,)))
                  .order_by(*newest))
        found: list[CustomerRow] = []
        page, after = limit, wanted
        while limit > 0:
            rows = [CustomerRow(*row) for row in self.session.execute(
                select(*_ROW_COLUMNS).where(Customer.id.in_(after.limit(page)))
                .order_by(*newest))]
            found += [row for row in rows if matches(terms, row, initials=row.name_initials,
                                                     pinyin=row.name_pinyin)]
            if len(found) >= limit or len(rows) < page:
                break
            last = rows[-1]
            after = wanted.where(tuple_(Customer.updated_at, Customer.id)
                                 < tuple_(literal(last.updated_at, UtcDateTime()),
                                          literal(last.id)))
            page *= 4
        return found[:limit]

    def all_live(self) -> list[Customer]:
        return list(self.session.scalars(
            select(Customer).where(Customer.merged_into_id.is_(None)).order_by(Customer.id)))

    # -- ownership -----------------------------------------------------------------
    def claims(self, customer_ids: Iterable[int]) -> dict[int, list[OwnershipClaim]]:
        """Every call answered and visit received by a consultant, per customer."""
        ids = list(set(customer_ids))
        result: dict[int, list[OwnershipClaim]] = {i: [] for i in ids}
        if not ids:
            return result
        rows = self.session.execute(_CLAIMS, {"ids": padded_ids(ids)})
        # The where clauses leave out NULL ids, which the column types cannot show.
        for customer_id, consultant_id, at, source in cast(
                "Iterable[tuple[int, int, datetime, str]]", rows):
            result[customer_id].append(OwnershipClaim(consultant_id, OwnerSource(source), at))
        return result

    def consultant_names(self, ids: Iterable[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        rows = self.session.execute(
            select(Consultant.id, Consultant.name).where(Consultant.id.in_(wanted)))
        return {cid: name for cid, name in rows}

    # -- history -------------------------------------------------------------------
    def calls_of(self, customer_id: int) -> list[Call]:
        return list(self.session.scalars(
            select(Call).where(Call.customer_id == customer_id)
            .order_by(Call.at.desc(), Call.id.desc())))

    def parties_of(self, customer_id: int) -> list[Party]:
        return list(self.session.scalars(
            select(Party).where(Party.customer_id == customer_id)
            .order_by(Party.arrived_at.desc(), Party.id.desc())))

    def appointments_of(self, customer_id: int) -> list[Appointment]:
        return list(self.session.scalars(
            select(Appointment).where(Appointment.customer_id == customer_id)
            .order_by(Appointment.day.desc(), Appointment.id.desc())))

    # -- calls -----------------------------------------------------------------------
    def call(self, call_id: int) -> Call | None:
        return self.session.get(Call, call_id)

    def calls_between(self, start: datetime, end: datetime) -> list[Call]:
        return list(self.session.scalars(
            select(Call).where(Call.at >= start, Call.at < end).order_by(Call.at, Call.id)))

    def appointment_ids_of_calls(self, call_ids: Iterable[int]) -> dict[int, int]:
        ids = list(call_ids)
        if not ids:
            return {}
        rows = self.session.execute(
            select(Appointment.call_id, Appointment.id).where(Appointment.call_id.in_(ids)))
        return {call_id: appointment_id  # no NULL call_id: `in_` leaves them out
                for call_id, appointment_id in cast("Iterable[tuple[int, int]]", rows)}

    # -- VIP cards -------------------------------------------------------------------
    def vip_card(self, customer_id: int) -> VipCard | None:
        return self.session.get(VipCard, customer_id)

    def add_vip_card(self, customer_id: int, at: datetime) -> VipCard:
        """A blank card for the customer, to be filled in (version 0: never saved)."""
        card = VipCard(customer_id=customer_id, updated_at=at, version=0)
        self.session.add(card)
        self.session.flush()
        return card

    def add_call(self, form: CallForm, *, customer_id: int | None, at: datetime,
                 actor: str = "", demo: bool = False) -> Call:
        """Log a call as the (validated) form gives it; `actor` is who wrote it down."""
        call = Call(
            at=at, customer_id=customer_id, caller_name=form.caller_name,
            honorific=form.honorific.value if form.honorific else "",
            phone=form.phone, phone2=form.phone2, address=form.address,
            area=form.area, budget=form.budget, layout=form.layout, floor=form.floor,
            channel=form.channel, questions=form.questions,
            consultant_id=form.consultant_id, visit_at=form.visit_at,
            notes=form.notes, competitor=form.competitor,
            non_customer=form.non_customer, actor=actor[:60], demo=demo)
        self.session.add(call)
        self.session.flush()
        return call

    # -- appointments ------------------------------------------------------------------
    def add_appointment(self, appointment: Appointment) -> Appointment:
        self.session.add(appointment)
        self.session.flush()
        return appointment

    def add_expected(self, form: AppointmentForm, *, customer_id: int | None,
                     source: AppointmentSource, at: datetime,
                     request_id: int | None = None, demo: bool = False) -> Appointment:
        """An expected visit typed at the desk (a manual appointment or an agency's
        pre-registration), from the validated form."""
        return self.add_appointment(Appointment(
            day=form.day.isoformat(), expected_at=form.expected_at,
            customer_id=customer_id, name=form.name,
            honorific=form.honorific.value if form.honorific else "",
            phone=form.phone, size=form.size, channel=form.channel,
            agency=form.agency, agent=form.agent, source=source.value,
            request_id=request_id, status=AppointmentStatus.EXPECTED.value,
            note=form.note, created_at=at, demo=demo))

    def add_call_visit(self, call: Call, *, day: date, size: int, at: datetime,
                       demo: bool = False) -> Appointment:
        """The visit a caller agreed to (`call.visit_at`, on local `day`): expected."""
        return self.add_appointment(Appointment(
            day=day.isoformat(), expected_at=call.visit_at, customer_id=call.customer_id,
            name=call.caller_name, honorific=call.honorific, phone=call.phone,
            size=size, channel=call.channel, source=AppointmentSource.CALL.value,
            call_id=call.id, status=AppointmentStatus.EXPECTED.value, created_at=at,
            demo=demo))

    def add_imported(self, row: ImportRow, *, customer_id: int, at: datetime,
                     demo: bool = False) -> Appointment:
        """One row of an agency's pre-registration list, keyed so it imports once."""
        return self.add_appointment(Appointment(
            day=row.day.isoformat(), customer_id=customer_id, name=row.name,
            phone=row.phone, size=row.size, agency=row.agency, agent=row.agent,
            source=AppointmentSource.IMPORT.value,
            status=AppointmentStatus.EXPECTED.value, import_key=row.key,
            note=row.note, created_at=at, demo=demo))

    def appointment(self, appointment_id: int, *, for_update: bool = False
                    ) -> Appointment | None:
        stmt = select(Appointment).where(Appointment.id == appointment_id)
        if for_update:
            stmt = stmt.with_for_update()
        return self.session.scalars(stmt).first()

    def appointments_between_days(self, first: date, last: date) -> list[Appointment]:
        return list(self.session.scalars(
            select(Appointment)
            .where(Appointment.day >= first.isoformat(), Appointment.day <= last.isoformat())
            .order_by(Appointment.day, Appointment.expected_at, Appointment.id)))

    def keys_present(self, keys: Iterable[str]) -> set[str]:
        wanted = list(set(keys))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found.update(k for k in self.session.scalars(
                select(Appointment.import_key).where(Appointment.import_key.in_(chunk)))
                if k is not None)
        return found

    def open_conflicts(self) -> list[Appointment]:
        return list(self.session.scalars(
            select(Appointment)
            .where(Appointment.conflict.is_not(None),
                   Appointment.conflict_resolved_at.is_(None))
            .order_by(Appointment.created_at, Appointment.id)))

    def first_agency_registration(self, customer_id: int) -> Appointment | None:
        return self.session.scalars(
            select(Appointment)
            .where(Appointment.customer_id == customer_id, Appointment.agency != "",
                   Appointment.status != AppointmentStatus.CANCELLED.value)
            .order_by(Appointment.created_at, Appointment.id).limit(1)).first()

"""Personal data of customers, in bulk: last activity, and anonymising in place.

Anonymising removes what identifies a person (names, phones, plates, addresses
and free text) and keeps every row with its counts: dates, channels,
consultants, stages, sizes, flags. Parties, calls and appointments of a
customer follow the customer; so do records merged into it, the guests of a
reception request linked to its visits, and the values in the log of form edits.
Works in the caller's session; bulk UPDATEs keep a three-year database quick.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from .models import Party, RecordEdit, StageMove
from .models_customers import Appointment, Call, Customer, VipCard
from .models_requests import ReceptionRequest, RequestGuest

#: Rows per IN (...) list: well under SQLite's and PostgreSQL's parameter limits.
CHUNK = 500

#: What anonymising writes over each table's personal columns.
CUSTOMER_BLANK: dict[str, Any] = {
    "name": "", "name_initials": "", "name_pinyin": "", "phone": "", "phone2": "",
    "plate": "", "district": "", "consent": "", "consent_at": None, "consent_by": "",
    "consent_source": ""}
CARD_BLANK: dict[str, Any] = {"current_district": "", "notes": "", "consent_contact": False}
CALL_BLANK: dict[str, Any] = {"caller_name": "", "phone": "", "phone2": "", "address": "",
                              "questions": "", "notes": ""}
PARTY_BLANK: dict[str, Any] = {"surname": "", "phone": "", "plate": "", "description": "",
                               "note": "", "invalid_note": ""}
APPOINTMENT_BLANK: dict[str, Any] = {"name": "", "phone": "", "note": "", "import_key": None}
GUEST_BLANK: dict[str, Any] = {"name": "", "phone": ""}


def _columns(row: Any) -> dict[str, object]:
    """A mapped row's stored values by column name."""
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start:start + CHUNK])


class PrivacyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- reading -------------------------------------------------------------------------
    def live_customers(self) -> list[Customer]:
        """Customers still holding personal data (not merged away, not anonymised)."""
        return list(self.session.scalars(
            select(Customer).where(Customer.merged_into_id.is_(None),
                                   Customer.anonymised_at.is_(None))
            .order_by(Customer.id)))

    def last_activity(self, zone: ZoneInfo) -> dict[int, datetime]:
        """Each live customer's latest call, visit or appointment (its creation at least).

        An appointment counts at its expected time, else the start of its day, and at
        its registration; a future appointment keeps the customer active.
        """
        latest: dict[int, datetime] = {}
        live = self.live_customers()

        def see(customer_id: int | None, at: datetime | None) -> None:
            if customer_id is None or at is None:
                return
            at = at if at.tzinfo is not None else at.replace(tzinfo=ZoneInfo("UTC"))
            if customer_id not in latest or at > latest[customer_id]:
                latest[customer_id] = at

        for customer in live:
            see(customer.id, customer.created_at)
        for customer_id, at in self.session.execute(
                select(Call.customer_id, func.max(Call.at))
                .where(Call.customer_id.is_not(None)).group_by(Call.customer_id)):
            see(customer_id, at)
        for customer_id, at in self.session.execute(
                select(Party.customer_id, func.max(Party.arrived_at))
                .where(Party.customer_id.is_not(None)).group_by(Party.customer_id)):
            see(customer_id, at)
        for customer_id, day, expected, created in self.session.execute(
                select(Appointment.customer_id, func.max(Appointment.day),
                       func.max(Appointment.expected_at), func.max(Appointment.created_at))
                .where(Appointment.customer_id.is_not(None))
                .group_by(Appointment.customer_id)):
            see(customer_id, expected)
            see(customer_id, created)
            if day:
                see(customer_id, datetime.combine(datetime.fromisoformat(day).date(),
                                                  time(0), tzinfo=zone))
        ids = {c.id for c in live}
        return {cid: at for cid, at in latest.items() if cid in ids}

    def merged_into(self, customer_ids: Iterable[int]) -> list[int]:
        """The ids of records merged (directly or through others) into these customers."""
        found: list[int] = []
        frontier = list(customer_ids)
        seen = set(frontier)
        while frontier:
            more: list[int] = []
            for part in chunks(frontier):
                more += [i for i in self.session.scalars(
                    select(Customer.id).where(Customer.merged_into_id.in_(part)))
                    if i not in seen]
            seen.update(more)
            found += more
            frontier = more
        return found

    def counts(self, customer_ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
        """(calls, visits, appointments) per customer."""
        result = {i: (0, 0, 0) for i in customer_ids}
        tallies: list[dict[int, int]] = []
        for model in (Call, Party, Appointment):
            tally: dict[int, int] = {}
            for part in chunks(list(customer_ids)):
                for cid, count in self.session.execute(
                        select(model.customer_id, func.count())
                        .where(model.customer_id.in_(part)).group_by(model.customer_id)):
                    if cid is not None:
                        tally[cid] = count
            tallies.append(tally)
        for cid in customer_ids:
            result[cid] = (tallies[0].get(cid, 0), tallies[1].get(cid, 0),
                           tallies[2].get(cid, 0))
        return result

    def orphans_before(self, cutoff: datetime) -> tuple[list[int], list[int], list[int]]:
        """Calls, visits and appointments with no customer, older than `cutoff`, that still
        hold personal data (a competitor's number, a surname, a description)."""
        calls = list(self.session.scalars(select(Call.id).where(
            Call.customer_id.is_(None), Call.at < cutoff,
            or_(*(getattr(Call, name) != "" for name in CALL_BLANK)))))
        parties = list(self.session.scalars(select(Party.id).where(
            Party.customer_id.is_(None), Party.arrived_at < cutoff,
            or_(*(getattr(Party, name) != "" for name in PARTY_BLANK)))))
        appointments = list(self.session.scalars(select(Appointment.id).where(
            Appointment.customer_id.is_(None), Appointment.created_at < cutoff,
            or_(Appointment.name != "", Appointment.phone != "", Appointment.note != ""))))
        return calls, parties, appointments

    # -- a person's data -------------------------------------------------------------------
    def person(self, customer_id: int) -> tuple[list[int], dict[str, object]]:
        """Every row held about a customer and the records merged into it, column by column:
        the customer ids, and sections by name (customer, merged_records, vip_card, calls,
        visits, stage_moves, appointments, reception_requests, request_guests, edits)."""
        ids = [customer_id, *self.merged_into([customer_id])]
        customers = {c.id: c for c in self.session.scalars(
            select(Customer).where(Customer.id.in_(ids)))}
        card = self.session.get(VipCard, customer_id)
        calls = list(self.session.scalars(select(Call).where(Call.customer_id.in_(ids))
                                          .order_by(Call.at, Call.id)))
        parties = list(self.session.scalars(select(Party).where(Party.customer_id.in_(ids))
                                            .order_by(Party.arrived_at, Party.id)))
        party_ids = [p.id for p in parties]
        moves = list(self.session.scalars(select(StageMove).where(
            StageMove.party_id.in_(party_ids)).order_by(StageMove.at, StageMove.id))) \
            if party_ids else []
        appointments = list(self.session.scalars(
            select(Appointment).where(Appointment.customer_id.in_(ids))
            .order_by(Appointment.day, Appointment.id)))
        request_ids = {a.request_id for a in appointments if a.request_id is not None}
        if party_ids:
            request_ids.update(self.session.scalars(
                select(ReceptionRequest.id).where(ReceptionRequest.party_id.in_(party_ids))))
        requests = list(self.session.scalars(
            select(ReceptionRequest).where(ReceptionRequest.id.in_(request_ids))
            .order_by(ReceptionRequest.id))) if request_ids else []
        guests = list(self.session.scalars(
            select(RequestGuest).where(RequestGuest.request_id.in_(request_ids))
            .order_by(RequestGuest.request_id, RequestGuest.position))) if request_ids else []
        edits = list(self.session.scalars(select(RecordEdit).where(or_(
            (RecordEdit.table_name == "customers") & RecordEdit.record_id.in_(ids),
            (RecordEdit.table_name == "vip_cards") & RecordEdit.record_id.in_(ids),
            (RecordEdit.table_name == "parties") & RecordEdit.record_id.in_(party_ids or [0])))
            .order_by(RecordEdit.at, RecordEdit.id)))
        sections: dict[str, object] = {
            "customer": _columns(customers[customer_id]),
            "merged_records": [_columns(customers[i]) for i in ids[1:] if i in customers],
            "vip_card": _columns(card) if card is not None else None,
            "calls": [_columns(c) for c in calls],
            "visits": [_columns(p) for p in parties],
            "stage_moves": [_columns(m) for m in moves],
            "appointments": [_columns(a) for a in appointments],
            "reception_requests": [
                {k: v for k, v in _columns(r).items()
                 if k in ("id", "number", "status", "level", "organisation", "purpose",
                          "headcount", "arrival_at", "departure_at", "party_id")}
                for r in requests],
            "request_guests": [_columns(g) for g in guests],
            "edits": [_columns(e) for e in edits],
        }
        return ids, sections

    # -- anonymising ------------------------------------------------------------------------
    def anonymise_customers(self, customer_ids: Sequence[int], now: datetime) -> list[int]:
        """Blank these customers, the records merged into them and everything that follows
        them. Returns every customer id blanked (the merged ones too)."""
        ids = list(customer_ids)
        ids += self.merged_into(ids)
        if not ids:
            return []
        party_ids: list[int] = []
        request_ids: set[int] = set()
        for part in chunks(ids):
            self.session.execute(update(Customer).where(Customer.id.in_(part))
                                 .values(**CUSTOMER_BLANK, anonymised_at=now, updated_at=now))
            self.session.execute(update(VipCard).where(VipCard.customer_id.in_(part))
                                 .values(**CARD_BLANK))
            self.session.execute(update(Call).where(Call.customer_id.in_(part))
                                 .values(**CALL_BLANK))
            party_ids += self.session.scalars(select(Party.id).where(Party.customer_id.in_(part)))
            request_ids.update(r for r in self.session.scalars(
                select(Appointment.request_id).where(Appointment.customer_id.in_(part),
                                                     Appointment.request_id.is_not(None)))
                if r is not None)
            self.session.execute(update(Appointment).where(Appointment.customer_id.in_(part))
                                 .values(**APPOINTMENT_BLANK))
        self.anonymise_parties(party_ids)
        for part in chunks(party_ids):
            request_ids.update(self.session.scalars(
                select(ReceptionRequest.id).where(ReceptionRequest.party_id.in_(part))))
        for part in chunks(sorted(request_ids)):
            self.session.execute(update(RequestGuest).where(RequestGuest.request_id.in_(part))
                                 .values(**GUEST_BLANK))
        self._blank_edits("customers", ids)
        self._blank_edits("vip_cards", ids)
        self.session.expire_all()
        return ids

    def anonymise_parties(self, party_ids: Sequence[int]) -> None:
        for part in chunks(list(party_ids)):
            self.session.execute(update(Party).where(Party.id.in_(part)).values(**PARTY_BLANK))
        self._blank_edits("parties", party_ids)

    def anonymise_calls(self, call_ids: Sequence[int]) -> None:
        for part in chunks(list(call_ids)):
            self.session.execute(update(Call).where(Call.id.in_(part)).values(**CALL_BLANK))

    def anonymise_appointments(self, appointment_ids: Sequence[int]) -> None:
        for part in chunks(list(appointment_ids)):
            self.session.execute(update(Appointment).where(Appointment.id.in_(part))
                                 .values(**APPOINTMENT_BLANK))

    def _blank_edits(self, table: str, record_ids: Sequence[int]) -> None:
        """The log of form edits keeps who changed which field when, not the values."""
        for part in chunks(list(record_ids)):
            for edit in self.session.scalars(select(RecordEdit).where(
                    RecordEdit.table_name == table, RecordEdit.record_id.in_(part))):
                try:
                    changes = json.loads(edit.changes)
                    edit.changes = json.dumps([[change[0], "", ""] for change in changes],
                                              ensure_ascii=False)
                except (ValueError, TypeError, IndexError, KeyError):
                    edit.changes = "[]"
        self.session.flush()

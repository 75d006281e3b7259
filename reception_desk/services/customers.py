"""Customers (客户): find by phone with history, search, VIP data card, merge, ownership."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from datetime import datetime
from typing import Any

from ..domain.customer_records import (
    Consent,
    ConsentSource,
    CustomerRecord,
    Purpose,
    VipCardRecord,
    consent_of,
)
from ..domain.customers import search_terms
from ..domain.edits import VIP_CARD_FIELDS
from ..domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from ..domain.events import CUSTOMERS, PARTIES, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.phone import normalise_phone
from ..domain.roles import Actor, Permission, require
from ..domain.text import check_text
from ..domain.timeutil import Clock, utc_now
from ..store.audit_repo import AuditRepository
from ..store.customers_repo import CustomerRepository, vip_card_record
from ..store.database import Database
from ..store.edits_repo import EditLog
from ..store.parties import PartyRepository
from .customer_hooks import (
    customer_history,
    customer_record,
    ownerships,
    refresh_ownership,
    set_consent,
)
from .site_settings import SettingsService

_log = logging.getLogger(__name__)

_GONE = QT_TRANSLATE_NOOP("Messages", "That customer no longer exists (merged or deleted?).")
_CARD_LIMITS = {"area": 20, "budget": 40, "layout": 20, "floor": 20,
                "current_district": 100, "notes": 1000}


def validate_vip_card(card: VipCardRecord) -> VipCardRecord:
    problems: list[FieldProblem] = []
    cleaned: dict[str, Any] = {name: check_text(problems, name, getattr(card, name), limit,
                                                multiline=name == "notes")
                               for name, limit in _CARD_LIMITS.items()}
    if card.household_size is not None and not 1 <= card.household_size <= 30:
        problems.append(FieldProblem("household_size", QT_TRANSLATE_NOOP(
            "Messages", "Household size must be between 1 and {max}."), {"max": 30}))
    if problems:
        raise ValidationError(problems)
    return replace(card, **cleaned)


class CustomerService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 clock: Clock = utc_now) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.clock = clock

    # -- queries -------------------------------------------------------------------
    def get(self, customer_id: int, *, history: bool = True) -> CustomerRecord:
        """The customer (following a merge to the record kept), with its history."""
        with self.db.read() as session:
            customer = CustomerRepository(session).resolve(customer_id)
            if customer is None:
                raise NotFoundError(_GONE)
            return customer_record(session, customer, self.clock(), self.settings.current(),
                                   history=history)

    def find_by_phone(self, raw: str) -> CustomerRecord | None:
        """The customer with this number, with calls, visits and appointments; None if new."""
        normal = normalise_phone(raw)
        if normal is None:
            return None
        with self.db.read() as session:
            customer = CustomerRepository(session).by_phone(normal)
            if customer is None:
                return None
            return customer_record(session, customer, self.clock(), self.settings.current(),
                                   history=True)

    def search(self, query: str, limit: int = 50) -> list[CustomerRecord]:
        """By name, phone (any part), plate or pinyin initials ("zw" finds 张伟)."""
        terms = search_terms(query)
        if not terms.text:
            return []
        now = self.clock()
        settings = self.settings.current()
        with self.db.read() as session:
            found = CustomerRepository(session).search(terms, limit)
            owners = ownerships(session, [c.id for c in found], now, settings)
            return [customer_record(session, c, now, settings, ownership=owners[c.id])
                    for c in found]

    def prepare_search(self) -> None:
        """What the first search would wait for, done now: the phone parser loaded and
        the search's statements compiled (a search window calls it once it is on screen,
        while the person types; about 60 ms on a desk just started)."""
        for query in ("13800000000", "zw"):
            self.search(query, limit=1)

    def prepare_search_aside(self) -> threading.Thread:
        """`prepare_search` on a thread of its own (started, returned): the window that asks
        for it paints and takes keys meanwhile, instead of waiting about 60 ms (loading the
        phone parser is most of it). It only warms up: a failure is logged, and the first
        search then does the same work itself."""
        thread = threading.Thread(target=self._prepare_quietly, name="prepare-customer-search",
                                  daemon=True)
        thread.start()
        return thread

    def _prepare_quietly(self) -> None:
        try:
            self.prepare_search()
        except Exception:  # a warm-up only (the database closing, say): the search will tell
            _log.debug("preparing the customer search failed", exc_info=True)

    def with_history(self, found: CustomerRecord) -> CustomerRecord:
        """A customer a search has just listed, with its calls, visits and appointments:
        one read of the history alone (the search read the customer and its owner)."""
        with self.db.read() as session:
            calls, visits, appointments = customer_history(session, found.id)
        return replace(found, calls=calls, visits=visits, appointments=appointments)

    def customer_for_party(self, party_id: int) -> CustomerRecord | None:
        with self.db.read() as session:
            party = PartyRepository(session).get(party_id)
            if party is None or party.customer_id is None:
                return None
            customer = CustomerRepository(session).resolve(party.customer_id)
            if customer is None:
                return None
            return customer_record(session, customer, self.clock(), self.settings.current(),
                                   history=True)

    # -- VIP data card -------------------------------------------------------------------
    def vip_card(self, customer_id: int) -> VipCardRecord:
        """The saved card, or one pre-filled from the customer's calls (`saved` False)."""
        with self.db.read() as session:
            repo = CustomerRepository(session)
            customer = repo.resolve(customer_id)
            if customer is None:
                raise NotFoundError(_GONE)
            card = repo.vip_card(customer.id)
            consent = consent_of(customer.consent)
            if card is not None:
                return vip_card_record(card, consent)
            values: dict[str, Any] = {}
            for call in repo.calls_of(customer.id):  # newest first
                for name in ("area", "budget", "layout", "floor"):
                    if getattr(call, name) and name not in values:
                        values[name] = getattr(call, name)
                if call.address and "current_district" not in values:
                    values["current_district"] = call.address
            values.setdefault("current_district", customer.district)
            return VipCardRecord(customer_id=customer.id, consent=consent, **values)

    def save_vip_card(self, customer_id: int, card: VipCardRecord,
                      actor_name: str = "", *, check_version: bool = False) -> VipCardRecord:
        """Save the card; with `check_version` a save over a card changed (or first saved)
        since `card.version` was read raises StaleEditError naming who changed what."""
        clean = validate_vip_card(card)
        now = self.clock()
        with self.db.write() as session:
            repo = CustomerRepository(session)
            customer = repo.resolve(customer_id)
            if customer is None:
                raise NotFoundError(_GONE)
            row = repo.vip_card(customer.id)
            if row is None:
                row = repo.add_vip_card(customer.id, now)
            before = {name: getattr(row, name) for name in VIP_CARD_FIELDS}
            for name in ("area", "budget", "layout", "floor", "current_district", "notes"):
                setattr(row, name, getattr(clean, name))
            row.purpose = Purpose(clean.purpose).value
            row.household_size = clean.household_size
            set_consent(customer, clean.consent, actor_name, ConsentSource.VIP_CARD, now)
            row.consent_contact = customer.consent == Consent.YES.value
            row.updated_at = now
            row.updated_by = actor_name[:60]
            # The card's key is its customer's id.
            row.version = max(1, EditLog(session).save_values(
                "vip_cards", customer.id, row.version, card.version if check_version else None,
                before, {name: getattr(row, name) for name in VIP_CARD_FIELDS},
                VIP_CARD_FIELDS, actor_name, now))
            if clean.current_district and not customer.district:
                customer.district = clean.current_district
            customer.updated_at = now
            repo.flush()
            self.db.record_change(session, CUSTOMERS, (customer.id,), {"kind": "vip_card"})
            record = vip_card_record(row, consent_of(customer.consent))
        self.bus.publish(Event(CUSTOMERS, (record.customer_id,), data={"kind": "vip_card"}))
        return record

    # -- consent -------------------------------------------------------------------------
    def set_consent(self, customer_id: int, consent: Consent, actor_name: str,
                    source: ConsentSource) -> CustomerRecord:
        """Record the customer's answer to "may we contact you?" (who, when, on which form).

        "Not asked" changes nothing; the answer that is already recorded keeps its date.
        """
        now = self.clock()
        with self.db.write() as session:
            customer = CustomerRepository(session).resolve(customer_id)
            if customer is None or customer.anonymised_at is not None:
                raise NotFoundError(_GONE)
            changed = set_consent(customer, consent, actor_name, source, now)
            if changed:
                self.db.record_change(session, CUSTOMERS, (customer.id,), {"kind": "consent"})
            record = customer_record(session, customer, now, self.settings.current())
        if changed:
            self.bus.publish(Event(CUSTOMERS, (record.id,), data={"kind": "consent"}))
        return record

    def contactable(self, first: datetime, end: datetime) -> list[CustomerRecord]:
        """Customers who agreed to be contacted, with activity (created or updated) in
        [first, end): the call-back list. Not asked counts as no."""
        now = self.clock()
        settings = self.settings.current()
        with self.db.read() as session:
            rows = [c for c in CustomerRepository(session).all_live()
                    if c.consent == Consent.YES.value and c.anonymised_at is None
                    and c.created_at < end and c.updated_at >= first]
            owners = ownerships(session, [c.id for c in rows], now, settings)
            return [customer_record(session, c, now, settings, ownership=owners[c.id])
                    for c in rows]

    # -- manager actions ---------------------------------------------------------------
    def merge(self, actor: Actor, keep_id: int, merge_id: int) -> CustomerRecord:
        """Two records turn out to be one person: move everything onto `keep_id`."""
        require(actor, Permission.CUSTOMER_MERGE)
        if keep_id == merge_id:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Messages", "Choose two different customers to merge."))
        now = self.clock()
        settings = self.settings.current()
        with self.db.write() as session:
            repo = CustomerRepository(session)
            keep = repo.get(keep_id, for_update=not self.db.is_sqlite)
            gone = repo.get(merge_id, for_update=not self.db.is_sqlite)
            if keep is None or gone is None or keep.merged_into_id or gone.merged_into_id:
                raise NotFoundError(_GONE)
            visits = repo.merge(gone, keep, now)
            refresh_ownership(session, keep, now, settings)
            refresh_ownership(session, gone, now, settings)
            AuditRepository(session).add(
                now, actor, "customer.merge", f"customer:{keep.id}",
                f"merged customer {gone.id} ({gone.name} {gone.phone}) into {keep.id}")
            # One action, one event: the customers, `also` the visits now the kept one's.
            also = {PARTIES: visits}
            self.db.record_change(session, CUSTOMERS, (keep.id, gone.id), {"kind": "merge"},
                                  also=also)
            record = customer_record(session, keep, now, settings, history=True)
        self.bus.publish(Event(CUSTOMERS, (keep_id, merge_id), data={"kind": "merge"},
                               also=also))
        return record

    def release_expired(self, now: datetime | None = None) -> list[int]:
        """Return expired owners to the open pool in the stored columns; the ids changed.

        Reads never need this (ownership is computed when read); it keeps the
        stored `owner_*` columns that exports show current.
        """
        moment = now or self.clock()
        settings = self.settings.current()
        changed: list[int] = []
        with self.db.write() as session:
            for customer in CustomerRepository(session).owned_until_before(moment):
                refresh_ownership(session, customer, moment, settings)
                changed.append(customer.id)
            if changed:
                self.db.record_change(session, CUSTOMERS, tuple(changed), {"kind": "released"})
        if changed:
            self.bus.publish(Event(CUSTOMERS, tuple(changed), data={"kind": "released"}))
        return changed


def customers_touched(services_customers: CustomerService, first: datetime,
                      end: datetime) -> list[CustomerRecord]:
    """Live customers created or updated in [first, end) (the `customers` export);
    anonymised ones hold nothing to export."""
    self = services_customers
    now = self.clock()
    settings = self.settings.current()
    with self.db.read() as session:
        rows = [c for c in CustomerRepository(session).all_live()
                if c.created_at < end and c.updated_at >= first and c.anonymised_at is None]
        owners = ownerships(session, [c.id for c in rows], now, settings)
        return [customer_record(session, c, now, settings, ownership=owners[c.id])
                for c in rows]

"""Past demo days written in bulk: the same plans, the same rules, one transaction a day.

Replaying every action of three years through the services would take an
hour (one short transaction per click). `History` instead turns one planned
day (visits, the team's duty, the bar, the hotline) into rows in memory and
hands them to `store.bulk.write_batch`, which writes the day in one
transaction. What the services decide is decided here by the same domain
rules: every party and call passes the entry forms' validators; the rotation
log is the fold of `domain.rotation` (who is up, fill-ins, a returning customer
to their owner or a stand-in, missed turns, an invalid reception giving the
turn back), with each consultant's position before and after; ownership is
`domain.customers.current_owner` over the calls and visits; the bar follows
`BarService` (stock leaves when a drink is served, a refill round is due
`refill_minutes` after serving or the last round, a departure closes what is
open and leaves a table to clear). No events are published per row.

This module holds what the days remember, and writes the parties, their customers
and their stage moves; the rotation log is built by `history_rotation`, the bar's
and the stock's rows by `history_bar`, the hotline calls by `history_calls`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import itemgetter

from ..domain.bar import BarRules
from ..domain.customer_records import OwnerSource
from ..domain.customers import OwnershipClaim, current_owner, name_initials, name_pinyin
from ..domain.party import PartyDraft
from ..domain.rotation import RotationRules
from ..domain.site_settings import SiteSettings
from ..domain.stages import Stage
from ..domain.text import checked_text
from ..store.bulk import Batch, Ids, Row
from .bar_plan import BarVisit, StockDay
from .history_bar import bar_rows, stock_rows
from .history_calls import day_calls
from .history_rotation import log_rotation
from .valid_values import checked_party
from .visit_plan import Duty, Plan, Visitor

#: Each stage's stored value (an enum's .value is a Python-level lookup, 300,000 in 3 years).
_STAGE_VALUES: dict[Stage, str] = {stage: stage.value for stage in Stage}
#: A day's moves in time order; a party's own moves in their order at the same moment.
_MOVE_ORDER = itemgetter(0, 1, 2)


@dataclass
class KnownCustomer:
    """A customer the days have met, by phone, with the ownership claims so far."""

    id: int
    phone: str
    name: str
    claims: list[OwnershipClaim] = field(default_factory=list)
    plate: str = ""


@dataclass
class DayVisit:
    """One party's row being built, and what the rotation decided for it."""

    plan: Plan
    id: int
    row: Row
    consultant_id: int | None = None


@dataclass
class History:
    """What the bulk days remember from one day to the next."""

    settings: SiteSettings
    rules: RotationRules
    bar_rules: BarRules
    rng: random.Random
    #: Demo consultants in roster order, and their names.
    roster: list[int]
    names: dict[int, str]
    #: Demo menu and stock ids by the names of `bar_plan`, and the drinks' stored names.
    menu_ids: dict[str, int]
    menu_names: dict[str, str]
    stock_ids: dict[str, int]
    #: Stock on hand by `bar_plan` name (kept as the bar would).
    quantities: dict[str, float]
    customers: dict[str, KnownCustomer] = field(default_factory=dict)
    #: phone -> (arrived, owner id) of the latest visit with an owner.
    visit_owner: dict[str, tuple[datetime, int]] = field(default_factory=dict)
    #: phone -> id of the latest party with that phone.
    last_party: dict[str, int] = field(default_factory=dict)
    #: Customers who called: they may visit on a later day.
    callers: list[Visitor] = field(default_factory=list)
    parties: int = 0
    people: int = 0
    calls: int = 0

    def __post_init__(self) -> None:
        self.channels = list(self.settings.channels)
        self.pinyin: dict[str, tuple[str, str]] = {}

    # -- one day ---------------------------------------------------------------------
    def day(self, day: date, plans: list[Plan], duty: Duty, visits: dict[int, BarVisit],
            stock_day: StockDay) -> Callable[[Ids], Batch]:
        """The builder of one day's batch (run inside its transaction, with free ids)."""
        def build(ids: Ids) -> Batch:
            batch = Batch()
            touched: set[str] = set()
            built = [self._party(ids, batch, plan, touched) for plan in plans]
            log_rotation(self, ids, batch, built, duty)
            self._moves(ids, batch, built)
            for visit in built:
                self._owner_claim(visit)
            serves = bar_rows(self, ids, batch, built, visits)
            stock_rows(self, ids, batch, stock_day, serves)
            day_calls(self, ids, batch, day, touched)
            self._customer_updates(batch, touched)
            batch.updates["stock_items"] = [
                {"id": self.stock_ids[name], "quantity": round(q, 3)}
                for name, q in self.quantities.items()]
            return batch
        return build

    def calls_today(self) -> list[Visitor]:
        """Callers remembered for coming back, then forgotten (they are in the pool now)."""
        found, self.callers = self.callers, []
        return found

    # -- parties ---------------------------------------------------------------------
    def _party(self, ids: Ids, batch: Batch, plan: Plan, touched: set[str]) -> DayVisit:
        clean = checked_party(PartyDraft(
            surname=plan.surname, honorific=plan.honorific, size=plan.size, kind=plan.kind,
            channel=plan.channel, phone=plan.phone, plate=plan.plate,
            description=plan.description, note=plan.note), self.channels)
        if plan.invalid is not None:
            checked_text("invalid_note", plan.invalid[2], 200)
        party_id = ids.take("parties")
        departed = plan.departed
        assert departed is not None  # a past day: everyone has gone
        customer_id = None
        previous = self.last_party.get(clean.phone) if clean.phone else None
        if clean.phone:
            customer = self.customer(ids, batch, clean.phone, clean.surname,
                                      clean.honorific.value, clean.channel, clean.plate,
                                      plan.arrive)
            customer_id = customer.id
            touched.add(clean.phone)
            self.last_party[clean.phone] = party_id
        row: Row = {
            "id": party_id, "version": 1, "arrived_at": plan.arrive,
            "surname": clean.surname, "honorific": clean.honorific.value, "size": clean.size,
            "kind": clean.kind.value, "channel": clean.channel, "phone": clean.phone,
            "plate": clean.plate, "description": clean.description, "note": clean.note,
            "consultant": "", "stage": Stage.DEPARTED.value, "stage_at": departed,
            "place": None, "last_place": plan.place or "",
            "invalid_reason": plan.invalid[1].value if plan.invalid else None,
            "invalid_note": plan.invalid[2] if plan.invalid else "",
            "departed_at": departed, "is_returning": previous is not None,
            "previous_party_id": previous, "demo": True, "created_at": plan.arrive,
            "updated_at": max(departed, plan.invalid[0]) if plan.invalid else departed,
            "consultant_id": None, "owner_id": None, "customer_id": customer_id,
            "agency": "",
        }
        batch.add("parties", row)
        self.parties += 1
        self.people += clean.size
        return DayVisit(plan, party_id, row)

    def customer(self, ids: Ids, batch: Batch, phone: str, name: str, honorific: str,
                  channel: str, plate: str, at: datetime) -> KnownCustomer:
        """find_or_create by phone, as the arrival and call hooks do."""
        known = self.customers.get(phone)
        if known is not None:
            if len(name) > len(known.name):
                known.name = name
            if plate and not known.plate:
                known.plate = plate
            return known
        initials, pinyin = self._names(name)
        customer = KnownCustomer(ids.take("customers"), phone, name, plate=plate)
        batch.add("customers", {
            "id": customer.id, "version": 1, "name": name, "honorific": honorific,
            "phone": phone, "phone2": "", "plate": plate, "district": "",
            "name_initials": initials, "name_pinyin": pinyin, "channel": channel,
            "created_at": at, "updated_at": at, "demo": True})
        self.customers[phone] = customer
        return customer

    def _names(self, name: str) -> tuple[str, str]:
        found = self.pinyin.get(name)
        if found is None:
            found = self.pinyin[name] = (name_initials(name)[:40], name_pinyin(name)[:200])
        return found

    def _moves(self, ids: Ids, batch: Batch, built: list[DayVisit]) -> None:
        """Every stage move of the day, in the order they happened (ids follow the clock)."""
        moves: list[tuple[datetime, int, int, Row]] = []
        add = moves.append
        seated = Stage.SEATED
        for index, visit in enumerate(built):
            plan = visit.plan
            party_id = visit.id
            stage, place = None, None
            for seq, (at, target) in enumerate([(plan.arrive, Stage.ARRIVED), *plan.steps]):
                to_place = plan.place if target is seated else None
                value = _STAGE_VALUES[target]
                add((at, index, seq, {
                    "party_id": party_id, "from_stage": stage, "to_stage": value,
                    "from_place": place, "to_place": to_place, "at": at, "undone_at": None}))
                stage, place = value, to_place
        moves.sort(key=_MOVE_ORDER)
        take = ids.take
        rows = batch.table("stage_moves")
        for _at, _index, _seq, row in moves:
            row["id"] = take("stage_moves")
            rows.append(row)

    def _owner_claim(self, visit: DayVisit) -> None:
        plan, owner = visit.plan, visit.row["owner_id"]
        phone = visit.row["phone"]
        if not phone or owner is None:
            return
        self.visit_owner[phone] = (plan.arrive, owner)
        if plan.invalid is None:
            self.customers[phone].claims.append(
                OwnershipClaim(owner, OwnerSource.VISIT, plan.arrive))


    def owner_at(self, phone: str, at: datetime) -> int | None:
        """The owner the desk would find: the latest visit's within the window, else a call's."""
        latest = self.visit_owner.get(phone)
        if latest is not None and latest[0] >= at - timedelta(
                days=self.settings.ownership_visit_days):
            return latest[1]
        customer = self.customers.get(phone)
        if customer is None or not customer.claims:
            return None
        ownership = current_owner(customer.claims, at, self.settings)
        return ownership.owner_id if ownership is not None else None


    def _customer_updates(self, batch: Batch, touched: set[str]) -> None:
        """The stored ownership and names of the customers seen today (as the hooks refresh)."""
        rows: list[Row] = []
        for phone in sorted(touched):
            customer = self.customers[phone]
            ownership = current_owner(customer.claims, max(c.at for c in customer.claims),
                                      self.settings) if customer.claims else None
            initials, pinyin = self._names(customer.name)
            rows.append({
                "id": customer.id, "name": customer.name, "name_initials": initials,
                "name_pinyin": pinyin, "plate": customer.plate,
                "owner_id": ownership.owner_id if ownership else None,
                "owner_source": ownership.source.value if ownership else "",
                "owner_since": ownership.since if ownership else None,
                "owner_until": ownership.until if ownership else None})
        batch.updates["customers"] = rows

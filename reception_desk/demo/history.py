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
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from ..domain.bar import BarRules, OrderStatus, RefillOutcome, next_refill_due
from ..domain.call_form import CallForm
from ..domain.customer_records import OwnerSource
from ..domain.customers import OwnershipClaim, current_owner, name_initials, name_pinyin
from ..domain.party import Honorific, PartyDraft
from ..domain.rotation import (
    INVALID_RECEPTION,
    INVALID_TOO_LATE,
    AssignMode,
    DutyStatus,
    EventKind,
    QueueState,
    RotationEvent,
    RotationRules,
    apply,
    classify,
    restore_allowed,
)
from ..domain.site_settings import SiteSettings
from ..domain.stages import Stage
from ..domain.text import checked_text
from ..store.bulk import Batch, Ids, Row
from .bar_plan import (
    BAR_ACTOR,
    DAILY_ITEM,
    DEMO_MENU,
    DEMO_STOCK,
    LOW_ITEM,
    SPECS,
    BarVisit,
    StockDay,
    counted_quantity,
    receipt_quantity,
)
from .valid_values import checked_call, checked_party, mobile
from .visit_plan import Absence, Duty, Plan, Visitor

DESK = "前台"
#: Hotline calls a day: weekdays, weekends.
WEEKDAY_CALLS = (4, 10)
WEEKEND_CALLS = (8, 16)
COMPETITOR_CALL_SHARE = 0.1
CALL_SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高"
CALL_GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛",
              "明")
AREAS = ("89", "105", "120", "143", "168")
BUDGETS = ("200万以内", "200-300万", "300-400万", "500万以上")
LAYOUTS = ("两室", "三室", "四室")
QUESTIONS = ("询问户型和价格", "询问学区", "询问交房时间", "询问首付比例", "询问优惠活动")


@dataclass
class _Customer:
    id: int
    phone: str
    name: str
    claims: list[OwnershipClaim] = field(default_factory=list)
    plate: str = ""


@dataclass
class _Visit:
    """One party's row being built, and what the rotation decided for it."""

    plan: Plan
    id: int
    row: Row
    consultant_id: int | None = None


@dataclass
class _Table:
    """The bar's state for one party during the day: its orders and its open round."""

    visit: _Visit
    bar: BarVisit
    orders: dict[int, Row] = field(default_factory=dict)
    check: Row | None = None


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
    customers: dict[str, _Customer] = field(default_factory=dict)
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
            self._rotation(ids, batch, built, duty)
            self._moves(ids, batch, built)
            for visit in built:
                self._owner_claim(visit)
            stock_events = self._bar(ids, batch, built, visits)
            self._stock(ids, batch, stock_day, stock_events)
            self._calls(ids, batch, day, touched)
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
    def _party(self, ids: Ids, batch: Batch, plan: Plan, touched: set[str]) -> _Visit:
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
            customer = self._customer(ids, batch, clean.phone, clean.surname,
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
        return _Visit(plan, party_id, row)

    def _customer(self, ids: Ids, batch: Batch, phone: str, name: str, honorific: str,
                  channel: str, plate: str, at: datetime) -> _Customer:
        """find_or_create by phone, as the arrival and call hooks do."""
        known = self.customers.get(phone)
        if known is not None:
            if len(name) > len(known.name):
                known.name = name
            if plate and not known.plate:
                known.plate = plate
            return known
        initials, pinyin = self._names(name)
        customer = _Customer(ids.take("customers"), phone, name, plate=plate)
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

    def _moves(self, ids: Ids, batch: Batch, built: list[_Visit]) -> None:
        """Every stage move of the day, in the order they happened (ids follow the clock)."""
        moves: list[tuple[datetime, int, int, Row]] = []
        for index, visit in enumerate(built):
            plan = visit.plan
            stage, place = None, None
            for seq, (at, target) in enumerate([(plan.arrive, Stage.ARRIVED), *plan.steps]):
                to_place = plan.place if target is Stage.SEATED else None
                moves.append((at, index, seq, {
                    "party_id": visit.id, "from_stage": stage, "to_stage": target.value,
                    "from_place": place, "to_place": to_place, "at": at, "undone_at": None}))
                stage, place = target.value, to_place
        moves.sort(key=lambda m: (m[0], m[1], m[2]))
        for _at, _index, _seq, row in moves:
            row["id"] = ids.take("stage_moves")
            batch.add("stage_moves", row)

    def _owner_claim(self, visit: _Visit) -> None:
        plan, owner = visit.plan, visit.row["owner_id"]
        phone = visit.row["phone"]
        if not phone or owner is None:
            return
        self.visit_owner[phone] = (plan.arrive, owner)
        if plan.invalid is None:
            self.customers[phone].claims.append(
                OwnershipClaim(owner, OwnerSource.VISIT, plan.arrive))

    # -- the rotation ------------------------------------------------------------------
    def _rotation(self, ids: Ids, batch: Batch, built: list[_Visit], duty: Duty) -> None:
        """The day's queue as the desk would have run it, logged event by event."""
        actions: list[tuple[datetime, tuple[int, int, int], Callable[[], None]]] = []
        state = QueueState()

        def log(event: RotationEvent) -> None:
            nonlocal state
            after = apply(state, event, self.rules)
            batch.add("rotation_events", {
                "id": ids.take("rotation_events"), "at": event.at, "kind": event.kind.value,
                "consultant_id": event.consultant_id, "party_id": event.party_id,
                "mode": event.mode.value if event.mode else None,
                "status": event.status.value if event.status else None,
                "position": event.position,
                "position_before": state.position(event.consultant_id),
                "position_after": after.position(event.consultant_id),
                "actor": event.actor, "reason": event.reason})
            state = after

        def sign_in(who: int, at: datetime) -> None:
            cid = self.roster[who]
            if not state.on_duty(cid):
                log(RotationEvent(EventKind.SIGN_IN, at, cid, actor=DESK))

        pending: list[Absence] = []

        def leave(absence: Absence, at: datetime) -> None:
            """Never the last free one: when nobody can be spared, it waits (see below)."""
            free = [c for c in state.available() if c in self.roster]
            if len(free) < 2:
                absence.who = None
                if not absence.pending and absence.may_start(at):
                    absence.pending = True
                    pending.append(absence)
                return
            preferred = self.roster[absence.prefer]
            who = preferred if preferred in free else free[-1]
            log(RotationEvent(EventKind.STATUS, at, who, status=absence.status, actor=DESK))
            absence.who = who
            if absence.pending:
                pending.remove(absence)
                absence.pending = False

        def come_back(absence: Absence) -> None:
            if absence.who is not None and state.status.get(absence.who) is absence.status:
                log(RotationEvent(EventKind.STATUS, absence.end, absence.who,
                                  status=DutyStatus.AVAILABLE, actor=DESK))

        def sign_off(at: datetime) -> None:
            for cid in list(state.order):
                if cid in self.roster and not state.receiving.get(cid):
                    log(RotationEvent(EventKind.STATUS, at, cid, status=DutyStatus.OFF,
                                      actor=DESK))

        def call_someone(at: datetime) -> None:
            away = [c for c in state.order if c in self.roster
                    and state.status.get(c) in (DutyStatus.BREAK, DutyStatus.OUT)]
            if away:
                log(RotationEvent(EventKind.STATUS, at, away[0], status=DutyStatus.AVAILABLE,
                                  actor=DESK))
                return
            missing = [c for c in self.roster if not state.on_duty(c)]
            if missing:
                log(RotationEvent(EventKind.SIGN_IN, at, missing[0], actor=DESK))

        def receive(visit: _Visit, at: datetime) -> None:
            plan = visit.plan
            owner = self._owner(visit.row["phone"], at) if visit.row["phone"] else None
            if owner is not None and state.on_duty(owner) and state.status.get(owner) in (
                    DutyStatus.AVAILABLE, DutyStatus.RECEIVING):
                chosen: int | None = owner
            else:
                chosen = state.up()
                if chosen is None:
                    call_someone(at)
                    chosen = state.up()
                if owner is None and plan.miss_turn and chosen is not None \
                        and state.on_deck() is not None:
                    log(RotationEvent(EventKind.MISSED, at, chosen, actor=DESK))
                    chosen = state.up()
            if chosen is None:  # everyone is with a customer: the head of the queue doubles up
                chosen = state.order[0]
            mode = classify(state, chosen, owner)
            log(RotationEvent(EventKind.ASSIGN, at, chosen, party_id=visit.id, mode=mode,
                              actor=DESK))
            visit.consultant_id = chosen
            visit.row["consultant_id"] = chosen
            visit.row["consultant"] = self.names[chosen]
            visit.row["owner_id"] = owner if mode is AssignMode.STAND_IN and owner else chosen

        def release(visit: _Visit, at: datetime) -> None:
            if visit.consultant_id is not None:
                log(RotationEvent(EventKind.RELEASE, at, visit.consultant_id,
                                  party_id=visit.id))

        def invalid(visit: _Visit, at: datetime) -> None:
            if visit.consultant_id is None:
                return
            assignment = state.assignments.get(visit.id)
            if assignment is None or assignment.restored or assignment.invalid_late:
                return
            if restore_allowed(assignment, at, self.rules):
                log(RotationEvent(EventKind.RESTORE, at, visit.consultant_id,
                                  party_id=visit.id, reason=INVALID_RECEPTION))
            else:
                log(RotationEvent(EventKind.INVALID_LATE, at, visit.consultant_id,
                                  party_id=visit.id, reason=INVALID_TOO_LATE))

        for seq, (at, who) in enumerate(duty.sign_ins):
            actions.append((at, (0, 0, seq), partial(sign_in, who, at)))
        for seq, absence in enumerate(duty.absences):
            actions.append((absence.start, (0, 0, 100 + seq),
                            partial(leave, absence, absence.start)))
            actions.append((absence.end, (0, 0, 200 + seq), partial(come_back, absence)))
        if duty.sign_off is not None:
            off = duty.sign_off
            actions.append((off, (0, 0, 300), lambda: sign_off(off)))
        for index, visit in enumerate(sorted(built, key=lambda v: v.plan.arrive)):
            seq = 0
            for at, stage in visit.plan.steps:
                if stage is Stage.RECEIVED:
                    actions.append((at, (1, index, seq), partial(receive, visit, at)))
                elif stage is Stage.DEPARTED:
                    actions.append((at, (1, index, seq), partial(release, visit, at)))
                seq += 1
            if visit.plan.invalid is not None:
                mark = visit.plan.invalid[0]
                actions.append((mark, (1, index, seq), partial(invalid, visit, mark)))
        actions.sort(key=lambda item: (item[0], item[1]))
        for at, _order, action in actions:
            action()
            for absence in list(pending):  # someone came free: a postponed lunch starts
                if absence.may_start(at):
                    leave(absence, at)
                else:
                    pending.remove(absence)

    def _owner(self, phone: str, at: datetime) -> int | None:
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

    # -- the bar -------------------------------------------------------------------------
    def _bar(self, ids: Ids, batch: Batch, built: list[_Visit],
             visits: dict[int, BarVisit]) -> list[tuple[datetime, int, str, float, int | None]]:
        """Orders, refill rounds, remarks and table tasks, written in the order they happen
        (ids follow the clock); returns the stock's serves."""
        serves: list[tuple[datetime, int, str, float, int | None]] = []
        seats = [(v.plan.place, v.plan.time_of(Stage.SEATED), v.plan.leaves(Stage.SEATED), v)
                 for v in built if v.plan.place]
        events: list[tuple[datetime, int, int, int, str, Any]] = []
        tables: dict[int, _Table] = {}
        for index, visit in enumerate(built):
            bar = visits.get(id(visit.plan))
            if bar is None:
                continue
            tables[index] = _Table(visit, bar)
            seq = 0

            def add(at: datetime, rank: int, kind: str, item: Any, index: int = index) -> None:
                nonlocal seq
                events.append((at, rank, index, seq, kind, item))
                seq += 1

            for cup in bar.orders:
                add(cup.at, 0, "order", cup)
                if cup.served is not None:
                    add(cup.served, 1, "serve", cup)
            for round_ in bar.rounds:
                if round_.new is not None:
                    add(round_.at, 0, "order", round_.new)
                    if round_.new.served is not None:
                        add(round_.new.served, 1, "serve", round_.new)
                add(round_.at, 2, "round", round_)
            for at, text in bar.remarks:
                add(at, 3, "remark", text)
            departed = visit.plan.departed
            assert departed is not None
            add(departed, 4, "departed", None)
        events.sort(key=lambda e: (e[0], e[1], e[2], e[3]))
        for at, _rank, index, _seq, kind, item in events:
            table = tables[index]
            visit, plan = table.visit, table.visit.plan
            place = plan.place or ""
            if kind == "order":
                order_id = ids.take("drink_orders")
                row = {"id": order_id, "party_id": visit.id, "place": place,
                       "source": item.source.value, "status": OrderStatus.OPEN.value,
                       "from_refill": item.from_refill, "created_at": at,
                       "served_at": None, "closed_at": None, "demo": True}
                table.orders[id(item)] = row
                batch.add("drink_orders", row)
                for name, count in item.lines:
                    batch.add("drink_order_lines", {
                        "id": ids.take("drink_order_lines"), "order_id": order_id,
                        "menu_item_id": self.menu_ids[name],
                        "name": self.menu_names[name], "count": count})
            elif kind == "serve":
                row = table.orders[id(item)]
                row["status"], row["served_at"] = OrderStatus.SERVED.value, at
                for name, count in item.lines:
                    for stock, quantity in _RECIPES[name]:
                        serves.append((at, 1, stock, -quantity * count, row["id"]))
                if table.check is None:
                    table.check = self._check(ids, batch, visit.id, place,
                                              next_refill_due(at, self.bar_rules))
            elif kind == "round":
                if table.check is None:
                    continue
                table.check["done_at"], table.check["outcome"] = at, item.outcome.value
                table.check = None
                seated = plan.time_of(Stage.SEATED)
                up = plan.leaves(Stage.SEATED)
                still_seated = seated is not None and seated <= at and (up is None or at < up)
                if still_seated and item.outcome is not RefillOutcome.NEW_DRINK:
                    table.check = self._check(ids, batch, visit.id, place,
                                              next_refill_due(at, self.bar_rules))
            elif kind == "remark":
                batch.add("remarks", {"id": ids.take("remarks"), "party_id": visit.id,
                                      "at": at, "text": checked_text("text", item, 300)})
            else:  # the departure closes what is still open and leaves the table to clear
                for row in table.orders.values():
                    if row["status"] == OrderStatus.OPEN.value:
                        row["status"], row["closed_at"] = OrderStatus.CLOSED.value, at
                if table.check is not None:
                    table.check["done_at"] = at
                    table.check["outcome"] = RefillOutcome.CLOSED.value
                    table.check = None
                taken = any(other is not visit and p == place and s is not None and s <= at
                            and (u is None or at < u) for p, s, u, other in seats)
                if place and not taken:
                    batch.add("table_tasks", {"id": ids.take("table_tasks"), "place": place,
                                              "party_id": visit.id, "created_at": at,
                                              "done_at": table.bar.cleared})
        return serves

    def _check(self, ids: Ids, batch: Batch, party_id: int, place: str,
               due: datetime) -> Row:
        row: Row = {"id": ids.take("refill_checks"), "party_id": party_id, "place": place,
                    "due_at": due, "done_at": None, "outcome": None}
        batch.add("refill_checks", row)
        return row

    def _stock(self, ids: Ids, batch: Batch, day: StockDay,
               serves: list[tuple[datetime, int, str, float, int | None]]) -> None:
        """Goods in, serves and the closing count, in time order, as the stock service does."""
        events: list[tuple[datetime, int, str, float, int | None]] = list(serves)
        morning = day.morning
        count_at = day.count_at
        if morning is not None:
            events.append((morning, 0, "", 0.0, None))
        if count_at is not None:
            events.append((count_at, 2, "", 0.0, None))
        events.sort(key=lambda e: (e[0], e[1]))
        for at, kind, stock, change, order_id in events:
            if kind == 1:
                self.quantities[stock] = round(self.quantities[stock] + change, 3)
                self._movement(ids, batch, stock, at, "serve", change, order_id=order_id)
            elif kind == 0:
                self._goods_in(ids, batch, day, at)
            else:
                self._count(ids, batch, day, at)

    def _goods_in(self, ids: Ids, batch: Batch, day: StockDay, at: datetime) -> None:
        received = False
        for spec in DEMO_STOCK:
            if day.skip_low and spec.name == LOW_ITEM:
                continue
            amount = receipt_quantity(spec, self.quantities[spec.name])
            if amount > 0:
                self._receive(ids, batch, spec.name, amount, at)
                received = True
        if not received:
            self._receive(ids, batch, DAILY_ITEM, SPECS[DAILY_ITEM].pack, at)

    def _receive(self, ids: Ids, batch: Batch, name: str, amount: float, at: datetime) -> None:
        self.quantities[name] = round(self.quantities[name] + amount, 3)
        self._movement(ids, batch, name, at, "receipt", amount, note=SPECS[name].note,
                       actor=BAR_ACTOR)

    def _count(self, ids: Ids, batch: Batch, day: StockDay, at: datetime) -> None:
        for name, variance in day.variances.items():
            expected = round(self.quantities[name], 3)
            counted = round(counted_quantity(SPECS[name], expected, variance, day.spoilt), 3)
            difference = round(counted - expected, 3)
            batch.add("stock_counts", {
                "id": ids.take("stock_counts"), "day": day.day.isoformat(),
                "stock_item_id": self.stock_ids[name], "expected": expected,
                "counted": counted, "variance": difference, "at": at, "actor": BAR_ACTOR})
            if difference:
                self._movement(ids, batch, name, at, "count", difference, actor=BAR_ACTOR,
                               note="closing count")
            self.quantities[name] = counted

    def _movement(self, ids: Ids, batch: Batch, name: str, at: datetime, kind: str,
                  quantity: float, *, order_id: int | None = None, note: str = "",
                  actor: str = "") -> None:
        batch.add("stock_movements", {
            "id": ids.take("stock_movements"), "stock_item_id": self.stock_ids[name],
            "at": at, "kind": kind, "quantity": quantity, "order_id": order_id,
            "note": note, "actor": actor})

    # -- the hotline -------------------------------------------------------------------------
    def _calls(self, ids: Ids, batch: Batch, day: date, touched: set[str]) -> None:
        """The day's hotline calls: customers (new or known), competitors now and then."""
        rng = self.rng
        zone = self.settings.zone()
        low, high = WEEKEND_CALLS if day.weekday() >= 5 else WEEKDAY_CALLS
        moments = sorted(datetime.combine(day, datetime.min.time(), tzinfo=zone)
                         + timedelta(hours=9, seconds=rng.randrange(9 * 3600))
                         for _ in range(rng.randint(low, high)))
        channel = "来电" if "来电" in self.channels else self.channels[0]
        known = list(self.customers.values())
        for at in moments:
            if rng.random() < COMPETITOR_CALL_SHARE:
                form = checked_call(CallForm(competitor=True, questions="询问价格和优惠",
                                             notes="同行调研"), at, self.channels)
                customer = None
            else:
                if known and rng.random() < 0.25:
                    before = known[rng.randrange(len(known))]
                    phone, name = before.phone, before.name
                else:
                    phone = mobile(rng, None)
                    name = rng.choice(CALL_SURNAMES) + rng.choice(CALL_GIVEN)
                honorific = rng.choice((Honorific.MR, Honorific.MS))
                form = checked_call(CallForm(
                    phone=phone, caller_name=name, area=rng.choice(AREAS),
                    budget=rng.choice(BUDGETS), layout=rng.choice(LAYOUTS), channel=channel,
                    questions=rng.choice(QUESTIONS),
                    consultant_id=rng.choice(self.roster)), at, self.channels)
                customer = self._customer(ids, batch, form.phone, form.caller_name,
                                          honorific.value, form.channel, "", at)
                touched.add(form.phone)
                if form.consultant_id is not None:
                    customer.claims.append(OwnershipClaim(form.consultant_id, OwnerSource.CALL,
                                                          at))
                self.callers.append(Visitor(form.phone, form.caller_name[:1], honorific,
                                            form.channel))
            batch.add("calls", {
                "id": ids.take("calls"), "at": at,
                "customer_id": customer.id if customer else None,
                "caller_name": form.caller_name, "honorific": "" if customer is None
                else honorific.value, "phone": form.phone, "phone2": form.phone2,
                "address": form.address, "area": form.area, "budget": form.budget,
                "layout": form.layout, "floor": form.floor, "channel": form.channel,
                "questions": form.questions, "consultant_id": form.consultant_id,
                "visit_at": None, "notes": form.notes, "competitor": form.competitor,
                "non_customer": form.non_customer, "actor": DESK, "demo": True})
            self.calls += 1

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


#: Each drink's recipe by stock name (bar_plan names).
_RECIPES: dict[str, tuple[tuple[str, float], ...]] = {m.name: m.recipe for m in DEMO_MENU}

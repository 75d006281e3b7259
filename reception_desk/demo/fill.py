"""Demo data: a few weeks of realistic visits, written the way the desk writes them.

`fill_demo` creates a roster of eight demo consultants, plans every party of
every day first (arrival, stages with times, a place that no other party holds
at that moment) and each day's duty (who signs in and in which order, lunch
breaks, errands, signing off), then replays all actions in time order through
`ArrivalService` and `RotationService`, with a private clock set to each
action's time. Who receives a party is decided at that moment by the rotation
rules, exactly as at the desk: the proposal for a new customer (in turn or a
fill-in), the owner for a returning one (or a stand-in when the owner is away),
now and then a missed turn, one manager override in the period, and an invalid
reception marked within minutes that gives the turn back. So the stored rows,
moves, rotation log and change-feed entries look exactly like real days' work,
and the database's own rules (one party per place) check the plan.

The water bar joins in (`demo.bar_plan`): a demo menu and stock, drink orders for
every party that sits down, refill rounds, remarks, tables cleared, goods in
each morning and the closing count each evening, written through `BarService`
and `StockService` with the same clock.

Past days end with every party gone and the team signed off; today stops at
the clock's current time with parties at the gate, waiting, with consultants,
seated and on a tour, drinks waiting at the bar and a refill round due.
Refuses to mix with real data unless forced; earlier demo data (parties, demo
consultants and their rotation log, the demo menu, stock and everything the
bar recorded for them) is replaced. Real records are never deleted.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..domain.bar import OrderLine
from ..domain.consultants import ConsultantDraft
from ..domain.errors import DomainError
from ..domain.events import BAR, EVERYTHING, PARTIES, STOCK, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.party import PartyDraft
from ..domain.roles import Actor
from ..domain.rotation import AssignMode, DutyStatus
from ..domain.site_settings import SiteSettings
from ..domain.stages import Stage
from ..domain.timeutil import as_utc, local_date
from ..services.arrivals import ArrivalService
from ..services.bar import BarService, rules_of
from ..services.context import Services
from ..services.rotation import RotationService
from ..services.rotation_log import rules_from
from ..services.stock import StockService
from ..store.bar_repo import BarRepository
from ..store.bulk import write_batch
from ..store.demo_repo import DemoRepository
from ..store.parties import PartyRepository
from .accounts import create_demo_accounts, demo_actors
from .bar_plan import (
    BAR_ACTOR,
    DAILY_ITEM,
    DEMO_MENU,
    DEMO_STOCK,
    LOW_ITEM,
    SET_UP,
    SPECS,
    BarPlan,
    BarPlanner,
    BarVisit,
    CupOrder,
    RefillRound,
    StockDay,
    counted_quantity,
    receipt_quantity,
)
from .history import History
from .hotline import fill_demo_hotline
from .reception_requests import fill_demo_requests
from .sample_values import CONSULTANTS
from .valid_values import mobile
from .visit_plan import Absence, Duty, Plan, Planner

DEMO_FLAG = "demo_offered"
#: The last past days are replayed action by action through the services (like today);
#: older ones are written in bulk by `history`, one transaction a day.
REPLAYED_PAST_DAYS = 0
#: Progress units a bulk day counts for (a replayed day has hundreds of actions).
PROGRESS_PER_DAY = 100
#: About three years of history (issue 14).
MAX_DAYS = 1100
#: Demo staff numbers: XS001, XS002, ... (skipping any a real consultant has).
STAFF_PREFIX = "XS"
#: Who the demo's desk actions are recorded as.
DESK = "前台"
MANAGER = "李经理"
OVERRIDE_REASON = "客户指定置业顾问"


class DemoRefusedError(DomainError):
    """The database holds real visits; demo data would mix with them."""

    def __init__(self, real_parties: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages",
            "The database already holds {count} real visits; demo data would mix with them. "
            "Use another database, or force it if you are sure."), count=real_parties)
        self.real_parties = real_parties


@dataclass(frozen=True)
class DemoSummary:
    days: int
    first_day: date
    last_day: date
    parties: int
    people: int
    today_parties: int
    in_building: int
    deleted: int
    #: The demo administrator's PIN when this run created it (print it once), else None.
    admin_pin: str | None = field(default=None, repr=False)
    requests: int = 0
    calls: int = 0


class _SettableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _delete_demo(services: Services) -> int:
    """Delete demo parties, demo consultants and their rotation log, and the bar's demo
    records; return parties deleted.

    Foreign keys decide the order: the bar's records name parties, menu items and
    stock items; rotation events name parties and consultants; parties name
    consultants. A real party a demo consultant received (someone tried the demo
    on real work) keeps the name but loses the link.
    """
    with services.db.write() as session:
        demo = DemoRepository(session)
        bar_rows = demo.delete_demo_bar()
        demo.delete_demo_hotline()
        count, consultants = demo.delete_demo_parties_and_consultants()
        if count or consultants:
            services.db.record_change(session, PARTIES, (), {"kind": "demo_cleared"})
        if bar_rows:
            services.db.record_change(session, BAR, (), {"kind": "demo_cleared"})
            services.db.record_change(session, STOCK, ())
    return count


def fill_demo(
    services: Services,
    days: int,
    force: bool,
    rng_seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Replace earlier demo data with `days` days of new visits, ending today.

    Refuses (DemoRefusedError) when the database holds real visits, unless
    `force`. Deterministic for a given seed and clock. progress(done, total)
    reports the writes, for a progress bar.
    """
    if not 1 <= days <= MAX_DAYS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Messages", "Demo data covers 1 to {max} days."), max=MAX_DAYS)
    with services.db.read() as session:
        real = PartyRepository(session).count_real()
    if real and not force:
        raise DemoRefusedError(real)
    deleted = _delete_demo(services)
    # The demo writes through services of its own, on a bus nobody listens to:
    # the views get one refresh at the end, not hundreds of events.
    quiet = Services.open(services.db, services.clock)
    admin_pin = create_demo_accounts(quiet)
    actors = demo_actors(quiet)

    settings = services.settings.current()
    now = as_utc(services.clock())
    zone = settings.zone()
    today = now.astimezone(zone).date()
    rng = random.Random(rng_seed)
    planner = Planner(rng, settings, set(services.arrivals.occupied_places()))
    # The bar draws from its own generator, seeded from the visits' one: deterministic.
    bar_planner = BarPlanner(random.Random(rng.random()), settings, now)
    past = [today - timedelta(days=back) for back in range(days - 1, 0, -1)]
    history_days = past[:max(0, len(past) - REPLAYED_PAST_DAYS)]
    replayed = past[len(history_days):]

    clock = _SettableClock(now)
    desk = _Desk(
        arrivals=ArrivalService(services.db, EventBus(), services.settings, clock),
        rotation=RotationService(services.db, EventBus(), services.settings, clock),
        bar=BarService(services.db, EventBus(), services.settings, clock),
        stock=StockService(services.db, EventBus(), services.settings, clock),
        actors=actors,
    )
    desk.roster = _make_roster(desk.rotation, rng, actors["admin"])
    history: History | None = None
    if history_days:
        clock.now = planner.local(history_days[0], SET_UP)
        _set_up_bar(desk, bar_planner.low_opening(has_past=True))
        history = _history(services, desk, settings, random.Random(rng.random()))
        _write_history(services, planner, bar_planner, history, history_days, today, now,
                       progress, days)

    plans_by_day: list[tuple[date, list[Plan]]] = []
    for day in replayed:
        plans = planner.past_day(day, returning_ok=bool(plans_by_day) or bool(history_days))
        plans_by_day.append((day, plans))
        planner.remember(plans)
    plans_by_day.append((today, planner.today(today, now)))
    all_plans = [p for _, plans in plans_by_day for p in plans]
    # The manager's one override: on a day in the middle of the replayed days.
    planner.choose_override(plans_by_day[(len(plans_by_day) - 1) // 2][1])
    # Duty for every local day someone is received on (today's board may reach
    # back into the evening before when the demo is made just after midnight).
    by_day: dict[date, list[Plan]] = {}
    for plan in all_plans:
        by_day.setdefault(local_date(plan.arrive, zone), []).append(plan)
    duties = [planner.duty(day, by_day[day], now) for day in sorted(by_day)]

    bar_plan = bar_planner.plan(plans_by_day, opening=history is None)
    actions = [a for a in _actions(all_plans, duties, bar_plan) if a[0] <= now]
    total = len(actions)
    done_days = len(history_days)
    for done, (at, _order, action) in enumerate(actions, start=1):
        clock.now = at
        action(desk)
        if desk.pending:
            _pending_absences(desk, at)
        if progress is not None and (done % 25 == 0 or done == total):
            progress(done_days * PROGRESS_PER_DAY + done,
                     done_days * PROGRESS_PER_DAY + total)
    # Requests and the hotline act with the real clock of the run (they move their own).
    requests = fill_demo_requests(quiet, actors, days)
    calls = fill_demo_hotline(quiet, len(replayed) + 1)
    services.settings.set_flag(DEMO_FLAG, True)
    services.bus.publish(Event(EVERYTHING, data={"kind": "demo"}))

    today_plans = plans_by_day[-1][1]
    return DemoSummary(
        days=days,
        first_day=today - timedelta(days=days - 1),
        last_day=today,
        parties=len(all_plans) + (history.parties if history else 0),
        people=sum(p.size for p in all_plans) + (history.people if history else 0),
        today_parties=len(today_plans),
        in_building=sum(1 for p in today_plans if p.departed is None),
        deleted=deleted,
        admin_pin=admin_pin,
        requests=requests,
        calls=calls + (history.calls if history else 0),
    )


def _history(services: Services, desk: _Desk, settings: SiteSettings,
             rng: random.Random) -> History:
    """What the bulk days need: the roster, the demo menu and stock as set up."""
    names = {c.id: c.name for c in desk.rotation.consultants(include_inactive=True)}
    stored = {m.id: m.name for m in desk.bar.menu()}
    quantities = {s.id: s.quantity for s in desk.stock.items(include_inactive=True)}
    return History(
        settings=settings, rules=rules_from(settings), bar_rules=rules_of(services.settings),
        rng=rng, roster=list(desk.roster), names=names, menu_ids=dict(desk.menu_ids),
        menu_names={name: stored[i] for name, i in desk.menu_ids.items()},
        stock_ids=dict(desk.stock_ids),
        quantities={name: quantities[i] for name, i in desk.stock_ids.items()})


def _write_history(services: Services, planner: Planner, bar_planner: BarPlanner,
                   history: History, days: list[date], today: date, now: datetime,
                   progress: Callable[[int, int], None] | None, total_days: int) -> None:
    """The older past days, planned like the others and written one transaction a day."""
    last_past = today - timedelta(days=1)
    for index, day in enumerate(days):
        plans = planner.past_day(day, returning_ok=index > 0)
        duty = planner.duty(day, plans, now)
        visits = {id(p): v for p in plans
                  if (v := bar_planner.visit(p)) is not None}
        stock_day = bar_planner.stock_day(day, today, opening=index == 0, last_past=last_past)
        write_batch(services.db, history.day(day, plans, duty, visits, stock_day))
        planner.remember(plans)
        planner.pool.extend(history.calls_today())
        if progress is not None:
            progress((index + 1) * PROGRESS_PER_DAY, total_days * PROGRESS_PER_DAY)


@dataclass
class _Desk:
    """The services the replay writes through, and what the desk remembers."""

    arrivals: ArrivalService
    rotation: RotationService
    bar: BarService
    stock: StockService
    #: The demo accounts by key (see demo.accounts.demo_actors).
    actors: dict[str, Actor] = field(default_factory=dict)
    #: Demo consultant ids, in roster order.
    roster: list[int] = field(default_factory=list)
    #: The demo menu and stock: ids by the names of `demo.bar_plan` (stored names may differ).
    menu_ids: dict[str, int] = field(default_factory=dict)
    stock_ids: dict[str, int] = field(default_factory=dict)
    #: The planned override could not be done then: the next new customer gets it.
    override_pending: bool = False
    override_done: bool = False
    #: Lunches and errands waiting for someone to be free.
    pending: list[Absence] = field(default_factory=list)


def _make_roster(rotation: RotationService, rng: random.Random, admin: Actor) -> list[int]:
    """Eight demo consultants with staff numbers XS001... not used by a real one."""
    taken = {c.staff_no for c in rotation.consultants(include_inactive=True)}
    numbers = (f"{STAFF_PREFIX}{n:03d}" for n in range(1, 1000))
    free = (n for n in numbers if n not in taken)
    roster = []
    for name in CONSULTANTS:
        phone = mobile(rng)
        record = rotation.save_consultant(
            ConsultantDraft(name=name, staff_no=next(free), phone=phone), actor=admin,
            demo=True)
        roster.append(record.id)
    return roster


Action = Callable[[_Desk], None]
ActionList = list[tuple[datetime, tuple[int, int, int], Action]]


def _actions(plans: list[Plan], duties: list[Duty], bar: BarPlan) -> ActionList:
    """Every write of every plan, every day's duty and the bar's day, in time order."""
    out: ActionList = []
    if bar.set_up is not None:
        out.append((bar.set_up, (-1, 0, 0), lambda desk: _set_up_bar(desk, bar.low_opening)))
    for index, stock_day in enumerate(bar.days):
        if stock_day.morning is not None:
            out.append((stock_day.morning, (2, index, 0),
                        lambda desk, sd=stock_day: _goods_in(desk, sd)))
        if stock_day.count_at is not None:
            out.append((stock_day.count_at, (2, index, 1),
                        lambda desk, sd=stock_day: _closing_count(desk, sd)))
    for index, duty in enumerate(duties):
        for seq, (at, who) in enumerate(duty.sign_ins):
            out.append((at, (0, index, seq), lambda desk, who=who: _sign_in(desk, who)))
        for seq, absence in enumerate(duty.absences):
            out.append((absence.start, (0, index, 100 + seq),
                        lambda desk, absence=absence: _leave(desk, absence)))
            out.append((absence.end, (0, index, 200 + seq),
                        lambda desk, absence=absence: _come_back(desk, absence)))
        if duty.sign_off is not None:
            out.append((duty.sign_off, (0, index, 300), _sign_off))
    for index, plan in enumerate(sorted(plans, key=lambda p: p.arrive)):
        seq = 0

        def add(at: datetime, action: Action, index: int = index) -> None:
            nonlocal seq
            out.append((at, (1, index, seq), action))
            seq += 1

        add(plan.arrive, lambda desk, plan=plan: _register(desk, plan))
        for at, stage in plan.steps:
            if stage is Stage.RECEIVED:
                add(at, lambda desk, plan=plan: _receive(desk, plan))
                continue
            place = plan.place if stage is Stage.SEATED else None
            add(at, lambda desk, plan=plan, stage=stage, place=place:
                desk.arrivals.move(_id(plan), stage, place))
        if plan.invalid is not None:
            at, reason, note = plan.invalid
            add(at, lambda desk, plan=plan, reason=reason, note=note:
                desk.arrivals.mark_invalid(_id(plan), reason, note))
        visit = bar.visits.get(id(plan))
        if visit is not None:
            for at, action in _bar_actions(plan, visit):
                add(at, action)
    # Time first; within a party its own order. Ties between parties never involve
    # one place (seating keeps a second either side).
    out.sort(key=lambda item: (item[0], item[1]))
    return out


def _id(plan: Plan) -> int:
    assert plan.party_id is not None
    return plan.party_id


def _register(desk: _Desk, plan: Plan) -> None:
    record = desk.arrivals.register(PartyDraft(
        surname=plan.surname, honorific=plan.honorific, size=plan.size, kind=plan.kind,
        channel=plan.channel, phone=plan.phone, plate=plan.plate,
        description=plan.description, note=plan.note,
    ), demo=True, at=plan.arrive)
    plan.party_id = record.id


# -- the team's day ---------------------------------------------------------------------

def _sign_in(desk: _Desk, who: int) -> None:
    consultant = desk.roster[who]
    if not desk.rotation.state().on_duty(consultant):
        desk.rotation.sign_in(consultant, actor=DESK)


def _leave(desk: _Desk, absence: Absence) -> None:
    """Lunch or an errand, for whoever is free of the team: never the last free one.

    When nobody can be spared it waits until two are free (`_pending_absences`).
    """
    state = desk.rotation.state()
    free = [c for c in state.available() if c in desk.roster]
    if len(free) < 2:
        if not absence.pending:
            absence.pending = True
            desk.pending.append(absence)
        return
    preferred = desk.roster[absence.prefer]
    who = preferred if preferred in free else free[-1]
    desk.rotation.set_status(who, absence.status, actor=DESK)
    absence.who = who
    if absence.pending:
        absence.pending = False
        desk.pending.remove(absence)


def _pending_absences(desk: _Desk, at: datetime) -> None:
    """A postponed lunch or errand starts as soon as two of the team are free."""
    for absence in list(desk.pending):
        if absence.may_start(at):
            _leave(desk, absence)
        else:
            absence.pending = False
            desk.pending.remove(absence)


def _come_back(desk: _Desk, absence: Absence) -> None:
    if absence.who is None:
        return
    if desk.rotation.state().status.get(absence.who) is absence.status:
        desk.rotation.set_status(absence.who, DutyStatus.AVAILABLE, actor=DESK)


def _sign_off(desk: _Desk) -> None:
    state = desk.rotation.state()
    for consultant in list(state.order):
        if consultant in desk.roster and not state.receiving.get(consultant):
            desk.rotation.set_status(consultant, DutyStatus.OFF, actor=DESK)


def _call_someone(desk: _Desk) -> None:
    """Nobody is free: call one back from a break or an errand, or sign one more in."""
    state = desk.rotation.state()
    away = [c for c in state.order if c in desk.roster
            and state.status.get(c) in (DutyStatus.BREAK, DutyStatus.OUT)]
    if away:
        desk.rotation.set_status(away[0], DutyStatus.AVAILABLE, actor=DESK)
        return
    missing = [c for c in desk.roster if not state.on_duty(c)]
    if missing:
        desk.rotation.sign_in(missing[0], actor=DESK)


# -- receiving a party --------------------------------------------------------------------

def _receive(desk: _Desk, plan: Plan) -> None:
    """The desk calls a consultant for the party, by the rotation's rules."""
    rotation, party = desk.rotation, _id(plan)
    proposal = rotation.propose(plan.phone, party)
    if proposal.consultant_id is None:
        _call_someone(desk)
        proposal = rotation.propose(plan.phone, party)
    if proposal.owner_id is None and (plan.override or desk.override_pending) \
            and not desk.override_done:
        if _override(desk, party, proposal.consultant_id):
            return
        desk.override_pending = True
    if plan.miss_turn and proposal.mode in (AssignMode.TURN, AssignMode.FILL_IN) \
            and proposal.consultant_id in desk.roster:
        state = rotation.state()
        if state.on_deck() is not None:
            rotation.missed_turn(proposal.consultant_id, actor=DESK)
            proposal = rotation.propose(plan.phone, party)
    consultant = proposal.consultant_id
    if consultant is None:  # everyone is with a customer: the head of the queue doubles up
        consultant = rotation.state().order[0]
    if consultant not in desk.roster:
        # A real consultant is on duty too (the demo was forced onto real data): demo
        # customers stay with the demo team, by the manager's decision.
        state = rotation.state()
        ours = [c for c in state.available() if c in desk.roster] or \
            [c for c in state.order if c in desk.roster] or desk.roster[:1]
        rotation.assign(party, ours[0], manager=desk.actors["department_head"],
                        reason=OVERRIDE_REASON)
        return
    rotation.assign(party, consultant, actor=DESK)


def _override(desk: _Desk, party: int, proposed: int | None) -> bool:
    """The customer asks for a consultant who is not up; the manager agrees."""
    state = desk.rotation.state()
    others = [c for c in state.available() if c != proposed and c in desk.roster]
    if proposed is None or not others:
        return False
    desk.rotation.assign(party, others[-1], manager=desk.actors["department_head"],
                         reason=OVERRIDE_REASON)
    desk.override_pending = False
    desk.override_done = True
    return True


# -- the water bar ---------------------------------------------------------------------------

def _free_name(name: str, taken: set[str]) -> str:
    """A real drink or item of the same name stays as it is: the demo's is marked."""
    return name if name not in taken else f"{name}（演示）"


def _set_up_bar(desk: _Desk, low_opening: float) -> None:
    """The demo stock (full, but LOW_ITEM as planned) and the demo menu."""
    taken = {s.name for s in desk.stock.items(include_inactive=True)}
    for spec in DEMO_STOCK:
        quantity = low_opening if spec.name == LOW_ITEM else spec.target
        record = desk.stock.save_item(_free_name(spec.name, taken), spec.unit, spec.threshold,
                                      quantity=quantity, actor=desk.actors["admin"], demo=True)
        desk.stock_ids[spec.name] = record.id
    on_menu = {m.name for m in desk.bar.menu()}
    for drink in DEMO_MENU:
        record = desk.bar.save_menu_item(
            _free_name(drink.name, on_menu), drink.category,
            [(desk.stock_ids[item], quantity) for item, quantity in drink.recipe],
            actor=desk.actors["admin"], demo=True)
        desk.menu_ids[drink.name] = record.id


def _goods_in(desk: _Desk, day: StockDay) -> None:
    """The morning's deliveries: what runs low, and fresh goods every day."""
    quantities = {s.id: s.quantity for s in desk.stock.items(include_inactive=True)}
    received = False
    for spec in DEMO_STOCK:
        item = desk.stock_ids[spec.name]
        if (day.skip_low and spec.name == LOW_ITEM) or item not in quantities:
            continue
        amount = receipt_quantity(spec, quantities[item])
        if amount > 0:
            desk.stock.receive(item, amount, note=spec.note, actor=BAR_ACTOR)
            received = True
    fruit = SPECS[DAILY_ITEM]
    if not received and desk.stock_ids[DAILY_ITEM] in quantities:
        # A quiet day before: the fruit shop still brings its daily box.
        desk.stock.receive(desk.stock_ids[DAILY_ITEM], fruit.pack, note=fruit.note,
                           actor=BAR_ACTOR)


def _closing_count(desk: _Desk, day: StockDay) -> None:
    quantities = {s.id: s.quantity for s in desk.stock.items(include_inactive=True)}
    counted = {
        desk.stock_ids[name]: counted_quantity(SPECS[name], quantities[desk.stock_ids[name]],
                                               variance, day.spoilt)
        for name, variance in day.variances.items() if desk.stock_ids[name] in quantities}
    desk.stock.close_day(day.day, counted, actor=BAR_ACTOR)


def _lines(desk: _Desk, cup: CupOrder) -> list[OrderLine]:
    return [OrderLine(desk.menu_ids[name], count) for name, count in cup.lines]


def _order(desk: _Desk, plan: Plan, cup: CupOrder) -> None:
    cup.order_id = desk.bar.order(_id(plan), _lines(desk, cup), cup.source,
                                  from_refill=cup.from_refill, demo=True).id


def _bump(desk: _Desk, cup: CupOrder) -> None:
    if cup.order_id is not None:
        desk.bar.bump(cup.order_id)


def _refill_round(desk: _Desk, plan: Plan, round_: RefillRound) -> None:
    """The attendant answers the table's open refill round."""
    with desk.bar.db.read() as session:
        checks = BarRepository(session).open_checks(_id(plan))
        check = checks[0].id if checks else None
    if check is None:  # nothing due (never expected): a new drink is still a new cup
        if round_.new is not None:
            _order(desk, plan, round_.new)
        return
    new = desk.bar.refill_done(check, round_.outcome,
                               _lines(desk, round_.new) if round_.new else None, demo=True)
    if new is not None and round_.new is not None:
        round_.new.order_id = new.id


def _clear_table(desk: _Desk, plan: Plan) -> None:
    with desk.bar.db.read() as session:
        task = DemoRepository(session).open_table_task(_id(plan))
    if task is not None:
        desk.bar.table_cleared(task)


def _bar_actions(plan: Plan, visit: BarVisit) -> list[tuple[datetime, Action]]:
    """The bar's writes for one party, in time order (an order always before its bump)."""
    out: list[tuple[datetime, Action]] = []
    for cup in visit.orders:
        out.append((cup.at, lambda desk, cup=cup: _order(desk, plan, cup)))
        if cup.served is not None:
            out.append((cup.served, lambda desk, cup=cup: _bump(desk, cup)))
    for round_ in visit.rounds:
        out.append((round_.at, lambda desk, r=round_: _refill_round(desk, plan, r)))
        if round_.new is not None and round_.new.served is not None:
            out.append((round_.new.served, lambda desk, cup=round_.new: _bump(desk, cup)))
    for at, text in visit.remarks:
        out.append((at, lambda desk, text=text: desk.bar.add_remark(_id(plan), text)))
    if visit.cleared is not None:
        out.append((visit.cleared, lambda desk: _clear_table(desk, plan)))
    out.sort(key=lambda item: item[0])  # stable: ties keep the order above
    return out

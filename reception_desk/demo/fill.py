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

This module plans and orders; the desk's moves are in `replay_desk`, the bar's in
`replay_bar`, and the older past days are written in bulk by `history`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial

from ..domain.errors import DomainError
from ..domain.events import BAR, EVERYTHING, PARTIES, STOCK, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.party import InvalidReason
from ..domain.site_settings import SiteSettings
from ..domain.stages import Stage
from ..domain.timeutil import as_utc, local_date
from ..services.arrivals import ArrivalService
from ..services.bar import BarService, rules_of
from ..services.context import Services
from ..services.rotation import RotationService
from ..services.rotation_log import rules_from
from ..services.stock import StockService
from ..store.bulk import write_batch
from ..store.demo_repo import DemoRepository
from ..store.parties import PartyRepository
from .accounts import create_demo_accounts, demo_actors
from .bar_plan import SET_UP, BarPlan, BarPlanner
from .history import History
from .hotline import fill_demo_hotline
from .reception_requests import fill_demo_requests
from .replay_bar import bar_actions, closing_count, goods_in, set_up_bar
from .replay_desk import (
    Action,
    Desk,
    SettableClock,
    come_back,
    leave,
    make_roster,
    party_id,
    pending_absences,
    receive,
    register,
    sign_in,
    sign_off,
)
from .visit_plan import Duty, Plan, Planner

DEMO_FLAG = "demo_offered"
#: The last past days are replayed action by action through the services (like today);
#: older ones are written in bulk by `history`, one transaction a day.
REPLAYED_PAST_DAYS = 0
#: Progress units a bulk day counts for (a replayed day has hundreds of actions).
PROGRESS_PER_DAY = 100
#: About three years of history (issue 14).
MAX_DAYS = 1100


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

    clock = SettableClock(now)
    desk = Desk(
        arrivals=ArrivalService(services.db, EventBus(), services.settings, clock),
        rotation=RotationService(services.db, EventBus(), services.settings, clock),
        bar=BarService(services.db, EventBus(), services.settings, clock),
        stock=StockService(services.db, EventBus(), services.settings, clock),
        actors=actors,
    )
    desk.roster = make_roster(desk.rotation, rng, actors["admin"])
    history: History | None = None
    if history_days:
        clock.now = planner.local(history_days[0], SET_UP)
        set_up_bar(desk, bar_planner.low_opening(has_past=True))
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
            pending_absences(desk, at)
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


def _history(services: Services, desk: Desk, settings: SiteSettings,
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


ActionList = list[tuple[datetime, tuple[int, int, int], Action]]


def _actions(plans: list[Plan], duties: list[Duty], bar: BarPlan) -> ActionList:
    """Every write of every plan, every day's duty and the bar's day, in time order."""
    out: ActionList = []
    if bar.set_up is not None:
        out.append((bar.set_up, (-1, 0, 0), partial(set_up_bar, low_opening=bar.low_opening)))
    for index, stock_day in enumerate(bar.days):
        if stock_day.morning is not None:
            out.append((stock_day.morning, (2, index, 0),
                        partial(goods_in, day=stock_day)))
        if stock_day.count_at is not None:
            out.append((stock_day.count_at, (2, index, 1),
                        partial(closing_count, day=stock_day)))
    for index, duty in enumerate(duties):
        for seq, (at, who) in enumerate(duty.sign_ins):
            out.append((at, (0, index, seq), partial(sign_in, who=who)))
        for seq, absence in enumerate(duty.absences):
            out.append((absence.start, (0, index, 100 + seq),
                        partial(leave, absence=absence)))
            out.append((absence.end, (0, index, 200 + seq),
                        partial(come_back, absence=absence)))
        if duty.sign_off is not None:
            out.append((duty.sign_off, (0, index, 300), sign_off))
    for index, plan in enumerate(sorted(plans, key=lambda p: p.arrive)):
        seq = 0

        def add(at: datetime, action: Action, index: int = index) -> None:
            nonlocal seq
            out.append((at, (1, index, seq), action))
            seq += 1

        add(plan.arrive, partial(register, plan=plan))
        for at, stage in plan.steps:
            if stage is Stage.RECEIVED:
                add(at, partial(receive, plan=plan))
                continue
            place = plan.place if stage is Stage.SEATED else None
            add(at, partial(_move, plan=plan, stage=stage, place=place))
        if plan.invalid is not None:
            at, reason, note = plan.invalid
            add(at, partial(_mark_invalid, plan=plan, reason=reason, note=note))
        visit = bar.visits.get(id(plan))
        if visit is not None:
            for at, action in bar_actions(plan, visit):
                add(at, action)
    # Time first; within a party its own order. Ties between parties never involve
    # one place (seating keeps a second either side).
    out.sort(key=lambda item: (item[0], item[1]))
    return out


def _move(desk: Desk, plan: Plan, stage: Stage, place: str | None) -> None:
    desk.arrivals.move(party_id(plan), stage, place)


def _mark_invalid(desk: Desk, plan: Plan, reason: InvalidReason, note: str) -> None:
    desk.arrivals.mark_invalid(party_id(plan), reason, note)

"""Demo data for the water bar (水吧): the menu, the stock, and each seated party's drinks.

Planned first, as pure data, like the visits (`demo.visit_plan`): for every party that
sits down, an order a minute or two after seating (one drink a person, some
add water), served usually within one to three minutes and now and then late
(four to six), then refill rounds while the party stays (refilled, declined,
or a different drink: a new cup and a new order), a remark now and then, and
the table cleared a few minutes after the party left. Each past day has goods
in each morning and the closing count at the set time (18:50) with small
variances. Today stops at the clock: orders waiting in each timer state, a
refill round due, a table still to clear, and one item below its threshold.

`demo.replay_bar` replays it through the services; `demo.history_bar` writes older days in bulk.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ..domain.bar import DrinkCategory, OrderSource, RefillOutcome
from ..domain.site_settings import SiteSettings
from ..domain.stages import Stage
from ..domain.timeutil import as_utc
from .visit_plan import Plan, _minutes, _weighted, constant_weights


@dataclass(frozen=True)
class StockSpec:
    name: str
    unit: str
    threshold: float
    #: Goods in fill up to this.
    target: float
    #: Goods come in whole packs of this many units.
    pack: float
    #: Fresh goods come every morning; the others when down to twice the threshold.
    fresh: bool
    note: str


@dataclass(frozen=True)
class MenuSpec:
    name: str
    category: DrinkCategory
    recipe: tuple[tuple[str, float], ...]
    #: How often guests choose it.
    weight: float


DEMO_STOCK: tuple[StockSpec, ...] = (
    StockSpec("龙井茶叶", "包", 20, 100, 50, False, "公司物资领用"),
    StockSpec("碧螺春茶叶", "包", 20, 80, 40, False, "公司物资领用"),
    StockSpec("普洱茶叶", "包", 15, 60, 30, False, "公司物资领用"),
    StockSpec("咖啡豆", "克", 800, 3000, 1000, False, "供应商送货"),
    StockSpec("牛奶", "毫升", 1000, 4000, 1000, True, "供应商送货"),
    StockSpec("橙子", "个", 15, 40, 10, True, "水果店送货"),
    StockSpec("柠檬", "个", 10, 30, 10, False, "水果店送货"),
    StockSpec("蜂蜜", "克", 200, 1000, 500, False, "超市采购"),
    StockSpec("矿泉水", "瓶", 48, 240, 24, False, "送水公司"),
    StockSpec("纸杯", "个", 100, 500, 100, False, "公司物资领用"),
    StockSpec("茶杯", "个", 60, 300, 100, False, "公司物资领用"),
    StockSpec("吸管", "根", 50, 300, 100, False, "公司物资领用"),
)

DEMO_MENU: tuple[MenuSpec, ...] = (
    MenuSpec("龙井", DrinkCategory.TEA, (("龙井茶叶", 1), ("茶杯", 1)), 20),
    MenuSpec("碧螺春", DrinkCategory.TEA, (("碧螺春茶叶", 1), ("茶杯", 1)), 12),
    MenuSpec("普洱", DrinkCategory.TEA, (("普洱茶叶", 1), ("茶杯", 1)), 10),
    MenuSpec("美式咖啡", DrinkCategory.COFFEE, (("咖啡豆", 18), ("纸杯", 1)), 12),
    MenuSpec("拿铁", DrinkCategory.COFFEE, (("咖啡豆", 18), ("牛奶", 150), ("纸杯", 1)), 12),
    MenuSpec("橙汁", DrinkCategory.JUICE, (("橙子", 2), ("纸杯", 1), ("吸管", 1)), 9),
    MenuSpec("柠檬水", DrinkCategory.JUICE, (("柠檬", 0.5), ("蜂蜜", 10), ("纸杯", 1)), 12),
    MenuSpec("矿泉水", DrinkCategory.WATER, (("矿泉水", 1),), 13),
)
WATER = "矿泉水"
#: Delivered every morning, even after a quiet day.
DAILY_ITEM = "橙子"
#: Not delivered in the last days and some found spoilt at the last count: the bar
#: shows it below its threshold (and it heads the requisition sheet).
LOW_ITEM = "柠檬"
#: Goods in for LOW_ITEM stop this many days before today.
LOW_ITEM_DRY_DAYS = 3

REMARKS: dict[str, float] = {
    "茶很好喝": 4, "空调有点冷": 3, "希望有无糖饮品": 3, "服务很周到，续杯很及时": 2,
    "咖啡有点苦": 1, "橙汁很新鲜": 1,
}
REMARK_SHARE = 0.12
SOURCES: dict[OrderSource, float] = {
    OrderSource.DESK: 55, OrderSource.CONSULTANT: 35, OrderSource.BAR: 10,
}
OUTCOMES: dict[RefillOutcome, float] = {
    RefillOutcome.REFILLED: 55, RefillOutcome.DECLINED: 27, RefillOutcome.NEW_DRINK: 18,
}
LATE_SHARE = 0.07
EXTRA_WATER_SHARE = 0.25
#: Who the bar's own actions are recorded as.
BAR_ACTOR = "水吧"
MORNING = time(8, 40)
SET_UP = time(8, 20)
#: Nothing happens at a table in its last half minute before the party stands up.
MARGIN = timedelta(seconds=30)


@dataclass
class CupOrder:
    """One drink order: when, what (menu names), by whom, and when served (None: not)."""

    at: datetime
    lines: list[tuple[str, int]]
    source: OrderSource
    served: datetime | None
    from_refill: bool = False
    #: Set during the replay.
    order_id: int | None = None


@dataclass
class RefillRound:
    """The attendant at the table for a due refill round."""

    at: datetime
    outcome: RefillOutcome
    #: A different drink: a new cup, a new order (RefillOutcome.NEW_DRINK).
    new: CupOrder | None = None


@dataclass
class BarVisit:
    """Everything the bar does for one seated party, in time order within each list."""

    orders: list[CupOrder] = field(default_factory=list)
    rounds: list[RefillRound] = field(default_factory=list)
    remarks: list[tuple[datetime, str]] = field(default_factory=list)
    #: The table cleared after the party left (None: still to do, or never sat).
    cleared: datetime | None = None


@dataclass
class StockDay:
    """Goods in at `morning`; the closing count at `count_at` with its variances."""

    day: date
    morning: datetime | None
    count_at: datetime | None
    #: Stock item name -> counted minus expected (a small shortage now and then).
    variances: dict[str, float] = field(default_factory=dict)
    #: LOW_ITEM: spoilt ones found at this count; it ends below its threshold.
    spoilt: bool = False
    #: Goods in skip LOW_ITEM on this day.
    skip_low: bool = False


@dataclass
class BarPlan:
    #: When the demo menu and stock are set up (None: earlier history did it).
    set_up: datetime | None
    visits: dict[int, BarVisit]
    days: list[StockDay]
    #: LOW_ITEM's opening quantity (below the threshold when there is no past day).
    low_opening: float


#: Every drink of the menu by weight, and each drink's place on the menu.
_MENU_WEIGHTS = constant_weights({m.name: m.weight for m in DEMO_MENU})
_MENU_ORDER = {m.name: index for index, m in enumerate(DEMO_MENU)}
constant_weights(SOURCES)
constant_weights(OUTCOMES)
constant_weights(REMARKS)


def _clock_time(text: str, default: time) -> time:
    try:
        hours, minutes = (int(part) for part in text.split(":")[:2])
        return time(hours, minutes)
    except (ValueError, TypeError):
        return default


class BarPlanner:
    def __init__(self, rng: random.Random, settings: SiteSettings, now: datetime) -> None:
        self.rng = rng
        self.settings = settings
        self.zone = settings.zone()
        self.now = now
        self.refill = timedelta(minutes=settings.refill_minutes)
        self.serve_minutes = settings.serve_minutes

    def local(self, day: date, at: time) -> datetime:
        return as_utc(datetime.combine(day, at, tzinfo=self.zone))

    # -- what and who ----------------------------------------------------------------
    def _drink(self, exclude: Collection[str] = ()) -> str:
        if not exclude:
            return _weighted(self.rng, _MENU_WEIGHTS)
        weights = {m.name: m.weight for m in DEMO_MENU if m.name not in exclude}
        return _weighted(self.rng, weights or _MENU_WEIGHTS)

    def drinks(self, size: int) -> list[tuple[str, int]]:
        """One drink a person; a quarter of the tables also want water (1-2 a person)."""
        picks: Counter[str] = Counter(self._drink() for _ in range(size))
        if self.rng.random() < EXTRA_WATER_SHARE:
            picks[WATER] += self.rng.randint(1, size)
        return sorted(picks.items(), key=lambda item: _MENU_ORDER[item[0]])

    def new_drink(self, size: int, had: set[str]) -> list[tuple[str, int]]:
        """At a refill round, someone wants something else: a new cup."""
        return [(self._drink(had | {WATER}), self.rng.randint(1, min(2, size)))]

    def serve_delay(self, *, in_time: bool = False) -> timedelta:
        """Usually within 1-3 minutes; now and then late (1-3 minutes past the promise)."""
        if not in_time and self.rng.random() < LATE_SHARE:
            return _minutes(self.rng, self.serve_minutes + 1, self.serve_minutes + 3)
        return _minutes(self.rng, 0.8, min(2.9, self.serve_minutes - 0.1))

    # -- one party ---------------------------------------------------------------------
    def visit(self, plan: Plan, *, open_at: datetime | None = None,
              leave_round_due: bool = False) -> BarVisit | None:
        """The bar's part of a seated party's visit; None if it never sat down.

        A party still seated today: nothing after `open_at` (an order left waiting
        then) or now; `leave_round_due`: the last refill round is left due.
        """
        seat = plan.time_of(Stage.SEATED)
        if seat is None:
            return None
        rng = self.rng
        stands_up = plan.leaves(Stage.SEATED)
        # Serving goes on until they get up (or now); nothing new after `open_at`.
        serve_limit = stands_up - MARGIN if stands_up is not None else self.now
        limit = serve_limit if stands_up is not None else open_at or self.now
        visit = BarVisit()
        had: set[str] = set()

        def served_by(ordered: datetime, *, in_time: bool = False) -> datetime | None:
            served = ordered + self.serve_delay(in_time=in_time)
            if served <= serve_limit:
                return served
            if stands_up is not None and serve_limit - ordered >= timedelta(seconds=40):
                return serve_limit  # served just before they get up
            return None  # still waiting (today), or closed when they leave

        first_at = seat + _minutes(rng, 0.5, 2)
        if first_at >= limit - timedelta(seconds=40):
            # Sat down just now: the order comes once they are settled (half a minute).
            first_at = seat + timedelta(seconds=max(30, round((limit - seat).total_seconds()
                                                            / 3)))
        if first_at < limit and (open_at is None or first_at < open_at):
            lines = self.drinks(plan.size)
            had.update(name for name, _ in lines)
            first = CupOrder(first_at, lines, _weighted(rng, SOURCES),
                             served_by(first_at, in_time=leave_round_due))
            visit.orders.append(first)
            due = first.served + self.refill if first.served else None
            while due is not None:
                handled = due + _minutes(rng, 0, 3)
                if handled > limit or (leave_round_due and handled + self.refill > limit):
                    break
                outcome = _weighted(rng, OUTCOMES)
                if outcome is RefillOutcome.NEW_DRINK:
                    lines = self.new_drink(plan.size, had)
                    had.update(name for name, _ in lines)
                    cup = CupOrder(handled, lines, OrderSource.BAR, served_by(handled),
                                   from_refill=True)
                    visit.rounds.append(RefillRound(handled, outcome, cup))
                    due = cup.served + self.refill if cup.served else None
                else:
                    visit.rounds.append(RefillRound(handled, outcome))
                    due = handled + self.refill
            if due is not None and stands_up is not None and plan.departed != stands_up:
                # Gone on the show-flat tour: the attendant finds the table empty and
                # ends the round; no new one while nobody sits there.
                handled = max(due, stands_up) + _minutes(rng, 0.5, 2)
                if handled < (plan.departed or self.now) - MARGIN:
                    visit.rounds.append(RefillRound(handled, RefillOutcome.DECLINED))
        if open_at is not None:
            # Another order for the table (加单), still waiting now.
            lines = ([(self._drink(), rng.randint(1, min(2, plan.size)))] if visit.orders
                     else self.drinks(plan.size))
            visit.orders.append(CupOrder(open_at, lines, _weighted(
                rng, {OrderSource.DESK: 1, OrderSource.CONSULTANT: 1}), None))
        span = limit - seat
        if span > timedelta(minutes=4) and rng.random() < REMARK_SHARE:
            at = seat + timedelta(seconds=round(span.total_seconds() * rng.uniform(0.4, 0.95)))
            visit.remarks.append((at, _weighted(rng, REMARKS)))
        if plan.departed is not None and plan.place:
            visit.cleared = plan.departed + _minutes(rng, 1.5, 6)
        return visit

    # -- every party -------------------------------------------------------------------
    def plan(self, days: list[tuple[date, list[Plan]]], *, opening: bool = True) -> BarPlan:
        """The bar's plan for the demo period; the last day is today.

        `opening`: the bar is set up on the first day (False: earlier history set it up,
        and the first day starts with goods in like any other).
        """
        today, today_plans = days[-1]
        visits: dict[int, BarVisit] = {}
        open_slots, refill_party = self._today_roles(today_plans)
        for _day, plans in days:
            for plan in plans:
                visit = self.visit(plan, open_at=open_slots.get(id(plan)),
                                   leave_round_due=id(plan) == refill_party)
                if visit is not None:
                    visits[id(plan)] = visit
        # Today: the table of the party that left last is still to be cleared (a party
        # whose departure left a task: nobody else sat at its table by then).
        gone = [p for p in today_plans if p.departed is not None and p.place
                and id(p) in visits and not _taken(today_plans, p)]
        if gone:
            visits[id(max(gone, key=lambda p: p.departed or self.now))].cleared = None
        past = [d for d, _ in days[:-1]]
        last_past = today - timedelta(days=1) if (past or not opening) else None
        stock_days = [self.stock_day(day, today, opening=opening and index == 0,
                                     last_past=last_past)
                      for index, day in enumerate([*past, today])]
        set_up: datetime | None = None
        if opening:
            first_arrival = min((p.arrive for _, plans in days for p in plans),
                                default=self.local(days[0][0], SET_UP))
            set_up = min(self.local(days[0][0], SET_UP), first_arrival - timedelta(minutes=30))
        low_opening = self.low_opening(has_past=last_past is not None)
        return BarPlan(set_up, visits, stock_days, low_opening)

    def low_opening(self, *, has_past: bool) -> float:
        """LOW_ITEM's opening quantity (below the threshold when there is no past day)."""
        low = SPECS[LOW_ITEM]
        return low.target if has_past else low.threshold - 3

    def stock_day(self, day: date, today: date, *, opening: bool,
                  last_past: date | None) -> StockDay:
        """Goods in (not on the opening day) and the closing count (not today) of one day."""
        rng = self.rng
        count_time = _clock_time(self.settings.closing_count_time, time(18, 50))
        stock_day = StockDay(
            day=day,
            morning=None if opening else self.local(day, MORNING) + _minutes(rng, 0, 15),
            count_at=(self.local(day, count_time) + _minutes(rng, 0, 8)
                      if day < today else None),
            skip_low=(day > today - timedelta(days=LOW_ITEM_DRY_DAYS + 1)
                      if last_past is not None else True),
            spoilt=last_past is not None and day == last_past,
        )
        if stock_day.count_at is not None:
            stock_day.variances = {spec.name: self._variance(spec) for spec in DEMO_STOCK}
        return stock_day

    def _today_roles(self, plans: list[Plan]) -> tuple[dict[int, datetime], int | None]:
        """Who sits now: the longest seated has a refill round due; others have an order
        waiting: one late, one amber, one just placed (as the tables allow)."""
        seated = sorted((p for p in plans if p.departed is None
                         and p.leaves(Stage.SEATED) is None
                         and p.time_of(Stage.SEATED) is not None),
                        key=lambda p: p.time_of(Stage.SEATED) or self.now)
        if not seated:
            return {}, None
        refill_party = seated[0]
        serve = self.serve_minutes
        amber = self.settings.serve_amber_minutes
        slots = [
            self.now - _minutes(self.rng, serve + 1.2, serve + 2),  # late
            self.now - _minutes(self.rng, amber + 0.2, (amber + serve) / 2 + 0.1),  # amber
            self.now - _minutes(self.rng, 0.3, min(1.0, amber * 0.6)),  # in time
        ]
        candidates = [*seated[1:], refill_party]
        chosen: dict[int, datetime] = {}
        for slot in slots:
            for plan in candidates:
                seat = plan.time_of(Stage.SEATED)
                if id(plan) not in chosen and seat is not None and \
                        seat <= slot - timedelta(minutes=1):
                    chosen[id(plan)] = slot
                    break
        return chosen, id(refill_party)

    def _variance(self, spec: StockSpec) -> float:
        """Counted minus expected at closing: mostly none, now and then a small shortage."""
        rng = self.rng
        roll = rng.random()
        if spec.unit in ("克", "毫升"):  # weighed or measured: a little either way
            if roll < 0.55:
                return 0.0
            step = 1 if spec.unit == "克" else 10
            size = rng.randint(1, 12) if roll < 0.9 else rng.randint(12, 30)
            return float(step * (size if rng.random() < 0.25 else -size))
        if roll < 0.85:
            return 0.0
        return -1.0 if roll < 0.97 else -2.0


def _taken(plans: list[Plan], leaving: Plan) -> bool:
    """Another party sits at `leaving`'s table when it departs (no table task then)."""
    moment = leaving.departed
    for other in plans:
        seat = other.time_of(Stage.SEATED)
        if other is leaving or other.place != leaving.place or seat is None or moment is None:
            continue
        up = other.leaves(Stage.SEATED)
        if seat <= moment and (up is None or moment < up):
            return True
    return False


def receipt_quantity(spec: StockSpec, quantity: float) -> float:
    """Goods in this morning: fresh ones daily up to the target, others when running low."""
    due = quantity < spec.target if spec.fresh else quantity <= 2 * spec.threshold
    if not due:
        return 0.0
    return math.ceil((spec.target - quantity) / spec.pack) * spec.pack


def counted_quantity(spec: StockSpec, expected: float, variance: float,
                     spoilt: bool) -> float:
    """What the attendant counts; LOW_ITEM loses some to spoiling on the chosen day."""
    counted = expected + variance
    if spoilt and spec.name == LOW_ITEM:
        counted = min(counted - 1, spec.threshold - 2)
    step = 10 if spec.unit == "毫升" else 1 if spec.unit == "克" else 0.5
    return max(0.0, round(round(counted / step) * step, 3))


SPECS: Mapping[str, StockSpec] = {s.name: s for s in DEMO_STOCK}

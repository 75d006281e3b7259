"""Water-bar statistics (水吧统计) for a day or a period: read-only, no Qt.

For the local days ``date_from``..``date_to`` (site time zone):

* orders and items: drink orders created in the period, whatever became of them
  (served, still open, or closed because the party left), and the drinks in them;
* time to serve: from ordering to the bump, over the orders served (a recalled bump
  no longer counts); the median, and the 90th percentile by the nearest-rank rule
  (the time within which at least 90% of those orders were served);
* share served within the promise: served orders served no later than the serve
  time (setting, default 3 minutes) after ordering;
* refills per party: refill rounds finished in the period with the outcome
  "refilled" (same cup), divided by the parties that ordered in the period; a
  different drink at a refill round is a new cup and counts as a new order;
* consumption per stock item: what serving took out of stock in the period (serve
  movements minus recalls), per item.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain.bar import RefillOutcome, served_late
from ..domain.timeutil import as_utc, local_day_bounds
from ..store.bar_repo import BarRepository
from .bar import rules_of

if TYPE_CHECKING:
    from .context import Services


@dataclass(frozen=True)
class ItemConsumption:
    stock_item_id: int
    name: str
    unit: str
    quantity: float


@dataclass(frozen=True)
class BarStats:
    date_from: date
    date_to: date
    serve_minutes: int
    orders: int
    items: int
    served: int
    #: Seconds from ordering to serving, over served orders; None when none was served.
    median_seconds: float | None
    p90_seconds: float | None
    #: Served orders served within the promise.
    in_time: int
    #: Parties that ordered at least once in the period.
    parties: int
    #: Refill rounds done with the outcome "refilled".
    refills: int
    #: Orders that came from a refill round (a new cup of another drink).
    new_cups: int
    consumption: tuple[ItemConsumption, ...]

    @property
    def late(self) -> int:
        return self.served - self.in_time

    @property
    def in_time_share(self) -> float | None:
        """0..1; None when nothing was served."""
        return self.in_time / self.served if self.served else None

    @property
    def refills_per_party(self) -> float | None:
        return self.refills / self.parties if self.parties else None


def percentile_nearest_rank(values: list[float], percent: float) -> float | None:
    """The smallest value with at least ``percent``% of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


def bar_stats(services: Services, date_from: date, date_to: date) -> BarStats:
    """The bar's figures for the local days date_from..date_to (inclusive)."""
    if date_from > date_to:
        raise ValueError("date_from is after date_to")
    rules = rules_of(services.settings)
    zone = services.settings.current().zone()
    start = local_day_bounds(date_from, zone)[0]
    end = local_day_bounds(date_to, zone)[1]
    with services.db.read() as session:
        repo = BarRepository(session)
        orders = repo.orders_between(start, end)
        checks = repo.checks_done_between(start, end)
        movements = [m for m in repo.movements_between(start, end)
                     if m.kind in ("serve", "recall")]
        stock = repo.stock_items_by_id()
        waits: list[float] = []
        in_time = 0
        for order in orders:
            if order.served_at is None:
                continue
            ordered_at, served_at = as_utc(order.created_at), as_utc(order.served_at)
            waits.append((served_at - ordered_at).total_seconds())
            if not served_late(ordered_at, served_at, rules):
                in_time += 1
        used: dict[int, float] = {}
        for movement in movements:
            used[movement.stock_item_id] = used.get(movement.stock_item_id, 0.0) \
                - movement.quantity
        consumption = tuple(sorted(
            (ItemConsumption(item_id, stock[item_id].name, stock[item_id].unit,
                             round(quantity, 3))
             for item_id, quantity in used.items()
             if item_id in stock and round(quantity, 3) != 0),
            key=lambda c: c.name))
        return BarStats(
            date_from=date_from,
            date_to=date_to,
            serve_minutes=rules.serve_minutes,
            orders=len(orders),
            items=sum(line.count for order in orders for line in order.lines),
            served=len(waits),
            median_seconds=statistics.median(waits) if waits else None,
            p90_seconds=percentile_nearest_rank(waits, 90),
            in_time=in_time,
            parties=len({order.party_id for order in orders}),
            refills=sum(1 for c in checks if c.outcome == RefillOutcome.REFILLED.value),
            new_cups=sum(1 for order in orders if order.from_refill),
            consumption=consumption,
        )

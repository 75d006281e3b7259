"""The water bar and the stock of a bulk demo day, as `BarService` and `StockService` write them.

`bar_rows` writes the day's drink orders and their lines, serving, refill rounds
(one due `refill_minutes` after serving or the last round), remarks, and at a
departure what is still open closed and the table left to clear; `stock_rows`
writes goods in, the stock leaving with each drink served, and the closing count,
in time order, keeping `History.quantities` as the bar would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ..domain.bar import OrderStatus, RefillOutcome, next_refill_due
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

if TYPE_CHECKING:
    from .history import DayVisit, History


_OPEN, _SERVED, _CLOSED = (OrderStatus.OPEN.value, OrderStatus.SERVED.value,
                           OrderStatus.CLOSED.value)
#: The day's bar events in time order (then rank, table, and each table's own order).
_EVENT_ORDER = itemgetter(0, 1, 2, 3)
#: Each drink's recipe by stock name (bar_plan names).
_RECIPES: dict[str, tuple[tuple[str, float], ...]] = {m.name: m.recipe for m in DEMO_MENU}


@dataclass
class _Table:
    """The bar's state for one party during the day: its orders and its open round."""

    visit: DayVisit
    bar: BarVisit
    orders: dict[int, Row] = field(default_factory=dict)
    check: Row | None = None


def bar_rows(history: History, ids: Ids, batch: Batch, built: list[DayVisit],
             visits: dict[int, BarVisit]) -> list[tuple[datetime, int, str, float, int | None]]:
    """Orders, refill rounds, remarks and table tasks, written in the order they happen
    (ids follow the clock); returns the stock's serves."""
    serves: list[tuple[datetime, int, str, float, int | None]] = []
    # Who sat where and when, by place (a departure asks about its own place only).
    seats: dict[str, list[tuple[datetime | None, datetime | None, DayVisit]]] = {}
    for v in built:
        if v.plan.place:
            seats.setdefault(v.plan.place, []).append(
                (v.plan.time_of(Stage.SEATED), v.plan.leaves(Stage.SEATED), v))
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
    events.sort(key=_EVENT_ORDER)
    take = ids.take
    orders, lines = batch.table("drink_orders"), batch.table("drink_order_lines")
    menu_ids, menu_names = history.menu_ids, history.menu_names
    for at, _rank, index, _seq, kind, item in events:
        table = tables[index]
        visit, plan = table.visit, table.visit.plan
        place = plan.place or ""
        if kind == "order":
            order_id = take("drink_orders")
            row = {"id": order_id, "party_id": visit.id, "place": place,
                   "source": item.source.value, "status": _OPEN,
                   "from_refill": item.from_refill, "created_at": at,
                   "served_at": None, "closed_at": None, "demo": True}
            table.orders[id(item)] = row
            orders.append(row)
            for name, count in item.lines:
                lines.append({
                    "id": take("drink_order_lines"), "order_id": order_id,
                    "menu_item_id": menu_ids[name], "name": menu_names[name],
                    "count": count})
        elif kind == "serve":
            row = table.orders[id(item)]
            row["status"], row["served_at"] = _SERVED, at
            for name, count in item.lines:
                for stock, quantity in _RECIPES[name]:
                    serves.append((at, 1, stock, -quantity * count, row["id"]))
            if table.check is None:
                table.check = _check(ids, batch, visit.id, place,
                                     next_refill_due(at, history.bar_rules))
        elif kind == "round":
            if table.check is None:
                continue
            table.check["done_at"], table.check["outcome"] = at, item.outcome.value
            table.check = None
            seated = plan.time_of(Stage.SEATED)
            up = plan.leaves(Stage.SEATED)
            still_seated = seated is not None and seated <= at and (up is None or at < up)
            if still_seated and item.outcome is not RefillOutcome.NEW_DRINK:
                table.check = _check(ids, batch, visit.id, place,
                                     next_refill_due(at, history.bar_rules))
        elif kind == "remark":
            batch.add("remarks", {"id": ids.take("remarks"), "party_id": visit.id,
                                  "at": at, "text": checked_text("text", item, 300)})
        else:  # the departure closes what is still open and leaves the table to clear
            for row in table.orders.values():
                if row["status"] == _OPEN:
                    row["status"], row["closed_at"] = _CLOSED, at
            if table.check is not None:
                table.check["done_at"] = at
                table.check["outcome"] = RefillOutcome.CLOSED.value
                table.check = None
            taken = any(other is not visit and s is not None and s <= at
                        and (u is None or at < u) for s, u, other in seats.get(place, ()))
            if place and not taken:
                batch.add("table_tasks", {"id": ids.take("table_tasks"), "place": place,
                                          "party_id": visit.id, "created_at": at,
                                          "done_at": table.bar.cleared})
    return serves


def _check(ids: Ids, batch: Batch, party_id: int, place: str, due: datetime) -> Row:
    row: Row = {"id": ids.take("refill_checks"), "party_id": party_id, "place": place,
                "due_at": due, "done_at": None, "outcome": None}
    batch.add("refill_checks", row)
    return row


def stock_rows(history: History, ids: Ids, batch: Batch, day: StockDay,
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
            history.quantities[stock] = round(history.quantities[stock] + change, 3)
            _movement(history, ids, batch, stock, at, "serve", change, order_id=order_id)
        elif kind == 0:
            _goods_in(history, ids, batch, day, at)
        else:
            _count(history, ids, batch, day, at)


def _goods_in(history: History, ids: Ids, batch: Batch, day: StockDay, at: datetime) -> None:
    received = False
    for spec in DEMO_STOCK:
        if day.skip_low and spec.name == LOW_ITEM:
            continue
        amount = receipt_quantity(spec, history.quantities[spec.name])
        if amount > 0:
            _receive(history, ids, batch, spec.name, amount, at)
            received = True
    if not received:
        _receive(history, ids, batch, DAILY_ITEM, SPECS[DAILY_ITEM].pack, at)


def _receive(history: History, ids: Ids, batch: Batch, name: str, amount: float,
             at: datetime) -> None:
    history.quantities[name] = round(history.quantities[name] + amount, 3)
    _movement(history, ids, batch, name, at, "receipt", amount, note=SPECS[name].note,
              actor=BAR_ACTOR)


def _count(history: History, ids: Ids, batch: Batch, day: StockDay, at: datetime) -> None:
    for name, variance in day.variances.items():
        expected = round(history.quantities[name], 3)
        counted = round(counted_quantity(SPECS[name], expected, variance, day.spoilt), 3)
        difference = round(counted - expected, 3)
        batch.add("stock_counts", {
            "id": ids.take("stock_counts"), "day": day.day.isoformat(),
            "stock_item_id": history.stock_ids[name], "expected": expected,
            "counted": counted, "variance": difference, "at": at, "actor": BAR_ACTOR})
        if difference:
            _movement(history, ids, batch, name, at, "count", difference, actor=BAR_ACTOR,
                      note="closing count")
        history.quantities[name] = counted


def _movement(history: History, ids: Ids, batch: Batch, name: str, at: datetime, kind: str,
              quantity: float, *, order_id: int | None = None, note: str = "",
              actor: str = "") -> None:
    batch.add("stock_movements", {
        "id": ids.take("stock_movements"), "stock_item_id": history.stock_ids[name],
        "at": at, "kind": kind, "quantity": quantity, "order_id": order_id,
        "note": note, "actor": actor})

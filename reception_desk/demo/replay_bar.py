"""The replayed demo days' water bar: what the attendant does, through the bar's services.

Setting up the demo stock and menu, the morning's goods in, the evening's closing
count, and for each seated party its drink orders, serving (bump), refill rounds,
remarks and the table cleared after it leaves, written through `BarService` and
`StockService` on the replay's `Desk` as `demo.bar_plan` planned them.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from ..domain.bar import OrderLine
from ..store.bar_repo import BarRepository
from ..store.demo_repo import DemoRepository
from .bar_plan import (
    BAR_ACTOR,
    DAILY_ITEM,
    DEMO_MENU,
    DEMO_STOCK,
    LOW_ITEM,
    SPECS,
    BarVisit,
    CupOrder,
    RefillRound,
    StockDay,
    counted_quantity,
    receipt_quantity,
)
from .replay_desk import Action, Desk, party_id
from .visit_plan import Plan


def _free_name(name: str, taken: set[str]) -> str:
    """A real drink or item of the same name stays as it is: the demo's is marked."""
    return name if name not in taken else f"{name}（演示）"


def set_up_bar(desk: Desk, low_opening: float) -> None:
    """The demo stock (full, but LOW_ITEM as planned) and the demo menu."""
    taken = {s.name for s in desk.stock.items(include_inactive=True)}
    for spec in DEMO_STOCK:
        quantity = low_opening if spec.name == LOW_ITEM else spec.target
        record = desk.stock.save_item(_free_name(spec.name, taken), spec.unit, spec.threshold,
                                      quantity=quantity, actor=desk.actors["admin"], demo=True)
        desk.stock_ids[spec.name] = record.id
    on_menu = {m.name for m in desk.bar.menu()}
    for drink in DEMO_MENU:
        menu_item = desk.bar.save_menu_item(
            _free_name(drink.name, on_menu), drink.category,
            [(desk.stock_ids[item], quantity) for item, quantity in drink.recipe],
            actor=desk.actors["admin"], demo=True)
        desk.menu_ids[drink.name] = menu_item.id


def goods_in(desk: Desk, day: StockDay) -> None:
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


def closing_count(desk: Desk, day: StockDay) -> None:
    quantities = {s.id: s.quantity for s in desk.stock.items(include_inactive=True)}
    counted = {
        desk.stock_ids[name]: counted_quantity(SPECS[name], quantities[desk.stock_ids[name]],
                                               variance, day.spoilt)
        for name, variance in day.variances.items() if desk.stock_ids[name] in quantities}
    desk.stock.close_day(day.day, counted, actor=BAR_ACTOR)


def _lines(desk: Desk, cup: CupOrder) -> list[OrderLine]:
    return [OrderLine(desk.menu_ids[name], count) for name, count in cup.lines]


def _order(desk: Desk, plan: Plan, cup: CupOrder) -> None:
    cup.order_id = desk.bar.order(party_id(plan), _lines(desk, cup), cup.source,
                                  from_refill=cup.from_refill, demo=True).id


def _bump(desk: Desk, cup: CupOrder) -> None:
    if cup.order_id is not None:
        desk.bar.bump(cup.order_id)


def _refill_round(desk: Desk, plan: Plan, round_: RefillRound) -> None:
    """The attendant answers the table's open refill round."""
    with desk.bar.db.read() as session:
        checks = BarRepository(session).open_checks(party_id(plan))
        check = checks[0].id if checks else None
    if check is None:  # nothing due (never expected): a new drink is still a new cup
        if round_.new is not None:
            _order(desk, plan, round_.new)
        return
    new = desk.bar.refill_done(check, round_.outcome,
                               _lines(desk, round_.new) if round_.new else None, demo=True)
    if new is not None and round_.new is not None:
        round_.new.order_id = new.id


def _clear_table(desk: Desk, plan: Plan) -> None:
    with desk.bar.db.read() as session:
        task = DemoRepository(session).open_table_task(party_id(plan))
    if task is not None:
        desk.bar.table_cleared(task)


def _remark(desk: Desk, plan: Plan, text: str) -> None:
    desk.bar.add_remark(party_id(plan), text)


def bar_actions(plan: Plan, visit: BarVisit) -> list[tuple[datetime, Action]]:
    """The bar's writes for one party, in time order (an order always before its bump)."""
    out: list[tuple[datetime, Action]] = []
    for cup in visit.orders:
        out.append((cup.at, partial(_order, plan=plan, cup=cup)))
        if cup.served is not None:
            out.append((cup.served, partial(_bump, cup=cup)))
    for round_ in visit.rounds:
        out.append((round_.at, partial(_refill_round, plan=plan, round_=round_)))
        if round_.new is not None and round_.new.served is not None:
            out.append((round_.new.served, partial(_bump, cup=round_.new)))
    for at, text in visit.remarks:
        out.append((at, partial(_remark, plan=plan, text=text)))
    if visit.cleared is not None:
        out.append((visit.cleared, partial(_clear_table, plan=plan)))
    out.sort(key=lambda item: item[0])  # stable: ties keep the order above
    return out

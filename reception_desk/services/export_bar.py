"""The water bar's exports: `drink-orders`, `stock` (movements) and `stock-counts`."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.bar import OrderSource, OrderStatus, served_late
from ..domain.party import (
    display_name,
)
from ..domain.timeutil import local_day_bounds
from ..store.bar_repo import BarRepository
from ..store.models import DrinkOrder, Party, StockItem
from .bar import rules_of
from .context import Services
from .export import (
    Column,
    Dataset,
    Localized,
    Row,
    register_dataset,
)

#: "number" is a quantity that may have a fraction (grams, millilitres, half a lemon).
from .export_visits import NO, YES

# -- the water bar: drink orders, stock movements and closing counts ---------------------

ORDER_SOURCE_LABELS: dict[OrderSource, Localized] = {
    OrderSource.DESK: Localized("前台", "Desk"),
    OrderSource.CONSULTANT: Localized("顾问", "Consultant"),
    OrderSource.BAR: Localized("水吧", "Bar"),
}
ORDER_STATUS_LABELS: dict[OrderStatus, Localized] = {
    OrderStatus.OPEN: Localized("待出品", "Waiting"),
    OrderStatus.SERVED: Localized("已出品", "Served"),
    OrderStatus.CLOSED: Localized("已关闭", "Closed"),
}
FIRST_CUP = Localized("首杯", "First")
REFILL_DRINK = Localized("续杯新饮品", "New drink at refill")

DRINK_ORDER_COLUMNS: tuple[Column, ...] = (
    Column("date", "日期", "Date", "date"),
    Column("ordered", "下单时间", "Ordered", "time"),
    Column("order", "单号", "Order no.", "int"),
    Column("party", "客户", "Customer"),
    Column("place", "座位", "Place"),
    Column("drink", "饮品", "Drink"),
    Column("count", "数量", "Count", "int"),
    Column("served", "出品时间", "Served", "time"),
    Column("seconds", "出品用时(秒)", "Seconds to serve", "int"),
    Column("late", "超时", "Late"),
    Column("cup", "首杯/续杯", "First or refill"),
    Column("source", "来源", "Ordered by"),
    Column("status", "状态", "Status"),
)


def _day_range(services: Services, date_from: date, date_to: date) -> tuple[datetime, datetime]:
    zone = services.settings.current().zone()
    start, _ = local_day_bounds(date_from, zone)
    _, end = local_day_bounds(date_to, zone)
    return start, end


def drink_order_rows(services: Services, date_from: date, date_to: date) -> list[Row]:
    """One row per drink of every order placed on the days, oldest first."""
    start, end = _day_range(services, date_from, date_to)
    rules = rules_of(services.settings)
    rows: list[Row] = []
    with services.db.read() as session:
        orders = BarRepository(session).orders_between(start, end)
        ordering = select(DrinkOrder.party_id).where(DrinkOrder.created_at >= start,
                                                     DrinkOrder.created_at < end)
        names = {p.id: display_name(p.surname, p.honorific) for p in session.execute(
            select(Party.id, Party.surname, Party.honorific).where(Party.id.in_(ordering)))}
        for order in orders:
            served = order.served_at
            status = OrderStatus(order.status)
            common: Row = {
                "date": order.created_at,
                "ordered": order.created_at,
                "order": order.id,
                "party": names.get(order.party_id, ""),
                "place": order.place,
                "served": served,
                "seconds": (round((served - order.created_at).total_seconds())
                            if served is not None else None),
                "late": (None if served is None
                         else YES if served_late(order.created_at, served, rules) else NO),
                "cup": REFILL_DRINK if order.from_refill else FIRST_CUP,
                "source": ORDER_SOURCE_LABELS[OrderSource(order.source)],
                "status": ORDER_STATUS_LABELS[status],
            }
            for line in order.lines:
                rows.append(common | {"drink": line.name, "count": line.count})
    return rows


DRINK_ORDERS = register_dataset(Dataset(
    name="drink-orders",
    columns=DRINK_ORDER_COLUMNS,
    rows=drink_order_rows,
    title_zh="水吧出品记录",
    title_en="Drink orders",
))


MOVEMENT_KIND_LABELS: dict[str, Localized] = {
    "receipt": Localized("入库", "Goods in"),
    "serve": Localized("出品", "Served"),
    "recall": Localized("撤回", "Recalled"),
    "count": Localized("盘点调整", "Count adjustment"),
}
#: Notes the program itself writes (in English in the database), as the export says them.
MOVEMENT_NOTE_LABELS: dict[str, Localized] = {
    "opening stock": Localized("期初库存", "Opening stock"),
    "closing count": Localized("闭店盘点", "Closing count"),
}


def _quantity(value: float | None) -> float | int | None:
    """Whole quantities without a trailing .0; fractions to three places."""
    if value is None:
        return None
    rounded = round(float(value), 3)
    return int(rounded) if rounded == int(rounded) else rounded


STOCK_COLUMNS: tuple[Column, ...] = (
    Column("at", "时间", "Time", "datetime"),
    Column("item", "物品", "Item"),
    Column("unit", "单位", "Unit"),
    Column("kind", "类型", "Kind"),
    Column("quantity", "数量", "Quantity", "number"),
    Column("order", "单号", "Order no.", "int"),
    Column("note", "备注", "Note"),
    Column("actor", "操作人", "By"),
)


def _items(session: Session) -> dict[int, StockItem]:
    return {s.id: s for s in session.scalars(select(StockItem))}


def stock_rows(services: Services, date_from: date, date_to: date) -> list[Row]:
    """Every stock movement of the days: goods in, servings, recalls, count adjustments."""
    start, end = _day_range(services, date_from, date_to)
    rows: list[Row] = []
    with services.db.read() as session:
        items = _items(session)
        for move in BarRepository(session).movements_between(start, end):
            item = items.get(move.stock_item_id)
            rows.append({
                "at": move.at,
                "item": item.name if item else "",
                "unit": item.unit if item else "",
                "kind": MOVEMENT_KIND_LABELS.get(move.kind, move.kind),
                "quantity": _quantity(move.quantity),
                "order": move.order_id,
                "note": MOVEMENT_NOTE_LABELS.get(move.note, move.note),
                "actor": move.actor,
            })
    return rows


STOCK = register_dataset(Dataset(
    name="stock",
    columns=STOCK_COLUMNS,
    rows=stock_rows,
    title_zh="物耗出入库记录",
    title_en="Stock movements",
))


COUNT_RESULT_LABELS: dict[int, Localized] = {
    -1: Localized("短缺", "Shortage"),
    0: Localized("相符", "Matches"),
    1: Localized("盈余", "Surplus"),
}

STOCK_COUNT_COLUMNS: tuple[Column, ...] = (
    Column("day", "日期", "Date", "date"),
    Column("item", "物品", "Item"),
    Column("unit", "单位", "Unit"),
    Column("expected", "应有数量", "Expected", "number"),
    Column("counted", "实盘数量", "Counted", "number"),
    Column("variance", "差异", "Variance", "number"),
    Column("result", "结果", "Result"),
    Column("at", "盘点时间", "Counted at", "datetime"),
    Column("actor", "盘点人", "Counted by"),
)


def stock_count_rows(services: Services, date_from: date, date_to: date) -> list[Row]:
    """The closing counts (18:50) of the days, item by item, with their variance."""
    rows: list[Row] = []
    with services.db.read() as session:
        items = _items(session)
        counts = BarRepository(session).counts_between(date_from.isoformat(),
                                                       date_to.isoformat())
        for count in counts:
            item = items.get(count.stock_item_id)
            variance = round(count.variance, 3)
            rows.append({
                "day": date.fromisoformat(count.day),
                "item": item.name if item else "",
                "unit": item.unit if item else "",
                "expected": _quantity(count.expected),
                "counted": _quantity(count.counted),
                "variance": _quantity(variance),
                "result": COUNT_RESULT_LABELS[(variance > 0) - (variance < 0)],
                "at": count.at,
                "actor": count.actor,
            })
    return rows


STOCK_COUNTS = register_dataset(Dataset(
    name="stock-counts",
    columns=STOCK_COUNT_COLUMNS,
    rows=stock_count_rows,
    title_zh="闭店盘点",
    title_en="Closing counts",
))

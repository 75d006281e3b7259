"""The water bar's exports: `drink-orders`, `stock` (movements) and `stock-counts`."""

from __future__ import annotations

from datetime import date, datetime

from ..domain.bar import OrderSource, OrderStatus, served_late
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.timeutil import local_day_bounds
from ..store.bar_repo import BarRepository
from .bar import rules_of
from .context import Services
from .export import NO, YES, Column, Dataset, Row, register_dataset

# -- the water bar: drink orders, stock movements and closing counts ---------------------

ORDER_SOURCE_LABELS: dict[OrderSource, str] = {
    OrderSource.DESK: QT_TRANSLATE_NOOP("ExportOrderSource", "Desk"),
    OrderSource.CONSULTANT: QT_TRANSLATE_NOOP("ExportOrderSource", "Consultant"),
    OrderSource.BAR: QT_TRANSLATE_NOOP("ExportOrderSource", "Bar"),
}
ORDER_STATUS_LABELS: dict[OrderStatus, str] = {
    OrderStatus.OPEN: QT_TRANSLATE_NOOP("ExportOrderStatus", "Waiting"),
    OrderStatus.SERVED: QT_TRANSLATE_NOOP("ExportOrderStatus", "Served"),
    OrderStatus.CLOSED: QT_TRANSLATE_NOOP("ExportOrderStatus", "Closed"),
}
FIRST_CUP = QT_TRANSLATE_NOOP("ExportDrinkOrders", "First")
REFILL_DRINK = QT_TRANSLATE_NOOP("ExportDrinkOrders", "New drink at refill")

DRINK_ORDER_COLUMNS: tuple[Column, ...] = (
    Column("date", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Date"), "date"),
    Column("ordered", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Ordered"), "time"),
    Column("order", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Order no."), "int"),
    Column("party", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Customer")),
    Column("place", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Place")),
    Column("drink", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Drink")),
    Column("count", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Count"), "int"),
    Column("served", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Served"), "time"),
    Column("seconds", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Seconds to serve"), "int"),
    Column("late", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Late")),
    Column("cup", QT_TRANSLATE_NOOP("ExportDrinkOrders", "First or refill")),
    Column("source", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Ordered by")),
    Column("status", QT_TRANSLATE_NOOP("ExportDrinkOrders", "Status")),
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
        repo = BarRepository(session)
        orders = repo.orders_between(start, end)
        names = repo.guests(order.party_id for order in orders)
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
    label=QT_TRANSLATE_NOOP("Export", "Drink orders"),
))


MOVEMENT_KIND_LABELS: dict[str, str] = {
    "receipt": QT_TRANSLATE_NOOP("ExportStock", "Goods in"),
    "serve": QT_TRANSLATE_NOOP("ExportStock", "Served"),
    "recall": QT_TRANSLATE_NOOP("ExportStock", "Recalled"),
    "count": QT_TRANSLATE_NOOP("ExportStock", "Count adjustment"),
}
#: Notes the program itself writes (in English in the database), as the export says them.
MOVEMENT_NOTE_LABELS: dict[str, str] = {
    "opening stock": QT_TRANSLATE_NOOP("ExportStock", "Opening stock"),
    "closing count": QT_TRANSLATE_NOOP("ExportStock", "Closing count"),
}


def _quantity(value: float | None) -> float | int | None:
    """Whole quantities without a trailing .0; fractions to three places."""
    if value is None:
        return None
    rounded = round(float(value), 3)
    return int(rounded) if rounded == int(rounded) else rounded


STOCK_COLUMNS: tuple[Column, ...] = (
    Column("at", QT_TRANSLATE_NOOP("ExportStock", "Time"), "datetime"),
    Column("item", QT_TRANSLATE_NOOP("ExportStock", "Item")),
    Column("unit", QT_TRANSLATE_NOOP("ExportStock", "Unit")),
    Column("kind", QT_TRANSLATE_NOOP("ExportStock", "Kind")),
    Column("quantity", QT_TRANSLATE_NOOP("ExportStock", "Quantity"), "number"),
    Column("order", QT_TRANSLATE_NOOP("ExportStock", "Order no."), "int"),
    Column("note", QT_TRANSLATE_NOOP("ExportStock", "Note")),
    Column("actor", QT_TRANSLATE_NOOP("ExportStock", "By")),
)


def stock_rows(services: Services, date_from: date, date_to: date) -> list[Row]:
    """Every stock movement of the days: goods in, servings, recalls, count adjustments."""
    start, end = _day_range(services, date_from, date_to)
    rows: list[Row] = []
    with services.db.read() as session:
        repo = BarRepository(session)
        items = repo.stock_items_by_id()
        for move in repo.movements_between(start, end):
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
    label=QT_TRANSLATE_NOOP("Export", "Stock movements"),
))


COUNT_RESULT_LABELS: dict[int, str] = {
    -1: QT_TRANSLATE_NOOP("ExportStockCounts", "Shortage"),
    0: QT_TRANSLATE_NOOP("ExportStockCounts", "Matches"),
    1: QT_TRANSLATE_NOOP("ExportStockCounts", "Surplus"),
}

STOCK_COUNT_COLUMNS: tuple[Column, ...] = (
    Column("day", QT_TRANSLATE_NOOP("ExportStockCounts", "Date"), "date"),
    Column("item", QT_TRANSLATE_NOOP("ExportStockCounts", "Item")),
    Column("unit", QT_TRANSLATE_NOOP("ExportStockCounts", "Unit")),
    Column("expected", QT_TRANSLATE_NOOP("ExportStockCounts", "Expected"), "number"),
    Column("counted", QT_TRANSLATE_NOOP("ExportStockCounts", "Counted"), "number"),
    Column("variance", QT_TRANSLATE_NOOP("ExportStockCounts", "Variance"), "number"),
    Column("result", QT_TRANSLATE_NOOP("ExportStockCounts", "Result")),
    Column("at", QT_TRANSLATE_NOOP("ExportStockCounts", "Counted at"), "datetime"),
    Column("actor", QT_TRANSLATE_NOOP("ExportStockCounts", "Counted by")),
)


def stock_count_rows(services: Services, date_from: date, date_to: date) -> list[Row]:
    """The closing counts (18:50) of the days, item by item, with their variance."""
    rows: list[Row] = []
    with services.db.read() as session:
        repo = BarRepository(session)
        items = repo.stock_items_by_id()
        counts = repo.counts_between(date_from.isoformat(),
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
    label=QT_TRANSLATE_NOOP("Export", "Closing counts"),
))

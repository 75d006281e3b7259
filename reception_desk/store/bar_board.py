"""What the bar's windows show, read in one lean pass after each bar event.

The bar window and the desk's bar dock both reload on every change: open orders
with their lines, the last order served, the open refill rounds with the drinks the
table had, the open table tasks, the low stock, the drinks' categories and the
orders served in the last minutes. Read through the ORM that was some twenty
queries, each with its object overhead, and a guest lookup per part. Here each part
is one Core select of the columns the records need, in the caller's session, and
the guests of every part come from one query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, Select, bindparam, select
from sqlalchemy.orm import Session

from ..domain.bar import DrinkCategory, OrderStatus
from ..domain.bar_records import OrderRecord, RefillRecord, StockRecord, TableTaskRecord
from ..domain.party import display_name
from .bar_repo import order_record_of, stock_record
from .id_lists import padded_ids
from .models import DrinkOrder, DrinkOrderLine, MenuItem, Party, RefillCheck, StockItem, TableTask

_ORDERS = DrinkOrder.__table__.c
_LINES = DrinkOrderLine.__table__.c
_OPEN = OrderStatus.OPEN.value
_SERVED = OrderStatus.SERVED.value
#: Orders as read: each row of its columns with its lines (name, count).
_OrderRows = list[tuple[Row[Any], list[tuple[str, int]]]]


def _orders_with_lines(*where: ColumnElement[bool]) -> Select[Any]:
    """Orders with their columns a record needs, joined to their lines (name, count;
    an order without lines keeps one row with no name)."""
    return select(
        _ORDERS.id, _ORDERS.party_id, _ORDERS.place, _ORDERS.source, _ORDERS.status,
        _ORDERS.from_refill, _ORDERS.created_at, _ORDERS.served_at,
        _LINES.name.label("line_name"), _LINES.count.label("line_count"),
    ).select_from(DrinkOrder.__table__.outerjoin(
        DrinkOrderLine.__table__, _LINES.order_id == _ORDERS.id)).where(*where)


# Built once: each read then only binds its values.
_OPEN_ORDERS = _orders_with_lines(_ORDERS.status == _OPEN).order_by(
    _ORDERS.created_at, _ORDERS.id, _LINES.id)
_SERVED_SINCE = _orders_with_lines(
    _ORDERS.status == _SERVED, _ORDERS.served_at >= bindparam("since")).order_by(
    _ORDERS.served_at.desc(), _ORDERS.id.desc(), _LINES.id)
_LAST_SERVED = _orders_with_lines(
    _ORDERS.id == select(_ORDERS.id).where(_ORDERS.status == _SERVED)
    .order_by(_ORDERS.served_at.desc(), _ORDERS.id.desc()).limit(1).scalar_subquery(),
).order_by(_LINES.id)
_CHECKS_C = RefillCheck.__table__.c
_OPEN_CHECKS = select(_CHECKS_C.id, _CHECKS_C.party_id, _CHECKS_C.place, _CHECKS_C.due_at).where(
    _CHECKS_C.done_at.is_(None)).order_by(_CHECKS_C.due_at, _CHECKS_C.id)
_TASKS_C = TableTask.__table__.c
_OPEN_TASKS = select(_TASKS_C.id, _TASKS_C.place, _TASKS_C.party_id, _TASKS_C.created_at).where(
    _TASKS_C.done_at.is_(None)).order_by(_TASKS_C.created_at, _TASKS_C.id)
_STOCK_C = StockItem.__table__.c
_ACTIVE_STOCK = select(
    _STOCK_C.id, _STOCK_C.name, _STOCK_C.unit, _STOCK_C.quantity, _STOCK_C.low_threshold,
    _STOCK_C.active, _STOCK_C.version).where(_STOCK_C.active.is_(True)).order_by(_STOCK_C.name)
_MENU_C = MenuItem.__table__.c
_CATEGORIES = select(_MENU_C.name, _MENU_C.category)
_PEOPLE_C = Party.__table__.c
_GUESTS = select(_PEOPLE_C.id, _PEOPLE_C.surname, _PEOPLE_C.honorific).where(
    _PEOPLE_C.id.in_(bindparam("ids", expanding=True)))
_DRINKS_HAD = select(_ORDERS.party_id, _LINES.name).select_from(
    DrinkOrderLine.__table__.join(DrinkOrder.__table__, _LINES.order_id == _ORDERS.id)).where(
    _ORDERS.party_id.in_(bindparam("ids", expanding=True)), _ORDERS.status != _OPEN).order_by(
    _ORDERS.created_at, _ORDERS.id, _LINES.id)


@dataclass(frozen=True)
class BoardRead:
    """One read of everything the bar's windows show (refills not yet split by time)."""

    orders: tuple[OrderRecord, ...]
    last_served: OrderRecord | None
    checks: tuple[RefillRecord, ...]
    tasks: tuple[TableTaskRecord, ...]
    low_stock: tuple[StockRecord, ...]
    #: Orders served at or after `served_since`, the latest first.
    served: tuple[OrderRecord, ...]
    served_since: datetime
    categories: dict[str, DrinkCategory]


def _orders(conn: Connection, stmt: Select[Any],
            values: dict[str, Any] | None = None) -> _OrderRows:
    """The orders of `stmt` (made by `_orders_with_lines`) in its order, with their lines."""
    found: dict[int, tuple[Row[Any], list[tuple[str, int]]]] = {}
    for row in conn.execute(stmt, values):
        _order, lines = found.setdefault(row.id, (row, []))
        if row.line_name is not None:
            lines.append((row.line_name, row.line_count))
    return list(found.values())


def _served_since(conn: Connection, since: datetime) -> _OrderRows:
    return _orders(conn, _SERVED_SINCE, {"since": since})


def guests(session: Session, party_ids: Iterable[int]) -> dict[int, str]:
    """The guest names (surname and honorific) of many parties with one query."""
    wanted = sorted(set(party_ids))
    if not wanted:
        return {}
    rows = session.connection().execute(_GUESTS, {"ids": padded_ids(wanted)})
    return {row.id: display_name(row.surname, row.honorific) for row in rows}


def _records(orders: _OrderRows, names: dict[int, str]) -> tuple[OrderRecord, ...]:
    return tuple(order_record_of(row, names.get(row.party_id, ""), tuple(lines))
                 for row, lines in orders)


def served_since(session: Session, since: datetime) -> list[OrderRecord]:
    """Orders served at or after `since`, the latest first, with two queries."""
    served = _served_since(session.connection(), since)
    return list(_records(served, guests(session, (row.party_id for row, _ in served))))


def read_board(session: Session, served_since: datetime) -> BoardRead:
    """The bar's board and the orders served since `served_since`, with one query per
    part and one for the guests of all of them."""
    conn = session.connection()
    open_orders = _orders(conn, _OPEN_ORDERS)
    served = _served_since(conn, served_since)
    # The latest order served is the first of those unless none was served lately.
    last = served[:1] or _orders(conn, _LAST_SERVED)
    checks = conn.execute(_OPEN_CHECKS).all()
    tasks = conn.execute(_OPEN_TASKS).all()
    stock = conn.execute(_ACTIVE_STOCK).all()
    categories = {name: DrinkCategory(category) for name, category in conn.execute(_CATEGORIES)}
    drinks = _drinks_had(conn, {row.party_id for row in checks})
    names = guests(session, [
        *(row.party_id for row, _ in (*open_orders, *served, *last)),
        *(row.party_id for row in checks),
        *(row.party_id for row in tasks if row.party_id)])
    return BoardRead(
        orders=_records(open_orders, names),
        last_served=next(iter(_records(last, names)), None),
        checks=tuple(RefillRecord(row.id, row.party_id, names.get(row.party_id, ""), row.place,
                                  row.due_at, "、".join(drinks.get(row.party_id, {})))
                     for row in checks),
        tasks=tuple(TableTaskRecord(row.id, row.place, names.get(row.party_id, "")
                                    if row.party_id else "", row.created_at, row.party_id)
                    for row in tasks),
        low_stock=tuple(record for record in map(stock_record, stock) if record.low),
        served=_records(served, names),
        served_since=served_since,
        categories=categories,
    )


def _drinks_had(conn: Connection, party_ids: set[int]) -> dict[int, dict[str, None]]:
    """Each party's drinks of the orders no longer open, first ordered first (what a
    refill round offers to pour again)."""
    if not party_ids:
        return {}
    drinks: dict[int, dict[str, None]] = {}
    for party_id, name in conn.execute(_DRINKS_HAD, {"ids": padded_ids(sorted(party_ids))}):
        drinks.setdefault(party_id, {}).setdefault(name)
    return drinks

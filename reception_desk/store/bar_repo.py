"""Repository for the water bar: menu, stock, orders, refill rounds, table tasks."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import Row, Table, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.bar import DrinkCategory, OrderSource, OrderStatus
from ..domain.bar_records import (
    MenuRecord,
    OrderRecord,
    RecipeRecord,
    RemarkRecord,
    StockRecord,
)
from ..domain.errors import PARTY_GONE, NotFoundError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.party import display_name
from .id_lists import padded_ids
from .models import (
    DrinkOrder,
    DrinkOrderLine,
    MenuItem,
    Party,
    RecipeLine,
    RefillCheck,
    Remark,
    StockCount,
    StockItem,
    StockMovement,
    TableTask,
)

#: The one message each for a bar record another PC removed.
DRINK_GONE = QT_TRANSLATE_NOOP("Messages", "That drink is gone.")
ORDER_GONE = QT_TRANSLATE_NOOP("Messages", "That order is gone.")
STOCK_ITEM_GONE = QT_TRANSLATE_NOOP("Messages", "That stock item is gone.")


_REMARKS = cast(Table, Remark.__table__).c
#: The remark texts of some parties (`ids`), oldest first by party.
_REMARK_TEXTS = (
    select(_REMARKS.party_id, _REMARKS.text)
    .where(_REMARKS.party_id.in_(bindparam("ids", expanding=True)))
    .order_by(_REMARKS.party_id, _REMARKS.at, _REMARKS.id)
)


#: A row of columns read with Core, of any length.
AnyRow = Row[*tuple[Any, ...]]


def stock_record(row: StockItem | AnyRow) -> StockRecord:
    return StockRecord(row.id, row.name, row.unit, round(row.quantity, 3), row.low_threshold,
                       row.active, row.version or 1)


def order_record_of(row: DrinkOrder | AnyRow, guest: str,
                    lines: tuple[tuple[str, int], ...]) -> OrderRecord:
    """An order (a model or a row of its columns) with its guest and its lines."""
    return OrderRecord(
        id=row.id, party_id=row.party_id, guest=guest, place=row.place,
        source=OrderSource(row.source), status=OrderStatus(row.status),
        from_refill=row.from_refill, created_at=row.created_at, served_at=row.served_at,
        lines=lines)


class OrderParty(NamedTuple):
    """What an order needs of its party."""

    stage: str
    #: Where the drinks go: the party's place, or the last one it had.
    place: str
    guest: str


class BarRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _guest(self, party_id: int) -> str:
        row = self.session.execute(select(Party.surname, Party.honorific)
                                   .where(Party.id == party_id)).first()
        return display_name(row.surname, row.honorific) if row else ""

    def guests(self, party_ids: Iterable[int]) -> dict[int, str]:
        """The guest names of many parties with one query (a board, not one per row)."""
        wanted = set(party_ids)
        if not wanted:
            return {}
        return {p.id: display_name(p.surname, p.honorific) for p in
                self.session.scalars(select(Party).where(Party.id.in_(wanted)))}

    def order_party(self, party_id: int) -> OrderParty:
        """The party's stage, place and guest name (one row of three columns), or
        NotFoundError with the one message when another PC removed it."""
        row = self.session.execute(
            select(Party.stage, Party.place, Party.last_place, Party.surname, Party.honorific)
            .where(Party.id == party_id)).first()
        if row is None:
            raise NotFoundError(PARTY_GONE)
        return OrderParty(row.stage, row.place or row.last_place,
                          display_name(row.surname, row.honorific))

    # -- menu and stock ------------------------------------------------------------
    def menu(self, only_available: bool = False) -> list[MenuRecord]:
        """The drinks in menu order, each with its recipe (two plain queries)."""
        stmt = (select(MenuItem.id, MenuItem.name, MenuItem.category, MenuItem.available,
                       MenuItem.version).order_by(MenuItem.sort_order, MenuItem.id))
        if only_available:
            stmt = stmt.where(MenuItem.available.is_(True))
        items = self.session.execute(stmt).all()
        recipes: dict[int, list[RecipeRecord]] = {}
        for part in self.session.execute(
                select(RecipeLine.menu_item_id, RecipeLine.stock_item_id, StockItem.name,
                       StockItem.unit, RecipeLine.quantity)
                .join(StockItem, StockItem.id == RecipeLine.stock_item_id)
                .order_by(RecipeLine.menu_item_id, RecipeLine.id)):
            recipes.setdefault(part.menu_item_id, []).append(
                RecipeRecord(part.stock_item_id, part.name, part.unit, part.quantity))
        return [MenuRecord(m.id, m.name, DrinkCategory(m.category), m.available,
                           tuple(recipes.get(m.id, ())), m.version or 1) for m in items]

    def categories(self) -> dict[str, DrinkCategory]:
        """Each drink's category by name (what the bar window sorts cards by)."""
        rows = self.session.execute(select(MenuItem.name, MenuItem.category))
        return {name: DrinkCategory(category) for name, category in rows}

    def available_drinks(self, menu_ids: Iterable[int]) -> dict[int, str]:
        """The names of those of `menu_ids` on the menu and available now, by id."""
        wanted = sorted(set(menu_ids))
        if not wanted:
            return {}
        return {menu_id: name for menu_id, name in self.session.execute(
            select(MenuItem.id, MenuItem.name)
            .where(MenuItem.available.is_(True), MenuItem.id.in_(padded_ids(wanted))))}

    def menu_item(self, menu_id: int) -> MenuItem | None:
        return self.session.get(MenuItem, menu_id)

    def require_menu_item(self, menu_id: int) -> MenuItem:
        item = self.menu_item(menu_id)
        if item is None:
            raise NotFoundError(DRINK_GONE)
        return item

    def add_menu_item(self, name: str, category: str, available: bool,
                      demo: bool = False) -> MenuItem:
        """A new drink at the end of the menu."""
        item = MenuItem(name=name, category=category, available=available,
                        sort_order=self.session.scalar(select(func.count(MenuItem.id))) or 0,
                        demo=demo)
        self.session.add(item)
        self.session.flush()
        return item

    def set_recipe(self, item: MenuItem, recipe: list[tuple[int, float]]) -> None:
        """What one serving uses: (stock item id, quantity) lines replace the old ones."""
        item.recipe.clear()
        self.session.flush()
        for stock_id, quantity in recipe:
            item.recipe.append(RecipeLine(stock_item_id=stock_id, quantity=quantity))
        self.session.flush()

    def menu_by_name(self, name: str) -> MenuItem | None:
        return self.session.scalars(select(MenuItem).where(MenuItem.name == name)).first()

    def stock(self, include_inactive: bool = False) -> list[StockRecord]:
        stmt = select(StockItem).order_by(StockItem.name)
        if not include_inactive:
            stmt = stmt.where(StockItem.active.is_(True))
        return [stock_record(s) for s in self.session.scalars(stmt)]

    def stock_item(self, item_id: int) -> StockItem | None:
        return self.session.get(StockItem, item_id)

    def require_stock_item(self, item_id: int) -> StockItem:
        item = self.stock_item(item_id)
        if item is None:
            raise NotFoundError(STOCK_ITEM_GONE)
        return item

    def add_stock_item(self, name: str, unit: str, quantity: float, low_threshold: float,
                       active: bool, demo: bool = False) -> StockItem:
        item = StockItem(name=name, unit=unit, quantity=quantity,
                         low_threshold=low_threshold, active=active, demo=demo)
        self.session.add(item)
        self.session.flush()
        return item

    def add_movement(self, item_id: int, at: datetime, kind: str, quantity: float, *,
                     order_id: int | None = None, note: str = "", actor: str = "") -> None:
        """One line of the stock's history; the caller changes the item's quantity."""
        self.session.add(StockMovement(stock_item_id=item_id, at=at, kind=kind,
                                       quantity=quantity, order_id=order_id, note=note,
                                       actor=actor))

    def add_count(self, day: str, item_id: int, expected: float, counted: float,
                  variance: float, at: datetime, actor: str = "") -> None:
        """One item's closing count of a day."""
        self.session.add(StockCount(day=day, stock_item_id=item_id, expected=expected,
                                    counted=counted, variance=variance, at=at, actor=actor))

    def stock_by_name(self, name: str) -> StockItem | None:
        return self.session.scalars(select(StockItem).where(StockItem.name == name)).first()

    def recipes(self, menu_ids: Iterable[int]) -> dict[int, list[RecipeLine]]:
        """The recipe lines of several drinks by drink, with one query."""
        found: dict[int, list[RecipeLine]] = {}
        wanted = sorted(set(menu_ids))
        if wanted:
            for line in self.session.scalars(
                    select(RecipeLine).where(RecipeLine.menu_item_id.in_(padded_ids(wanted)))
                    .order_by(RecipeLine.menu_item_id, RecipeLine.id)):
                found.setdefault(line.menu_item_id, []).append(line)
        return found

    # -- orders ----------------------------------------------------------------------
    def order(self, order_id: int) -> DrinkOrder | None:
        return self.session.scalars(select(DrinkOrder).where(DrinkOrder.id == order_id)
                                    .options(selectinload(DrinkOrder.lines))).first()

    def require_order(self, order_id: int) -> DrinkOrder:
        order = self.order(order_id)
        if order is None:
            raise NotFoundError(ORDER_GONE)
        return order

    def add_order(self, party_id: int, place: str, source: OrderSource, from_refill: bool,
                  created_at: datetime, lines: list[tuple[int, str, int]],
                  demo: bool = False) -> DrinkOrder:
        """An open order with its lines: (menu item id, the drink's name as the menu has
        it now, count). Written at once; its lines are the ones given, in that order."""
        order = DrinkOrder(party_id=party_id, place=place, source=source.value,
                           status=OrderStatus.OPEN.value, from_refill=from_refill,
                           created_at=created_at, served_at=None, demo=demo,
                           lines=[DrinkOrderLine(menu_item_id=menu_id, name=name, count=count)
                                  for menu_id, name, count in lines])
        self.session.add(order)
        self.session.flush()
        return order

    def order_records(self, rows: list[DrinkOrder]) -> list[OrderRecord]:
        guests = self.guests(row.party_id for row in rows)
        return [self.order_record(row, guests.get(row.party_id, "")) for row in rows]

    def order_record(self, row: DrinkOrder, guest: str | None = None) -> OrderRecord:
        return order_record_of(row, self._guest(row.party_id) if guest is None else guest,
                               tuple((line.name, line.count) for line in row.lines))

    def orders_of_party(self, party_id: int) -> list[DrinkOrder]:
        return list(self.session.scalars(
            select(DrinkOrder).where(DrinkOrder.party_id == party_id)
            .options(selectinload(DrinkOrder.lines)).order_by(DrinkOrder.created_at)))

    def orders_between(self, start: datetime, end: datetime) -> list[DrinkOrder]:
        return list(self.session.scalars(
            select(DrinkOrder).where(DrinkOrder.created_at >= start, DrinkOrder.created_at < end)
            .options(selectinload(DrinkOrder.lines)).order_by(DrinkOrder.created_at)))

    def last_served(self) -> DrinkOrder | None:
        return self.session.scalars(
            select(DrinkOrder).where(DrinkOrder.status == OrderStatus.SERVED.value)
            .options(selectinload(DrinkOrder.lines))
            .order_by(DrinkOrder.served_at.desc()).limit(1)).first()

    # -- refill rounds and tasks -----------------------------------------------------------
    def open_checks(self, party_id: int | None = None) -> list[RefillCheck]:
        stmt = select(RefillCheck).where(RefillCheck.done_at.is_(None)).order_by(
            RefillCheck.due_at)
        if party_id is not None:
            stmt = stmt.where(RefillCheck.party_id == party_id)
        return list(self.session.scalars(stmt))

    def check(self, check_id: int) -> RefillCheck | None:
        return self.session.get(RefillCheck, check_id)

    def add_check(self, party_id: int, place: str, due_at: datetime) -> RefillCheck:
        """A refill round due for the party's table."""
        check = RefillCheck(party_id=party_id, place=place, due_at=due_at)
        self.session.add(check)
        return check

    def drop_check(self, check: RefillCheck) -> None:
        self.session.delete(check)

    def task(self, task_id: int) -> TableTask | None:
        return self.session.get(TableTask, task_id)

    def add_task(self, place: str, party_id: int, created_at: datetime) -> None:
        """Clear the table at `place` (the party left it)."""
        self.session.add(TableTask(place=place, party_id=party_id, created_at=created_at))

    def place_taken_by_other(self, place: str, party_id: int) -> bool:
        """Whether another party sits at `place` now."""
        return self.session.scalar(select(Party.id).where(
            Party.place == place, Party.id != party_id).limit(1)) is not None

    # -- stock movements and counts ------------------------------------------------------
    def movements_between(self, start: datetime, end: datetime) -> list[StockMovement]:
        return list(self.session.scalars(
            select(StockMovement).where(StockMovement.at >= start, StockMovement.at < end)
            .order_by(StockMovement.at, StockMovement.id)))

    def movements_of_order(self, order_id: int) -> list[StockMovement]:
        return list(self.session.scalars(
            select(StockMovement).where(StockMovement.order_id == order_id)))

    def net_movement_since(self, item_id: int, since: datetime) -> float:
        return float(self.session.scalar(
            select(func.coalesce(func.sum(StockMovement.quantity), 0.0))
            .where(StockMovement.stock_item_id == item_id, StockMovement.at >= since)) or 0.0)

    def counts_of_day(self, day: str) -> list[StockCount]:
        return list(self.session.scalars(
            select(StockCount).where(StockCount.day == day).order_by(StockCount.id)))

    def counts_between(self, first_day: str, last_day: str) -> list[StockCount]:
        return list(self.session.scalars(
            select(StockCount).where(StockCount.day >= first_day, StockCount.day <= last_day)
            .order_by(StockCount.day, StockCount.id)))

    def checks_done_between(self, start: datetime, end: datetime) -> list[RefillCheck]:
        """Refill rounds finished (any outcome) in [start, end), for statistics."""
        return list(self.session.scalars(
            select(RefillCheck).where(RefillCheck.done_at.is_not(None),
                                      RefillCheck.done_at >= start, RefillCheck.done_at < end)
            .order_by(RefillCheck.done_at, RefillCheck.id)))

    def flush(self) -> None:
        """Send what was written so far (ids, constraints) inside the transaction."""
        self.session.flush()

    def stock_items_by_id(self, item_ids: Iterable[int] | None = None) -> dict[int, StockItem]:
        """Every stock item, inactive ones too (old movements may name them), or those
        of `item_ids` that still exist."""
        stmt = select(StockItem)
        if item_ids is not None:
            wanted = sorted(set(item_ids))
            if not wanted:
                return {}
            stmt = stmt.where(StockItem.id.in_(padded_ids(wanted)))
        return {s.id: s for s in self.session.scalars(stmt)}

    # -- remarks ---------------------------------------------------------------------------
    def add_remark(self, party_id: int, at: datetime, text: str) -> RemarkRecord:
        remark = Remark(party_id=party_id, at=at, text=text)
        self.session.add(remark)
        self.session.flush()
        return RemarkRecord(remark.id, party_id, at, text)

    def remarks(self, party_id: int) -> list[RemarkRecord]:
        return [RemarkRecord(r.id, r.party_id, r.at, r.text) for r in self.session.scalars(
            select(Remark).where(Remark.party_id == party_id).order_by(Remark.at))]

    def remarks_of_parties(self, party_ids: list[int]) -> dict[int, list[str]]:
        """The remark texts of several parties at once, oldest first (one query)."""
        found: dict[int, list[str]] = {}
        if not party_ids:
            return found
        # Plain rows of two columns: the board asks after every party event.
        for party_id, text in self.session.execute(
                _REMARK_TEXTS, {"ids": padded_ids(party_ids)}):
            found.setdefault(party_id, []).append(text)
        return found

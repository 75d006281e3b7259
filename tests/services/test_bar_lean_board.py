"""The bar's board read in one lean pass equals what the ORM reads built, record for
record, on SQLite and PostgreSQL; one bar event costs the windows one read (issue 14)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from reception_desk.domain.bar import DrinkCategory, OrderLine, OrderStatus, RefillOutcome
from reception_desk.domain.bar_records import (
    BarBoard,
    MenuRecord,
    OrderRecord,
    RecipeRecord,
    RefillRecord,
    TableTaskRecord,
)
from reception_desk.domain.party import Honorific
from reception_desk.domain.stages import Stage
from reception_desk.services.bar import RECENT_SERVED
from reception_desk.services.context import Services
from reception_desk.store.bar_repo import BarRepository
from reception_desk.store.models import DrinkOrder, MenuItem, StockItem, TableTask
from tests.conftest import TEST_ACTOR, FakeClock
from tests.services.test_bar_service import seated
from tests.sql_watch import read_transactions, statements


@dataclass(frozen=True)
class Reference:
    """What the windows showed, read as the ORM code before the lean read did."""

    board: BarBoard
    served: list[OrderRecord]
    categories: dict[str, DrinkCategory]


def reference(services: Services, since: datetime) -> Reference:
    """The board, the orders served since `since` and the categories, read as before:
    ORM objects with their lines, a guest lookup per part."""
    now = services.clock()
    with services.db.read() as session:
        repo = BarRepository(session)

        def orders(*where: object, newest_served: bool = False) -> list[OrderRecord]:
            order = DrinkOrder.served_at.desc() if newest_served else DrinkOrder.created_at
            rows = list(session.scalars(select(DrinkOrder).where(*where)  # type: ignore[arg-type]
                                        .options(selectinload(DrinkOrder.lines))
                                        .order_by(order)))
            return repo.order_records(rows)

        last = repo.last_served()
        checks = repo.open_checks()
        names = repo.guests(row.party_id for row in checks)
        drinks: dict[int, dict[str, None]] = {row.party_id: {} for row in checks}
        for order in session.scalars(
                select(DrinkOrder).where(DrinkOrder.party_id.in_(drinks))
                .options(selectinload(DrinkOrder.lines)).order_by(DrinkOrder.created_at)):
            if order.status != OrderStatus.OPEN.value:
                for line in order.lines:
                    drinks[order.party_id].setdefault(line.name)
        refills = [RefillRecord(row.id, row.party_id, names.get(row.party_id, ""), row.place,
                                row.due_at, "、".join(drinks[row.party_id])) for row in checks]
        tasks = list(session.scalars(select(TableTask).where(TableTask.done_at.is_(None))
                                     .order_by(TableTask.created_at)))
        task_names = repo.guests(row.party_id for row in tasks if row.party_id)
        board = BarBoard(
            orders=tuple(orders(DrinkOrder.status == OrderStatus.OPEN.value)),
            refills_due=tuple(r for r in refills if r.due_at <= now),
            refills_later=tuple(r for r in refills if r.due_at > now),
            tasks=tuple(TableTaskRecord(row.id, row.place, task_names.get(row.party_id, "")
                                        if row.party_id else "", row.created_at, row.party_id)
                        for row in tasks),
            low_stock=tuple(s for s in repo.stock() if s.low),
            last_served=repo.order_record(last) if last is not None else None)
        served = orders(DrinkOrder.status == OrderStatus.SERVED.value,
                        DrinkOrder.served_at >= since, newest_served=True)
        return Reference(board, served, repo.categories())


def lean(services: Services, since: datetime, *, shared: bool) -> Reference:
    bar = services.bar
    return Reference(bar.board(shared=shared), bar.served_since(since, shared=shared),
                     bar.categories(shared=shared))


def assert_same(services: Services) -> BarBoard:
    """The lean read (fresh and shared) equals the reference, and shows something."""
    since = services.clock() - RECENT_SERVED
    expected = reference(services, since)
    assert lean(services, since, shared=False) == expected
    services.bar._forget_board(None)  # type: ignore[arg-type]
    assert lean(services, since, shared=True) == expected
    assert lean(services, since, shared=True) == expected  # the kept read
    return expected.board


@pytest.fixture
def desk(any_services: Services) -> Services:
    return any_services


def test_the_lean_board_equals_the_orm_read_through_a_day(desk: Services,
                                                          clock: FakeClock) -> None:
    stock, bar = desk.stock, desk.bar
    tea = stock.save_item("龙井茶叶", "包", 10, quantity=11, actor=TEST_ACTOR).id
    cups = stock.save_item("茶杯", "个", 5, quantity=200, actor=TEST_ACTOR).id
    stock.save_item("旧杯子", "个", 5, quantity=0, active=False, actor=TEST_ACTOR)
    longjing = bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea, 1), (cups, 1)],
                                  actor=TEST_ACTOR).id
    water = bar.save_menu_item("矿泉水", DrinkCategory.WATER, [], actor=TEST_ACTOR).id
    latte = bar.save_menu_item("拿铁", DrinkCategory.COFFEE, [], actor=TEST_ACTOR).id
    assert assert_same(desk) == BarBoard((), (), (), (), (), None)

    wang = seated(desk, "王", "VIP1")
    li = seated(desk, "李", "VIP2", Honorific.MS)
    zhao = seated(desk, "赵", "洽谈区1")
    first = bar.order(wang, [OrderLine(longjing, 2), OrderLine(water, 1)])
    clock.advance(seconds=20)
    bar.order(li, [OrderLine(latte, 1)])
    clock.advance(seconds=1)
    bar.order(zhao, [OrderLine(water, 3)])
    board = assert_same(desk)
    assert [o.guest for o in board.orders] == ["王先生", "李女士", "赵先生"]
    assert board.orders[0].lines == (("龙井", 2), ("矿泉水", 1))

    clock.advance(minutes=1)
    bar.bump(first.id)  # tea below its threshold; a refill round planned for Wang
    board = assert_same(desk)
    assert board.last_served is not None and board.last_served.id == first.id
    assert board.refills_later and board.low_stock

    clock.advance(minutes=desk.settings.current().refill_minutes + 1)  # the round is due
    second = bar.order(wang, [OrderLine(latte, 1), OrderLine(longjing, 1)])
    bar.bump(second.id)
    board = assert_same(desk)
    (due,) = board.refills_due
    assert due.drinks == "龙井、矿泉水、拿铁"

    bar.refill_done(due.id, RefillOutcome.NEW_DRINK, [OrderLine(water, 1)])
    desk.arrivals.move(zhao, Stage.DEPARTED)  # a table to clear; Zhao's order stays open
    board = assert_same(desk)
    assert [t.guest for t in board.tasks] == ["赵先生"]

    clock.advance(minutes=RECENT_SERVED.total_seconds() / 60 + 5)  # served long ago
    board = assert_same(desk)
    assert board.last_served is not None
    assert desk.bar.served_since(clock() - RECENT_SERVED) == []
    with desk.db.write() as session:  # the party of a table was erased since
        session.add(TableTask(place="VIP9", party_id=None, created_at=clock()))
    board = assert_same(desk)
    assert [(t.place, t.guest) for t in board.tasks] == [("洽谈区1", "赵先生"), ("VIP9", "")]


def test_one_bar_event_is_one_read_for_both_windows(desk: Services) -> None:
    """The desk's dock and the bar window each ask for the board, the served list and
    the categories after an order: the database answers once."""
    tea = desk.stock.save_item("龙井茶叶", "包", 10, quantity=50, actor=TEST_ACTOR).id
    longjing = desk.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea, 1)],
                                       actor=TEST_ACTOR).id
    party = seated(desk)
    bar = desk.bar

    def windows_reload() -> None:
        since = desk.clock() - RECENT_SERVED
        bar.board(shared=True)  # the dock
        bar.served_since(since, shared=True)
        bar.board(shared=True)  # the bar window
        bar.categories(shared=True)

    with read_transactions(desk) as reads:
        order = bar.order(party, [OrderLine(longjing, 1)])
        reads.clear()
        windows_reload()
        assert len(reads) == 1
        bar.bump(order.id)
        reads.clear()
        windows_reload()
        assert len(reads) == 1
    assert [o.id for o in bar.served_since(desk.clock() - RECENT_SERVED, shared=True)] \
        == [order.id]



def reference_menu(services: Services, only_available: bool) -> list[MenuRecord]:
    """The menu as the ORM read built it (items with their recipe, all stock items)."""
    with services.db.read() as session:
        stmt = (select(MenuItem).options(selectinload(MenuItem.recipe))
                .order_by(MenuItem.sort_order, MenuItem.id))
        if only_available:
            stmt = stmt.where(MenuItem.available.is_(True))
        stock = {s.id: s for s in session.scalars(select(StockItem))}
        return [MenuRecord(m.id, m.name, DrinkCategory(m.category), m.available, tuple(
            RecipeRecord(r.stock_item_id, stock[r.stock_item_id].name,
                         stock[r.stock_item_id].unit, r.quantity)
            for r in m.recipe), m.version or 1) for m in session.scalars(stmt)]


def test_the_plain_menu_read_equals_the_orm_read(desk: Services) -> None:
    stock, bar = desk.stock, desk.bar
    tea = stock.save_item("龙井茶叶", "包", 10, quantity=11, actor=TEST_ACTOR).id
    cups = stock.save_item("茶杯", "个", 5, quantity=200, actor=TEST_ACTOR).id
    old = stock.save_item("旧杯子", "个", 5, quantity=0, active=False, actor=TEST_ACTOR).id
    latte = bar.save_menu_item("拿铁", DrinkCategory.COFFEE, [(cups, 1)], actor=TEST_ACTOR)
    bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea, 1.5), (old, 1)], actor=TEST_ACTOR)
    bar.save_menu_item("矿泉水", DrinkCategory.WATER, [], available=False, actor=TEST_ACTOR)
    bar.save_menu_item("拿铁", DrinkCategory.COFFEE, [(tea, 2), (cups, 1)], menu_id=latte.id,
                       version=latte.version, actor=TEST_ACTOR)  # a changed recipe
    for only_available in (False, True):
        menu = bar.menu(only_available)
        assert menu == reference_menu(desk, only_available)
    assert [m.name for m in bar.menu()] == ["拿铁", "龙井", "矿泉水"]
    assert [m.name for m in bar.menu(only_available=True)] == ["拿铁", "龙井"]
    assert bar.menu()[0].recipe == (RecipeRecord(tea, "龙井茶叶", "包", 2),
                                    RecipeRecord(cups, "茶杯", "个", 1))


def test_an_order_and_its_serve_read_as_much_for_three_drinks_as_for_one(
        desk: Services) -> None:
    stock, bar = desk.stock, desk.bar
    items = [stock.save_item(name, "个", 1, quantity=1000, actor=TEST_ACTOR).id
             for name in ("茶叶", "咖啡豆", "牛奶", "茶杯")]
    recipes: dict[str, list[tuple[int, float]]] = {
        "龙井": [(items[0], 1), (items[3], 1)], "拿铁": [(items[1], 18), (items[2], 150)],
        "奶茶": [(items[0], 1), (items[2], 100)]}
    drinks = [bar.save_menu_item(name, DrinkCategory.TEA, recipe, actor=TEST_ACTOR).id
              for name, recipe in recipes.items()]
    selects: dict[int, tuple[int, int]] = {}
    for count, surname in ((1, "王"), (3, "李")):
        party = seated(desk, surname, f"VIP{count}")
        with statements(desk) as ordering:
            order = bar.order(party, [OrderLine(d, 2) for d in drinks[:count]])
        with statements(desk) as serving:
            bar.bump(order.id)
        selects[count] = (len(_selects(ordering)), len(_selects(serving)))
    assert selects[3] == selects[1]
    assert {s.name: s.quantity for s in stock.items()} == {
        "茶叶": 994, "咖啡豆": 964, "牛奶": 500, "茶杯": 996}


def _selects(seen: list[str]) -> list[str]:
    return [s for s in seen if s.upper().startswith("SELECT")]

"""The stock register (物耗): goods in, a day's lines, the closing count and its variance,
and the requisition's suggested quantities."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from reception_desk.domain.bar import DrinkCategory, OrderLine
from reception_desk.domain.errors import NotFoundError, ValidationError
from reception_desk.domain.events import STOCK, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.services.stock import DayLine, RequisitionLine
from reception_desk.store.models import StockCount, StockMovement
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)  # the FakeClock starts at 10:00 Beijing time on this day


def serve(services: Services, menu_id: int, count: int, place: str = "VIP1") -> None:
    party = services.arrivals.register(PartyDraft("王", Honorific.MR, count,
                                                  VisitKind.WALK_IN, "网络"))
    services.arrivals.move(party.id, Stage.SEATED, place)
    order = services.bar.order(party.id, [OrderLine(menu_id, count)])
    services.bar.bump(order.id)
    services.arrivals.move(party.id, Stage.DEPARTED)


def line(lines: list[DayLine], name: str) -> DayLine:
    return next(x for x in lines if x.name == name)


def test_new_items_and_receipts(services: Services, clock: FakeClock) -> None:
    heard: list[Event] = []
    services.bus.subscribe(heard.append)
    lemon = services.stock.save_item(" 柠檬 ", " 个 ", 10, quantity=12, actor=TEST_ACTOR)
    assert (lemon.name, lemon.unit, lemon.quantity, lemon.low_threshold) == (
        "柠檬", "个", 12, 10)
    clock.advance(minutes=30)
    after = services.stock.receive(lemon.id, 24, note="  超市采购 ", actor="水吧")
    assert after.quantity == 36 and not after.low
    assert heard[-1] == Event(STOCK, (lemon.id,))
    with services.db.read() as session:
        moves = session.scalars(select(StockMovement).order_by(StockMovement.id)).all()
        assert [(m.kind, m.quantity, m.note, m.actor) for m in moves] == [
            ("receipt", 12, "opening stock", ""), ("receipt", 24, "超市采购", "水吧")]
        assert moves[1].at == clock.now
    for bad in (0, -1, 1_000_001):
        with pytest.raises(ValidationError, match="0 to 1,000,000"):
            services.stock.receive(lemon.id, bad)
    with pytest.raises(NotFoundError):
        services.stock.receive(999, 1)
    assert services.stock.items()[0].quantity == 36


def test_item_details_are_checked(services: Services) -> None:
    services.stock.save_item("纸杯", "个", 100, quantity=500, actor=TEST_ACTOR)
    with pytest.raises(ValidationError, match="already in the stock list"):
        services.stock.save_item("纸杯", "个", 100, actor=TEST_ACTOR)
    with pytest.raises(ValidationError) as caught:
        services.stock.save_item("", "", -1, quantity=-5, actor=TEST_ACTOR)
    assert {p.field for p in caught.value.problems} == {"name", "unit", "low_threshold",
                                                         "quantity"}
    # Changing an item keeps its quantity: only receipts, servings and counts move it.
    (cups,) = services.stock.items()
    changed = services.stock.save_item("一次性纸杯", "个", 120, item_id=cups.id, quantity=0,
                                       actor=TEST_ACTOR)
    assert (changed.name, changed.quantity, changed.low_threshold) == ("一次性纸杯", 500, 120)
    services.stock.save_item("一次性纸杯", "个", 120, active=False, item_id=cups.id,
                             actor=TEST_ACTOR)
    assert services.stock.items() == []
    assert [s.name for s in services.stock.items(include_inactive=True)] == ["一次性纸杯"]


def test_day_lines_opening_receipts_consumed_expected(services: Services,
                                                       clock: FakeClock) -> None:
    tea = services.stock.save_item("龙井茶叶", "包", 10, quantity=40,
                                   actor=TEST_ACTOR)  # 10:00 on DAY
    cups = services.stock.save_item("茶杯", "个", 50, quantity=100, actor=TEST_ACTOR)
    menu = services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea.id, 1), (cups.id, 1)],
                                       actor=TEST_ACTOR)
    serve(services, menu.id, 3)
    clock.advance(hours=1)
    services.stock.receive(tea.id, 20)
    serve(services, menu.id, 2, "VIP2")
    # The first day: the opening stock came in as a receipt.
    first = line(services.stock.day(DAY), "龙井茶叶")
    assert (first.opening, first.receipts, first.consumed, first.expected) == (0, 60, 5, 55)
    assert (first.counted, first.variance) == (None, None)
    # The next day opens with what the first closed with.
    clock.advance(days=1)
    serve(services, menu.id, 4)
    second = line(services.stock.day(DAY + timedelta(days=1)), "龙井茶叶")
    assert (second.opening, second.receipts,
            second.consumed, second.expected) == (55, 0, 4, 51)
    # Looking back at the first day later gives the same numbers.
    assert line(services.stock.day(DAY), "龙井茶叶") == first
    assert line(services.stock.day(DAY), "茶杯").expected == 95
    # A day with nothing happening: opening = expected.
    quiet = line(services.stock.day(DAY + timedelta(days=5)), "茶杯")
    assert (quiet.opening, quiet.receipts, quiet.consumed, quiet.expected) == (91, 0, 0, 91)


def test_a_recalled_serving_is_not_consumed(services: Services, clock: FakeClock) -> None:
    tea = services.stock.save_item("龙井茶叶", "包", 10, quantity=40, actor=TEST_ACTOR)
    menu = services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea.id, 1)], actor=TEST_ACTOR)
    party = services.arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN,
                                                  "网络"))
    services.arrivals.move(party.id, Stage.SEATED, "VIP1")
    order = services.bar.order(party.id, [OrderLine(menu.id, 2)])
    services.bar.bump(order.id)
    clock.advance(seconds=20)
    services.bar.recall(order.id)
    today = line(services.stock.day(DAY), "龙井茶叶")
    assert (today.consumed, today.expected) == (0, 40)


def test_close_day_stores_the_variance_and_sets_the_counted_quantity(
        services: Services, clock: FakeClock) -> None:
    tea = services.stock.save_item("龙井茶叶", "包", 10, quantity=40, actor=TEST_ACTOR)
    beans = services.stock.save_item("咖啡豆", "克", 300, quantity=1000, actor=TEST_ACTOR)
    lemons = services.stock.save_item("柠檬", "个", 10, quantity=20, actor=TEST_ACTOR)
    tea_menu = services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea.id, 1)],
                                           actor=TEST_ACTOR)
    coffee = services.bar.save_menu_item("美式咖啡", DrinkCategory.COFFEE, [(beans.id, 18)],
                                         actor=TEST_ACTOR)
    serve(services, tea_menu.id, 3)
    serve(services, coffee.id, 2, "VIP2")
    clock.now = clock.now.replace(hour=10, minute=50)  # 18:50 Beijing time
    heard: list[Event] = []
    services.bus.subscribe(heard.append)
    lines = services.stock.close_day(DAY, {tea.id: 35, beans.id: 970.5, lemons.id: 20},
                                     actor="水吧")
    assert [(x.expected, x.counted, x.variance) for x in lines] == [
        (37, 35, -2), (964, 970.5, 6.5), (20, 20, 0)]
    assert heard == [Event(STOCK, (tea.id, beans.id, lemons.id))]
    stock = {s.name: s.quantity for s in services.stock.items()}
    assert stock == {"龙井茶叶": 35, "咖啡豆": 970.5, "柠檬": 20}
    with services.db.read() as session:
        counts = session.scalars(select(StockCount).order_by(StockCount.id)).all()
        assert [(c.day, c.stock_item_id, c.expected, c.counted, c.variance, c.actor)
                for c in counts] == [
            ("2026-11-28", tea.id, 37, 35, -2, "水吧"),
            ("2026-11-28", beans.id, 964, 970.5, 6.5, "水吧"),
            ("2026-11-28", lemons.id, 20, 20, 0, "水吧")]
        assert all(c.at == clock.now for c in counts)
        adjustments = session.scalars(select(StockMovement).where(
            StockMovement.kind == "count").order_by(StockMovement.id)).all()
        # No movement for an item that matched.
        assert [(m.stock_item_id, m.quantity) for m in adjustments] == [
            (tea.id, -2), (beans.id, 6.5)]
    day = {x.name: x for x in services.stock.day(DAY)}
    assert (day["龙井茶叶"].counted, day["龙井茶叶"].variance) == (35, -2)
    assert (day["咖啡豆"].expected, day["咖啡豆"].counted) == (964, 970.5)
    assert day["柠檬"].variance == 0
    # The next day opens with what was counted.
    assert line(services.stock.day(DAY + timedelta(days=1)), "龙井茶叶").opening == 35


def test_a_bad_count_writes_nothing(services: Services) -> None:
    tea = services.stock.save_item("龙井茶叶", "包", 10, quantity=40, actor=TEST_ACTOR)
    with pytest.raises(ValidationError) as caught:
        services.stock.close_day(DAY, {tea.id: 30, 999: -1})
    assert [p.field for p in caught.value.problems] == ["count:999"]
    with pytest.raises(NotFoundError):
        services.stock.close_day(DAY, {tea.id: 30, 999: 3})
    assert services.stock.items()[0].quantity == 40
    with services.db.read() as session:
        assert session.scalars(select(StockCount)).all() == []


def test_requisition_lists_low_items_with_suggested_quantities(services: Services) -> None:
    services.stock.save_item("柠檬", "个", 10, quantity=4, actor=TEST_ACTOR)
    services.stock.save_item("牛奶", "毫升", 2000, quantity=2000,
                             actor=TEST_ACTOR)  # at the threshold: low
    services.stock.save_item("纸杯", "个", 100, quantity=350, actor=TEST_ACTOR)
    services.stock.save_item("咖啡豆", "克", 800, quantity=0, actor=TEST_ACTOR)
    assert services.stock.requisition() == [
        RequisitionLine("咖啡豆", "克", 0, 800, 1600),
        RequisitionLine("柠檬", "个", 4, 10, 16),
        RequisitionLine("牛奶", "毫升", 2000, 2000, 2000),
    ]
    assert [s.name for s in services.bar.board().low_stock] == ["咖啡豆", "柠檬", "牛奶"]

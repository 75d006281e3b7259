"""Water-bar statistics over a scripted day, with exact numbers.

Yesterday one coffee. Today (FakeClock from 10:00 Beijing time) three seated
parties: five orders, four served (two in time, two late — one of them bumped,
recalled by mistake and bumped again), one never served before the party left;
refill rounds: 王 refilled twice, 李 declined, 赵's round closed at departure.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from reception_desk.domain.bar import DrinkCategory, OrderLine, RefillOutcome
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.bar_stats import (
    BarStats,
    ItemConsumption,
    bar_stats,
    percentile_nearest_rank,
)
from reception_desk.services.context import Services
from tests.conftest import TEST_ACTOR, FakeClock

TODAY = date(2026, 11, 28)
YESTERDAY = TODAY - timedelta(days=1)


def seat(services: Services, surname: str, place: str) -> int:
    party = services.arrivals.register(PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN,
                                                  "网络")).id
    services.arrivals.move(party, Stage.SEATED, place=place)
    return party


def open_check(services: Services, party_id: int) -> int:
    board = services.bar.board()
    return next(c.id for c in (*board.refills_due, *board.refills_later)
                if c.party_id == party_id)


@pytest.fixture
def day(services: Services, clock: FakeClock) -> dict[str, int]:
    stock, bar = services.stock, services.bar
    leaves = stock.save_item("茶叶", "克", 100, quantity=500, actor=TEST_ACTOR).id
    cups = stock.save_item("纸杯", "个", 20, quantity=100, actor=TEST_ACTOR).id
    beans = stock.save_item("咖啡豆", "克", 50, quantity=300, actor=TEST_ACTOR).id
    tea = bar.save_menu_item("铁观音", DrinkCategory.TEA, [(leaves, 5), (cups, 1)],
                             actor=TEST_ACTOR).id
    coffee = bar.save_menu_item("美式咖啡", DrinkCategory.COFFEE, [(beans, 15), (cups, 1)],
                                actor=TEST_ACTOR).id

    # Yesterday: one coffee for 古先生, served after 30 s.
    clock.advance(days=-1)
    gu = seat(services, "古", "VIP3")
    order = bar.order(gu, [OrderLine(coffee, 1)]).id
    clock.advance(seconds=30)
    bar.bump(order)
    services.arrivals.move(gu, Stage.DEPARTED)
    clock.advance(days=1, seconds=-30)  # back to today 10:00

    wang = seat(services, "王", "VIP1")
    li = seat(services, "李", "VIP2")
    zhao = seat(services, "赵", "洽谈区1")
    o1 = bar.order(wang, [OrderLine(tea, 2)]).id                       # 10:00
    clock.advance(minutes=1)
    bar.bump(o1)                                                       # 10:01, 60 s
    clock.advance(minutes=4)
    o2 = bar.order(li, [OrderLine(coffee, 1)]).id                      # 10:05
    clock.advance(seconds=150)
    bar.bump(o2)                                                       # 10:07:30, 150 s
    clock.advance(seconds=150)
    o3 = bar.order(zhao, [OrderLine(tea, 1), OrderLine(coffee, 1)]).id  # 10:10
    clock.advance(minutes=4)
    bar.bump(o3)                                                       # 10:14, 240 s: late
    clock.advance(minutes=6)
    o4 = bar.order(wang, [OrderLine(coffee, 1)]).id                    # 10:20
    clock.advance(minutes=2)
    bar.bump(o4)                                                       # 10:22 ...
    clock.advance(seconds=30)
    bar.recall(o4)                                                     # ... by mistake
    clock.advance(seconds=150)
    bar.bump(o4)                                                       # 10:25, 300 s: late
    clock.advance(minutes=5)
    bar.order(li, [OrderLine(tea, 1)])                                 # 10:30, never served
    clock.advance(minutes=10)
    bar.refill_done(open_check(services, wang), RefillOutcome.REFILLED)  # 10:40
    bar.refill_done(open_check(services, li), RefillOutcome.DECLINED)
    clock.advance(minutes=16)
    bar.refill_done(open_check(services, wang), RefillOutcome.REFILLED)  # 10:56
    clock.advance(minutes=4)
    services.arrivals.move(li, Stage.DEPARTED)   # its open order closes
    services.arrivals.move(zhao, Stage.DEPARTED)  # its refill round closes
    return {"leaves": leaves, "cups": cups, "beans": beans}


def test_today(services: Services, day: dict[str, int]) -> None:
    stats = bar_stats(services, TODAY, TODAY)
    assert isinstance(stats, BarStats)
    assert (stats.orders, stats.items, stats.served) == (5, 7, 4)
    assert stats.median_seconds == 195.0          # of 60, 150, 240, 300
    assert stats.p90_seconds == 300.0             # nearest rank: the 4th of 4
    assert (stats.in_time, stats.late) == (2, 2)
    assert stats.in_time_share == 0.5
    assert (stats.refills, stats.parties) == (2, 3)
    assert stats.refills_per_party == pytest.approx(2 / 3)
    assert stats.new_cups == 0
    assert stats.serve_minutes == 3
    # Recalled serving is not consumption; yesterday's coffee is not today's.
    assert stats.consumption == (  # by name
        ItemConsumption(day["beans"], "咖啡豆", "克", 45.0),
        ItemConsumption(day["cups"], "纸杯", "个", 6.0),
        ItemConsumption(day["leaves"], "茶叶", "克", 15.0),
    )


def test_consumption_agrees_with_the_stock_register(services: Services,
                                                    day: dict[str, int]) -> None:
    stats = bar_stats(services, TODAY, TODAY)
    used = {line.name: line.consumed for line in services.stock.day(TODAY)}
    assert {c.name: c.quantity for c in stats.consumption} == used


def test_period_with_yesterday(services: Services, day: dict[str, int]) -> None:
    stats = bar_stats(services, YESTERDAY, TODAY)
    assert (stats.orders, stats.items, stats.served, stats.parties) == (6, 8, 5, 4)
    assert stats.median_seconds == 150.0          # of 30, 60, 150, 240, 300
    assert stats.p90_seconds == 300.0             # ceil(4.5) = 5th of 5
    assert stats.in_time == 3
    assert {c.name: c.quantity for c in stats.consumption} == {
        "茶叶": 15.0, "纸杯": 7.0, "咖啡豆": 60.0}

    only_yesterday = bar_stats(services, YESTERDAY, YESTERDAY)
    assert (only_yesterday.orders, only_yesterday.served) == (1, 1)
    assert only_yesterday.median_seconds == only_yesterday.p90_seconds == 30.0
    assert only_yesterday.refills_per_party == 0.0


def test_the_promise_follows_the_setting(services: Services, day: dict[str, int]) -> None:
    services.settings.save(replace(services.settings.current(), serve_minutes=5), TEST_ACTOR)
    stats = bar_stats(services, TODAY, TODAY)
    assert stats.serve_minutes == 5
    # o4 took exactly 300 s: "within 5 minutes" is broken at 5:00, so it is late.
    assert (stats.in_time, stats.late) == (3, 1)


def test_an_empty_period(services: Services) -> None:
    stats = bar_stats(services, TODAY, TODAY)
    assert (stats.orders, stats.items, stats.served, stats.parties, stats.refills) == \
        (0, 0, 0, 0, 0)
    assert stats.median_seconds is None and stats.p90_seconds is None
    assert stats.in_time_share is None and stats.refills_per_party is None
    assert stats.consumption == ()
    with pytest.raises(ValueError):
        bar_stats(services, TODAY, YESTERDAY)


def test_a_new_cup_at_a_refill_round_is_a_new_order(services: Services,
                                                    clock: FakeClock) -> None:
    cups = services.stock.save_item("纸杯", "个", 20, quantity=100, actor=TEST_ACTOR).id
    tea = services.bar.save_menu_item("绿茶", DrinkCategory.TEA, [(cups, 1)], actor=TEST_ACTOR).id
    juice = services.bar.save_menu_item("橙汁", DrinkCategory.JUICE, [(cups, 1)],
                                        actor=TEST_ACTOR).id
    party = seat(services, "孙", "VIP1")
    services.bar.bump(services.bar.order(party, [OrderLine(tea, 1)]).id)
    clock.advance(minutes=15)
    services.bar.refill_done(open_check(services, party), RefillOutcome.NEW_DRINK,
                             [OrderLine(juice, 1)])
    stats = bar_stats(services, TODAY, TODAY)
    assert (stats.orders, stats.new_cups, stats.refills, stats.served) == (2, 1, 0, 1)


def test_nearest_rank_percentile() -> None:
    assert percentile_nearest_rank([], 90) is None
    assert percentile_nearest_rank([7.0], 90) == 7.0
    values = [float(v) for v in range(1, 11)]          # 1..10
    assert percentile_nearest_rank(values, 90) == 9.0
    assert percentile_nearest_rank(values, 50) == 5.0
    assert percentile_nearest_rank(list(reversed(values)), 100) == 10.0

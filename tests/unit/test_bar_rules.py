"""Water-bar rules without a database: timers at their exact boundaries, the recall
window, refill scheduling, stock arithmetic and order-line validation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from reception_desk.domain.bar import (
    BarRules,
    CountLine,
    DrinkCategory,
    OrderLine,
    OrderSource,
    OrderStatus,
    TimerState,
    expected_quantity,
    fill_percent,
    is_low,
    next_refill_due,
    recall_allowed,
    served_late,
    suggested_order,
    timer_state,
    validate_order_lines,
)
from reception_desk.domain.bar_records import OrderRecord, StockRecord
from reception_desk.domain.errors import ValidationError

T0 = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
DEFAULT = BarRules()


def at(minutes: float = 0, seconds: float = 0, milliseconds: float = 0) -> datetime:
    return T0 + timedelta(minutes=minutes, seconds=seconds, milliseconds=milliseconds)


# -- timers -----------------------------------------------------------------------------

@pytest.mark.parametrize(("now", "state"), [
    (at(), TimerState.IN_TIME),
    (at(minutes=1, seconds=59, milliseconds=999), TimerState.IN_TIME),
    (at(minutes=2), TimerState.AMBER),
    (at(minutes=2, seconds=30), TimerState.AMBER),
    (at(minutes=2, seconds=59, milliseconds=999), TimerState.AMBER),
    (at(minutes=3), TimerState.LATE),  # the promise is "within 3 minutes": 3:00 is late
    (at(minutes=3, milliseconds=1), TimerState.LATE),
    (at(minutes=45), TimerState.LATE),
])
def test_timer_states_at_the_default_boundaries(now: datetime, state: TimerState) -> None:
    assert timer_state(T0, now, DEFAULT) is state


@pytest.mark.parametrize(("now", "state"), [
    (at(minutes=3), TimerState.IN_TIME),
    (at(minutes=3, seconds=59, milliseconds=999), TimerState.IN_TIME),
    (at(minutes=4), TimerState.AMBER),
    (at(minutes=4, seconds=59, milliseconds=999), TimerState.AMBER),
    (at(minutes=5), TimerState.LATE),
])
def test_timer_states_follow_changed_settings(now: datetime, state: TimerState) -> None:
    rules = BarRules(serve_minutes=5, amber_minutes=4)
    assert timer_state(T0, now, rules) is state


def test_served_late_uses_the_serve_setting() -> None:
    assert not served_late(T0, at(minutes=2, seconds=59, milliseconds=999), DEFAULT)
    assert served_late(T0, at(minutes=3), DEFAULT)  # 3:00 is late, as the timer shows
    assert not served_late(T0, at(minutes=4, seconds=59), BarRules(serve_minutes=5))
    assert served_late(T0, at(minutes=5), BarRules(serve_minutes=5))


def order_record(served_at: datetime | None) -> OrderRecord:
    return OrderRecord(1, 1, "王先生", "VIP1", OrderSource.DESK,
                       OrderStatus.SERVED if served_at else OrderStatus.OPEN, False, T0,
                       served_at, (("龙井", 2), ("矿泉水", 1)))


def test_an_order_record_stops_its_timer_when_served() -> None:
    waiting = order_record(None)
    assert waiting.timer(at(minutes=2, seconds=1), DEFAULT) is TimerState.AMBER
    assert waiting.seconds_waiting(at(minutes=2, seconds=1)) == 121
    served = order_record(at(minutes=1, seconds=30))
    # Long after serving, the served order keeps the state it was served in.
    assert served.timer(at(minutes=30), DEFAULT) is TimerState.IN_TIME
    assert served.seconds_waiting(at(minutes=30)) == 90
    assert served.items_text == "龙井×2、矿泉水"


# -- recall -----------------------------------------------------------------------------

def test_recall_window_boundaries() -> None:
    served = at(minutes=5)
    assert recall_allowed(served, served, DEFAULT)
    assert recall_allowed(served, served + timedelta(seconds=60), DEFAULT)
    assert not recall_allowed(served, served + timedelta(seconds=60, milliseconds=1), DEFAULT)
    # A clock that went backwards is not "within the window".
    assert not recall_allowed(served, served - timedelta(milliseconds=1), DEFAULT)


def test_recall_window_follows_the_setting() -> None:
    served = at(minutes=5)
    rules = BarRules(recall_seconds=90)
    assert recall_allowed(served, served + timedelta(seconds=90), rules)
    assert not recall_allowed(served, served + timedelta(seconds=90, milliseconds=1), rules)
    assert not recall_allowed(served, served + timedelta(seconds=1), BarRules(recall_seconds=0))


# -- refills and fill levels ---------------------------------------------------------------

def test_refill_rounds_fall_due_after_the_setting() -> None:
    assert next_refill_due(T0, DEFAULT) == at(minutes=15)
    assert next_refill_due(T0, BarRules(refill_minutes=10)) == at(minutes=10)
    # Rounds repeat from the last round, not from the first serving.
    first = next_refill_due(T0, DEFAULT)
    done = first + timedelta(minutes=2)
    assert next_refill_due(done, DEFAULT) == at(minutes=32)


def test_fill_levels() -> None:
    assert fill_percent(DrinkCategory.TEA, 80, 70) == 80
    for category in (DrinkCategory.COFFEE, DrinkCategory.JUICE, DrinkCategory.WATER,
                     DrinkCategory.OTHER):
        assert fill_percent(category, 80, 70) == 70


# -- stock arithmetic -----------------------------------------------------------------------

def test_expected_quantity_and_variance() -> None:
    assert expected_quantity(20, 10, 7) == 23
    assert expected_quantity(1.1, 2.2, 0.3) == 3.0  # rounded, no float dust
    short = CountLine(1, expected=23, counted=21)
    assert short.variance == -2
    assert CountLine(1, expected=2500.5, counted=2510).variance == 9.5
    assert CountLine(1, expected=0.3, counted=0.1 + 0.2).variance == 0.0


def test_low_stock_and_suggested_order() -> None:
    assert is_low(5, 5) and is_low(4.9, 5) and not is_low(5.1, 5)
    assert suggested_order(3, 10) == 17  # up to twice the threshold
    assert suggested_order(10, 10) == 10
    assert suggested_order(25, 10) == 0  # never negative
    record = StockRecord(1, "柠檬", "个", 8, 10, True)
    assert record.low
    assert not StockRecord(1, "柠檬", "个", 11, 10, True).low


# -- order lines ------------------------------------------------------------------------------

MENU = {1, 2, 3}


def test_repeated_drinks_are_merged_in_first_order() -> None:
    lines = [OrderLine(2, 1), OrderLine(1, 2), OrderLine(2, 3)]
    assert validate_order_lines(lines, MENU) == [OrderLine(2, 4), OrderLine(1, 2)]


@pytest.mark.parametrize(("lines", "words"), [
    ([], "at least one drink"),
    ([OrderLine(1, 0)], "between 1 and 50"),
    ([OrderLine(1, -1)], "between 1 and 50"),
    ([OrderLine(1, 51)], "between 1 and 50"),
    ([OrderLine(1, 30), OrderLine(1, 30)], "between 1 and 50"),  # merged: 60 cups
    ([OrderLine(9, 1)], "not on the menu"),
    ([OrderLine(1, 1), OrderLine(9, 1)], "not on the menu"),
])
def test_bad_order_lines_are_refused(lines: list[OrderLine], words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_order_lines(lines, MENU)
    assert any(words in p.text() for p in caught.value.problems)
    assert all(p.field == "items" for p in caught.value.problems)


def test_the_biggest_order_is_allowed() -> None:
    assert validate_order_lines([OrderLine(3, 50)], MENU) == [OrderLine(3, 50)]
    assert validate_order_lines([OrderLine(3, 20), OrderLine(3, 30)], MENU) == [
        OrderLine(3, 50)]

"""Working-day arithmetic for the feedback deadline: weekends and holidays skipped,
make-up working days (调休) counted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_desk.domain.workdays import (
    WorkCalendar,
    add_working_days,
    feedback_due,
    holiday_set,
    is_working_day,
    working_days_between,
)

FRIDAY = date(2026, 11, 27)
SATURDAY = date(2026, 11, 28)


def test_weekdays_work_and_weekends_do_not() -> None:
    monday = date(2026, 11, 23)
    assert [is_working_day(monday + timedelta(days=i)) for i in range(7)] == [
        True, True, True, True, True, False, False]


def test_a_holiday_is_not_a_working_day() -> None:
    assert not is_working_day(date(2026, 10, 1), ["2026-10-01"])
    assert is_working_day(date(2026, 10, 1))


@pytest.mark.parametrize(("start", "days", "expected"), [
    (date(2026, 11, 23), 2, date(2026, 11, 25)),   # Monday + 2 -> Wednesday
    (date(2026, 11, 26), 2, date(2026, 11, 30)),   # Thursday + 2 -> Monday
    (FRIDAY, 1, date(2026, 11, 30)),               # Friday + 1 -> Monday
    (FRIDAY, 2, date(2026, 12, 1)),                # Friday + 2 -> Tuesday
    (SATURDAY, 1, date(2026, 11, 30)),             # a weekend visit: Monday is the first
    (SATURDAY, 2, date(2026, 12, 1)),
    (date(2026, 11, 29), 2, date(2026, 12, 1)),    # Sunday + 2 -> Tuesday
    (date(2026, 12, 31), 1, date(2027, 1, 1)),     # across the year end
])
def test_adding_working_days_skips_weekends(start: date, days: int, expected: date) -> None:
    assert add_working_days(start, days) == expected


def test_national_day_week_is_skipped() -> None:
    golden_week = [f"2026-10-0{d}" for d in range(1, 8)]
    # A visit on Wednesday 30 September: 1-7 October are holidays (and a weekend).
    assert feedback_due(date(2026, 9, 30), 2, golden_week) == date(2026, 10, 9)
    assert feedback_due(date(2026, 9, 30), 1, golden_week) == date(2026, 10, 8)


def test_holiday_on_the_due_day_moves_it_on() -> None:
    assert feedback_due(date(2026, 11, 23), 2, ["2026-11-25"]) == date(2026, 11, 26)


def test_zero_days_is_the_day_itself_or_the_next_working_day() -> None:
    assert add_working_days(FRIDAY, 0) == FRIDAY
    assert add_working_days(SATURDAY, 0) == date(2026, 11, 30)


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError):
        add_working_days(FRIDAY, -1)


def test_a_damaged_holiday_entry_is_ignored() -> None:
    assert holiday_set(["2026-10-01", "not a date", " 2026-10-02 "]) == {
        date(2026, 10, 1), date(2026, 10, 2)}
    assert feedback_due(FRIDAY, 2, ["garbage"]) == date(2026, 12, 1)


def test_working_days_between_counts_after_start_up_to_end() -> None:
    assert working_days_between(FRIDAY, date(2026, 12, 1)) == 2
    assert working_days_between(FRIDAY, FRIDAY) == 0
    assert working_days_between(FRIDAY, date(2026, 11, 20)) == 0


holidays = st.lists(st.dates(date(2026, 1, 1), date(2027, 12, 31)), max_size=40)


@given(start=st.dates(date(2026, 1, 1), date(2027, 12, 31)), days=st.integers(1, 30),
       off=holidays)
def test_result_is_a_working_day_strictly_after_start(start: date, days: int,
                                                      off: list[date]) -> None:
    due = add_working_days(start, days, off)
    assert due > start
    assert is_working_day(due, off)
    assert working_days_between(start, due, off) == days


@given(start=st.dates(date(2026, 1, 1), date(2027, 12, 31)), days=st.integers(1, 20))
def test_one_more_day_is_never_earlier(start: date, days: int) -> None:
    assert add_working_days(start, days + 1) > add_working_days(start, days)


# -- make-up working days (调休) ------------------------------------------------------

#: 2025 National Day and Mid-Autumn: 1-8 October off; Sunday 28 September and
#: Saturday 11 October are worked instead (State Council notice for 2025).
GOLDEN_WEEK_2025 = [f"2025-10-0{d}" for d in range(1, 9)]
MAKEUP_2025 = ["2025-09-28", "2025-10-11"]
#: 2026: 1-7 October off; Sunday 20 September and Saturday 10 October worked.
GOLDEN_WEEK_2026 = [f"2026-10-0{d}" for d in range(1, 8)]
MAKEUP_2026 = ["2026-09-20", "2026-10-10"]


def test_a_makeup_weekend_day_is_a_working_day() -> None:
    sunday = date(2025, 9, 28)
    assert not is_working_day(sunday, GOLDEN_WEEK_2025)
    assert is_working_day(sunday, GOLDEN_WEEK_2025, MAKEUP_2025)
    assert is_working_day(date(2025, 10, 11), GOLDEN_WEEK_2025, MAKEUP_2025)
    assert not is_working_day(date(2025, 10, 12), GOLDEN_WEEK_2025, MAKEUP_2025)


def test_golden_week_2025_with_its_makeup_days() -> None:
    # A visit on Friday 26 September: Sunday 28 is worked, then Monday 29.
    assert feedback_due(date(2025, 9, 26), 2, GOLDEN_WEEK_2025, MAKEUP_2025) == \
        date(2025, 9, 29)
    assert feedback_due(date(2025, 9, 26), 2, GOLDEN_WEEK_2025) == date(2025, 9, 30)
    # A visit on Tuesday 30 September: 1-8 off, Thursday 9 and Friday 10 count.
    assert feedback_due(date(2025, 9, 30), 2, GOLDEN_WEEK_2025, MAKEUP_2025) == \
        date(2025, 10, 10)
    # A visit on Thursday 9 October: Friday 10, then the make-up Saturday 11.
    assert feedback_due(date(2025, 10, 9), 2, GOLDEN_WEEK_2025, MAKEUP_2025) == \
        date(2025, 10, 11)
    assert feedback_due(date(2025, 10, 9), 2, GOLDEN_WEEK_2025) == date(2025, 10, 13)


def test_golden_week_2026_with_its_makeup_days() -> None:
    assert feedback_due(date(2026, 9, 18), 1, GOLDEN_WEEK_2026, MAKEUP_2026) == \
        date(2026, 9, 20)
    assert feedback_due(date(2026, 10, 8), 2, GOLDEN_WEEK_2026, MAKEUP_2026) == \
        date(2026, 10, 10)
    assert working_days_between(date(2026, 9, 30), date(2026, 10, 11),
                                GOLDEN_WEEK_2026, MAKEUP_2026) == 3   # 8, 9 and Sat 10


def test_a_day_in_both_lists_counts_as_a_holiday() -> None:
    assert not is_working_day(date(2025, 10, 11), ["2025-10-11"], ["2025-10-11"])


def test_zero_days_from_a_makeup_saturday_is_that_saturday() -> None:
    assert add_working_days(date(2025, 10, 11), 0, GOLDEN_WEEK_2025, MAKEUP_2025) == \
        date(2025, 10, 11)


def test_the_calendar_takes_text_or_dates() -> None:
    calendar = WorkCalendar.of(["2025-10-01", "bad"], [date(2025, 9, 28), " 2025-10-11 "])
    assert calendar.holidays == {date(2025, 10, 1)}
    assert calendar.makeup_days == {date(2025, 9, 28), date(2025, 10, 11)}


days_2025_2027 = st.dates(date(2025, 1, 1), date(2027, 12, 31))


@st.composite
def calendars(draw: st.DrawFn) -> tuple[list[date], list[date]]:
    """Disjoint holidays and make-up days, as the settings allow them."""
    off = draw(st.lists(days_2025_2027, max_size=40, unique=True))
    worked = draw(st.lists(days_2025_2027.filter(lambda d: d not in off), max_size=20))
    return off, worked


@given(day=days_2025_2027, lists=calendars())
def test_a_makeup_day_always_works_and_a_holiday_never(
        day: date, lists: tuple[list[date], list[date]]) -> None:
    off, worked = lists
    if day in worked:
        assert is_working_day(day, off, worked)
    if day in off:
        assert not is_working_day(day, off, worked)
    if day not in off and day not in worked:
        assert is_working_day(day, off, worked) == (day.weekday() < 5)


@given(start=days_2025_2027, days=st.integers(1, 30), lists=calendars())
def test_with_makeup_days_the_result_is_a_working_day_after_start(
        start: date, days: int, lists: tuple[list[date], list[date]]) -> None:
    off, worked = lists
    due = add_working_days(start, days, off, worked)
    assert due > start
    assert is_working_day(due, off, worked)
    assert working_days_between(start, due, off, worked) == days
    # Working a make-up day never makes a deadline later.
    assert due <= add_working_days(start, days, off)

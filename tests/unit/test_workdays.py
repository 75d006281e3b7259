"""Working-day arithmetic for the feedback deadline: weekends and holidays skipped."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_desk.domain.workdays import (
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

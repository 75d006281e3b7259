"""Working-day arithmetic: weekends and the site's holidays are skipped.

The feedback form (客户接待信息反馈表) is due `feedback_working_days` working
days after the visit: a visit on Friday with 2 working days is due on Tuesday.
Holidays come from the settings as ISO dates; a damaged entry is ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

#: Monday is 0; Saturday (5) and Sunday (6) are not working days.
WEEKEND: frozenset[int] = frozenset({5, 6})


def holiday_set(holidays: Iterable[str | date]) -> frozenset[date]:
    """The holidays as dates; anything that is not an ISO date is skipped."""
    days: set[date] = set()
    for item in holidays:
        if isinstance(item, date):
            days.add(item)
            continue
        try:
            days.add(date.fromisoformat(str(item).strip()))
        except ValueError:
            continue
    return frozenset(days)


def is_working_day(day: date, holidays: Iterable[str | date] = ()) -> bool:
    holiday_days = holidays if isinstance(holidays, frozenset) else holiday_set(holidays)
    return day.weekday() not in WEEKEND and day not in holiday_days


def add_working_days(start: date, days: int, holidays: Iterable[str | date] = ()) -> date:
    """The day `days` working days after `start` (start itself never counts).

    With days >= 1 the result is a working day strictly after `start`; with
    days == 0 it is `start` if that is a working day, else the next one.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    holiday_days = holiday_set(holidays)
    day = start
    if days == 0:
        while not is_working_day(day, holiday_days):
            day += timedelta(days=1)
        return day
    counted = 0
    # A year of holidays in a row cannot happen; the bound only guards a damaged list.
    for _ in range(days * 7 + 400):
        day += timedelta(days=1)
        if is_working_day(day, holiday_days):
            counted += 1
            if counted == days:
                return day
    return day


def working_days_between(start: date, end: date, holidays: Iterable[str | date] = ()) -> int:
    """How many working days lie after `start` up to and including `end` (0 if end <= start)."""
    holiday_days = holiday_set(holidays)
    count = 0
    day = start + timedelta(days=1)
    while day <= end:
        if is_working_day(day, holiday_days):
            count += 1
        day += timedelta(days=1)
    return count


def feedback_due(visit_day: date, working_days: int, holidays: Iterable[str | date] = ()) -> date:
    """The last day the host may file the feedback form for a visit on `visit_day`."""
    return add_working_days(visit_day, working_days, holidays)

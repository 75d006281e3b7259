"""Working-day arithmetic: weekends and the site's holidays are skipped,
make-up working days (调休) count.

The feedback form (客户接待信息反馈表) is due `feedback_working_days` working
days after the visit: a visit on Friday with 2 working days is due on Tuesday.
Holidays and make-up working days come from the settings as ISO dates; a
damaged entry is ignored.

Around the Chinese public holidays the State Council swaps days: for the 2025
National Day week, 1-8 October are off and Sunday 28 September and Saturday
11 October are worked instead. A weekend day listed as a make-up working day
therefore counts as a working day. A day listed both ways counts as a holiday
(the settings refuse such a list, see `site_settings`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

#: Monday is 0; Saturday (5) and Sunday (6) are not working days.
WEEKEND: frozenset[int] = frozenset({5, 6})

Days = Iterable[str | date]


def holiday_set(holidays: Days) -> frozenset[date]:
    """The days as dates; anything that is not an ISO date is skipped.

    Used for both lists: holidays and make-up working days.
    """
    if isinstance(holidays, frozenset) and all(isinstance(d, date) for d in holidays):
        return holidays
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


@dataclass(frozen=True)
class WorkCalendar:
    """A site's days off (beyond weekends) and its make-up working days."""

    holidays: frozenset[date] = frozenset()
    makeup_days: frozenset[date] = frozenset()

    @classmethod
    def of(cls, holidays: Days = (), makeup_days: Days = ()) -> WorkCalendar:
        return cls(holiday_set(holidays), holiday_set(makeup_days))

    def is_working_day(self, day: date) -> bool:
        if day in self.holidays:
            return False
        return day in self.makeup_days or day.weekday() not in WEEKEND


def is_working_day(day: date, holidays: Days = (), makeup_days: Days = ()) -> bool:
    """A weekday that is no holiday, or a weekend day listed as a make-up working day."""
    return WorkCalendar.of(holidays, makeup_days).is_working_day(day)


def add_working_days(start: date, days: int, holidays: Days = (),
                     makeup_days: Days = ()) -> date:
    """The day `days` working days after `start` (start itself never counts).

    With days >= 1 the result is a working day strictly after `start`; with
    days == 0 it is `start` if that is a working day, else the next one.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    calendar = WorkCalendar.of(holidays, makeup_days)
    day = start
    if days == 0:
        for _ in range(400):   # a year of holidays in a row: only a damaged list
            if calendar.is_working_day(day):
                break
            day += timedelta(days=1)
        return day
    counted = 0
    # A year of holidays in a row cannot happen; the bound only guards a damaged list.
    for _ in range(days * 7 + 400):
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
            if counted == days:
                return day
    return day


def working_days_between(start: date, end: date, holidays: Days = (),
                         makeup_days: Days = ()) -> int:
    """How many working days lie after `start` up to and including `end` (0 if end <= start)."""
    calendar = WorkCalendar.of(holidays, makeup_days)
    count = 0
    day = start + timedelta(days=1)
    while day <= end:
        if calendar.is_working_day(day):
            count += 1
        day += timedelta(days=1)
    return count


def feedback_due(visit_day: date, working_days: int, holidays: Days = (),
                 makeup_days: Days = ()) -> date:
    """The last day the host may file the feedback form for a visit on `visit_day`."""
    return add_working_days(visit_day, working_days, holidays, makeup_days)

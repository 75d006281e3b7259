"""The calendar days the app works with, and the check of a chosen period.

A sales office has no business before the year 2000 or after 2100; days
outside these bounds are refused with a message (instead of overflowing the
date arithmetic, e.g. the day after 9999-12-31). The bounds hold for every
period chooser (exports, statistics, the audit log) and for imported dates.
"""

from __future__ import annotations

from datetime import date

from .errors import DomainError
from .i18n import QT_TRANSLATE_NOOP

#: The first and the last day the app stores or reports on.
EARLIEST_DAY = date(2000, 1, 1)
LATEST_DAY = date(2100, 12, 31)


class DayOutOfRangeError(DomainError):
    """A day outside EARLIEST_DAY..LATEST_DAY."""

    def __init__(self, day: date) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "{day} is outside the dates this program works with "
            "({earliest} to {latest})."),
            day=day.isoformat(), earliest=EARLIEST_DAY.isoformat(),
            latest=LATEST_DAY.isoformat())
        self.day = day


def in_range(day: date) -> bool:
    return EARLIEST_DAY <= day <= LATEST_DAY


def check_day(day: date) -> date:
    """The day itself; DayOutOfRangeError when it lies outside the bounds."""
    if not in_range(day):
        raise DayOutOfRangeError(day)
    return day


def check_period(start: date, end: date) -> tuple[date, date]:
    """Both ends inside the bounds (the order is checked by the caller's own message)."""
    return check_day(start), check_day(end)

"""The period picker of the statistics dialogs: today, this week, this month or dates.

A mixin for a dialog holding `self.period` (a combo with the keys of
`PERIODS` as item data), `self.date_from` / `self.date_to` (QDateEdit),
`self.services` and a `reload()` method.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from ..domain.day_range import EARLIEST_DAY, LATEST_DAY

#: Period choices of the picker, in order.
PERIODS = ("today", "week", "month", "custom")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def bound_dates(*edits: QDateEdit) -> None:
    """Limit date choosers to the days the program works with (EARLIEST_DAY..LATEST_DAY)."""
    for edit in edits:
        edit.setDateRange(qdate(EARLIEST_DAY), qdate(LATEST_DAY))


def period_bounds(period: str, today: date) -> tuple[date, date]:
    """Today; this week from Monday; this month from the 1st (each up to today)."""
    if period == "week":
        return today - timedelta(days=today.weekday()), today
    if period == "month":
        return today.replace(day=1), today
    return today, today


class PeriodChoice:
    period: Any
    date_from: Any
    date_to: Any
    services: Any

    def reload(self) -> None:  # pragma: no cover - provided by the dialog
        raise NotImplementedError

    def follow_period(self) -> None:
        """Connect the picker and show the chosen period once."""
        bound_dates(self.date_from, self.date_to)
        self.period.currentIndexChanged.connect(lambda _i: self._on_period())
        self.date_from.dateChanged.connect(lambda _d: self._on_dates())
        self.date_to.dateChanged.connect(lambda _d: self._on_dates())
        self._on_period()

    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(self.period.findData(key))

    def set_dates(self, date_from: date, date_to: date) -> None:
        """Custom dates (switches the picker to "custom")."""
        self.set_period("custom")
        self._show_dates(date_from, date_to)
        self.reload()

    def dates(self) -> tuple[date, date]:
        return pydate(self.date_from.date()), pydate(self.date_to.date())

    def _show_dates(self, date_from: date, date_to: date, latest: date | None = None) -> None:
        for edit, day in ((self.date_from, date_from), (self.date_to, date_to)):
            edit.blockSignals(True)
            if latest is not None:
                edit.setMaximumDate(qdate(latest))
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def _on_period(self) -> None:
        key = self.period.currentData()
        custom = key == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if not custom:
            today = self.services.arrivals.today()
            self._show_dates(*period_bounds(key, today), latest=today)
        self.reload()

    def _on_dates(self) -> None:
        if self.period.currentData() == "custom":
            self.reload()

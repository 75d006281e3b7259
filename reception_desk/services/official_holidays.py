"""The official Chinese public holidays and make-up working days (调休) of a year.

They come from the optional package `chinesecalendar` (import name
`chinese_calendar`), which ships the State Council's lists as data: nothing is
fetched from the network. Without the package, or for a year it does not know
yet, the site types the days from the State Council notice.

    pip install 'reception-desk[holidays]'     (or: pip install chinesecalendar)
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from types import ModuleType

#: The package's import name.
MODULE = "chinese_calendar"


@dataclass(frozen=True)
class OfficialDays:
    """One year's official days off and worked weekend days, as ISO dates."""

    year: int
    holidays: tuple[str, ...]
    makeup_working_days: tuple[str, ...]


def _module() -> ModuleType | None:
    try:
        return importlib.import_module(MODULE)
    except Exception:   # absent, or broken in a way that must not stop the desk
        return None


def official_calendar_available() -> bool:
    """Whether the optional package is installed."""
    return _module() is not None


def covered_years() -> tuple[int, int] | None:
    """The first and last year the installed package has lists for, or None."""
    module = _module()
    days = getattr(module, "holidays", None)
    if not isinstance(days, dict) or not days:
        return None
    years = [d.year for d in days if isinstance(d, date)]
    return (min(years), max(years)) if years else None


def official_days(year: int) -> OfficialDays | None:
    """The year's official lists; None without the package or for a year it lacks.

    Holidays include the weekend days inside a break (1-8 October 2025 are all
    listed), which changes nothing for the working-day count but reads like the notice.
    """
    module = _module()
    covered = covered_years()
    if module is None or covered is None or not covered[0] <= year <= covered[1]:
        return None
    holidays = getattr(module, "holidays", {})
    workdays = getattr(module, "workdays", {})
    off = sorted(d.isoformat() for d in holidays if isinstance(d, date) and d.year == year)
    # The package's workdays are the weekend days worked in exchange for a holiday.
    worked = sorted(d.isoformat() for d in workdays
                    if isinstance(d, date) and d.year == year and d.weekday() >= 5)
    return OfficialDays(year, tuple(off), tuple(worked))

"""The optional official-holiday lists (package chinesecalendar): used only when present."""

from __future__ import annotations

import sys
from datetime import date
from types import ModuleType

import pytest

from reception_desk.services import official_holidays
from reception_desk.services.official_holidays import (
    OfficialDays,
    covered_years,
    official_calendar_available,
    official_days,
)


def fake_package() -> ModuleType:
    """The shape of chinese_calendar: dicts keyed by date (values are holiday names)."""
    module = ModuleType("chinese_calendar")
    module.holidays = {date(2025, 10, d): "National Day" for d in range(1, 9)}  # type: ignore[attr-defined]
    module.holidays[date(2024, 10, 1)] = "National Day"
    module.workdays = {date(2025, 9, 28): "National Day",  # type: ignore[attr-defined]
                       date(2025, 10, 11): "National Day"}
    return module


def test_without_the_package_nothing_is_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "chinese_calendar", None)   # import fails
    assert not official_calendar_available()
    assert covered_years() is None
    assert official_days(2025) is None


def test_the_package_lists_fill_a_year(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "chinese_calendar", fake_package())
    assert official_calendar_available()
    assert covered_years() == (2024, 2025)
    assert official_days(2025) == OfficialDays(
        2025, tuple(f"2025-10-0{d}" for d in range(1, 9)), ("2025-09-28", "2025-10-11"))
    assert official_days(2026) is None


def test_the_real_package_when_installed() -> None:
    pytest.importorskip(official_holidays.MODULE)
    days = official_days(2025)
    assert days is not None
    assert {"2025-09-28", "2025-10-11"} <= set(days.makeup_working_days)
    assert {f"2025-10-0{d}" for d in range(1, 9)} <= set(days.holidays)

"""The make-up working days (调休) setting: weekend dates only, never also a holiday."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reception_desk.domain.errors import ValidationError
from reception_desk.domain.site_settings import SiteSettings, validate_settings

DEFAULTS = SiteSettings()


def problem_of(s: SiteSettings) -> str:
    with pytest.raises(ValidationError) as info:
        validate_settings(s)
    texts = {p.field: p.text() for p in info.value.problems}
    assert list(texts) == ["makeup_working_days"]
    return texts["makeup_working_days"]


def test_none_by_default() -> None:
    assert DEFAULTS.makeup_working_days == []


def test_weekend_days_are_kept_sorted_and_trimmed() -> None:
    clean = validate_settings(replace(
        DEFAULTS, holidays=[f"2025-10-0{d}" for d in range(1, 9)],
        makeup_working_days=[" 2025-10-11", "2025-09-28", "2025-09-28 ", ""]))
    assert clean.makeup_working_days == ["2025-09-28", "2025-10-11"]


def test_a_bad_date_is_named() -> None:
    text = problem_of(replace(DEFAULTS, makeup_working_days=["2025-09-28", "2025-9-31"]))
    assert "2025-9-31" in text and "YYYY-MM-DD" in text


def test_a_weekday_is_refused_as_already_working() -> None:
    text = problem_of(replace(DEFAULTS, makeup_working_days=["2025-09-29"]))   # a Monday
    assert "2025-09-29" in text and "weekday" in text


def test_a_day_cannot_be_both_holiday_and_makeup_day() -> None:
    text = problem_of(replace(DEFAULTS, holidays=["2025-10-11"],
                              makeup_working_days=["2025-10-11"]))
    assert "2025-10-11" in text and "holiday" in text


def test_a_damaged_stored_list_keeps_the_rest_of_the_settings() -> None:
    loaded = SiteSettings.from_dict({"makeup_working_days": ["2025-09-29"],
                                     "holidays": ["2025-10-01"], "wait_alert_minutes": 5})
    assert loaded.makeup_working_days == []
    assert (loaded.holidays, loaded.wait_alert_minutes) == (["2025-10-01"], 5)
    assert SiteSettings.from_dict({"makeup_working_days": "2025-09-28"}) \
        .makeup_working_days == []
    assert SiteSettings.from_dict({"makeup_working_days": ["2025-09-28"]}) \
        .makeup_working_days == ["2025-09-28"]

"""Site settings: the procedures' numbers with their defaults, and surviving a damaged row."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from reception_desk.domain.errors import ValidationError
from reception_desk.domain.site_settings import (
    DEFAULT_CHANNELS,
    DEFAULT_PLACES,
    SiteSettings,
    validate_settings,
)

DEFAULTS = SiteSettings()


def problems_of(s: SiteSettings) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_settings(s)
    return {p.field: p.text() for p in info.value.problems}


def test_the_defaults_are_the_procedures_numbers_and_valid() -> None:
    assert DEFAULTS.wait_alert_minutes == 2
    assert DEFAULTS.time_zone == "Asia/Shanghai"
    assert DEFAULTS.places == DEFAULT_PLACES and "VIP1" in DEFAULTS.places
    assert DEFAULTS.channels == DEFAULT_CHANNELS
    assert validate_settings(DEFAULTS) == DEFAULTS
    assert str(DEFAULTS.zone()) == "Asia/Shanghai"


def test_lists_are_trimmed_and_duplicates_dropped() -> None:
    clean = validate_settings(replace(
        DEFAULTS, site_name="  金地售楼处 ", places=[" VIP1", "VIP1 ", "", "洽谈区1"],
        channels=["网络", " 网络", "路过"]))
    assert clean.site_name == "金地售楼处"
    assert clean.places == ["VIP1", "洽谈区1"]
    assert clean.channels == ["网络", "路过"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"site_name": "  "}, "site_name", "site name"),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "Mars/Olympus"),
        ({"time_zone": ""}, "time_zone", "Asia/Shanghai"),
        ({"places": []}, "places", "at least one place"),
        ({"places": ["  ", ""]}, "places", "at least one place"),
        ({"places": ["VIP" + "室" * 40]}, "places", "too long"),
        ({"channels": []}, "channels", "at least one channel"),
        ({"channels": ["渠" * 41]}, "channels", "40"),
        ({"wait_alert_minutes": 0}, "wait_alert_minutes", "1 and 60"),
        ({"wait_alert_minutes": 61}, "wait_alert_minutes", "1 and 60"),
        ({"arrival_notice_seconds": 1}, "arrival_notice_seconds", "2 to 60"),
        ({"arrival_notice_seconds": 61}, "arrival_notice_seconds", "2 to 60"),
    ],
)
def test_each_wrong_setting_is_named(changes: dict[str, Any], field: str, words: str) -> None:
    problems = problems_of(replace(DEFAULTS, **changes))
    assert list(problems) == [field]
    assert words in problems[field]


@pytest.mark.parametrize(
    "changes",
    [
        {"wait_alert_minutes": 1},
        {"wait_alert_minutes": 60},
        {"arrival_notice_seconds": 2},
        {"arrival_notice_seconds": 60},
        {"time_zone": "Asia/Urumqi"},
        {"places": ["V" * 40]},
    ],
)
def test_limits_themselves_are_accepted(changes: dict[str, Any]) -> None:
    assert validate_settings(replace(DEFAULTS, **changes)) == replace(DEFAULTS, **changes)


def test_every_wrong_setting_is_reported_at_once() -> None:
    bad = replace(DEFAULTS, site_name="", time_zone="Nowhere", places=[], channels=[],
                  wait_alert_minutes=0, arrival_notice_seconds=0)
    assert list(problems_of(bad)) == [
        "site_name", "time_zone", "places", "channels", "wait_alert_minutes",
        "arrival_notice_seconds",
    ]


def test_round_trip_through_the_stored_form() -> None:
    custom = validate_settings(replace(
        DEFAULTS, site_name="万科城", places=["A1", "A2"], wait_alert_minutes=5))
    assert SiteSettings.from_dict(custom.to_dict()) == custom


def test_missing_keys_default_and_unknown_keys_are_ignored() -> None:
    loaded = SiteSettings.from_dict({"site_name": "万科城", "from_a_newer_version": 1})
    assert loaded == replace(DEFAULTS, site_name="万科城")
    assert SiteSettings.from_dict({}) == DEFAULTS


@pytest.mark.parametrize(
    ("damaged", "defaulted"),
    [
        ({"site_name": 5}, "site_name"),
        ({"site_name": None}, "site_name"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"time_zone": 8}, "time_zone"),
        ({"places": "VIP1"}, "places"),
        ({"places": None}, "places"),
        ({"places": [1, 2]}, "places"),
        ({"channels": {"网络": 1}}, "channels"),
        ({"wait_alert_minutes": "3"}, "wait_alert_minutes"),
        ({"wait_alert_minutes": True}, "wait_alert_minutes"),
        ({"wait_alert_minutes": 2.5}, "wait_alert_minutes"),
        ({"arrival_notice_seconds": -1}, "arrival_notice_seconds"),
    ],
)
def test_a_damaged_value_falls_back_to_its_default_and_keeps_the_rest(
    damaged: dict[str, Any], defaulted: str
) -> None:
    good = {"site_name": "万科城", "places": ["A1", "A2"], "channels": ["网络"],
            "time_zone": "Asia/Urumqi", "wait_alert_minutes": 5,
            "arrival_notice_seconds": 10}
    loaded = SiteSettings.from_dict({**good, **damaged})
    for key, value in good.items():
        expected = getattr(DEFAULTS, key) if key == defaulted else value
        assert getattr(loaded, key) == expected, key


def test_kept_values_are_cleaned_even_when_another_is_damaged() -> None:
    loaded = SiteSettings.from_dict({"places": [" VIP1 ", "VIP1", ""], "time_zone": "Bad/Zone"})
    assert loaded.places == ["VIP1"]
    assert loaded.time_zone == "Asia/Shanghai"

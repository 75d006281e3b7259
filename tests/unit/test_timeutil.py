"""Times: stored in UTC, a "day" is the site's local calendar day, durations on the board."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from reception_desk.domain.timeutil import as_utc, format_duration, local_date, local_day_bounds

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_a_beijing_day_runs_from_16_00_utc_the_evening_before() -> None:
    start, end = local_day_bounds(date(2026, 11, 28), SHANGHAI)
    assert start == datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 28, 16, 0, tzinfo=UTC)
    assert start.tzinfo is UTC and end.tzinfo is UTC


def test_a_visit_at_7_in_the_morning_beijing_time_belongs_to_that_day() -> None:
    early = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)  # 07:00 on the 28th in Beijing
    assert local_date(early, SHANGHAI) == date(2026, 11, 28)
    start, end = local_day_bounds(date(2026, 11, 28), SHANGHAI)
    assert start <= early < end


def test_the_last_second_before_midnight_is_still_today() -> None:
    start, end = local_day_bounds(date(2026, 11, 28), SHANGHAI)
    assert local_date(end - timedelta(seconds=1), SHANGHAI) == date(2026, 11, 28)
    assert local_date(end, SHANGHAI) == date(2026, 11, 29)
    assert local_date(start, SHANGHAI) == date(2026, 11, 28)


def test_days_follow_one_another_without_gaps() -> None:
    _, end_28 = local_day_bounds(date(2026, 11, 28), SHANGHAI)
    start_29, _ = local_day_bounds(date(2026, 11, 29), SHANGHAI)
    assert end_28 == start_29


def test_a_site_in_a_daylight_saving_zone_gets_a_23_hour_day() -> None:
    start, end = local_day_bounds(date(2026, 3, 29), ZoneInfo("Europe/Berlin"))
    assert end - start == timedelta(hours=23)


def test_naive_times_from_a_database_are_read_as_utc() -> None:
    naive = datetime(2026, 11, 28, 2, 0)
    assert as_utc(naive) == datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    beijing = datetime(2026, 11, 28, 10, 0, tzinfo=timezone(timedelta(hours=8)))
    assert as_utc(beijing) == datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    assert local_date(naive, SHANGHAI) == date(2026, 11, 28)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (5, "0:05"),
        (59.9, "0:59"),
        (60, "1:00"),
        (185, "3:05"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3725, "1:02:05"),
        (36000 + 61, "10:01:01"),
        (-30, "0:00"),  # a clock set back on another PC never shows a negative wait
    ],
)
def test_durations_on_the_board(seconds: float, shown: str) -> None:
    assert format_duration(seconds) == shown

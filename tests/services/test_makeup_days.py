"""Make-up working days (调休) saved in the site settings move the feedback deadline.

Runs on SQLite and on PostgreSQL (`any_db_url`): saving the settings is a write path.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest

from reception_desk.domain.errors import ValidationError
from reception_desk.domain.reception_request import Level
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.services.request_helpers import at, full_form, make_actors

if TYPE_CHECKING:
    from tests.conftest import FakeClock


@pytest.fixture
def any_services(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


def test_makeup_days_are_stored_and_count_for_the_deadline(
        any_services: Services, clock: FakeClock) -> None:
    actors = make_actors(any_services.db)
    settings = any_services.settings
    settings.save(replace(settings.current(), holidays=["2026-12-07"],
                          makeup_working_days=["2026-12-05"]), actors["admin"])
    # Another PC (a fresh service over the same database) reads the same lists.
    fresh = Services.open(any_services.db, clock=clock)
    assert fresh.settings.current().makeup_working_days == ["2026-12-05"]

    requests = any_services.requests
    draft = requests.save_draft(actors["receptionist"], full_form(Level.C))
    requests.submit(actors["receptionist"], draft.id)
    requests.approve(actors["department_head"], draft.id)
    clock.now = at(4, 10)                                   # Friday 4 December
    visited = requests.mark_visited(actors["receptionist"], draft.id)
    assert visited.feedback_due == date(2026, 12, 8)        # Saturday 5, then Tuesday 8


def test_a_bad_makeup_day_writes_nothing(any_services: Services) -> None:
    actors = make_actors(any_services.db)
    settings = any_services.settings
    before = settings.version()
    with pytest.raises(ValidationError) as info:
        settings.save(replace(settings.current(), makeup_working_days=["2026-12-07"]),
                      actors["admin"])                      # a Monday
    assert [p.field for p in info.value.problems] == ["makeup_working_days"]
    assert settings.current().makeup_working_days == []
    assert settings.version() == before

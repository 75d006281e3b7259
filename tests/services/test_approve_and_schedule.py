"""The approval that schedules a reception request is one key press: the approval, the
schedule step and the expected party on the arrival board are one write transaction and
one event (REQUESTS, also APPOINTMENTS), here and on other PCs; nothing is half-written
when the approval is refused. Cancelling takes the visit off the board the same way.
On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from reception_desk.domain.events import APPOINTMENTS, REQUESTS, Event
from reception_desk.domain.reception_request import Level, Status
from reception_desk.domain.roles import Actor, PermissionDenied
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.change_feed import ChangeFeed
from reception_desk.store.models import Change
from reception_desk.store.models_customers import Appointment
from tests.conftest import FakeClock
from tests.services.request_helpers import full_form, make_actors


@pytest.fixture
def desk(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


@pytest.fixture
def actors(desk: Services) -> dict[str, Actor]:
    return make_actors(desk.db)


@pytest.fixture
def submitted(desk: Services, actors: dict[str, Actor]) -> int:
    """A level B request sent for approval: the department head's approval schedules it."""
    draft = desk.requests.save_draft(actors["receptionist"], full_form(Level.B))
    desk.requests.submit(actors["receptionist"], draft.id)
    return draft.id


def expected_visits(desk: Services) -> list[tuple[int, str]]:
    with desk.db.read() as session:
        return [(a.id, a.status) for a in session.scalars(
            select(Appointment).order_by(Appointment.id))]


def test_approve_and_schedule_is_one_commit_and_one_event(
        desk: Services, actors: dict[str, Actor], submitted: int, commits: list[str],
        published: list[Event]) -> None:
    other_pc, _ = open_database(desk.db.url)
    feed = ChangeFeed(other_pc)
    try:
        feed.fetch()   # what came before (the draft, the submission) is not this action's
        record = desk.requests.approve(actors["department_head"], submitted)
        seen_remotely = feed.fetch()
    finally:
        feed.close()
        other_pc.dispose()

    [(visit, status)] = expected_visits(desk)
    assert (record.status, status) == (Status.SCHEDULED, "expected")
    assert [s.action for s in record.steps] == ["submit", "approve_department", "schedule"]
    assert commits == ["commit"]
    one = Event(REQUESTS, (submitted,), data={"action": "approve_department"},
                also={APPOINTMENTS: (visit,)})
    assert published == [one]
    assert one.concerns(APPOINTMENTS) and one.ids_of(APPOINTMENTS) == (visit,)
    assert seen_remotely == [Event(REQUESTS, (submitted,), origin="remote",
                                   data={"action": "approve_department"},
                                   also={APPOINTMENTS: (visit,)})]
    # Tuesday 1 December, the arrival day: the visit is among the expected parties.
    assert [a.id for a in desk.appointments.for_day(date(2026, 12, 1))] == [visit]


def test_a_refused_approval_writes_and_publishes_nothing(
        desk: Services, actors: dict[str, Actor], submitted: int, commits: list[str],
        published: list[Event]) -> None:
    with pytest.raises(PermissionDenied):
        desk.requests.approve(actors["receptionist"], submitted)
    assert commits == [] and published == []
    assert expected_visits(desk) == []
    assert desk.requests.get(submitted).status is Status.SUBMITTED


def test_cancelling_a_scheduled_visit_is_one_commit_and_one_event(
        desk: Services, actors: dict[str, Actor], submitted: int, commits: list[str],
        published: list[Event]) -> None:
    desk.requests.approve(actors["department_head"], submitted)
    [(visit, _)] = expected_visits(desk)
    commits.clear()
    published.clear()

    record = desk.requests.cancel(actors["receptionist"], submitted, "客户改期")

    assert record.status is Status.CANCELLED
    assert expected_visits(desk) == [(visit, "cancelled")]
    assert commits == ["commit"]
    assert published == [Event(REQUESTS, (submitted,), data={"action": "cancel"},
                               also={APPOINTMENTS: (visit,)})]
    with desk.db.read() as session:
        topics = session.scalars(select(Change.topic).order_by(Change.id.desc()).limit(1))
        assert list(topics) == [REQUESTS]
        assert (session.scalar(select(func.count()).select_from(Change)
                               .where(Change.topic == APPOINTMENTS)) or 0) == 0

"""Demo requests: every status, short notice, one overdue feedback, replaced on a re-run."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from reception_desk.demo.reception_requests import DEMO_VISITS, fill_demo_requests
from reception_desk.domain.reception_request import Status
from reception_desk.domain.roles import Actor
from reception_desk.services.context import Services
from reception_desk.services.requests import RequestFilter
from reception_desk.store.models_customers import Appointment
from tests.services.request_helpers import make_actors

if TYPE_CHECKING:
    from tests.conftest import FakeClock


@pytest.fixture
def actors(services: Services) -> dict[str, Actor]:
    return make_actors(services.db)


def test_demo_requests_cover_every_status(services: Services, actors: dict[str, Actor],
                                          clock: FakeClock) -> None:
    created = fill_demo_requests(services, actors, days=14)
    assert created == len(DEMO_VISITS)
    records = services.requests.list()
    statuses = Counter(r.status for r in records)
    # gm_approved is only a moment: the GM's approval schedules the visit at once.
    assert set(statuses) == set(Status) - {Status.GM_APPROVED}
    assert statuses[Status.DRAFT] == 2    # one never submitted, one rejected back
    rejected = [r for r in records if r.status is Status.DRAFT and r.steps]
    assert [r.steps[-1].action for r in rejected] == ["reject"]
    assert sum(r.short_notice for r in records) == 2
    assert len(services.requests.overdue()) == 1
    reminders = services.requests.itinerary_reminders()
    assert [r.form.organisation for r in reminders] == ["万科集团采购中心"]
    assert all(r.number.startswith("JD") for r in records)
    assert len({r.number for r in records}) == len(records)
    for record in records:
        assert all(a.at <= clock() for a in record.steps)
        assert [s.at for s in record.steps] == sorted(s.at for s in record.steps)
        assert len(record.form.guests) == record.form.headcount
        assert all(g.title for g in record.form.guests)
    waiting = services.requests.list(RequestFilter.WAITING_FOR_MY_APPROVAL,
                                     actor=actors["general_manager"])
    assert [r.form.organisation for r in waiting] == ["广发证券投资银行部"]


def test_a_second_run_replaces_the_demo_requests(services: Services,
                                                 actors: dict[str, Actor]) -> None:
    fill_demo_requests(services, actors, days=3)
    fill_demo_requests(services, actors, days=3)
    assert len(services.requests.list()) == len(DEMO_VISITS)
    with services.db.read() as session:
        expected = list(session.scalars(select(Appointment).where(
            Appointment.source == "request")))
    scheduled = [r for r in services.requests.list() if r.status is not Status.DRAFT]
    assert {a.request_id for a in expected} <= {r.id for r in scheduled}
    assert all(a.demo for a in expected)

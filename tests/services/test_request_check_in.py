"""A scheduled request's visitors checked in from the expected list: the request is visited."""

from __future__ import annotations

from datetime import date

from reception_desk.domain.reception_request import Level, Status
from reception_desk.services.context import Services
from tests.services.request_helpers import at, full_form, make_actors


def test_checking_in_a_request_appointment_links_the_party(services: Services, clock) -> None:
    actors = make_actors(services.db)
    requests = services.requests
    draft = requests.save_draft(actors["receptionist"], full_form(Level.B))
    requests.submit(actors["receptionist"], draft.id)
    scheduled = requests.approve(actors["department_head"], draft.id)
    assert scheduled.status is Status.SCHEDULED

    clock.now = at(1, 9, 5)
    [expected] = services.appointments.for_day(date(2026, 12, 1))
    assert expected.request_id == draft.id
    party = services.appointments.check_in(expected.id)

    visited = requests.get(draft.id)
    assert visited.status is Status.VISITED and visited.party_id == party.id
    assert visited.feedback_due == date(2026, 12, 3)
    assert visited.steps[-1].actor == "前台"
    assert services.appointments.for_day(date(2026, 12, 1)) == []

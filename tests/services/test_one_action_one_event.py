"""Checking an expected party in (a reception request's visitors too), logging a call
that books a visit, merging two customers, importing a pre-registration list, giving a
party on the board to a consultant, seeing a party out and erasing a person's data are
one user action each: one write transaction and one event (the other topics it touched
in `Event.also`), here and on other PCs through the change feed. On SQLite and
PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from reception_desk.domain.call_form import AppointmentForm
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.customer_records import AppointmentStatus
from reception_desk.domain.events import (
    APPOINTMENTS,
    BAR,
    CUSTOMERS,
    PARTIES,
    REQUESTS,
    ROTATION,
    Event,
)
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.reception_request import Level, Status
from reception_desk.domain.rotation import DutyStatus
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.conftest import TEST_ACTOR, FakeClock, manager_actor
from tests.services.hotline_helpers import PHONE, call_form
from tests.services.one_action import remote, seen_elsewhere
from tests.services.request_helpers import at, full_form, make_actors

DAY = date(2026, 11, 28)


@pytest.fixture
def desk(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


def test_checking_in_an_expected_party_is_one_commit_and_one_event(
        desk: Services, commits: list[str], published: list[Event]) -> None:
    expected = desk.appointments.add(AppointmentForm(day=DAY, name="张伟", phone=PHONE,
                                                     agency="链家", size=3))
    commits.clear()
    published.clear()

    party, elsewhere = seen_elsewhere(desk, lambda: desk.appointments.check_in(expected.id))

    assert (party.name, party.size, party.kind) == ("张先生", 3, VisitKind.APPOINTMENT)
    assert desk.appointments.get(expected.id).status is AppointmentStatus.ARRIVED
    assert desk.appointments.for_day(DAY) == []
    assert commits == ["commit"]
    one = Event(PARTIES, (party.id,), data={"kind": "registered"},
                also={APPOINTMENTS: (expected.id,), CUSTOMERS: (expected.customer_id or 0,)})
    assert published == [one]
    assert one.concerns(APPOINTMENTS) and one.concerns(CUSTOMERS)
    assert elsewhere == [remote(one)]


def test_a_call_that_books_a_visit_is_one_commit_and_one_event(
        desk: Services, clock: FakeClock, commits: list[str],
        published: list[Event]) -> None:
    visit = clock.now + timedelta(days=1)

    call, elsewhere = seen_elsewhere(desk, lambda: desk.calls.log_call(
        call_form(visit_at=visit, visit_size=2)))

    assert call.appointment_id is not None and call.customer_id is not None
    assert [a.id for a in desk.appointments.for_day(DAY + timedelta(days=1))] == [
        call.appointment_id]
    assert commits == ["commit"]
    one = Event(CUSTOMERS, (call.customer_id,), data={"kind": "call", "call_id": call.id},
                also={APPOINTMENTS: (call.appointment_id,)})
    assert published == [one]
    assert elsewhere == [remote(one)]


def test_merging_two_customers_is_one_commit_and_one_event(
        desk: Services, commits: list[str], published: list[Event]) -> None:
    keep = desk.calls.log_call(call_form(caller_name="张伟")).customer_id or 0
    gone = desk.calls.log_call(call_form("13900001111", caller_name="张伟")).customer_id or 0
    visit = desk.arrivals.register(PartyDraft("张", Honorific.MR, 2, VisitKind.WALK_IN,
                                              "网络", phone="13900001111"))
    commits.clear()
    published.clear()

    merged, elsewhere = seen_elsewhere(
        desk, lambda: desk.customers.merge(manager_actor(), keep, gone))

    assert [v.party_id for v in merged.visits] == [visit.id]
    assert commits == ["commit"]
    one = Event(CUSTOMERS, (keep, gone), data={"kind": "merge"},
                also={PARTIES: (visit.id,)})
    assert published == [one]
    assert elsewhere == [remote(one)]


def test_importing_a_list_is_one_commit_and_one_event(
        desk: Services, tmp_path: Path, commits: list[str],
        published: list[Event]) -> None:
    path = tmp_path / "链家.csv"
    path.write_text("渠道,客户姓名,电话,预计到访日期\n"
                    f"链家,张伟,{PHONE},2026-11-28\n"
                    "链家,李娜,13900001111,2026-11-28\n", encoding="utf-8")
    preview = desk.appointment_import.preview(path)
    assert len(preview.rows) == 2, preview.problems

    result, elsewhere = seen_elsewhere(desk, lambda: desk.appointment_import.import_rows(
        preview))

    assert result.imported == 2
    customers = tuple(sorted(a.customer_id or 0 for a in desk.appointments.for_day(DAY)))
    assert commits == ["commit"]
    one = Event(APPOINTMENTS, result.ids, data={"kind": "import"},
                also={CUSTOMERS: customers})
    assert published == [one]
    assert elsewhere == [remote(one)]


def test_checking_in_a_reception_requests_visitors_is_one_commit_and_one_event(
        desk: Services, clock: FakeClock, commits: list[str],
        published: list[Event]) -> None:
    actors = make_actors(desk.db)
    draft = desk.requests.save_draft(actors["receptionist"], full_form(Level.B))
    desk.requests.submit(actors["receptionist"], draft.id)
    desk.requests.approve(actors["department_head"], draft.id)
    clock.now = at(1, 9, 5)
    [expected] = desk.appointments.for_day(date(2026, 12, 1))
    commits.clear()
    published.clear()

    party, elsewhere = seen_elsewhere(desk, lambda: desk.appointments.check_in(expected.id))

    visited = desk.requests.get(draft.id)
    assert visited.status is Status.VISITED and visited.party_id == party.id
    assert commits == ["commit"]
    one = Event(PARTIES, (party.id,), data={"kind": "registered"},
                also={APPOINTMENTS: (expected.id,), REQUESTS: (draft.id,)})
    assert published == [one]
    assert elsewhere == [remote(one)]


def test_giving_a_party_on_the_board_to_a_consultant_is_one_commit_and_one_event(
        desk: Services, clock: FakeClock, commits: list[str],
        published: list[Event]) -> None:
    consultant = desk.rotation.save_consultant(ConsultantDraft("王芳", "S01"),
                                               actor=TEST_ACTOR).id
    desk.rotation.sign_in(consultant)
    party = desk.arrivals.register(PartyDraft("孙", Honorific.MR, 2, VisitKind.WALK_IN,
                                              "网络"))
    clock.advance(seconds=30)
    commits.clear()
    published.clear()

    given, elsewhere = seen_elsewhere(desk, lambda: desk.rotation.assign(
        party.id, consultant, proposed=True))

    assert given.consultant == "王芳"
    assert desk.rotation.state().status[consultant] is DutyStatus.RECEIVING
    assert commits == ["commit"]
    one = Event(PARTIES, (party.id,), data={"kind": "assign"},
                also={ROTATION: (consultant,)})
    assert published == [one]
    assert elsewhere == [remote(one)]


def test_a_departure_is_one_commit_and_one_event(
        desk: Services, clock: FakeClock, commits: list[str],
        published: list[Event]) -> None:
    consultant = desk.rotation.save_consultant(ConsultantDraft("王芳", "S01"),
                                               actor=TEST_ACTOR).id
    desk.rotation.sign_in(consultant)
    party = desk.arrivals.register_and_assign(
        PartyDraft("孙", Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=PHONE), consultant)
    place = desk.settings.current().places[0]
    desk.arrivals.move(party.id, Stage.SEATED, place)
    clock.advance(minutes=40)
    commits.clear()
    published.clear()

    left, elsewhere = seen_elsewhere(desk, lambda: desk.arrivals.move(party.id,
                                                                      Stage.DEPARTED))

    assert left.departed_at == clock.now
    assert [t.place for t in desk.bar.board().tasks] == [place]   # clear the table
    assert desk.rotation.state().status[consultant] is DutyStatus.AVAILABLE
    assert commits == ["commit"]
    customer = desk.customers.find_by_phone(PHONE)
    assert customer is not None
    one = Event(PARTIES, (party.id,), also={BAR: (party.id,), CUSTOMERS: (customer.id,),
                                           ROTATION: (consultant,)})
    assert published == [one]
    assert elsewhere == [remote(one)]


@pytest.mark.parametrize("action", ["invalid", "undo departure"])
def test_marking_invalid_or_undoing_a_departure_is_one_commit_and_one_event(
        desk: Services, clock: FakeClock, commits: list[str], published: list[Event],
        action: str) -> None:
    consultant = desk.rotation.save_consultant(ConsultantDraft("王芳", "S01"),
                                               actor=TEST_ACTOR).id
    desk.rotation.sign_in(consultant)
    party = desk.arrivals.register_and_assign(
        PartyDraft("孙", Honorific.MR, 1, VisitKind.WALK_IN, "网络"), consultant)
    clock.advance(minutes=2)
    if action == "undo departure":
        desk.arrivals.move(party.id, Stage.DEPARTED)
        clock.advance(minutes=1)
    commits.clear()
    published.clear()

    def act() -> object:
        if action == "invalid":
            return desk.arrivals.mark_invalid(party.id, InvalidReason.ASKING_WAY)
        return desk.arrivals.undo_last_move(party.id)

    _, elsewhere = seen_elsewhere(desk, act)

    # Either way the consultant is busy or free again as the rotation says, in one go.
    assert desk.rotation.state().status[consultant] is (
        DutyStatus.AVAILABLE if action == "invalid" else DutyStatus.RECEIVING)
    assert commits == ["commit"]
    one = Event(PARTIES, (party.id,), also={ROTATION: (consultant,)})
    assert published == [one]
    assert elsewhere == [remote(one)]


def test_erasing_a_person_is_one_commit_and_one_event(
        desk: Services, commits: list[str], published: list[Event]) -> None:
    customer = desk.calls.log_call(call_form()).customer_id or 0
    commits.clear()
    published.clear()

    blanked, elsewhere = seen_elsewhere(desk, lambda: desk.privacy.erase(manager_actor(),
                                                                         customer))

    assert blanked == (customer,)
    assert commits == ["commit"]
    one = Event(CUSTOMERS, (customer,), data={"kind": "anonymised"},
                also={PARTIES: (), APPOINTMENTS: ()})
    assert published == [one] and one.concerns(PARTIES, APPOINTMENTS)
    assert elsewhere == [remote(one)]

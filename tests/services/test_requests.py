"""Reception requests through the service: the whole path, role refusals, steps, audit,
the expected party on the board, reminders, overdue feedback and the export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from reception_desk.domain.errors import DomainError, NotFoundError, ValidationError
from reception_desk.domain.events import APPOINTMENTS, REQUESTS, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.reception_request import FeedbackForm, ItineraryItem, Level, Status
from reception_desk.domain.roles import Actor, PermissionDenied
from reception_desk.services.context import Services
from reception_desk.services.export import export_to_file, get_dataset
from reception_desk.services.requests import RequestFilter
from reception_desk.startup import open_database
from reception_desk.store.models_customers import Appointment
from reception_desk.store.models_people import AuditEntry
from reception_desk.store.models_requests import RequestStep
from tests.services.request_helpers import at, full_form, make_actors

if TYPE_CHECKING:
    from tests.conftest import FakeClock


@pytest.fixture
def actors(services: Services) -> dict[str, Actor]:
    return make_actors(services.db)


@pytest.fixture
def events(services: Services) -> list[Event]:
    seen: list[Event] = []
    services.bus.subscribe(seen.append)
    return seen


@pytest.fixture
def any_services(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


def audit_actions(services: Services) -> list[tuple[str, str, str]]:
    with services.db.read() as session:
        return [(e.action, e.actor, e.target)
                for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
                if e.action.startswith("request.")]


def appointments(services: Services) -> list[Appointment]:
    with services.db.read() as session:
        return list(session.scalars(select(Appointment).order_by(Appointment.id)))


def scheduled(services: Services, actors: dict[str, Actor], level: Level = Level.B,
              **changes: Any) -> int:
    requests = services.requests
    draft = requests.save_draft(actors["receptionist"], full_form(level, **changes))
    requests.submit(actors["receptionist"], draft.id)
    requests.approve(actors["department_head"], draft.id)
    if level is Level.A:
        requests.approve(actors["general_manager"], draft.id)
    return draft.id


# -- the whole path ---------------------------------------------------------------------

def test_a_level_a_request_goes_all_the_way(any_services: Services, clock: FakeClock) -> None:
    services = any_services
    actors = make_actors(services.db)
    requests = services.requests
    seen: list[Event] = []
    services.bus.subscribe(seen.append)

    draft = requests.save_draft(actors["receptionist"], full_form())
    assert draft.number == "JD20261128-01" and draft.status is Status.DRAFT
    assert draft.host_account_id == actors["host"].account_id
    assert draft.form.guests[0].phone == "13812345678"   # stored in its normal form
    assert requests.save_draft(actors["receptionist"], full_form()).number == "JD20261128-02"

    submitted = requests.submit(actors["receptionist"], draft.id)
    assert submitted.record.status is Status.SUBMITTED and submitted.warnings == ()
    assert submitted.record.submitted_at == clock()

    clock.advance(hours=1)
    after_dept = requests.approve(actors["department_head"], draft.id)
    assert after_dept.status is Status.DEPARTMENT_APPROVED   # level A waits for the GM
    assert appointments(services) == []

    clock.advance(hours=1)
    done = requests.approve(actors["general_manager"], draft.id)
    assert done.status is Status.SCHEDULED
    assert [(s.action, s.from_status, s.to_status, s.actor) for s in done.steps] == [
        ("submit", Status.DRAFT, Status.SUBMITTED, "王静"),
        ("approve_department", Status.SUBMITTED, Status.DEPARTMENT_APPROVED, "陈建国"),
        ("approve_gm", Status.DEPARTMENT_APPROVED, Status.GM_APPROVED, "赵志强"),
        ("schedule", Status.GM_APPROVED, Status.SCHEDULED, "赵志强"),
    ]
    assert done.approval_step("approve_gm").at == clock()
    [expected] = appointments(services)
    assert (expected.day, expected.source, expected.request_id, expected.name, expected.size,
            expected.status) == ("2026-12-01", "request", draft.id, "华润置地华南大区", 2,
                                 "expected")
    assert audit_actions(services) == [
        ("request.approve_department", "陈建国", "JD20261128-01"),
        ("request.approve_gm", "赵志强", "JD20261128-01")]
    assert seen[-1] == Event(REQUESTS, (draft.id,), data={"action": "approve_gm"},
                             also={APPOINTMENTS: (expected.id,)})

    requests.mark_itinerary_sent(actors["receptionist"], draft.id)

    # Tuesday 1 December, 09:05: the visitors are at the gate.
    clock.now = at(1, 9, 5)
    party = services.arrivals.register(PartyDraft("张", Honorific.MR, 2, VisitKind.APPOINTMENT,
                                                  "网络"))
    visited = requests.link_party(actors["receptionist"], draft.id, party.id)
    assert visited.status is Status.VISITED and visited.party_id == party.id
    assert visited.feedback_due == date(2026, 12, 3)   # two working days after Tuesday
    [arrived] = appointments(services)
    assert arrived.status == "arrived" and arrived.party_id == party.id

    clock.now = at(2, 16)
    filed = requests.file_feedback(actors["host"], draft.id,
                                   FeedbackForm(summary="考察顺利", satisfaction="满意"))
    assert filed.status is Status.FEEDBACK_FILED and filed.feedback.satisfaction == "满意"
    closed = requests.close(actors["receptionist"], draft.id)
    assert closed.status is Status.CLOSED
    assert requests.find("jd20261128-01") == closed
    assert requests.find(str(draft.id)) == closed
    with services.db.read() as session:
        assert len(list(session.scalars(select(RequestStep).where(
            RequestStep.request_id == draft.id)))) == 8


def test_level_b_is_scheduled_by_the_department_head(services: Services,
                                                     actors: dict[str, Actor]) -> None:
    request_id = scheduled(services, actors, Level.B)
    record = services.requests.get(request_id)
    assert record.status is Status.SCHEDULED
    assert [s.action for s in record.steps] == ["submit", "approve_department", "schedule"]
    assert len(appointments(services)) == 1


def test_level_b_waits_for_the_gm_when_the_setting_says_so(
        services: Services, actors: dict[str, Actor]) -> None:
    services.settings.save(replace(services.settings.current(), gm_approval_b=True),
                           actors["admin"])
    draft = services.requests.save_draft(actors["receptionist"], full_form(Level.B))
    services.requests.submit(actors["receptionist"], draft.id)
    assert services.requests.approve(actors["department_head"], draft.id).status \
        is Status.DEPARTMENT_APPROVED


# -- refusals ---------------------------------------------------------------------------

def test_roles_are_refused_when_the_service_is_called_directly(
        services: Services, actors: dict[str, Actor]) -> None:
    requests = services.requests
    with pytest.raises(PermissionDenied):
        requests.save_draft(actors["bar"], full_form())
    draft = requests.save_draft(actors["receptionist"], full_form())
    with pytest.raises(PermissionDenied):
        requests.submit(actors["bar"], draft.id)
    requests.submit(actors["receptionist"], draft.id)
    for who in ("receptionist", "bar", "general_manager"):
        with pytest.raises(PermissionDenied):
            requests.approve(actors[who], draft.id)
    with pytest.raises(PermissionDenied):
        requests.reject(actors["general_manager"], draft.id, "不同意")
    with pytest.raises(PermissionDenied):
        requests.cancel(actors["bar"], draft.id, "不来了")
    requests.approve(actors["department_head"], draft.id)
    with pytest.raises(PermissionDenied):
        requests.approve(actors["department_head"], draft.id)   # the GM's box
    record = requests.get(draft.id)
    assert record.status is Status.DEPARTMENT_APPROVED
    assert [s.action for s in record.steps] == ["submit", "approve_department"]


def test_nobody_approves_their_own_request(services: Services,
                                           actors: dict[str, Actor]) -> None:
    requests = services.requests
    own = requests.save_draft(actors["department_head"], full_form(Level.B))
    requests.submit(actors["department_head"], own.id)
    with pytest.raises(DomainError, match="may not approve"):
        requests.approve(actors["department_head"], own.id)
    hosted = requests.save_draft(actors["receptionist"], full_form(Level.A, host="赵志强"))
    requests.submit(actors["receptionist"], hosted.id)
    requests.approve(actors["department_head"], hosted.id)
    with pytest.raises(DomainError, match="may not approve"):
        requests.approve(actors["general_manager"], hosted.id)
    assert audit_actions(services) == [
        ("request.approve_department", "陈建国", hosted.number)]


def test_reject_sends_it_back_to_draft_and_it_can_be_resubmitted(
        services: Services, actors: dict[str, Actor]) -> None:
    requests = services.requests
    draft = requests.save_draft(actors["receptionist"], full_form())
    requests.submit(actors["receptionist"], draft.id)
    requests.approve(actors["department_head"], draft.id)
    with pytest.raises(DomainError, match="reason"):
        requests.reject(actors["general_manager"], draft.id, " ")
    back = requests.reject(actors["general_manager"], draft.id, "行程太满，请压缩")
    assert back.status is Status.DRAFT
    assert back.steps[-1].reason == "行程太满，请压缩"
    assert back.approval_step("approve_department") is None
    assert audit_actions(services)[-1] == ("request.reject", "赵志强", draft.number)
    fixed = requests.save_draft(actors["receptionist"], full_form(meals="无"), draft.id)
    assert fixed.form.meals == "无" and fixed.number == draft.number
    assert requests.submit(actors["receptionist"], draft.id).record.status is Status.SUBMITTED
    with pytest.raises(DomainError, match="no longer a draft"):
        requests.save_draft(actors["receptionist"], full_form(), draft.id)


def test_cancel_cancels_the_expected_party(services: Services,
                                           actors: dict[str, Actor]) -> None:
    request_id = scheduled(services, actors)
    with pytest.raises(DomainError, match="reason"):
        services.requests.cancel(actors["receptionist"], request_id, "")
    record = services.requests.cancel(actors["receptionist"], request_id, "客户行程取消")
    assert record.status is Status.CANCELLED
    assert [a.status for a in appointments(services)] == ["cancelled"]
    assert audit_actions(services)[-1] == ("request.cancel", "王静", record.number)
    with pytest.raises(DomainError):
        services.requests.mark_visited(actors["receptionist"], request_id)


def test_submit_refuses_an_incomplete_form_and_keeps_the_draft(
        services: Services, actors: dict[str, Actor]) -> None:
    draft = services.requests.save_draft(actors["receptionist"],
                                         full_form(route="", guests=(), headcount=None))
    with pytest.raises(ValidationError) as caught:
        services.requests.submit(actors["receptionist"], draft.id)
    assert {p.field for p in caught.value.problems} == {"route", "guests", "headcount"}
    assert services.requests.get(draft.id) == draft


def test_a_draft_with_values_that_cannot_be_stored_is_refused(
        services: Services, actors: dict[str, Actor]) -> None:
    with pytest.raises(ValidationError) as caught:
        services.requests.save_draft(actors["receptionist"], full_form(host="长" * 41))
    assert caught.value.for_field("host") is not None
    assert services.requests.list() == []


def test_short_notice_needs_a_reason_and_is_kept_only_when_short(
        services: Services, actors: dict[str, Actor]) -> None:
    requests = services.requests
    today = full_form(Level.C, arrival_at=at(28, 15, month=11),
                      departure_at=at(28, 17, month=11), itinerary=())
    draft = requests.save_draft(actors["receptionist"], today)
    with pytest.raises(ValidationError) as caught:
        requests.submit(actors["receptionist"], draft.id)
    assert caught.value.for_field("short_notice_reason") is not None
    requests.save_draft(actors["receptionist"], replace(
        today, short_notice_reason="客户临时决定来访"), draft.id)
    record = requests.submit(actors["receptionist"], draft.id).record
    assert record.short_notice
    roomy = requests.save_draft(actors["receptionist"],
                                full_form(short_notice_reason="没必要写"))
    assert not requests.submit(actors["receptionist"], roomy.id).record.short_notice


def test_over_capacity_warns_naming_the_other_request(
        services: Services, actors: dict[str, Actor]) -> None:
    services.settings.save(replace(services.settings.current(), capacity_b=1),
                           actors["admin"])
    first_id = scheduled(services, actors, Level.B, organisation="万科集团")
    first = services.requests.get(first_id)
    second = services.requests.save_draft(actors["receptionist"],
                                          full_form(Level.B, organisation="碧桂园"))
    warning = services.requests.capacity_warning(second.form, second.id)
    assert warning is not None and f"{first.number} 万科集团" in warning.text()
    result = services.requests.submit(actors["receptionist"], second.id)
    assert result.record.status is Status.SUBMITTED   # a warning, not a refusal
    assert [w.params["count"] for w in result.warnings] == [1]
    # Another level, or another day, is not counted.
    assert services.requests.capacity_warning(full_form(Level.C)) is None
    assert services.requests.capacity_warning(
        full_form(Level.B, arrival_at=at(2, 9), departure_at=at(2, 17), itinerary=())) is None


# -- reminders, overdue, lists ---------------------------------------------------------

def test_itinerary_reminder_the_day_before_until_marked_sent(
        services: Services, actors: dict[str, Actor], clock: FakeClock) -> None:
    request_id = scheduled(services, actors)            # arrives Tuesday 1 December
    assert services.requests.itinerary_reminders() == []      # Saturday: too early
    clock.now = at(30, 8, month=11)                     # Monday: arrival is tomorrow
    assert [r.id for r in services.requests.itinerary_reminders()] == [request_id]
    services.requests.mark_itinerary_sent(actors["receptionist"], request_id)
    assert services.requests.itinerary_reminders() == []
    assert services.requests.get(request_id).steps[-1].action == "itinerary_sent"


def test_feedback_overdue_after_two_working_days(
        services: Services, actors: dict[str, Actor], clock: FakeClock) -> None:
    request_id = scheduled(services, actors)
    clock.now = at(4, 10)                                   # Friday 4 December: the visit
    visited = services.requests.mark_visited(actors["receptionist"], request_id)
    assert visited.feedback_due == date(2026, 12, 8)        # Tuesday, weekend skipped
    clock.now = at(8, 23, 59)
    assert services.requests.overdue() == []
    clock.now = at(9, 0, 1)
    assert [r.id for r in services.requests.list(RequestFilter.OVERDUE)] == [request_id]
    services.requests.file_feedback(actors["receptionist"], request_id,
                                    FeedbackForm(summary="晚了一天"))
    assert services.requests.overdue() == []


def test_holidays_push_the_feedback_deadline(
        services: Services, actors: dict[str, Actor], clock: FakeClock) -> None:
    services.settings.save(replace(services.settings.current(),
                                   holidays=["2026-12-07", "2026-12-08"]), actors["admin"])
    request_id = scheduled(services, actors)
    clock.now = at(4, 10)
    assert services.requests.mark_visited(actors["bar"], request_id).feedback_due == \
        date(2026, 12, 10)


def test_a_makeup_working_saturday_counts_for_the_feedback_deadline(
        services: Services, actors: dict[str, Actor], clock: FakeClock) -> None:
    # 调休: Monday 7 is off, Saturday 5 is worked instead.
    services.settings.save(replace(services.settings.current(), holidays=["2026-12-07"],
                                   makeup_working_days=["2026-12-05"]), actors["admin"])
    request_id = scheduled(services, actors)
    clock.now = at(4, 10)                                   # Friday 4 December: the visit
    assert services.requests.mark_visited(actors["bar"], request_id).feedback_due == \
        date(2026, 12, 8)                                   # Saturday 5, then Tuesday 8


def test_the_panel_filters(services: Services, actors: dict[str, Actor],
                           clock: FakeClock) -> None:
    requests = services.requests
    mine = requests.save_draft(actors["receptionist"], full_form(Level.C))
    hosted = requests.save_draft(actors["general_manager"], full_form(Level.B))
    requests.submit(actors["general_manager"], hosted.id)
    later = requests.save_draft(actors["receptionist"], full_form(
        Level.A, arrival_at=at(10, 9), departure_at=at(10, 17),
        itinerary=(ItineraryItem(at(10, 10), "参观样板房"),)))
    requests.submit(actors["receptionist"], later.id)

    def ids(filter: RequestFilter, who: str | None = None, **kw: Any) -> list[int]:
        actor = actors[who] if who else None
        return [r.id for r in requests.list(filter, actor=actor, **kw)]

    assert ids(RequestFilter.MINE, "receptionist") == [mine.id, later.id]
    assert ids(RequestFilter.MINE, "host") == [mine.id, hosted.id, later.id]  # host 刘洋
    assert ids(RequestFilter.WAITING_FOR_MY_APPROVAL, "department_head") == [
        hosted.id, later.id]
    assert ids(RequestFilter.WAITING_FOR_MY_APPROVAL, "general_manager") == []
    assert ids(RequestFilter.WAITING_FOR_MY_APPROVAL, "receptionist") == []
    requests.approve(actors["department_head"], later.id)
    assert ids(RequestFilter.WAITING_FOR_MY_APPROVAL, "general_manager") == [later.id]
    # Saturday 28 November: this week ends on Sunday 29; Tuesday 1 December is next week.
    assert ids(RequestFilter.THIS_WEEK) == []
    clock.now = at(30, 9, month=11)
    assert ids(RequestFilter.THIS_WEEK) == [mine.id, hosted.id]
    assert ids(RequestFilter.ALL, status=Status.DRAFT) == [mine.id]
    assert ids(RequestFilter.MINE, "receptionist", status=Status.DEPARTMENT_APPROVED) == [
        later.id]


def test_find_refuses_an_unknown_key(services: Services) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.requests.find("JD20990101-01")
    assert caught.value.params == {"key": "JD20990101-01"}
    with pytest.raises(NotFoundError):
        services.requests.get(999)


def test_linking_a_party_that_is_gone_writes_nothing(
        services: Services, actors: dict[str, Actor]) -> None:
    request_id = scheduled(services, actors)
    with pytest.raises(NotFoundError):
        services.requests.link_party(actors["receptionist"], request_id, 4242)
    assert services.requests.get(request_id).status is Status.SCHEDULED


# -- the export -------------------------------------------------------------------------

def test_requests_dataset_rows(services: Services, actors: dict[str, Actor],
                               tmp_path: Path) -> None:
    request_id = scheduled(services, actors, Level.A)
    services.requests.save_draft(actors["receptionist"], full_form(Level.C, arrival_at=None,
                                                                   departure_at=None))
    target = tmp_path / "requests.csv"
    with pytest.raises(PermissionDenied):
        export_to_file(services, "requests", date(2026, 11, 28), date(2026, 12, 1), "csv",
                       "zh_CN", target, actor=actors["receptionist"])
    count = export_to_file(services, "requests", date(2026, 11, 28), date(2026, 12, 1), "csv",
                           "en", target, actor=actors["admin"])
    assert count == 2
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert next(iter(rows[0])) == "Request number"
    record = services.requests.get(request_id)
    first = rows[0]
    assert first["Request number"] == record.number
    assert (first["Level"], first["Status"], first["Organisation"], first["Host"],
            first["Headcount"]) == ("A", "Scheduled", "华润置地华南大区", "刘洋", "2")
    assert first["Arrival"] == "2026-12-01 09:00"
    assert (first["Department head"], first["General manager"]) == ("陈建国", "赵志强")
    assert first["GM approval"] == "2026-11-28 10:00"
    assert first["Notice days"] == "3"
    assert rows[1]["Status"] == "Draft" and rows[1]["Arrival"] == ""
    assert get_dataset("requests").personal
    assert export_to_file(services, "requests", date(2026, 12, 2), date(2026, 12, 3), "csv",
                          "zh_CN", target, actor=actors["admin"]) == 0


def test_events_name_the_request(services: Services, actors: dict[str, Actor],
                                 events: list[Event]) -> None:
    draft = services.requests.save_draft(actors["receptionist"], full_form())
    assert events[-1].topic == REQUESTS and events[-1].ids == (draft.id,)
    assert services.requests.get(draft.id).created_at == draft.created_at
    assert timedelta(0) == draft.updated_at - draft.created_at

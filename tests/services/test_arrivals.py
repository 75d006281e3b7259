"""The arrival board's actions on a real SQLite file: register, move, seat, undo, search."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import func, select

from reception_desk.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    ValidationError,
)
from reception_desk.domain.events import PARTIES, Event
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.store.database import Database
from reception_desk.store.models import Change, Party, StageMove
from reception_desk.store.parties import MovingParty, PartyRepository

if TYPE_CHECKING:
    from tests.conftest import FakeClock


def draft(surname: str = "王", **changes: Any) -> PartyDraft:
    values: dict[str, object] = {
        "surname": surname,
        "honorific": Honorific.MR,
        "size": 2,
        "kind": VisitKind.WALK_IN,
        "channel": "网络",
    }
    values.update(changes)
    return PartyDraft(**values)  # type: ignore[arg-type]


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Party, StageMove, Change)
        }


@pytest.fixture
def events(services: Services) -> Iterator[list[Event]]:
    heard: list[Event] = []
    stop = services.bus.subscribe(heard.append)
    yield heard
    stop()


@pytest.fixture
def any_events(any_services: Services) -> Iterator[list[Event]]:
    """What `any_services` (SQLite, then PostgreSQL) publishes."""
    heard: list[Event] = []
    stop = any_services.bus.subscribe(heard.append)
    yield heard
    stop()


def walk_to(services: Services, party: PartyRecord, stage: Stage,
            place: str | None = None) -> PartyRecord:
    return services.arrivals.move(party.id, stage, place)


# -- register ---------------------------------------------------------------------


def test_a_registered_party_is_at_the_gate_on_todays_board(
    services: Services, clock: FakeClock
) -> None:
    party = services.arrivals.register(draft(size=3, phone="138 1234 5678", plate="京a12345"))
    assert party.name == "王先生"
    assert party.stage is Stage.ARRIVED
    assert party.arrived_at == clock.now and party.stage_at == clock.now
    assert party.stage_times == {Stage.ARRIVED: clock.now}
    assert party.phone == "13812345678" and party.plate == "京A12345"
    assert party.place is None and not party.departed and not party.returning
    assert [p.id for p in services.arrivals.list_day(services.arrivals.today())] == [party.id]
    assert services.arrivals.get(party.id) == party


def test_a_form_with_mistakes_writes_nothing_and_announces_nothing(
    services: Services, events: list[Event]
) -> None:
    services.arrivals.register(draft())
    before = row_counts(services.db)
    with pytest.raises(ValidationError) as info:
        services.arrivals.register(draft(surname="", phone="123", channel="电视"))
    assert [p.field for p in info.value.problems] == ["surname", "channel", "phone"]
    assert row_counts(services.db) == before
    assert len(events) == 1


@pytest.mark.parametrize("second_form", ["+86 138-1234-5678", "0086 13812345678", "13812345678"])
def test_a_returning_customer_is_recognised_by_phone_in_any_form(
    services: Services, clock: FakeClock, second_form: str
) -> None:
    first = services.arrivals.register(draft(phone="138 1234 5678", consultant="李娜"))
    clock.advance(days=3)
    again = services.arrivals.register(draft(phone=second_form))
    assert again.returning
    assert again.previous_party_id == first.id
    # 首问负责: the customer stays with the consultant who received them first.
    assert again.consultant == "李娜"
    prior = services.arrivals.prior_visits(second_form)
    assert [(v.party_id, v.consultant, v.name) for v in prior] == [
        (again.id, "李娜", "王先生"), (first.id, "李娜", "王先生")]


def test_a_landline_caller_is_recognised_too(services: Services) -> None:
    first = services.arrivals.register(draft(phone="010-12345678", consultant="赵强"))
    again = services.arrivals.register(draft(phone="(010) 1234 5678"))
    assert again.returning and again.previous_party_id == first.id
    assert again.consultant == "赵强"


def test_a_returning_party_brought_by_another_consultant_keeps_the_one_named(
    services: Services,
) -> None:
    services.arrivals.register(draft(phone="13812345678", consultant="李娜"))
    again = services.arrivals.register(draft(phone="13812345678", consultant="赵强"))
    assert again.returning and again.consultant == "赵强"


def test_the_owner_is_found_even_if_the_last_visit_recorded_no_consultant(
    services: Services,
) -> None:
    services.arrivals.register(draft(phone="13812345678", consultant="李娜"))
    second = services.arrivals.register(draft(phone="13812345678"))
    services.arrivals.set_consultant(second.id, "")  # cleared by mistake
    third = services.arrivals.register(draft(phone="13812345678"))
    assert third.returning and third.previous_party_id == second.id
    assert third.consultant == "李娜"


def test_new_phone_or_no_phone_is_not_returning(services: Services) -> None:
    services.arrivals.register(draft(phone="13812345678", consultant="李娜"))
    other = services.arrivals.register(draft(phone="13912345678"))
    nophone = services.arrivals.register(draft())
    assert not other.returning and other.consultant == ""
    assert not nophone.returning and nophone.previous_party_id is None
    assert services.arrivals.prior_visits("not a phone") == []


def test_editing_in_a_known_phone_marks_the_party_returning(services: Services) -> None:
    first = services.arrivals.register(draft(phone="13812345678"))
    later = services.arrivals.register(draft(surname="刘"))
    edited = services.arrivals.edit(later.id, draft(surname="刘", phone="138 1234 5678", size=4))
    assert edited.returning and edited.previous_party_id == first.id
    assert edited.size == 4 and edited.phone == "13812345678"
    assert services.arrivals.get(later.id) == edited


# -- moving through the stages ------------------------------------------------------


def test_space_advances_one_stage_and_seating_asks_for_a_place(
    services: Services, clock: FakeClock
) -> None:
    party = services.arrivals.register(draft())
    for expected in (Stage.PARKED, Stage.GREETED, Stage.RECEIVED, Stage.SAND_TABLE):
        clock.advance(minutes=1)
        party = services.arrivals.advance(party.id)
        assert party.stage is expected and party.stage_at == clock.now
    with pytest.raises(DomainError, match="where the party sits"):
        services.arrivals.advance(party.id)
    clock.advance(minutes=1)
    party = services.arrivals.advance(party.id, "VIP1")
    assert party.stage is Stage.SEATED and party.place == "VIP1"
    assert services.arrivals.occupied_places() == {"VIP1": party.id}
    assert "VIP1" not in services.arrivals.free_places()
    clock.advance(minutes=20)
    party = services.arrivals.advance(party.id)
    assert party.stage is Stage.SHOW_FLAT
    assert party.place is None and party.last_place == "VIP1"  # got up: the room is free
    assert services.arrivals.occupied_places() == {}
    clock.advance(minutes=30)
    party = services.arrivals.advance(party.id)
    assert party.departed and party.departed_at == clock.now
    assert set(party.stage_times) == set(Stage)
    with pytest.raises(DomainError, match="already left"):
        services.arrivals.advance(party.id)


def test_space_reads_the_party_once_inside_its_write(
        any_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next stage is taken from the party as the move's own write reads it: no read
    before the write (another PC's move in between would be stepped over)."""
    services = any_services
    party = services.arrivals.register(draft())
    loads: list[int] = []
    read = PartyRepository.read_for_move

    def counted(repo: PartyRepository, party_id: int, *, for_update: bool = False
                ) -> MovingParty:
        loads.append(party_id)
        return read(repo, party_id, for_update=for_update)

    monkeypatch.setattr(PartyRepository, "read_for_move", counted)
    with monkeypatch.context() as no_objects:
        no_objects.setattr(PartyRepository, "get", None)  # nor a whole party object
        assert services.arrivals.advance(party.id).stage is Stage.PARKED
    assert loads == [party.id]
    with pytest.raises(DomainError, match="where the party sits"):
        for _ in Stage:
            services.arrivals.advance(party.id)
    assert services.arrivals.get(party.id).stage is Stage.SAND_TABLE
    assert services.arrivals.advance(party.id, "VIP1").place == "VIP1"


def test_a_party_can_be_taken_straight_to_a_vip_room(services: Services) -> None:
    party = services.arrivals.register(draft())
    seated = services.arrivals.move(party.id, Stage.SEATED, "VIP2")
    assert seated.stage is Stage.SEATED and seated.place == "VIP2"
    assert set(seated.stage_times) == {Stage.ARRIVED, Stage.SEATED}


def test_seating_only_in_a_place_of_the_site(services: Services) -> None:
    party = services.arrivals.register(draft())
    before = row_counts(services.db)
    with pytest.raises(DomainError, match="not one of the site's places"):
        services.arrivals.move(party.id, Stage.SEATED, "Roof")
    with pytest.raises(DomainError, match="where the party sits"):
        services.arrivals.move(party.id, Stage.SEATED)
    assert row_counts(services.db) == before
    assert services.arrivals.get(party.id).stage is Stage.ARRIVED


def test_a_taken_place_is_refused_with_who_sits_there(
    any_services: Services, any_events: list[Event]
) -> None:
    services, events = any_services, any_events
    li = services.arrivals.register(draft("李", honorific=Honorific.MS))
    wang = services.arrivals.register(draft("王"))
    services.arrivals.move(li.id, Stage.SEATED, "VIP1")
    before = row_counts(services.db)
    heard = len(events)
    with pytest.raises(ConflictError) as info:
        services.arrivals.move(wang.id, Stage.SEATED, "VIP1")
    assert str(info.value) == "VIP1 is taken by 李女士."
    assert row_counts(services.db) == before and len(events) == heard
    assert services.arrivals.get(wang.id).stage is Stage.ARRIVED
    assert services.arrivals.move(wang.id, Stage.SEATED, "VIP2").place == "VIP2"


def test_departure_frees_the_place_for_the_next_party(
    services: Services, clock: FakeClock
) -> None:
    first = services.arrivals.register(draft("李"))
    services.arrivals.move(first.id, Stage.SEATED, "VIP1")
    clock.advance(minutes=45)
    gone = services.arrivals.move(first.id, Stage.DEPARTED)
    assert gone.place is None and gone.last_place == "VIP1" and gone.departed_at == clock.now
    assert "VIP1" in services.arrivals.free_places()
    second = services.arrivals.register(draft("王"))
    assert services.arrivals.move(second.id, Stage.SEATED, "VIP1").place == "VIP1"


def test_a_departed_party_cannot_move_on(services: Services) -> None:
    party = services.arrivals.register(draft())
    services.arrivals.move(party.id, Stage.DEPARTED)
    with pytest.raises(DomainError, match="undo the departure"):
        services.arrivals.move(party.id, Stage.SEATED, "VIP1")


def test_moving_to_the_same_stage_is_refused(services: Services) -> None:
    party = services.arrivals.register(draft())
    with pytest.raises(DomainError, match="already at that stage"):
        services.arrivals.move(party.id, Stage.ARRIVED)


def test_a_party_deleted_elsewhere_is_reported_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.arrivals.get(999)
    with pytest.raises(NotFoundError):
        services.arrivals.move(999, Stage.RECEIVED)
    with pytest.raises(NotFoundError):
        services.arrivals.undo_last_move(999)


# -- undo ------------------------------------------------------------------------------


def test_nothing_to_undo_right_after_registration(services: Services) -> None:
    party = services.arrivals.register(draft())
    with pytest.raises(DomainError, match="no move to undo"):
        services.arrivals.undo_last_move(party.id)


def test_undo_steps_back_one_move_at_a_time(services: Services, clock: FakeClock) -> None:
    party = services.arrivals.register(draft())
    clock.advance(minutes=1)
    parked_at = clock.now
    services.arrivals.move(party.id, Stage.PARKED)
    clock.advance(minutes=1)
    services.arrivals.move(party.id, Stage.RECEIVED)
    clock.advance(minutes=1)
    back = services.arrivals.undo_last_move(party.id)
    assert back.stage is Stage.PARKED
    assert back.stage_at == parked_at  # the board's stage timer resumes, not restarts
    assert Stage.RECEIVED not in back.stage_times
    back = services.arrivals.undo_last_move(party.id)
    assert back.stage is Stage.ARRIVED and back.stage_at == back.arrived_at
    with pytest.raises(DomainError, match="no move to undo"):
        services.arrivals.undo_last_move(party.id)


def test_undoing_a_departure_brings_the_party_back_to_its_seat(
    services: Services, clock: FakeClock
) -> None:
    party = services.arrivals.register(draft())
    seated = services.arrivals.move(party.id, Stage.SEATED, "VIP3")
    clock.advance(minutes=30)
    services.arrivals.move(party.id, Stage.DEPARTED)
    clock.advance(minutes=1)
    back = services.arrivals.undo_last_move(party.id)
    assert back.stage is Stage.SEATED and back.place == "VIP3"
    assert back.departed_at is None and not back.departed
    assert back.stage_at == seated.stage_at
    assert services.arrivals.occupied_places() == {"VIP3": party.id}
    assert party.id in [p.id for p in services.arrivals.list_day(services.arrivals.today())
                        if not p.departed]


def test_undoing_a_seating_frees_the_place(services: Services) -> None:
    party = services.arrivals.register(draft())
    services.arrivals.move(party.id, Stage.SAND_TABLE)
    services.arrivals.move(party.id, Stage.SEATED, "VIP1")
    back = services.arrivals.undo_last_move(party.id)
    assert back.stage is Stage.SAND_TABLE and back.place is None
    assert "VIP1" in services.arrivals.free_places()


def test_undo_cannot_put_a_party_back_in_a_place_taken_since(
    any_services: Services, any_events: list[Event]
) -> None:
    services, events = any_services, any_events
    li = services.arrivals.register(draft("李", honorific=Honorific.MS))
    wang = services.arrivals.register(draft("王"))
    services.arrivals.move(wang.id, Stage.SEATED, "VIP1")
    services.arrivals.move(wang.id, Stage.DEPARTED)
    services.arrivals.move(li.id, Stage.SEATED, "VIP1")
    before = row_counts(services.db)
    heard = len(events)
    with pytest.raises(ConflictError) as info:
        services.arrivals.undo_last_move(wang.id)
    assert str(info.value) == "Cannot undo: VIP1 is now taken by 李女士."
    assert services.arrivals.get(wang.id).departed
    assert services.arrivals.occupied_places() == {"VIP1": li.id}
    assert row_counts(services.db) == before and len(events) == heard


# -- invalid receptions ----------------------------------------------------------------


def test_marking_and_clearing_an_invalid_reception(services: Services) -> None:
    party = services.arrivals.register(draft())
    marked = services.arrivals.mark_invalid(party.id, InvalidReason.COMPETITOR)
    assert marked.invalid_reason is InvalidReason.COMPETITOR
    other = services.arrivals.mark_invalid(party.id, InvalidReason.OTHER, "  送文件  ")
    assert other.invalid_reason is InvalidReason.OTHER and other.invalid_note == "送文件"
    cleared = services.arrivals.mark_invalid(party.id, None, "ignored")
    assert cleared.invalid_reason is None and cleared.invalid_note == ""
    assert services.arrivals.get(party.id) == cleared


def test_other_needs_a_note_and_nothing_is_saved_without_one(services: Services) -> None:
    party = services.arrivals.register(draft())
    before = row_counts(services.db)
    with pytest.raises(DomainError, match="Other"):
        services.arrivals.mark_invalid(party.id, InvalidReason.OTHER, "   ")
    with pytest.raises(DomainError, match="200"):
        services.arrivals.mark_invalid(party.id, InvalidReason.OTHER, "长" * 201)
    assert row_counts(services.db) == before
    assert services.arrivals.get(party.id).invalid_reason is None


def test_consultant_is_set_and_remembered_for_completion(services: Services) -> None:
    party = services.arrivals.register(draft())
    assert services.arrivals.set_consultant(party.id, " 李娜 ").consultant == "李娜"
    assert services.arrivals.consultants_seen() == ["李娜"]
    with pytest.raises(DomainError, match="40"):
        services.arrivals.set_consultant(party.id, "李" * 41)
    assert services.arrivals.get(party.id).consultant == "李娜"


# -- days, counts, search ---------------------------------------------------------------


def test_today_includes_parties_still_inside_from_yesterday(
    services: Services, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 27, 13, 30, tzinfo=UTC)  # 21:30 Beijing, the 27th
    late = services.arrivals.register(draft("夜", size=2))
    left = services.arrivals.register(draft("早", size=5))
    services.arrivals.move(left.id, Stage.DEPARTED)
    clock.now = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # 10:00 on the 28th
    today = services.arrivals.register(draft("王", size=3))
    day = services.arrivals.today()
    assert day.isoformat() == "2026-11-28"
    assert [p.id for p in services.arrivals.list_day(day)] == [late.id, today.id]
    counts = services.arrivals.counts(day)
    assert (counts.parties, counts.people) == (1, 3)
    assert (counts.in_building_parties, counts.in_building_people) == (2, 5)
    yesterday = day - timedelta(days=1)
    assert [p.id for p in services.arrivals.list_day(yesterday)] == [late.id, left.id]
    assert services.arrivals.counts(yesterday).parties == 2
    assert services.arrivals.counts(yesterday).people == 7


def test_the_day_ends_at_midnight_beijing_time(services: Services, clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 28, 15, 59, 59, tzinfo=UTC)  # 23:59:59 on the 28th
    before_midnight = services.arrivals.register(draft("甲"))
    services.arrivals.move(before_midnight.id, Stage.DEPARTED)
    clock.advance(seconds=2)  # 00:00:01 on the 29th
    after_midnight = services.arrivals.register(draft("乙"))
    assert services.arrivals.today().isoformat() == "2026-11-29"
    assert [p.id for p in services.arrivals.list_day(services.arrivals.today())] == [
        after_midnight.id]
    earlier = services.arrivals.today() - timedelta(days=1)
    assert [p.id for p in services.arrivals.list_day(earlier)] == [before_midnight.id]


def test_search_by_surname_phone_fragment_or_plate(services: Services, clock: FakeClock) -> None:
    wang = services.arrivals.register(draft("王", phone="139 0000 1111"))
    clock.advance(days=1)
    ouyang = services.arrivals.register(draft("欧阳", plate="粤B·D12345"))
    clock.advance(days=1)
    li = services.arrivals.register(draft("李", phone="0755-88886666", plate="京A66666"))

    def found(text: str) -> list[int]:
        return [p.id for p in services.arrivals.search(text)]

    assert found("王") == [wang.id]
    assert found("欧") == [ouyang.id]
    assert found("1111") == [wang.id]
    assert found("139-0000") == [wang.id]
    assert found("8888") == [li.id]
    assert found("京a666") == [li.id]
    assert found("bd123") == [ouyang.id]
    assert found("粤B·D12345") == [ouyang.id]
    assert found("  ") == []
    assert found("赵") == []


# -- events ------------------------------------------------------------------------------


def test_each_action_is_announced_after_it_is_committed(
    services: Services, db_url: str, clock: FakeClock
) -> None:
    other_pc = Database(db_url)
    seen_by_other_pc: list[tuple[str, Stage]] = []

    def listener(event: Event) -> None:
        # A view refreshing on the event must already find the change in the database.
        for party_id in event.ids:
            with other_pc.read() as session:
                party = session.get(Party, party_id)
                assert party is not None
                seen_by_other_pc.append((event.topic, Stage(party.stage)))

    stop = services.bus.subscribe(listener)
    try:
        party = services.arrivals.register(draft())
        services.arrivals.advance(party.id)
        services.arrivals.move(party.id, Stage.SEATED, "VIP1")
        services.arrivals.undo_last_move(party.id)
        services.arrivals.mark_invalid(party.id, InvalidReason.DELIVERY)
    finally:
        stop()
        other_pc.dispose()
    assert seen_by_other_pc == [
        (PARTIES, Stage.ARRIVED),
        (PARTIES, Stage.PARKED),
        (PARTIES, Stage.SEATED),
        (PARTIES, Stage.PARKED),
        (PARTIES, Stage.PARKED),
    ]


def test_registration_event_names_the_party(
    services: Services, events: list[Event]
) -> None:
    party = services.arrivals.register(draft())
    assert events == [Event(PARTIES, (party.id,), data={"kind": "registered"})]

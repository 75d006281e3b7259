"""Registering a walk-in and giving it to a consultant is one key press: one write
transaction, one event (here and on other PCs), and nothing half-written when the
assignment is refused. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.errors import DomainError, NotFoundError, RotationMovedError
from reception_desk.domain.events import CUSTOMERS, PARTIES, ROTATION, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.roles import PermissionDenied
from reception_desk.domain.rotation import AssignMode, EventKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.change_feed import ChangeFeed
from reception_desk.store.models import Change, Party
from reception_desk.store.models_customers import Customer
from tests.conftest import TEST_ACTOR, FakeClock, manager_actor

PHONE = "13912345678"


@pytest.fixture
def desk(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


@pytest.fixture
def team(desk: Services, clock: FakeClock) -> list[int]:
    """Three consultants signed in in this order: the first is up."""
    ids = [desk.rotation.save_consultant(ConsultantDraft(name, no), actor=TEST_ACTOR).id
           for name, no in (("王芳", "S01"), ("李雷", "S02"), ("张伟", "S03"))]
    for consultant in ids:
        clock.advance(seconds=30)
        desk.rotation.sign_in(consultant)
    return ids


def walk_in(surname: str = "孙", phone: str = PHONE) -> PartyDraft:
    return PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=phone)


def count(desk: Services, model: type[object]) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_register_and_assign_is_one_commit_and_one_event(
        desk: Services, team: list[int], commits: list[str],
        published: list[Event]) -> None:
    up = team[0]
    other_pc, _ = open_database(desk.db.url)
    feed = ChangeFeed(other_pc)
    try:
        record = desk.arrivals.register_and_assign(walk_in(), up, proposed=True,
                                                   actor="前台")
        seen_remotely = feed.fetch()
    finally:
        feed.close()
        other_pc.dispose()

    customer = desk.customers.customer_for_party(record.id)
    assert customer is not None
    also: dict[str, tuple[int, ...]] = {ROTATION: (up,), CUSTOMERS: (customer.id,)}
    assert commits == ["commit"]
    assert published == [Event(PARTIES, (record.id,), data={"kind": "registered"},
                               also=also)]
    assert seen_remotely == [Event(PARTIES, (record.id,), origin="remote",
                                   data={"kind": "registered"}, also=also)]
    assert (record.consultant, record.stage) == ("王芳", Stage.RECEIVED)
    assert Stage.ARRIVED in record.stage_times and Stage.RECEIVED in record.stage_times
    state = desk.rotation.state()
    assert state.assignments[record.id].mode is AssignMode.TURN
    assert state.up() == team[1]
    entry = desk.rotation.log(desk.arrivals.today(), desk.arrivals.today())[-1]
    assert (entry.kind, entry.consultant, entry.party_id, entry.actor) == (
        EventKind.ASSIGN, "王芳", record.id, "前台")


def test_an_override_with_a_manager_is_audited_in_the_same_commit(
        desk: Services, team: list[int], commits: list[str],
        published: list[Event]) -> None:
    manager = manager_actor()
    record = desk.arrivals.register_and_assign(walk_in(), team[2], manager=manager,
                                               reason="客户指定")
    assert commits == ["commit"] and len(published) == 1
    assert desk.rotation.state().assignments[record.id].mode is AssignMode.OVERRIDE
    entry = desk.rotation.log(desk.arrivals.today(), desk.arrivals.today())[-1]
    assert (entry.mode, entry.actor, entry.reason) == (
        AssignMode.OVERRIDE, manager.name, "客户指定")


def _taken_at_another_desk(desk: Services, team: list[int]) -> int:
    """Another desk gives the up consultant a party first; the desk still proposes them."""
    desk.rotation.assign(desk.arrivals.register(walk_in("钱", "")).id, team[0],
                         proposed=True)
    return team[0]


def _taken_off_the_roster(desk: Services, team: list[int]) -> int:
    desk.rotation.save_consultant(ConsultantDraft("王芳", "S01", active=False), team[0],
                                  actor=TEST_ACTOR)
    return team[0]


@pytest.mark.parametrize(("meanwhile", "refusal", "proposed"), [
    (_taken_at_another_desk, RotationMovedError, True),
    (_taken_off_the_roster, NotFoundError, True),
    (lambda desk, team: team[2], PermissionDenied, False),  # an override, no manager
])
def test_a_refused_assignment_leaves_nothing_registered(
        desk: Services, team: list[int], published: list[Event],
        meanwhile: Callable[[Services, list[int]], int], refusal: type[DomainError],
        proposed: bool) -> None:
    chosen = meanwhile(desk, team)
    parties, customers, changes = (count(desk, Party), count(desk, Customer),
                                   count(desk, Change))
    log_before = desk.rotation.log(desk.arrivals.today(), desk.arrivals.today())
    published.clear()

    with pytest.raises(refusal):
        desk.arrivals.register_and_assign(walk_in(), chosen, proposed=proposed)

    assert (count(desk, Party), count(desk, Customer), count(desk, Change)) == (
        parties, customers, changes)
    assert desk.arrivals.search("孙") == []
    assert desk.rotation.log(desk.arrivals.today(), desk.arrivals.today()) == log_before
    assert published == []


def test_a_moved_turn_names_who_is_up_now(desk: Services, team: list[int]) -> None:
    chosen = _taken_at_another_desk(desk, team)
    with pytest.raises(RotationMovedError) as refused:
        desk.arrivals.register_and_assign(walk_in(), chosen, proposed=True)
    assert refused.value.next_up == team[1]
    record = desk.arrivals.register_and_assign(walk_in(), team[1], proposed=True)
    assert record.consultant == "李雷"

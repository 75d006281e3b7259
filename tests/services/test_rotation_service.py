"""The rotation service: overrides need a manager, the log records positions, the arrival
board's departures and invalid marks feed the queue, ownership and statistics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.errors import DomainError, ValidationError
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.roles import PermissionDenied
from reception_desk.domain.rotation import AssignMode, DutyStatus, EventKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.services.rotation import LogEntry
from reception_desk.store.models import Party
from tests.conftest import TEST_ACTOR, manager_actor

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)  # the FakeClock starts at 10:00 Beijing time on this day
PHONE = "13812345678"


@pytest.fixture
def team(services: Services) -> dict[str, int]:
    """Four consultants on the roster, none signed in."""
    ids = {}
    for number, name in enumerate(("陈静", "刘洋", "张伟", "王芳"), start=1):
        ids[name] = services.rotation.save_consultant(
            ConsultantDraft(name, f"XS{number:03d}"), actor=TEST_ACTOR).id
    return ids


def walk_in(services: Services, surname: str = "王", phone: str = "") -> int:
    return services.arrivals.register(PartyDraft(
        surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=phone)).id


def sign_in(services: Services, *ids: int) -> None:
    for consultant in ids:
        services.rotation.sign_in(consultant)


def log(services: Services, day: date = DAY) -> list[LogEntry]:
    return services.rotation.log(day, day)


def party_row(services: Services, party_id: int) -> Party:
    with services.db.read() as session:
        row = session.get(Party, party_id)
        assert row is not None
        session.expunge(row)
        return row


# -- overrides -----------------------------------------------------------------------------------

def test_an_override_needs_a_named_manager_and_a_reason(
        services: Services, team: dict[str, int]) -> None:
    chen, liu, zhang, _ = team.values()
    sign_in(services, chen, liu, zhang)
    party = walk_in(services)
    assert services.rotation.propose("", party).consultant_id == chen
    with pytest.raises(PermissionDenied):
        services.rotation.assign(party, zhang)
    with pytest.raises(ValidationError) as caught:
        services.rotation.assign(party, zhang, manager=manager_actor(), reason="   ")
    assert [p.field for p in caught.value.problems] == ["reason"]
    with pytest.raises(ValidationError) as caught:
        services.rotation.assign(party, zhang, manager=manager_actor("李经理"), reason="长" * 201)
    assert [p.field for p in caught.value.problems] == ["reason"]
    with pytest.raises(PermissionDenied):
        services.rotation.move(zhang, 1, None, reason="新人带教")  # type: ignore[arg-type]
    # Nothing was written by the refusals.
    assert [e.kind for e in log(services)] == [EventKind.SIGN_IN] * 3
    assert party_row(services, party).consultant_id is None

    record = services.rotation.assign(party, zhang, manager=manager_actor(),
                                      reason="客户指定置业顾问")
    assert record.consultant == "张伟" and record.stage is Stage.RECEIVED
    entry = log(services)[-1]
    assert (entry.kind, entry.mode, entry.actor, entry.reason) == (
        EventKind.ASSIGN, AssignMode.OVERRIDE, "李经理", "客户指定置业顾问")
    assert services.rotation.state().order == [chen, liu, zhang]


def test_the_up_consultant_and_a_fill_in_need_no_manager(
        services: Services, team: dict[str, int], clock: FakeClock) -> None:
    chen, liu, zhang, _ = team.values()
    sign_in(services, chen, liu, zhang)
    services.rotation.set_status(chen, DutyStatus.BREAK)
    party = walk_in(services)
    proposal = services.rotation.propose("", party)
    assert (proposal.consultant_id, proposal.mode, proposal.owner_id) == (
        liu, AssignMode.FILL_IN, None)
    services.rotation.assign(party, liu, actor="前台")
    entry = log(services)[-1]
    assert (entry.mode, entry.actor, entry.reason) == (AssignMode.FILL_IN, "前台", "")
    state = services.rotation.state()
    assert state.order == [chen, zhang, liu] and state.skipped[chen] == 1


# -- the log ---------------------------------------------------------------------------------------

def test_positions_before_and_after_are_recorded(
        services: Services, team: dict[str, int], clock: FakeClock) -> None:
    chen, liu, zhang, wang = team.values()
    sign_in(services, chen, liu, zhang, wang)
    party = walk_in(services, "赵")
    clock.advance(minutes=1)
    services.rotation.assign(party, chen)
    clock.advance(minutes=1)
    services.rotation.missed_turn(liu)
    clock.advance(minutes=1)
    services.rotation.move(wang, 1, actor=manager_actor("李经理"), reason="新人带教")
    clock.advance(minutes=1)
    services.rotation.set_status(zhang, DutyStatus.OFF)
    entries = log(services)
    assert [(e.kind, e.consultant, e.position_before, e.position_after) for e in entries] == [
        (EventKind.SIGN_IN, "陈静", None, 1),
        (EventKind.SIGN_IN, "刘洋", None, 2),
        (EventKind.SIGN_IN, "张伟", None, 3),
        (EventKind.SIGN_IN, "王芳", None, 4),
        (EventKind.ASSIGN, "陈静", 1, 4),     # 刘洋 张伟 王芳 陈静
        (EventKind.MISSED, "刘洋", 1, 4),     # 张伟 王芳 陈静 刘洋
        (EventKind.MOVE, "王芳", 2, 1),       # 王芳 张伟 陈静 刘洋
        (EventKind.STATUS, "张伟", 2, None),  # 王芳 陈静 刘洋
    ]
    assert entries[4].party == "赵先生" and entries[4].party_id == party
    assert entries[6].actor == "李经理" and entries[6].reason == "新人带教"
    assert entries[7].status is DutyStatus.OFF
    assert services.rotation.state().order == [wang, chen, liu]
    assert [e.kind for e in services.rotation.log(DAY, DAY, consultant_id=chen)] == [
        EventKind.SIGN_IN, EventKind.ASSIGN]
    assert services.rotation.log(DAY + timedelta(days=1), DAY + timedelta(days=1)) == []


def test_refusals_write_nothing(services: Services, team: dict[str, int]) -> None:
    chen, liu, _, wang = team.values()
    sign_in(services, chen)
    with pytest.raises(DomainError, match="Already signed in"):
        services.rotation.sign_in(chen)
    with pytest.raises(DomainError, match="Sign the consultant in first"):
        services.rotation.set_status(liu, DutyStatus.BREAK)
    with pytest.raises(DomainError, match="receiving"):
        services.rotation.set_status(chen, DutyStatus.RECEIVING)
    with pytest.raises(DomainError, match="Sign the consultant in first"):
        services.rotation.missed_turn(wang)
    with pytest.raises(DomainError, match="between 1 and 1"):
        services.rotation.move(chen, 2, actor=manager_actor("李经理"), reason="x")
    party = walk_in(services)
    services.arrivals.move(party, Stage.DEPARTED)
    with pytest.raises(DomainError, match="already left"):
        services.rotation.assign(party, chen)
    assert len(log(services)) == 1


# -- the arrival board feeds the queue -----

def test_departure_releases_and_undoing_it_resumes(
        services: Services, team: dict[str, int], clock: FakeClock) -> None:
    chen, liu, *_ = team.values()
    sign_in(services, chen, liu)
    party = walk_in(services)
    services.rotation.assign(party, chen)
    assert services.rotation.state().status[chen] is DutyStatus.RECEIVING
    clock.advance(minutes=30)
    services.arrivals.move(party, Stage.DEPARTED)
    state = services.rotation.state()
    assert state.status[chen] is DutyStatus.AVAILABLE and not state.receiving[chen]
    assert state.order == [liu, chen]  # leaving moves nobody
    release = log(services)[-1]
    assert (release.kind, release.consultant, release.party_id) == (
        EventKind.RELEASE, "陈静", party)
    assert (release.position_before, release.position_after) == (2, 2)

    clock.advance(minutes=1)
    services.arrivals.undo_last_move(party)
    assert log(services)[-1].kind is EventKind.RESUME
    assert services.rotation.state().status[chen] is DutyStatus.RECEIVING
    clock.advance(minutes=1)
    services.arrivals.move(party, Stage.DEPARTED)
    assert [e.kind for e in log(services)][-3:] == [
        EventKind.RELEASE, EventKind.RESUME, EventKind.RELEASE]
    assert services.rotation.state().status[chen] is DutyStatus.AVAILABLE


@pytest.mark.parametrize("window", [10, 3])
def test_an_invalid_reception_in_time_gives_the_turn_back(
        services: Services, team: dict[str, int], clock: FakeClock, window: int) -> None:
    if window != 10:
        services.settings.save(replace(services.settings.current(),
                                       invalid_restore_minutes=window), TEST_ACTOR)
    chen, liu, zhang, _ = team.values()
    sign_in(services, chen, liu, zhang)
    first = walk_in(services, "赵")
    services.rotation.assign(first, chen)
    clock.advance(minutes=window)  # exactly at the limit: still in time
    services.arrivals.mark_invalid(first, InvalidReason.COMPETITOR, "拍沙盘照片")
    state = services.rotation.state()
    assert state.order == [chen, liu, zhang]
    assert (state.valid[chen], state.invalid[chen]) == (0, 1)
    assert state.status[chen] is DutyStatus.AVAILABLE
    restore = log(services)[-1]
    assert (restore.kind, restore.party_id, restore.position_before,
            restore.position_after) == (EventKind.RESTORE, first, 3, 1)

    second = walk_in(services, "钱")
    services.rotation.assign(second, chen)
    clock.advance(minutes=window, seconds=1)  # one second late: the turn is used
    services.arrivals.mark_invalid(second, InvalidReason.ASKING_WAY)
    state = services.rotation.state()
    assert state.order == [liu, zhang, chen]
    # Logged all the same (no restore): counted as invalid, the queue does not move.
    assert (state.valid[chen], state.invalid[chen]) == (0, 2)
    late = log(services)[-1]
    assert (late.kind, late.party_id, late.position_before,
            late.position_after) == (EventKind.INVALID_LATE, second, 3, 3)
    # Clearing and marking again does not give a second chance, nor a second entry.
    for party in (first, second):
        services.arrivals.mark_invalid(party, None)
        services.arrivals.mark_invalid(party, InvalidReason.COMPETITOR, "again")
    kinds = [e.kind for e in log(services)]
    assert (kinds.count(EventKind.RESTORE), kinds.count(EventKind.INVALID_LATE)) == (1, 1)


# -- returning customers, stand-ins and ownership -----

def test_a_stand_in_keeps_the_owner_as_owner(
        services: Services, team: dict[str, int], clock: FakeClock) -> None:
    chen, liu, zhang, wang = team.values()
    sign_in(services, chen, liu, zhang)
    first = walk_in(services, "孙", PHONE)
    services.rotation.assign(first, zhang, manager=manager_actor("李经理"), reason="客户指定")
    assert (party_row(services, first).consultant_id,
            party_row(services, first).owner_id) == (zhang, zhang)

    clock.advance(days=1)  # 张伟 is not in today
    sign_in(services, wang, chen, liu)
    second = walk_in(services, "孙", PHONE)
    proposal = services.rotation.propose(PHONE, second)
    assert (proposal.consultant_id, proposal.mode, proposal.owner_id) == (
        wang, AssignMode.STAND_IN, zhang)
    with pytest.raises(DomainError, match="Sign the consultant in first"):
        services.rotation.assign(second, zhang)  # the owner is not here
    record = services.rotation.assign(second, wang)
    assert record.consultant == "王芳"
    row = party_row(services, second)
    assert (row.consultant_id, row.owner_id) == (wang, zhang)
    assert log(services, DAY + timedelta(days=1))[-1].mode is AssignMode.STAND_IN
    assert services.rotation.state().order == [wang, chen, liu]  # no turn used

    clock.advance(days=1)  # the owner is back: the customer is theirs
    sign_in(services, chen, zhang)
    third = walk_in(services, "孙", PHONE)
    proposal = services.rotation.propose(PHONE, third)
    assert (proposal.consultant_id, proposal.mode) == (zhang, AssignMode.RETURNING)
    with pytest.raises(PermissionDenied):  # anyone else while the owner is here: override
        services.rotation.assign(third, chen)
    services.rotation.assign(third, zhang)
    assert party_row(services, third).owner_id == zhang
    state = services.rotation.state()
    assert state.order == [chen, zhang] and state.returning[zhang] == 1


def test_an_owner_on_a_break_gets_a_stand_in_proposed(
        services: Services, team: dict[str, int], clock: FakeClock) -> None:
    chen, liu, zhang, _ = team.values()
    sign_in(services, chen, liu, zhang)
    first = walk_in(services, "孙", PHONE)
    services.rotation.assign(first, chen)
    clock.advance(minutes=30)
    services.arrivals.move(first, Stage.DEPARTED)
    services.rotation.set_status(chen, DutyStatus.BREAK)
    second = walk_in(services, "孙", PHONE)
    proposal = services.rotation.propose(PHONE, second)
    assert (proposal.consultant_id, proposal.mode, proposal.owner_id) == (
        liu, AssignMode.STAND_IN, chen)
    # The receptionist may still call the owner back for their customer.
    services.rotation.assign(second, chen)
    assert log(services)[-1].mode is AssignMode.RETURNING


@pytest.mark.parametrize("days", [15, 7])
def test_ownership_lasts_the_setting_from_the_last_visit(
        services: Services, team: dict[str, int], clock: FakeClock, days: int) -> None:
    if days != 15:
        services.settings.save(replace(services.settings.current(),
                                       ownership_visit_days=days), TEST_ACTOR)
    chen, liu, zhang, _ = team.values()
    start = clock()
    sign_in(services, chen, liu, zhang)
    services.rotation.assign(walk_in(services, "周", PHONE), zhang,
                             manager=manager_actor("李经理"), reason="客户指定")

    clock.now = start + timedelta(days=days)  # exactly at the end: still the owner's
    sign_in(services, chen, liu, zhang)
    inside = walk_in(services, "周", PHONE)
    proposal = services.rotation.propose(PHONE, inside)
    assert (proposal.consultant_id, proposal.mode, proposal.owner_id) == (
        zhang, AssignMode.RETURNING, zhang)
    assert services.rotation.owner_for(PHONE, inside) == zhang

    clock.now = start + timedelta(days=days, seconds=1)  # one second later: open pool
    assert services.rotation.owner_for(PHONE, inside) is None
    proposal = services.rotation.propose(PHONE, inside)
    assert (proposal.consultant_id, proposal.mode, proposal.owner_id) == (
        chen, AssignMode.TURN, None)
    services.rotation.assign(inside, chen)
    assert party_row(services, inside).owner_id == chen  # a new owner from this visit
    # The window runs from the last visit: the new owner holds it for the full setting.
    clock.now = start + timedelta(days=2 * days)
    assert services.rotation.owner_for(PHONE) == chen


# -- statistics -----

def test_statistics_of_a_small_scripted_day(
        services: Services, team: dict[str, int], clock: FakeClock) -> None:
    chen, liu, zhang, wang = team.values()
    rotation, arrivals = services.rotation, services.arrivals
    # Yesterday 王芳 received 孙先生: she owns him today.
    sign_in(services, wang)
    owned = walk_in(services, "孙", PHONE)
    rotation.assign(owned, wang)
    clock.advance(minutes=20)
    arrivals.move(owned, Stage.DEPARTED)
    clock.now = clock.now.replace(hour=1) + timedelta(days=1)  # 09:00 the next day
    today = DAY + timedelta(days=1)

    sign_in(services, chen, liu, zhang, wang)
    a = walk_in(services, "赵")
    rotation.assign(a, chen)                       # 陈静 in turn
    clock.advance(minutes=2)
    rotation.missed_turn(liu)                      # 刘洋 absent when called
    b = walk_in(services, "钱")
    rotation.assign(b, zhang)                      # 张伟 in turn
    clock.advance(minutes=4)
    arrivals.mark_invalid(b, InvalidReason.COMPETITOR)  # 补轮 for 张伟
    arrivals.move(b, Stage.DEPARTED)
    c = walk_in(services, "孙", PHONE)
    rotation.assign(c, wang)                       # returning, no turn
    clock.advance(minutes=24)                      # 09:30
    arrivals.move(a, Stage.DEPARTED)               # 陈静: 30 minutes
    rotation.set_status(zhang, DutyStatus.BREAK)
    d = walk_in(services, "李")
    assert rotation.state().order == [zhang, wang, chen, liu]
    rotation.assign(d, chen)                       # fill-in over 张伟 and 王芳
    clock.advance(minutes=50)
    arrivals.move(d, Stage.DEPARTED)               # 陈静: 50 minutes
    arrivals.move(c, Stage.DEPARTED)               # 王芳: 74 minutes (09:06-10:20)
    rotation.move(liu, 1, actor=manager_actor("李经理"), reason="新人带教")

    stats = {s.name: s for s in rotation.stats(today, today)}
    assert set(stats) == {"陈静", "刘洋", "张伟", "王芳"}
    assert [(s.valid, s.invalid, s.returning, s.skipped, s.missed, s.overrides)
            for s in (stats["陈静"], stats["刘洋"], stats["张伟"], stats["王芳"])] == [
        (2, 0, 0, 0, 0, 0),
        (0, 0, 0, 0, 1, 1),
        (0, 1, 0, 1, 0, 0),
        (0, 0, 1, 1, 0, 0),
    ]
    assert stats["陈静"].average_minutes == pytest.approx(40)
    assert stats["王芳"].average_minutes == pytest.approx(74)
    assert stats["张伟"].average_minutes is None  # the invalid one does not count
    assert stats["刘洋"].average_minutes is None
    # Over both days 王芳 also has yesterday's reception, in turn, 20 minutes.
    both = {s.name: s for s in rotation.stats(DAY, today)}
    assert (both["王芳"].valid, both["王芳"].returning) == (1, 1)
    assert both["王芳"].average_minutes == pytest.approx(47)
    assert rotation.stats(DAY - timedelta(days=3), DAY - timedelta(days=1)) == []

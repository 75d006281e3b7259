"""Demo data: the team signs in and every party goes through the rotation rules."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from reception_desk.demo.bar_plan import DEMO_MENU, DEMO_STOCK
from reception_desk.demo.fill import (
    DemoRefusedError,
    fill_demo,
)
from reception_desk.demo.sample_values import CONSULTANTS
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.rotation import (
    AssignMode,
    DutyStatus,
    EventKind,
    RotationRules,
    apply,
    classify,
    replay,
)
from reception_desk.domain.stages import Stage
from reception_desk.domain.timeutil import local_date
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.models import (
    Consultant,
    Party,
    RotationEntry,
)
from reception_desk.store.rotation_repo import to_event
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock


from tests.demo.demo_helpers import (
    ZONE,
    Demo,
    all_records,
    bar_rows,
    party_rows,
    rotation_rows,
)


def rows_by_day(demo: Demo) -> dict[date, list[RotationEntry]]:
    zone = demo.services.settings.current().zone()
    days: dict[date, list[RotationEntry]] = defaultdict(list)
    for row in rotation_rows(demo.services):
        days[local_date(row.at, zone)].append(row)
    return days


def test_a_roster_of_twelve_demo_consultants(demo: Demo) -> None:
    with demo.services.db.read() as session:
        roster = session.scalars(select(Consultant).order_by(Consultant.staff_no)).all()
        assert [c.staff_no for c in roster] == [f"XS{n:03d}" for n in range(1, 13)]
        assert sorted(c.name for c in roster) == sorted(CONSULTANTS)
        assert all(c.demo and c.active and len(c.phone) == 11 for c in roster)


def test_each_day_the_team_signs_in_before_the_first_customer(demo: Demo) -> None:
    days = rows_by_day(demo)
    today = demo.summary.last_day
    assert sorted(days) == [today - timedelta(days=n) for n in (3, 2, 1, 0)]
    orders = []
    for day, rows in days.items():
        signed = [r.consultant_id for r in rows if r.kind == EventKind.SIGN_IN.value]
        first_assign = next(r.at for r in rows if r.kind == EventKind.ASSIGN.value)
        team = [r.consultant_id for r in rows
                if r.kind == EventKind.SIGN_IN.value and r.at < first_assign]
        assert len(set(team)) == len(team)
        everyone = day == today or day.weekday() >= 5
        assert (len(team) == len(CONSULTANTS)) if everyone else (7 <= len(team) <= 9), day
        assert team == signed[:len(team)]
        assert all(r.actor == "前台" for r in rows if r.kind == EventKind.SIGN_IN.value)
        orders.append(tuple(team))
    assert len(set(orders)) == len(orders)  # a different order every day


def test_lunch_in_turns_errands_and_signing_off(demo: Demo) -> None:
    zone = demo.services.settings.current().zone()
    past = {d: rows for d, rows in rows_by_day(demo).items() if d < demo.summary.last_day}
    errands = 0
    for day, rows in past.items():
        statuses = [r for r in rows if r.kind == EventKind.STATUS.value]
        breaks = [r for r in statuses if r.status == DutyStatus.BREAK.value]
        assert 1 <= len(breaks) <= 2, day
        for gone in breaks:
            back = next(r for r in statuses if r.consultant_id == gone.consultant_id
                        and r.at > gone.at)
            assert back.status == DutyStatus.AVAILABLE.value
            assert time(11, 30) <= gone.at.astimezone(zone).time()
            assert back.at.astimezone(zone).time() <= time(13, 0)
        errands += sum(r.status == DutyStatus.OUT.value for r in statuses)
        # At the end of the day everyone signs off (下班) and nobody is left on duty.
        state = replay([to_event(r) for r in rows], RotationRules())
        assert state.order == []
        assert statuses[-1].status == DutyStatus.OFF.value
        assert statuses[-1].at.astimezone(zone).time() >= time(18)
    assert errands >= 1


def test_every_reception_follows_the_rotation_rules(demo: Demo) -> None:
    """Replaying each day, every assignment is what the rules call it at that moment."""
    parties = party_rows(demo.services)
    records = {r.id: r for r in all_records(demo.services)}
    names = demo.services.rotation.names()
    modes: Counter[AssignMode] = Counter()
    rules = RotationRules()
    for rows in rows_by_day(demo).values():
        state = replay([], rules)
        for row in rows:
            event = to_event(row)
            if row.kind == EventKind.ASSIGN.value:
                assert row.party_id is not None and row.mode is not None
                mode = AssignMode(row.mode)
                modes[mode] += 1
                party = parties[row.party_id]
                owner = party.owner_id if mode in (AssignMode.RETURNING,
                                                   AssignMode.STAND_IN) else None
                assert classify(state, row.consultant_id, owner) is mode, row.id
                if mode in (AssignMode.TURN, AssignMode.FILL_IN):
                    # The up consultant, or (nobody free) the head of the queue.
                    assert row.consultant_id == (state.up() or state.order[0])
                assert row.position_before == state.position(row.consultant_id)
                assert party.consultant_id == row.consultant_id
                assert records[row.party_id].consultant == names[row.consultant_id]
            state = apply(state, event, rules)
    assert modes[AssignMode.TURN] > modes[AssignMode.FILL_IN] > 0
    assert modes[AssignMode.RETURNING] > 0
    assert modes[AssignMode.OVERRIDE] == 1
    received = [r for r in records.values() if Stage.RECEIVED in r.stage_times]
    assert received and all(parties[r.id].consultant_id is not None for r in received)
    # Nobody else has a consultant: the rotation is the only way to get one.
    assert all(parties[r.id].consultant_id is None for r in records.values()
               if Stage.RECEIVED not in r.stage_times)


def test_one_manager_override_and_now_and_then_a_missed_turn(demo: Demo) -> None:
    rows = rotation_rows(demo.services)
    overrides = [r for r in rows if r.mode == AssignMode.OVERRIDE.value]
    assert len(overrides) == 1
    assert (overrides[0].actor, overrides[0].reason) == ("李经理", "客户指定置业顾问")
    missed = [r for r in rows if r.kind == EventKind.MISSED.value]
    assert missed
    for row in missed:
        # Called while up, absent: to the back of the queue; the next one takes the party.
        day = [r for r in rows_by_day(demo)[local_date(row.at, ZONE)] if r.id < row.id]
        before = replay([to_event(r) for r in day], RotationRules())
        assert before.up() == row.consultant_id
        assert row.position_after == len(before.order)
        taker = next(r for r in rows if r.id > row.id)
        assert taker.kind == EventKind.ASSIGN.value and taker.at == row.at
        assert taker.consultant_id == before.on_deck()


def test_an_invalid_reception_a_day_gives_the_turn_back(demo: Demo) -> None:
    for day, rows in rows_by_day(demo).items():
        restores = [r for r in rows if r.kind == EventKind.RESTORE.value]
        if day < demo.summary.last_day:
            assert len(restores) == 1, day
        for restore in restores:
            assigned = next(r for r in rows if r.kind == EventKind.ASSIGN.value
                            and r.party_id == restore.party_id)
            assert restore.at - assigned.at <= timedelta(minutes=10)
            assert restore.position_after == assigned.position_before
            assert restore.reason == "invalid reception"


def test_the_demo_log_exports_and_counts(demo: Demo) -> None:
    first, last = demo.summary.first_day, demo.summary.last_day
    log = demo.services.rotation.log(first, last)
    assert len(log) == len(rotation_rows(demo.services))
    stats = demo.services.rotation.stats(first, last)
    assert len(stats) == len(CONSULTANTS)
    assert sum(s.overrides for s in stats) == 1
    assert sum(s.invalid for s in stats) >= 3
    assigned = Counter(e.consultant_id for e in log if e.kind is EventKind.ASSIGN
                       and e.mode in (AssignMode.TURN, AssignMode.FILL_IN,
                                      AssignMode.OVERRIDE, AssignMode.STAND_IN))
    for row in stats:
        assert row.valid + row.invalid == assigned[row.consultant_id]


def test_running_again_keeps_real_consultants(services: Services, clock: FakeClock) -> None:
    real = services.rotation.save_consultant(ConsultantDraft("何真", "XS001"), actor=TEST_ACTOR)
    first = fill_demo(services, 2, False, rng_seed=3)  # a real consultant is no real visit
    with services.db.read() as session:
        numbers = sorted(c.staff_no for c in session.scalars(
            select(Consultant).where(Consultant.demo.is_(True))))
    assert numbers == [f"XS{n:03d}" for n in range(2, len(CONSULTANTS) + 2)]
    # Someone tries the demo on real work: a real party received by a demo consultant.
    party = services.arrivals.register(
        PartyDraft("钱", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    proposal = services.rotation.propose("", party.id)
    assert proposal.consultant_id is not None
    services.rotation.sign_in(real.id)
    services.rotation.assign(party.id, proposal.consultant_id)
    with pytest.raises(DemoRefusedError):
        fill_demo(services, 2, False, rng_seed=4)
    second = fill_demo(services, 2, True, rng_seed=4)
    assert second.deleted == first.parties
    with services.db.read() as session:
        consultants = session.scalars(select(Consultant)).all()
        assert len(consultants) == len(CONSULTANTS) + 1
        assert [(c.id, c.name, c.demo) for c in consultants if not c.demo] == \
            [(real.id, "何真", False)]
        kept = session.get(Party, party.id)
        assert kept is not None and kept.consultant_id is None and kept.owner_id is None
        assert kept.consultant == services.arrivals.get(party.id).consultant != ""
        ids = {c.id for c in consultants}
        events = session.scalars(select(RotationEntry)).all()
        assert all(e.consultant_id in ids for e in events)
        # The real consultant's own sign-in survives; the demo consultant's
        # assignment of the real party went with the demo.
        assert [e.kind for e in events if e.consultant_id == real.id] == ["sign_in"]
        assert not [e for e in events if e.party_id == party.id]


@pytest.mark.postgres
def test_demo_on_postgres(pg_url: str, clock: FakeClock) -> None:
    db, _ = open_database(pg_url)
    try:
        services = Services.open(db, clock=clock)
        summary = fill_demo(services, 1, False, rng_seed=9)
        assert len(all_records(services)) == summary.parties
        first_bar = bar_rows(services)
        assert first_bar["orders"] and first_bar["movements"] and first_bar["tasks"]
        again = fill_demo(services, 1, False, rng_seed=9)
        assert again.deleted == summary.parties
        with db.read() as session:
            assert len(session.scalars(select(Consultant)).all()) == len(CONSULTANTS)
            assert session.scalars(select(RotationEntry)).first() is not None
        # The bar's demo rows were deleted in an order PostgreSQL's foreign keys accept.
        second_bar = bar_rows(services)
        assert len(second_bar["menu"]) == len(DEMO_MENU)
        assert len(second_bar["stock"]) == len(DEMO_STOCK)
        assert not {o.id for o in first_bar["orders"]} & {o.id for o in second_bar["orders"]}
    finally:
        db.dispose()


# -- the water bar ------------------------------------------------------------------------


@pytest.mark.parametrize("small_hours", [time(1, 17), time(4, 0)])
def test_a_demo_made_in_the_small_hours_has_its_manager_override_too(
        tmp_path, small_hours: time) -> None:
    """Made just after midnight, today has a party or two and one consultant on duty: the
    desk calls another in for the customer's choice, so the period keeps its override."""
    # A Tuesday: with this seed, before the fix, 01:17 made a demo without an override.
    moment = datetime.combine(date(2026, 12, 8), small_hours, tzinfo=ZONE)
    db, _ = open_database(f"sqlite:///{tmp_path / 'night.db'}")
    try:
        services = Services.open(db, clock=lambda: moment.astimezone(UTC))
        fill_demo(services, 3, False, rng_seed=1)
        overrides = [r for r in rotation_rows(services) if r.mode == AssignMode.OVERRIDE.value]
        assert [(r.actor, r.reason) for r in overrides] == [("李经理", "客户指定置业顾问")]
    finally:
        db.dispose()

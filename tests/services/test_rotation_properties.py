"""Replay equals live state: any sequence of desk actions, written through the services
and read back from the database, gives the queue the in-memory fold of the same events gives."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.errors import DomainError
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.rotation import (
    AssignMode,
    DutyStatus,
    EventKind,
    QueueState,
    RotationEvent,
    RotationRules,
    apply,
    classify,
    replay,
    restore_allowed,
)
from reception_desk.domain.stages import Stage
from reception_desk.domain.timeutil import local_date
from reception_desk.services.context import Services
from tests.conftest import TEST_ACTOR, manager_actor

if TYPE_CHECKING:
    from tests.conftest import FakeClock

TEAM = 4
PHONES = ["13800000001", "13800000002", "13800000003", ""]

index = st.integers(0, TEAM - 1)
arrive = st.tuples(st.just("arrive"), st.sampled_from(PHONES),
                   st.one_of(st.none(), st.none(), index))
depart = st.tuples(st.just("depart"), st.integers(0, 20))
actions = st.one_of(
    arrive, depart, arrive, depart,
    st.tuples(st.just("sign_in"), index),
    st.tuples(st.just("status"), index,
              st.sampled_from([s for s in DutyStatus if s is not DutyStatus.RECEIVING])),
    st.tuples(st.just("missed"), index),
    st.tuples(st.just("move"), index, st.integers(1, TEAM)),
    st.tuples(st.just("undo"), st.integers(0, 20)),
    st.tuples(st.just("invalid"), st.integers(0, 20)),
    st.tuples(st.just("wait"), st.integers(1, 420)),
)


@dataclass
class Model:
    """What the test itself knows: the events it caused, folded in memory."""

    rules: RotationRules
    state: QueueState = field(default_factory=QueueState)
    events: list[RotationEvent] = field(default_factory=list)
    parties: list[int] = field(default_factory=list)
    consultant_of: dict[int, int] = field(default_factory=dict)
    departed: set[int] = field(default_factory=set)
    invalid: set[int] = field(default_factory=set)
    owners: dict[str, int] = field(default_factory=dict)

    def add(self, event: RotationEvent) -> None:
        self.events.append(event)
        self.state = apply(self.state, event, self.rules)


days = itertools.count(1)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=st.permutations(range(TEAM)).flatmap(
           lambda p: st.integers(1, TEAM).map(lambda n: p[:n])),
       steps=st.lists(actions, min_size=1, max_size=30), keep=st.booleans(),
       window=st.sampled_from([10, 2]))
def test_the_stored_log_replays_to_the_live_state(
        services: Services, clock: FakeClock, first: list[int], steps: list[tuple],
        keep: bool, window: int) -> None:
    rotation, arrivals = services.rotation, services.arrivals
    team = [c.id for c in rotation.consultants()]
    if not team:
        team = [rotation.save_consultant(ConsultantDraft(f"顾问{n}", f"P{n:03d}"),
                                         actor=TEST_ACTOR).id
                for n in range(TEAM)]
    services.settings.save(replace(services.settings.current(), fill_in_keeps_place=keep,
                                   invalid_restore_minutes=window), TEST_ACTOR)
    # Every example is a new day (the queue is per day) with its own customers.
    day = next(days)
    clock.now = datetime(2026, 11, 28, 1, 0, tzinfo=clock.now.tzinfo) + timedelta(days=day)
    phones = {p: (p[:-3] + f"{day % 1000:03d}") if p else "" for p in PHONES}
    model = Model(RotationRules(fill_in_keeps_place=keep, invalid_restore_minutes=window))

    for step in [("sign_in", n) for n in first] + steps:
        name, *args = step
        now = clock()
        try:
            if name == "sign_in":
                who = team[args[0]]
                rotation.sign_in(who)
                model.add(RotationEvent(EventKind.SIGN_IN, now, who))
            elif name == "status":
                who, status = team[args[0]], args[1]
                rotation.set_status(who, status)
                model.add(RotationEvent(EventKind.STATUS, now, who, status=status))
            elif name == "missed":
                rotation.missed_turn(team[args[0]])
                model.add(RotationEvent(EventKind.MISSED, now, team[args[0]]))
            elif name == "move":
                rotation.move(team[args[0]], args[1], actor=manager_actor("李经理"), reason="调整")
                model.add(RotationEvent(EventKind.MOVE, now, team[args[0]],
                                        position=args[1], actor="李经理", reason="调整"))
            elif name == "arrive":
                phone = phones[args[0]]
                party = arrivals.register(PartyDraft(
                    "王", Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=phone)).id
                model.parties.append(party)
                owner = model.owners.get(phone) if phone else None
                proposal = rotation.propose(phone, party)
                assert proposal.owner_id == owner
                who = team[args[1]] if args[1] is not None else proposal.consultant_id
                if who is None:
                    continue
                mode = classify(model.state, who, owner)
                manager, reason = ("李经理", "指定") if mode is AssignMode.OVERRIDE else ("", "")
                rotation.assign(party, who, manager=manager_actor(manager) if manager else None,
                                reason=reason)
                assert mode is AssignMode.OVERRIDE or model.state.on_duty(who)
                model.add(RotationEvent(EventKind.ASSIGN, now, who, party_id=party, mode=mode,
                                        actor=manager, reason=reason))
                model.consultant_of[party] = who
                if phone:
                    model.owners[phone] = owner if mode is AssignMode.STAND_IN and owner \
                        else who
            elif name == "depart":
                if not model.parties:
                    continue
                party = model.parties[args[0] % len(model.parties)]
                if party in model.departed:
                    continue
                arrivals.move(party, Stage.DEPARTED)
                model.departed.add(party)
                if party in model.consultant_of:
                    model.add(RotationEvent(EventKind.RELEASE, now, model.consultant_of[party],
                                            party_id=party))
            elif name == "undo":
                if not model.departed:
                    continue
                party = sorted(model.departed)[args[0] % len(model.departed)]
                if arrivals.get(party).stage is not Stage.DEPARTED:
                    continue
                arrivals.undo_last_move(party)
                model.departed.discard(party)
                if party in model.consultant_of:
                    model.add(RotationEvent(EventKind.RESUME, now, model.consultant_of[party],
                                            party_id=party))
            elif name == "invalid":
                if not model.parties:
                    continue
                party = model.parties[args[0] % len(model.parties)]
                if party in model.invalid:
                    continue
                arrivals.mark_invalid(party, InvalidReason.COMPETITOR)
                model.invalid.add(party)
                assignment = model.state.assignments.get(party)
                if assignment is not None and restore_allowed(assignment, now, model.rules):
                    model.add(RotationEvent(EventKind.RESTORE, now, assignment.consultant_id,
                                            party_id=party))
                elif assignment is not None:  # too late: logged, no restore
                    model.add(RotationEvent(EventKind.INVALID_LATE, now,
                                            assignment.consultant_id, party_id=party))
            elif name == "wait":
                clock.advance(seconds=args[0])
        except DomainError:
            # Refused: nothing written, so nothing for the model either.
            pass
        stored = rotation.state()
        assert stored == model.state, step
    assert replay(model.events, model.rules) == rotation.state()
    today = local_date(clock(), services.settings.current().zone())
    assert [(e.kind, e.consultant_id, e.party_id, e.mode) for e in rotation.log(today, today)] \
        == [(e.kind, e.consultant_id, e.party_id, e.mode) for e in model.events]

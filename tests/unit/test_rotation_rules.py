"""The rotation (轮接) as a pure fold: one test per rule of issue 3, the setting variants,
and property tests of the invariants the desk relies on."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception_desk.domain.rotation import (
    USES_TURN,
    AssignMode,
    DutyStatus,
    EventKind,
    QueueState,
    RotationEvent,
    RotationRules,
    apply,
    apply_in_place,
    classify,
    replay,
    restore_allowed,
)

T0 = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
A, B, C, D = 1, 2, 3, 4
DEFAULT = RotationRules()


def at(minutes: float = 0, seconds: float = 0) -> datetime:
    return T0 + timedelta(minutes=minutes, seconds=seconds)


def sign_in(*consultants: int) -> list[RotationEvent]:
    return [RotationEvent(EventKind.SIGN_IN, at(), c) for c in consultants]


def assign(consultant: int, party: int, mode: AssignMode, minutes: float = 1,
           **extra: Any) -> RotationEvent:
    return RotationEvent(EventKind.ASSIGN, at(minutes), consultant, party_id=party, mode=mode,
                         **extra)


def status(consultant: int, value: DutyStatus, minutes: float = 1) -> RotationEvent:
    return RotationEvent(EventKind.STATUS, at(minutes), consultant, status=value)


def release(consultant: int, party: int, minutes: float = 30) -> RotationEvent:
    return RotationEvent(EventKind.RELEASE, at(minutes), consultant, party_id=party)


def restore(consultant: int, party: int, minutes: float = 5) -> RotationEvent:
    return RotationEvent(EventKind.RESTORE, at(minutes), consultant, party_id=party)


def then(state: QueueState, *events: RotationEvent,
         rules: RotationRules = DEFAULT) -> QueueState:
    for event in events:
        state = apply(state, event, rules)
    return state


# -- rule 1: position 1 is up, position 2 on deck -------------------------------------------

def test_rule_1_the_first_available_is_up_the_next_on_deck() -> None:
    state = replay(sign_in(C, A, B), DEFAULT)
    assert state.order == [C, A, B]  # the order of signing in
    assert (state.up(), state.on_deck()) == (C, A)
    assert [state.position(c) for c in (C, A, B, D)] == [1, 2, 3, None]
    assert classify(state, C, None) is AssignMode.TURN
    on_break = then(state, status(C, DutyStatus.BREAK))
    assert (on_break.up(), on_break.on_deck()) == (A, B)
    assert on_break.order == [C, A, B]  # a break keeps the place
    alone = then(on_break, status(A, DutyStatus.OUT), status(B, DutyStatus.OFF))
    assert (alone.up(), alone.on_deck()) == (None, None)
    assert alone.order == [C, A]


# -- rule 2: a new customer sends the taker to the back, receiving until the party leaves --

def test_rule_2_taking_a_new_customer_goes_to_the_back_and_receives_until_release() -> None:
    state = then(replay(sign_in(A, B, C), DEFAULT), assign(A, 10, AssignMode.TURN))
    assert state.order == [B, C, A]
    assert state.status[A] is DutyStatus.RECEIVING and state.receiving[A] == {10}
    assert (state.up(), state.on_deck()) == (B, C)
    assert state.valid[A] == 1 and state.last_customer_at[A] == at(1)
    assignment = state.assignments[10]
    assert (assignment.order_before, assignment.order_after) == ((A, B, C), (B, C, A))
    # Two parties at once: free only when both have gone.
    two = then(state, assign(A, 11, AssignMode.RETURNING, minutes=2), release(A, 10))
    assert two.status[A] is DutyStatus.RECEIVING
    free = then(two, release(A, 11, minutes=40))
    assert free.status[A] is DutyStatus.AVAILABLE
    assert free.order == [B, C, A]  # leaving does not move anyone
    assert free.up() == B


# -- rule 3: fill-in ---------------------------------------------------------------------------

@pytest.mark.parametrize("away", [DutyStatus.RECEIVING, DutyStatus.BREAK])
def test_rule_3_fill_in_keeps_the_skipped_place(away: DutyStatus) -> None:
    start = replay(sign_in(A, B, C, D), DEFAULT)
    if away is DutyStatus.RECEIVING:  # A took their own returning customer: still first
        start = then(start, assign(A, 9, AssignMode.RETURNING, minutes=0.5))
    else:
        start = then(start, status(A, away, minutes=0.5))
    assert start.order[0] == A and start.status[A] is away
    assert start.up() == B
    assert classify(start, B, None) is AssignMode.FILL_IN
    state = then(start, assign(B, 10, AssignMode.FILL_IN))
    assert state.order == [A, C, D, B]  # A keeps position 1
    assert state.skipped == Counter({A: 1})
    assert state.valid[B] == 1
    back = then(state, release(A, 9) if away is DutyStatus.RECEIVING
                else status(A, DutyStatus.AVAILABLE, minutes=20))
    assert back.up() == A  # and receives the next new customer


def test_rule_3_setting_skipped_consultants_lose_their_place() -> None:
    rules = RotationRules(fill_in_keeps_place=False)
    start = replay([*sign_in(A, B, C, D), status(A, DutyStatus.BREAK),
                    assign(B, 9, AssignMode.RETURNING)], rules)
    assert start.order == [A, B, C, D] and start.up() == C
    state = then(start, assign(C, 10, AssignMode.FILL_IN), rules=rules)
    # A and B were skipped: to the back in their order, then the taker.
    assert state.order == [D, A, B, C]
    assert state.skipped == Counter({A: 1, B: 1})
    kept = then(start, assign(C, 10, AssignMode.FILL_IN))
    assert kept.order == [A, B, D, C]


# -- rule 4: missed turn -------------------------------------------------------------------------

def test_rule_4_a_missed_turn_goes_to_the_back_and_is_counted() -> None:
    state = then(replay(sign_in(A, B, C), DEFAULT),
                 RotationEvent(EventKind.MISSED, at(1), A))
    assert state.order == [B, C, A]
    assert state.missed == Counter({A: 1})
    assert state.status[A] is DutyStatus.AVAILABLE  # present again, just later
    assert state.up() == B and state.valid[A] == 0
    # Someone not on duty cannot miss a turn.
    assert then(state, RotationEvent(EventKind.MISSED, at(2), D)).order == [B, C, A]


# -- rule 5: returning customers and stand-ins ---------------------------------------------------

def test_rule_5_a_returning_customer_goes_to_the_owner_without_a_turn() -> None:
    start = replay(sign_in(A, B, C), DEFAULT)
    assert classify(start, C, C) is AssignMode.RETURNING
    state = then(start, assign(C, 10, AssignMode.RETURNING))
    assert state.order == [A, B, C]
    assert state.status[C] is DutyStatus.RECEIVING
    assert (state.returning[C], state.valid[C]) == (1, 0)
    assert state.up() == A
    # Owner D is not on duty: anyone else is a stand-in, also without a turn.
    assert classify(start, B, D) is AssignMode.STAND_IN
    stand_in = then(start, assign(B, 11, AssignMode.STAND_IN))
    assert stand_in.order == [A, B, C] and stand_in.valid[B] == 1
    # The owner on a break counts as away; the owner here makes anyone else an override.
    assert classify(then(start, status(C, DutyStatus.BREAK)), A, C) is AssignMode.STAND_IN
    assert classify(start, A, C) is AssignMode.OVERRIDE
    assert classify(then(start, assign(C, 12, AssignMode.RETURNING)), A, C) \
        is AssignMode.OVERRIDE  # busy with another party is still here


# -- rule 6: invalid reception gives the turn back ------------------------------------------------

def test_rule_6_an_invalid_reception_restores_the_old_place() -> None:
    start = replay(sign_in(A, B, C), DEFAULT)
    taken = then(start, assign(A, 10, AssignMode.TURN))
    state = then(taken, restore(A, 10))
    assert state.order == [A, B, C]
    assert state.status[A] is DutyStatus.AVAILABLE
    assert (state.valid[A], state.invalid[A]) == (0, 1)
    assert state.assignments[10].restored
    assert then(state, restore(A, 10, minutes=6)) == state  # only once
    # Others moved since: back ahead of those that were behind before the turn.
    later = then(taken, assign(B, 11, AssignMode.TURN, minutes=2), restore(A, 10))
    assert later.order == [A, C, B]


def test_rule_6_restore_window_boundary_default_ten_minutes() -> None:
    state = then(replay(sign_in(A, B), DEFAULT), assign(A, 10, AssignMode.TURN))
    assignment = state.assignments[10]
    assert restore_allowed(assignment, assignment.at, DEFAULT)
    assert restore_allowed(assignment, assignment.at + timedelta(minutes=10), DEFAULT)
    assert not restore_allowed(assignment, assignment.at + timedelta(minutes=10, seconds=1),
                               DEFAULT)
    restored = then(state, restore(A, 10)).assignments[10]
    assert not restore_allowed(restored, restored.at, DEFAULT)


def test_rule_6_an_invalid_mark_after_the_window_is_logged_without_a_restore() -> None:
    start = replay(sign_in(A, B, C), DEFAULT)
    taken = then(start, assign(A, 10, AssignMode.TURN))
    late = RotationEvent(EventKind.INVALID_LATE, at(20), A, party_id=10)
    state = then(taken, late)
    assert state.order == taken.order == [B, C, A]  # the turn stays used
    assert state.status[A] is DutyStatus.RECEIVING  # still with the party until they leave
    assert (state.valid[A], state.invalid[A]) == (0, 1)
    assert state.assignments[10].invalid_late and not state.assignments[10].restored
    assert then(state, late) == state  # only once
    assert then(state, restore(A, 10, minutes=21)) == state  # and never a restore after it
    assert not restore_allowed(state.assignments[10], taken.assignments[10].at, DEFAULT)
    returning = then(start, assign(A, 11, AssignMode.RETURNING),
                     RotationEvent(EventKind.INVALID_LATE, at(20), A, party_id=11))
    assert (returning.returning[A], returning.invalid[A]) == (0, 1)
    assert then(start, RotationEvent(EventKind.INVALID_LATE, at(20), A, party_id=99)) == start


@pytest.mark.parametrize("minutes", [0, 3, 120])
def test_rule_6_setting_restore_window(minutes: int) -> None:
    rules = RotationRules(invalid_restore_minutes=minutes)
    state = then(replay(sign_in(A, B), rules), assign(A, 10, AssignMode.TURN), rules=rules)
    assignment = state.assignments[10]
    limit = assignment.at + timedelta(minutes=minutes)
    assert restore_allowed(assignment, limit, rules)
    assert not restore_allowed(assignment, limit + timedelta(seconds=1), rules)
    if minutes < 10:
        assert restore_allowed(assignment, limit + timedelta(seconds=1), DEFAULT)


# -- rule 7: manager override --------------------------------------------------------------------

def test_rule_7_override_moves_a_consultant_or_assigns_out_of_turn() -> None:
    start = replay(sign_in(A, B, C, D), DEFAULT)
    moved = then(start, RotationEvent(EventKind.MOVE, at(1), D, position=1, actor="李经理",
                                      reason="新人带教"))
    assert moved.order == [D, A, B, C] and moved.overrides == 1
    clamped = then(start, RotationEvent(EventKind.MOVE, at(1), A, position=99))
    assert clamped.order == [B, C, D, A]
    # Choosing anyone but the up consultant (who is free) is an override: a turn is used.
    assert classify(start, C, None) is AssignMode.OVERRIDE
    assert classify(start, D + 1, None) is AssignMode.OVERRIDE  # not even on duty
    state = then(start, assign(C, 10, AssignMode.OVERRIDE, actor="李经理", reason="客户指定"))
    assert state.order == [A, B, D, C]
    assert state.overrides == 1 and state.valid[C] == 1 and state.skipped == Counter()
    assert state.up() == A


# -- rule 8: ownership ----------------------------------------------------------------------------

def test_rule_8_the_owner_keeps_the_customer_wherever_they_stand() -> None:
    start = replay(sign_in(A, B, C), DEFAULT)
    busy = then(start, assign(C, 9, AssignMode.TURN))
    for state in (start, busy, then(start, status(C, DutyStatus.BREAK))):
        assert classify(state, C, C) is AssignMode.RETURNING
    # Once the window has passed the service finds no owner: an ordinary new customer.
    assert classify(start, C, None) is AssignMode.OVERRIDE
    assert classify(busy, A, None) is AssignMode.TURN


# -- properties ----------------------------------------------------------------------------------

CONSULTANTS = [1, 2, 3, 4, 5]
consultant = st.sampled_from(CONSULTANTS)
KINDS = list(EventKind)


@st.composite
def event_sequences(draw: st.DrawFn, max_size: int = 40) -> list[RotationEvent]:
    """Events the desk could write: statuses, turns by the rules, overrides, restores."""
    rules = RotationRules(fill_in_keeps_place=draw(st.booleans()))
    state = QueueState()
    events: list[RotationEvent] = []
    party = 100
    for step in range(draw(st.integers(0, max_size))):
        kind = draw(st.sampled_from(KINDS))
        who = draw(consultant)
        when = at(step)
        event: RotationEvent
        if kind is EventKind.ASSIGN:
            party += 1
            owner = draw(st.one_of(st.none(), consultant))
            if draw(st.booleans()) and state.up() is not None and owner is None:
                who = state.up()  # type: ignore[assignment]
            event = RotationEvent(kind, when, who, party_id=party,
                                  mode=classify(state, who, owner))
        elif kind in (EventKind.RESTORE, EventKind.RELEASE, EventKind.RESUME,
                      EventKind.INVALID_LATE):
            if not state.assignments:
                continue
            target = draw(st.sampled_from(sorted(state.assignments)))
            event = RotationEvent(kind, when, state.assignments[target].consultant_id,
                                  party_id=target)
        elif kind is EventKind.STATUS:
            event = RotationEvent(kind, when, who, status=draw(st.sampled_from(
                [s for s in DutyStatus if s is not DutyStatus.RECEIVING])))
        elif kind is EventKind.MOVE:
            event = RotationEvent(kind, when, who, position=draw(st.integers(1, 6)))
        else:
            event = RotationEvent(kind, when, who)
        state = apply(state, event, rules)
        events.append(event)
    return events


@settings(max_examples=150, deadline=None)
@given(events=event_sequences(), keep=st.booleans())
def test_the_queue_is_always_a_permutation_of_those_on_duty(
        events: list[RotationEvent], keep: bool) -> None:
    rules = RotationRules(fill_in_keeps_place=keep)
    state = QueueState()
    on_duty: set[int] = set()
    for event in events:
        state = apply(state, event, rules)
        if event.kind is EventKind.SIGN_IN:
            on_duty.add(event.consultant_id)
        elif event.kind is EventKind.STATUS:
            if event.status is DutyStatus.OFF:
                on_duty.discard(event.consultant_id)
            else:
                on_duty.add(event.consultant_id)
        assert len(state.order) == len(set(state.order)), state.order
        assert set(state.order) == on_duty
        assert all(c in state.status for c in state.order)
        assert state.up() in (None, *state.available())


@settings(max_examples=150, deadline=None)
@given(events=event_sequences(), keep=st.booleans())
def test_the_in_place_fold_is_apply(events: list[RotationEvent], keep: bool) -> None:
    """`apply_in_place` (the demo's bulk history folds with it) leaves the state `apply`
    returns after every event, and `apply` leaves its input as it was."""
    rules = RotationRules(fill_in_keeps_place=keep)
    state = QueueState()
    in_place = QueueState()
    for event in events:
        before = state.copy()
        after = apply(state, event, rules)
        assert state == before
        apply_in_place(in_place, event, rules)
        assert in_place == after
        assert in_place.position(event.consultant_id) == after.position(event.consultant_id)
        state = after
    assert replay(events, rules) == state


@settings(max_examples=100, deadline=None)
@given(team=st.permutations(range(1, 9)).flatmap(
           lambda p: st.integers(2, 8).map(lambda n: p[:n])),
       parties=st.integers(0, 40), keep=st.booleans())
def test_everyone_available_and_only_new_customers_is_fair(
        team: list[int], parties: int, keep: bool) -> None:
    rules = RotationRules(fill_in_keeps_place=keep)
    state = replay(sign_in(*team), rules)
    for party in range(parties):
        up = state.up()
        assert up is not None
        assert classify(state, up, None) is AssignMode.TURN
        state = then(state, assign(up, party, AssignMode.TURN, minutes=party * 60),
                     release(up, party, minutes=party * 60 + 30), rules=rules)
    counts = [state.valid[c] for c in team]
    assert max(counts) - min(counts) <= 1
    assert sum(counts) == parties


@settings(max_examples=150, deadline=None)
@given(events=event_sequences(), data=st.data())
def test_returning_customers_never_change_anyones_place(
        events: list[RotationEvent], data: st.DataObject) -> None:
    state = replay(events, DEFAULT)
    if not state.order:
        return
    owner = data.draw(st.sampled_from(state.order))
    before = list(state.order)
    when = at(100)
    returning = then(state, RotationEvent(EventKind.ASSIGN, when, owner, party_id=9000,
                                          mode=classify(state, owner, owner)))
    assert returning.order == before
    assert returning.skipped == state.skipped
    absent = next(c for c in range(1, 20) if c not in state.order)
    helper = data.draw(st.sampled_from(state.order))
    mode = classify(state, helper, absent)
    assert mode is AssignMode.STAND_IN
    stand_in = then(returning, RotationEvent(EventKind.ASSIGN, when, helper, party_id=9001,
                                             mode=mode))
    assert stand_in.order == before
    gone = then(stand_in, release(owner, 9000, minutes=130), release(helper, 9001, minutes=131))
    assert gone.order == before


@settings(max_examples=150, deadline=None)
@given(events=event_sequences(), data=st.data(), keep=st.booleans())
def test_an_invalid_reception_restored_at_once_restores_the_exact_order(
        events: list[RotationEvent], data: st.DataObject, keep: bool) -> None:
    rules = RotationRules(fill_in_keeps_place=keep)
    state = replay(events, rules)
    if not state.order:
        return
    taker = data.draw(st.sampled_from([c for c in (state.up(),) if c is not None]
                                      + state.order))
    mode = classify(state, taker, None)
    assert mode in USES_TURN
    taken = then(state, RotationEvent(EventKind.ASSIGN, at(100), taker, party_id=9000,
                                      mode=mode), rules=rules)
    assignment = taken.assignments[9000]
    assert restore_allowed(assignment, at(100), rules)
    restored = then(taken, restore(taker, 9000, minutes=100), rules=rules)
    assert restored.order == state.order
    assert restored.valid[taker] == state.valid[taker]
    assert restored.invalid[taker] == state.invalid[taker] + 1

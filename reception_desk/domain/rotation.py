"""Consultant rotation (轮接): the turn order as a pure fold over the day's events.

The queue is never stored: it is derived by replaying the day's append-only
events, so a commission dispute at month end can be settled from the log.

Rules (each number a site setting):
1. The first available consultant in the order is "up" (第一序列) and takes
   the next new customer; the next available one is "on deck" (第二序列).
2. Taking a new customer sends the consultant to the back and makes them
   "receiving" until the party departs.
3. Fill-in (补位): consultants ahead of the taker who were busy keep their
   place (or, by setting, go to the back in their order).
4. Missed turn (过号): absent when called, to the back.
5. A returning customer goes to the owner without using a turn; a stand-in
   takes the party when the owner is not on duty, also without a turn.
6. An invalid reception marked within a setting (10 minutes) of assignment
   gives the turn back (补轮): the consultant returns to their old place.
   Marked later, it is still logged (INVALID_LATE): counted as invalid, the
   turn stays used and the queue does not move.
7. Manager override: move a consultant, or assign a specific consultant.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP


class DutyStatus(StrEnum):
    AVAILABLE = "available"
    RECEIVING = "receiving"
    BREAK = "break"
    OUT = "out"
    OFF = "off"


DUTY_LABELS: dict[DutyStatus, str] = {
    DutyStatus.AVAILABLE: QT_TRANSLATE_NOOP("DutyStatus", "Available"),
    DutyStatus.RECEIVING: QT_TRANSLATE_NOOP("DutyStatus", "Receiving"),
    DutyStatus.BREAK: QT_TRANSLATE_NOOP("DutyStatus", "On break"),
    DutyStatus.OUT: QT_TRANSLATE_NOOP("DutyStatus", "Out"),
    DutyStatus.OFF: QT_TRANSLATE_NOOP("DutyStatus", "Signed off"),
}


class EventKind(StrEnum):
    SIGN_IN = "sign_in"
    STATUS = "status"
    ASSIGN = "assign"
    MISSED = "missed"
    MOVE = "move"
    RESTORE = "restore"
    RELEASE = "release"
    RESUME = "resume"
    #: An invalid reception marked after the turn-back window: logged, no restore.
    INVALID_LATE = "invalid_late"


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.SIGN_IN: QT_TRANSLATE_NOOP("EventKind", "Signed in"),
    EventKind.STATUS: QT_TRANSLATE_NOOP("EventKind", "Status"),
    EventKind.ASSIGN: QT_TRANSLATE_NOOP("EventKind", "Assigned"),
    EventKind.MISSED: QT_TRANSLATE_NOOP("EventKind", "Missed turn"),
    EventKind.MOVE: QT_TRANSLATE_NOOP("EventKind", "Moved by manager"),
    EventKind.RESTORE: QT_TRANSLATE_NOOP("EventKind", "Turn restored"),
    EventKind.RELEASE: QT_TRANSLATE_NOOP("EventKind", "Party left"),
    EventKind.RESUME: QT_TRANSLATE_NOOP("EventKind", "Departure undone"),
    EventKind.INVALID_LATE: QT_TRANSLATE_NOOP("EventKind", "Invalid, no restore"),
}


#: Reasons the program itself writes to the log (shown in words by the log and exports).
INVALID_RECEPTION = "invalid reception"
INVALID_TOO_LATE = "invalid reception, after the turn-back window"


class AssignMode(StrEnum):
    TURN = "turn"
    FILL_IN = "fill_in"
    RETURNING = "returning"
    STAND_IN = "stand_in"
    OVERRIDE = "override"


ASSIGN_LABELS: dict[AssignMode, str] = {
    AssignMode.TURN: QT_TRANSLATE_NOOP("AssignMode", "In turn"),
    AssignMode.FILL_IN: QT_TRANSLATE_NOOP("AssignMode", "Fill-in"),
    AssignMode.RETURNING: QT_TRANSLATE_NOOP("AssignMode", "Returning customer"),
    AssignMode.STAND_IN: QT_TRANSLATE_NOOP("AssignMode", "Stand-in for owner"),
    AssignMode.OVERRIDE: QT_TRANSLATE_NOOP("AssignMode", "Manager override"),
}

#: Modes that use a turn (the consultant goes to the back of the queue).
USES_TURN = frozenset({AssignMode.TURN, AssignMode.FILL_IN, AssignMode.OVERRIDE})


@dataclass(frozen=True)
class RotationRules:
    fill_in_keeps_place: bool = True
    invalid_restore_minutes: int = 10


@dataclass(frozen=True)
class RotationEvent:
    """One append-only entry of the rotation log."""

    kind: EventKind
    at: datetime
    consultant_id: int
    party_id: int | None = None
    mode: AssignMode | None = None
    status: DutyStatus | None = None
    #: For MOVE: the 1-based position the manager moved the consultant to.
    position: int | None = None
    actor: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Assignment:
    party_id: int
    consultant_id: int
    mode: AssignMode
    at: datetime
    #: The queue just before and just after this assignment, for restoring the turn.
    order_before: tuple[int, ...]
    order_after: tuple[int, ...] = ()
    restored: bool = False
    #: Marked invalid after the turn-back window (logged, turn not given back).
    invalid_late: bool = False


@dataclass
class QueueState:
    order: list[int] = field(default_factory=list)
    status: dict[int, DutyStatus] = field(default_factory=dict)
    receiving: dict[int, set[int]] = field(default_factory=dict)
    assignments: dict[int, Assignment] = field(default_factory=dict)
    valid: Counter[int] = field(default_factory=Counter)
    invalid: Counter[int] = field(default_factory=Counter)
    returning: Counter[int] = field(default_factory=Counter)
    skipped: Counter[int] = field(default_factory=Counter)
    missed: Counter[int] = field(default_factory=Counter)
    overrides: int = 0
    last_customer_at: dict[int, datetime] = field(default_factory=dict)

    def copy(self) -> QueueState:
        return QueueState(
            order=list(self.order), status=dict(self.status),
            receiving={k: set(v) for k, v in self.receiving.items()},
            assignments=dict(self.assignments), valid=Counter(self.valid),
            invalid=Counter(self.invalid), returning=Counter(self.returning),
            skipped=Counter(self.skipped), missed=Counter(self.missed),
            overrides=self.overrides, last_customer_at=dict(self.last_customer_at))

    # -- questions the desk asks -------------------------------------------------
    def on_duty(self, consultant_id: int) -> bool:
        return consultant_id in self.order

    def available(self) -> list[int]:
        return [c for c in self.order if self.status.get(c) is DutyStatus.AVAILABLE]

    def up(self) -> int | None:
        """第一序列: who receives the next new customer."""
        free = self.available()
        return free[0] if free else None

    def on_deck(self) -> int | None:
        """第二序列: who prepares to receive after that."""
        free = self.available()
        return free[1] if len(free) > 1 else None

    def position(self, consultant_id: int) -> int | None:
        """1-based place in the queue, None when not on duty."""
        return self.order.index(consultant_id) + 1 if consultant_id in self.order else None


class RotationError(Exception):
    """A rotation action that the rules refuse; `message` is for translation."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


def _to_back(order: list[int], consultant_id: int) -> None:
    if consultant_id in order:
        order.remove(consultant_id)
    order.append(consultant_id)


def classify(state: QueueState, consultant_id: int, owner_id: int | None) -> AssignMode:
    """What choosing this consultant for a party means under the rules.

    With an owner on duty, the owner is a returning assignment and anyone else
    a stand-in only when the owner is not on duty. For a new customer the up
    consultant is a turn, a later consultant with only busy ones ahead is a
    fill-in, and anything else is an override that needs a manager.
    """
    if owner_id is not None:
        if consultant_id == owner_id:
            return AssignMode.RETURNING
        owner_here = state.on_duty(owner_id) and state.status.get(owner_id) in (
            DutyStatus.AVAILABLE, DutyStatus.RECEIVING)
        return AssignMode.OVERRIDE if owner_here else AssignMode.STAND_IN
    if not state.on_duty(consultant_id):
        return AssignMode.OVERRIDE
    if consultant_id == state.order[0]:
        return AssignMode.TURN
    if consultant_id == state.up():
        return AssignMode.FILL_IN
    return AssignMode.OVERRIDE


def apply(state: QueueState, event: RotationEvent, rules: RotationRules) -> QueueState:
    """The state after one event (a new object; the input is not changed)."""
    s = state.copy()
    apply_in_place(s, event, rules)
    return s


def apply_in_place(s: QueueState, event: RotationEvent, rules: RotationRules) -> None:
    """Change `s` into the state after one event: what `apply` returns, without the copy.

    For folding many events where no earlier state is kept (a replay, the demo's
    years of history): `apply` copies the whole state, the day's assignments
    included, for every event.
    """
    cid = event.consultant_id
    match event.kind:
        case EventKind.SIGN_IN:
            if cid not in s.order:
                s.order.append(cid)
            s.status[cid] = DutyStatus.AVAILABLE if not s.receiving.get(cid) \
                else DutyStatus.RECEIVING
        case EventKind.STATUS:
            status = event.status or DutyStatus.AVAILABLE
            if status is DutyStatus.OFF:
                if cid in s.order:
                    s.order.remove(cid)
            elif cid not in s.order:
                s.order.append(cid)
            s.status[cid] = status
        case EventKind.ASSIGN:
            _assign(s, event, rules)
        case EventKind.MISSED:
            if cid in s.order:
                _to_back(s.order, cid)
                s.missed[cid] += 1
        case EventKind.MOVE:
            if cid in s.order and event.position is not None:
                s.order.remove(cid)
                index = min(max(event.position, 1), len(s.order) + 1) - 1
                s.order.insert(index, cid)
                s.overrides += 1
        case EventKind.RESTORE:
            _restore(s, event)
        case EventKind.INVALID_LATE:
            _invalid_late(s, event)
        case EventKind.RELEASE:
            _release(s, cid, event.party_id)
        case EventKind.RESUME:
            if event.party_id is not None:
                s.receiving.setdefault(cid, set()).add(event.party_id)
                if cid in s.order:
                    s.status[cid] = DutyStatus.RECEIVING


def _assign(s: QueueState, event: RotationEvent, rules: RotationRules) -> None:
    cid = event.consultant_id
    mode = event.mode or AssignMode.TURN
    party = event.party_id
    order_before = tuple(s.order)
    if mode in USES_TURN:
        if mode is AssignMode.FILL_IN and cid in s.order:
            ahead = s.order[: s.order.index(cid)]
            for skipped in ahead:
                s.skipped[skipped] += 1
            if not rules.fill_in_keeps_place:
                for skipped in ahead:
                    _to_back(s.order, skipped)
        if mode is AssignMode.OVERRIDE:
            s.overrides += 1
        if cid in s.order:
            _to_back(s.order, cid)
        s.valid[cid] += 1
    elif mode is AssignMode.RETURNING:
        s.returning[cid] += 1
    else:  # stand-in: helps without using a turn
        s.valid[cid] += 1
    if party is not None:
        # A party reassigned from someone else frees that consultant.
        previous = s.assignments.get(party)
        if previous is not None and previous.consultant_id != cid:
            _release(s, previous.consultant_id, party)
        s.receiving.setdefault(cid, set()).add(party)
    if cid in s.order:
        s.status[cid] = DutyStatus.RECEIVING
    if party is not None:
        s.assignments[party] = Assignment(party, cid, mode, event.at, order_before,
                                          tuple(s.order))
    s.last_customer_at[cid] = event.at


def _restore(s: QueueState, event: RotationEvent) -> None:
    """补轮: the consultant gets the turn back and returns to their old place."""
    party = event.party_id
    assignment = s.assignments.get(party) if party is not None else None
    if assignment is None or assignment.restored or assignment.invalid_late:
        return
    cid = assignment.consultant_id
    s.assignments[party] = replace(assignment, restored=True)  # type: ignore[index]
    _count_invalid(s, assignment)
    if assignment.mode in USES_TURN and tuple(s.order) == assignment.order_after:
        # Nothing moved since: the exact previous order comes back.
        s.order = [c for c in assignment.order_before if c in s.order]
    elif assignment.mode in USES_TURN and cid in s.order:
        before = [c for c in assignment.order_before if c in s.order]
        old_index = before.index(cid) if cid in before else 0
        s.order.remove(cid)
        # Put them back among those that were ahead of them before the turn.
        ahead = set(before[:old_index])
        insert_at = 0
        for index, other in enumerate(s.order):
            if other in ahead:
                insert_at = index + 1
        s.order.insert(insert_at, cid)
    _release(s, cid, party)


def _count_invalid(s: QueueState, assignment: Assignment) -> None:
    cid = assignment.consultant_id
    if assignment.mode in USES_TURN or assignment.mode is AssignMode.STAND_IN:
        s.valid[cid] -= 1
    elif assignment.mode is AssignMode.RETURNING:
        s.returning[cid] -= 1
    s.invalid[cid] += 1


def _invalid_late(s: QueueState, event: RotationEvent) -> None:
    """Marked invalid too late to restore: counted as invalid; the queue does not move."""
    party = event.party_id
    assignment = s.assignments.get(party) if party is not None else None
    if assignment is None or assignment.restored or assignment.invalid_late:
        return
    s.assignments[party] = replace(assignment, invalid_late=True)  # type: ignore[index]
    _count_invalid(s, assignment)


def _release(s: QueueState, cid: int, party: int | None) -> None:
    parties = s.receiving.get(cid, set())
    if party is not None:
        parties.discard(party)
    if not parties and s.status.get(cid) is DutyStatus.RECEIVING:
        s.status[cid] = DutyStatus.AVAILABLE


def replay(events: list[RotationEvent], rules: RotationRules) -> QueueState:
    """The queue as the day's events leave it."""
    state = QueueState()
    for event in events:
        apply_in_place(state, event, rules)
    return state


def restore_allowed(assignment: Assignment, now: datetime, rules: RotationRules) -> bool:
    """An invalid reception gives the turn back only within the setting (10 minutes)."""
    return not assignment.restored and not assignment.invalid_late and \
        now - assignment.at <= timedelta(minutes=rules.invalid_restore_minutes)

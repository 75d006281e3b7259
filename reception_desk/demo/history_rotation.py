"""The rotation log of a bulk demo day: the queue as the desk would have run it.

`log_rotation` folds the day's duty (sign-ins, lunches and errands for whoever can
be spared, signing off) and its parties (received, released, marked invalid) through
`domain.rotation`, as `RotationService` does at the desk: who is up, fill-ins, a
returning customer to their owner or a stand-in, missed turns, an invalid
reception giving the turn back. Each event is a `rotation_events` row with the
consultant's position before and after; each received party gets its consultant
and owner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from ..domain.rotation import (
    INVALID_RECEPTION,
    INVALID_TOO_LATE,
    AssignMode,
    DutyStatus,
    EventKind,
    QueueState,
    RotationEvent,
    apply_in_place,
    classify,
    restore_allowed,
)
from ..domain.stages import Stage
from ..store.bulk import Batch, Ids
from .visit_plan import Absence, Duty

if TYPE_CHECKING:
    from .history import DayVisit, History

DESK = "前台"
#: The stored value of each kind, mode and status (looked up once, not by .value each time).
_VALUES: dict[str, str] = {member: member.value
                           for enum in (EventKind, AssignMode, DutyStatus) for member in enum}


def log_rotation(history: History, ids: Ids, batch: Batch, built: list[DayVisit],
                 duty: Duty) -> None:
    """The day's queue as the desk would have run it, logged event by event."""
    actions: list[tuple[datetime, tuple[int, int, int], Callable[[], None]]] = []
    state = QueueState()

    rows = batch.table("rotation_events")

    def log(event: RotationEvent) -> None:
        # The day's fold keeps no earlier state: in place, as `apply` would leave it.
        before = state.position(event.consultant_id)
        apply_in_place(state, event, history.rules)
        rows.append({
            "id": ids.take("rotation_events"), "at": event.at, "kind": _VALUES[event.kind],
            "consultant_id": event.consultant_id, "party_id": event.party_id,
            "mode": _VALUES[event.mode] if event.mode else None,
            "status": _VALUES[event.status] if event.status else None,
            "position": event.position,
            "position_before": before,
            "position_after": state.position(event.consultant_id),
            "actor": event.actor, "reason": event.reason})

    def sign_in(who: int, at: datetime) -> None:
        cid = history.roster[who]
        if not state.on_duty(cid):
            log(RotationEvent(EventKind.SIGN_IN, at, cid, actor=DESK))

    pending: list[Absence] = []

    def leave(absence: Absence, at: datetime) -> None:
        """Never the last free one: when nobody can be spared, it waits (see below)."""
        free = [c for c in state.available() if c in history.roster]
        if len(free) < 2:
            absence.who = None
            if not absence.pending and absence.may_start(at):
                absence.pending = True
                pending.append(absence)
            return
        preferred = history.roster[absence.prefer]
        who = preferred if preferred in free else free[-1]
        log(RotationEvent(EventKind.STATUS, at, who, status=absence.status, actor=DESK))
        absence.who = who
        if absence.pending:
            pending.remove(absence)
            absence.pending = False

    def come_back(absence: Absence) -> None:
        if absence.who is not None and state.status.get(absence.who) is absence.status:
            log(RotationEvent(EventKind.STATUS, absence.end, absence.who,
                              status=DutyStatus.AVAILABLE, actor=DESK))

    def sign_off(at: datetime) -> None:
        for cid in list(state.order):
            if cid in history.roster and not state.receiving.get(cid):
                log(RotationEvent(EventKind.STATUS, at, cid, status=DutyStatus.OFF,
                                  actor=DESK))

    def call_someone(at: datetime) -> None:
        away = [c for c in state.order if c in history.roster
                and state.status.get(c) in (DutyStatus.BREAK, DutyStatus.OUT)]
        if away:
            log(RotationEvent(EventKind.STATUS, at, away[0], status=DutyStatus.AVAILABLE,
                              actor=DESK))
            return
        missing = [c for c in history.roster if not state.on_duty(c)]
        if missing:
            log(RotationEvent(EventKind.SIGN_IN, at, missing[0], actor=DESK))

    def receive(visit: DayVisit, at: datetime) -> None:
        plan = visit.plan
        owner = history.owner_at(visit.row["phone"], at) if visit.row["phone"] else None
        if owner is not None and state.on_duty(owner) and state.status.get(owner) in (
                DutyStatus.AVAILABLE, DutyStatus.RECEIVING):
            chosen: int | None = owner
        else:
            chosen = state.up()
            if chosen is None:
                call_someone(at)
                chosen = state.up()
            if owner is None and plan.miss_turn and chosen is not None \
                    and state.on_deck() is not None:
                log(RotationEvent(EventKind.MISSED, at, chosen, actor=DESK))
                chosen = state.up()
        if chosen is None:  # everyone is with a customer: the head of the queue doubles up
            chosen = state.order[0]
        mode = classify(state, chosen, owner)
        log(RotationEvent(EventKind.ASSIGN, at, chosen, party_id=visit.id, mode=mode,
                          actor=DESK))
        visit.consultant_id = chosen
        visit.row["consultant_id"] = chosen
        visit.row["consultant"] = history.names[chosen]
        visit.row["owner_id"] = owner if mode is AssignMode.STAND_IN and owner else chosen

    def release(visit: DayVisit, at: datetime) -> None:
        if visit.consultant_id is not None:
            log(RotationEvent(EventKind.RELEASE, at, visit.consultant_id,
                              party_id=visit.id))

    def invalid(visit: DayVisit, at: datetime) -> None:
        if visit.consultant_id is None:
            return
        assignment = state.assignments.get(visit.id)
        if assignment is None or assignment.restored or assignment.invalid_late:
            return
        if restore_allowed(assignment, at, history.rules):
            log(RotationEvent(EventKind.RESTORE, at, visit.consultant_id,
                              party_id=visit.id, reason=INVALID_RECEPTION))
        else:
            log(RotationEvent(EventKind.INVALID_LATE, at, visit.consultant_id,
                              party_id=visit.id, reason=INVALID_TOO_LATE))

    for seq, (at, who) in enumerate(duty.sign_ins):
        actions.append((at, (0, 0, seq), partial(sign_in, who, at)))
    for seq, absence in enumerate(duty.absences):
        actions.append((absence.start, (0, 0, 100 + seq),
                        partial(leave, absence, absence.start)))
        actions.append((absence.end, (0, 0, 200 + seq), partial(come_back, absence)))
    if duty.sign_off is not None:
        off = duty.sign_off
        actions.append((off, (0, 0, 300), lambda: sign_off(off)))
    for index, visit in enumerate(sorted(built, key=lambda v: v.plan.arrive)):
        seq = 0
        for at, stage in visit.plan.steps:
            if stage is Stage.RECEIVED:
                actions.append((at, (1, index, seq), partial(receive, visit, at)))
            elif stage is Stage.DEPARTED:
                actions.append((at, (1, index, seq), partial(release, visit, at)))
            seq += 1
        if visit.plan.invalid is not None:
            mark = visit.plan.invalid[0]
            actions.append((mark, (1, index, seq), partial(invalid, visit, mark)))
    actions.sort(key=lambda item: (item[0], item[1]))
    for at, _order, action in actions:
        action()
        for absence in list(pending):  # someone came free: a postponed lunch starts
            if absence.may_start(at):
                leave(absence, at)
            else:
                pending.remove(absence)

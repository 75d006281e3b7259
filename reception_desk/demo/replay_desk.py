"""The replayed demo days' desk: the services it writes through and the desk's own moves.

`fill_demo` turns every planned action into a call on `Desk` at that action's
time (a `SettableClock` the services read). This module holds that desk and what
the receptionist does on it: registering a party, the team's day (signing in,
lunches and errands for whoever can be spared, signing off) and receiving a party
by the rotation's rules (the proposal, a missed turn, the manager's one override,
calling someone back when nobody is free). The bar's moves are in `replay_bar`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..domain.consultants import ConsultantDraft
from ..domain.party import PartyDraft
from ..domain.roles import Actor
from ..domain.rotation import AssignMode, DutyStatus
from ..services.arrivals import ArrivalService
from ..services.bar import BarService
from ..services.rotation import RotationService
from ..services.stock import StockService
from .sample_values import CONSULTANTS
from .valid_values import mobile
from .visit_plan import Absence, Plan

#: Demo staff numbers: XS001, XS002, ... (skipping any a real consultant has).
STAFF_PREFIX = "XS"
#: Who the demo's desk actions are recorded as.
DESK = "前台"
OVERRIDE_REASON = "客户指定置业顾问"


class SettableClock:
    """The replay's clock: set to each action's time before the action runs."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Desk:
    """The services the replay writes through, and what the desk remembers."""

    arrivals: ArrivalService
    rotation: RotationService
    bar: BarService
    stock: StockService
    #: The demo accounts by key (see demo.accounts.demo_actors).
    actors: dict[str, Actor] = field(default_factory=dict)
    #: Demo consultant ids, in roster order.
    roster: list[int] = field(default_factory=list)
    #: The demo menu and stock: ids by the names of `demo.bar_plan` (stored names may differ).
    menu_ids: dict[str, int] = field(default_factory=dict)
    stock_ids: dict[str, int] = field(default_factory=dict)
    #: The planned override could not be done then: the next new customer gets it.
    override_pending: bool = False
    override_done: bool = False
    #: Lunches and errands waiting for someone to be free.
    pending: list[Absence] = field(default_factory=list)


#: One replayed write, run at its time.
Action = Callable[[Desk], None]


def party_id(plan: Plan) -> int:
    """The id the party got when it was registered (its later actions come after)."""
    assert plan.party_id is not None
    return plan.party_id


def make_roster(rotation: RotationService, rng: random.Random, admin: Actor) -> list[int]:
    """Eight demo consultants with staff numbers XS001... not used by a real one."""
    taken = {c.staff_no for c in rotation.consultants(include_inactive=True)}
    numbers = (f"{STAFF_PREFIX}{n:03d}" for n in range(1, 1000))
    free = (n for n in numbers if n not in taken)
    roster = []
    for name in CONSULTANTS:
        phone = mobile(rng)
        record = rotation.save_consultant(
            ConsultantDraft(name=name, staff_no=next(free), phone=phone), actor=admin,
            demo=True)
        roster.append(record.id)
    return roster


def register(desk: Desk, plan: Plan) -> None:
    record = desk.arrivals.register(PartyDraft(
        surname=plan.surname, honorific=plan.honorific, size=plan.size, kind=plan.kind,
        channel=plan.channel, phone=plan.phone, plate=plan.plate,
        description=plan.description, note=plan.note,
    ), demo=True, at=plan.arrive)
    plan.party_id = record.id


# -- the team's day ---------------------------------------------------------------------

def sign_in(desk: Desk, who: int) -> None:
    consultant = desk.roster[who]
    if not desk.rotation.state().on_duty(consultant):
        desk.rotation.sign_in(consultant, actor=DESK)


def leave(desk: Desk, absence: Absence) -> None:
    """Lunch or an errand, for whoever is free of the team: never the last free one.

    When nobody can be spared it waits until two are free (`pending_absences`).
    """
    state = desk.rotation.state()
    free = [c for c in state.available() if c in desk.roster]
    if len(free) < 2:
        if not absence.pending:
            absence.pending = True
            desk.pending.append(absence)
        return
    preferred = desk.roster[absence.prefer]
    who = preferred if preferred in free else free[-1]
    desk.rotation.set_status(who, absence.status, actor=DESK)
    absence.who = who
    if absence.pending:
        absence.pending = False
        desk.pending.remove(absence)


def pending_absences(desk: Desk, at: datetime) -> None:
    """A postponed lunch or errand starts as soon as two of the team are free."""
    for absence in list(desk.pending):
        if absence.may_start(at):
            leave(desk, absence)
        else:
            absence.pending = False
            desk.pending.remove(absence)


def come_back(desk: Desk, absence: Absence) -> None:
    if absence.who is None:
        return
    if desk.rotation.state().status.get(absence.who) is absence.status:
        desk.rotation.set_status(absence.who, DutyStatus.AVAILABLE, actor=DESK)


def sign_off(desk: Desk) -> None:
    state = desk.rotation.state()
    for consultant in list(state.order):
        if consultant in desk.roster and not state.receiving.get(consultant):
            desk.rotation.set_status(consultant, DutyStatus.OFF, actor=DESK)


def _call_someone(desk: Desk) -> None:
    """Nobody is free: call one back from a break or an errand, or sign one more in."""
    state = desk.rotation.state()
    away = [c for c in state.order if c in desk.roster
            and state.status.get(c) in (DutyStatus.BREAK, DutyStatus.OUT)]
    if away:
        desk.rotation.set_status(away[0], DutyStatus.AVAILABLE, actor=DESK)
        return
    missing = [c for c in desk.roster if not state.on_duty(c)]
    if missing:
        desk.rotation.sign_in(missing[0], actor=DESK)


# -- receiving a party --------------------------------------------------------------------

def receive(desk: Desk, plan: Plan) -> None:
    """The desk calls a consultant for the party, by the rotation's rules."""
    rotation, party = desk.rotation, party_id(plan)
    proposal = rotation.propose(plan.phone, party)
    if proposal.consultant_id is None:
        _call_someone(desk)
        proposal = rotation.propose(plan.phone, party)
    if proposal.owner_id is None and (plan.override or desk.override_pending) \
            and not desk.override_done:
        if _override(desk, party, proposal.consultant_id):
            return
        desk.override_pending = True
    if plan.miss_turn and proposal.mode in (AssignMode.TURN, AssignMode.FILL_IN) \
            and proposal.consultant_id in desk.roster:
        state = rotation.state()
        if state.on_deck() is not None:
            rotation.missed_turn(proposal.consultant_id, actor=DESK)
            proposal = rotation.propose(plan.phone, party)
    consultant = proposal.consultant_id
    if consultant is None:  # everyone is with a customer: the head of the queue doubles up
        consultant = rotation.state().order[0]
    if consultant not in desk.roster:
        # A real consultant is on duty too (the demo was forced onto real data): demo
        # customers stay with the demo team, by the manager's decision.
        state = rotation.state()
        ours = [c for c in state.available() if c in desk.roster] or \
            [c for c in state.order if c in desk.roster] or desk.roster[:1]
        rotation.assign(party, ours[0], manager=desk.actors["department_head"],
                        reason=OVERRIDE_REASON)
        return
    rotation.assign(party, consultant, actor=DESK)


def _override(desk: Desk, party: int, proposed: int | None) -> bool:
    """The customer asks for a consultant who is not up; the manager agrees."""
    if proposed is None:
        return False
    state = desk.rotation.state()
    others = [c for c in state.available() if c != proposed and c in desk.roster]
    if not others:
        # The consultant the customer asks for is not on the floor (a demo made in the
        # small hours has one on duty): the desk calls one in, as it would.
        _call_someone(desk)
        state = desk.rotation.state()
        others = [c for c in state.available() if c != proposed and c in desk.roster]
    if not others:
        return False
    desk.rotation.assign(party, others[-1], manager=desk.actors["department_head"],
                         reason=OVERRIDE_REASON)
    desk.override_pending = False
    desk.override_done = True
    return True

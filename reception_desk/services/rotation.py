"""Consultant rotation (轮接): roster, duty, proposals and assignments, the log.

Every queue change is one appended event, written in one transaction with
the change it belongs to (the party's consultant, its stage).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain.consultants import ConsultantDraft, ConsultantRecord, validate_consultant
from ..domain.edits import CONSULTANT_FIELDS
from ..domain.errors import (
    ConflictError,
    DomainError,
    FieldProblem,
    RotationMovedError,
    ValidationError,
)
from ..domain.events import PARTIES, ROTATION, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import PartyRecord
from ..domain.roles import Actor, Permission, require
from ..domain.rotation import (
    AssignMode,
    DutyStatus,
    EventKind,
    QueueState,
    RotationEvent,
    RotationRules,
    classify,
    replay,
)
from ..domain.site_settings import SiteSettings
from ..domain.stages import UNRECEIVED, Stage
from ..domain.text import check_text
from ..domain.timeutil import Clock, local_date, local_day_bounds, utc_now
from ..store.audit_repo import AuditRepository
from ..store.database import Database
from ..store.edits_repo import EditLog
from ..store.parties import PartyRepository, to_record, to_record_name
from ..store.rotation_repo import RotationRepository, consultant_record, to_event
from ..store.session import IntegrityError, Session
from .customer_hooks import call_owner
from .day_cache import DayCache, publish_written
from .rotation_log import WrittenQueue, record_event, rules_from, state_at, written_queue
from .site_settings import SettingsService

if TYPE_CHECKING:
    from ..store.models import Consultant, Party

MAX_REASON = 200


@dataclass(frozen=True)
class Proposal:
    """Who the rotation proposes for a party, and what choosing them means."""

    consultant_id: int | None
    mode: AssignMode
    owner_id: int | None


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: datetime
    kind: EventKind
    consultant_id: int
    consultant: str
    party_id: int | None
    party: str
    mode: AssignMode | None
    status: DutyStatus | None
    position_before: int | None
    position_after: int | None
    actor: str
    reason: str


@dataclass(frozen=True)
class ConsultantStats:
    consultant_id: int
    name: str
    valid: int
    invalid: int
    returning: int
    #: Mean minutes from assignment to departure over parties that left.
    average_minutes: float | None
    skipped: int
    missed: int
    overrides: int


class RotationService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 clock: Clock = utc_now, day: DayCache | None = None) -> None:
        self.db = db
        #: The board's day (`ArrivalService.day`): an assignment hands it the party.
        self.day = day
        self.bus = bus
        self.settings = settings
        self.clock = clock
        #: The last queue replayed: (day, rules, the log's signature, generation, queue).
        self._kept: tuple[date, RotationRules, tuple[object, ...], int, QueueState] | None = None
        #: Bumped by every event (here or from another PC): a kept queue of an older
        #: generation is replayed again even when the log's signature is unchanged.
        self._generation = 0
        #: The queue this process's own write left, for the event that announces it.
        self._handed: tuple[Event, WrittenQueue] | None = None
        bus.subscribe(self._forget_kept)

    # -- roster ----------------------------------------------------------------------
    def consultants(self, include_inactive: bool = False) -> list[ConsultantRecord]:
        with self.db.read() as session:
            return [consultant_record(c) for c in
                    RotationRepository(session).consultants(include_inactive)]

    def names(self) -> dict[int, str]:
        return {c.id: c.name for c in self.consultants(include_inactive=True)}

    def save_consultant(self, draft: ConsultantDraft, consultant_id: int | None = None,
                        *, actor: Actor, demo: bool = False,
                        version: int | None = None) -> ConsultantRecord:
        """Add or change a consultant on the roster (ROSTER_EDIT). `version` is the one
        the form read: a save over a newer version raises StaleEditError."""
        require(actor, Permission.ROSTER_EDIT)
        clean = validate_consultant(draft)
        try:
            with self.db.write() as session:
                repo = RotationRepository(session)
                same = repo.by_staff_no(clean.staff_no)
                if same is not None and same.id != consultant_id:
                    raise ValidationError([FieldProblem("staff_no", QT_TRANSLATE_NOOP(
                        "Messages", "Staff number {no} already belongs to {name}."),
                        {"no": clean.staff_no, "name": same.name})])
                if consultant_id is None:
                    row = repo.add_consultant(clean, at=self.clock(), demo=demo)
                else:
                    row = repo.require_consultant(consultant_id)
                    before = {name: getattr(row, name) for name in CONSULTANT_FIELDS}
                    row.name, row.staff_no, row.phone, row.active = (
                        clean.name, clean.staff_no, clean.phone, clean.active)
                    EditLog(session).save(
                        "consultants", row, version, before,
                        {name: getattr(row, name) for name in CONSULTANT_FIELDS},
                        CONSULTANT_FIELDS, actor.name, self.clock())
                self.db.record_change(session, ROTATION, (row.id,))
                record = consultant_record(row)
                AuditRepository(session).add(self.clock(), actor, "roster", record.name,
                                             "added" if consultant_id is None else "changed")
        except IntegrityError as exc:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Messages", "Staff number {no} was just added on another PC."),
                no=clean.staff_no) from exc
        self.bus.publish(Event(ROTATION, (record.id,)))
        return record

    # -- state -------------------------------------------------------------------------
    def state(self, moment: datetime | None = None) -> QueueState:
        """The queue of the local day of `moment` (default now), from that day's log.

        Every open view asks for it after each action, and a replay reads the whole
        day's log: the last queue is kept and given again while one query says the
        day's log is unchanged and no event has come in since."""
        settings = self.settings.current()
        zone = settings.zone()
        day = local_date(moment or self.clock(), zone)
        rules = rules_from(settings)
        start, end = local_day_bounds(day, zone)
        generation = self._generation
        with self.db.read() as session:
            repo = RotationRepository(session)
            signature = repo.signature_between(start, end)
            kept = self._kept
            if kept is not None and kept[:4] == (day, rules, signature, generation):
                return kept[4].copy()
            state = replay(repo.events_between(start, end), rules)
        if generation == self._generation:
            self._kept = (day, rules, signature, generation, state)
        return state.copy()

    def _forget_kept(self, event: Event) -> None:
        self._generation += 1
        handed, self._handed = self._handed, None
        if handed is not None and handed[0] is event:
            day, rules, signature, queue = handed[1]
            self._kept = (day, rules, signature, self._generation, queue)
        else:
            self._kept = None

    @contextmanager
    def _handing(self, event: Event, written: WrittenQueue | None) -> Iterator[None]:
        """While `event` is published, the queue the write left is kept for it: the
        views that reload on it are given that queue without replaying the day."""
        self._handed = (event, written) if written is not None else None
        try:
            yield
        finally:
            self._handed = None

    def log(self, date_from: date, date_to: date,
            consultant_id: int | None = None) -> list[LogEntry]:
        zone = self.settings.current().zone()
        start, _ = local_day_bounds(date_from, zone)
        _, end = local_day_bounds(date_to, zone)
        with self.db.read() as session:
            repo = RotationRepository(session)
            rows = repo.rows_between(start, end, consultant_id)
            names = {c.id: c.name for c in repo.consultants(include_inactive=True)}
            party_names: dict[int, str] = {}
            parties = PartyRepository(session)
            for row in rows:
                if row.party_id is not None and row.party_id not in party_names:
                    party = parties.get(row.party_id)
                    party_names[row.party_id] = to_record(party).name if party else ""
            return [LogEntry(
                id=r.id, at=r.at, kind=EventKind(r.kind), consultant_id=r.consultant_id,
                consultant=names.get(r.consultant_id, ""), party_id=r.party_id,
                party=party_names.get(r.party_id, "") if r.party_id else "",
                mode=AssignMode(r.mode) if r.mode else None,
                status=DutyStatus(r.status) if r.status else None,
                position_before=r.position_before, position_after=r.position_after,
                actor=r.actor, reason=r.reason) for r in rows]

    def stats(self, date_from: date, date_to: date) -> list[ConsultantStats]:
        """Receptions per consultant over local days date_from..date_to (inclusive)."""
        settings = self.settings.current()
        zone = settings.zone()
        rules = rules_from(settings)
        totals: dict[str, Counter[int]] = {k: Counter() for k in (
            "valid", "invalid", "returning", "skipped", "missed", "overrides")}
        durations: dict[int, list[float]] = {}
        with self.db.read() as session:
            repo = RotationRepository(session)
            names = {c.id: c.name for c in repo.consultants(include_inactive=True)}
            day = date_from
            while day <= date_to:
                start, end = local_day_bounds(day, zone)
                rows = repo.rows_between(start, end)
                state = replay([to_event(r) for r in rows], rules)
                for key in ("valid", "invalid", "returning", "skipped", "missed"):
                    totals[key].update(getattr(state, key))
                for row in rows:
                    if row.mode == AssignMode.OVERRIDE.value or row.kind == EventKind.MOVE.value:
                        totals["overrides"][row.consultant_id] += 1
                departures = PartyRepository(session).departures(state.assignments)
                for assignment in state.assignments.values():
                    departed = departures.get(assignment.party_id)
                    if departed is not None and not assignment.restored:
                        minutes = (departed - assignment.at).total_seconds() / 60
                        durations.setdefault(assignment.consultant_id, []).append(minutes)
                day += timedelta(days=1)
        seen = set(names) & (set().union(*totals.values()) | set(durations))
        result = [ConsultantStats(
            consultant_id=cid, name=names.get(cid, ""), valid=totals["valid"][cid],
            invalid=totals["invalid"][cid], returning=totals["returning"][cid],
            average_minutes=(sum(durations[cid]) / len(durations[cid])
                             if durations.get(cid) else None),
            skipped=totals["skipped"][cid], missed=totals["missed"][cid],
            overrides=totals["overrides"][cid]) for cid in seen]
        return sorted(result, key=lambda s: (-s.valid, s.name))

    # -- duty ----------------------------------------------------------------------------
    def _write(self, event: RotationEvent, audit: Actor | None = None) -> QueueState:
        settings = self.settings.current()
        with self.db.write() as session:
            consultant = RotationRepository(session).require_consultant(event.consultant_id)
            _, after = record_event(self.db, session, settings, event)
            if audit is not None:
                AuditRepository(session).add(
                    event.at, audit, "override", consultant.name,
                    f"move to {event.position}: {event.reason}")
            written = written_queue(session, settings, event.at, after)
        published = Event(ROTATION, (event.consultant_id,), data={"kind": event.kind})
        with self._handing(published, written):
            self.bus.publish(published)
        return after

    def sign_in(self, consultant_id: int, actor: str = "") -> QueueState:
        if self.state().on_duty(consultant_id):
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "Already signed in today."))
        return self._write(RotationEvent(EventKind.SIGN_IN, self.clock(), consultant_id,
                                          actor=actor))

    def set_status(self, consultant_id: int, status: DutyStatus, actor: str = "") -> QueueState:
        state = self.state()
        if not state.on_duty(consultant_id) and status is not DutyStatus.AVAILABLE:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Messages", "Sign the consultant in first."))
        if status is DutyStatus.RECEIVING:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Messages", "A consultant becomes “receiving” by taking a party."))
        return self._write(RotationEvent(EventKind.STATUS, self.clock(), consultant_id,
                                          status=status, actor=actor))

    def missed_turn(self, consultant_id: int, actor: str = "") -> QueueState:
        """过号: called but absent: loses the turn, goes to the back."""
        if not self.state().on_duty(consultant_id):
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "Sign the consultant in first."))
        return self._write(RotationEvent(EventKind.MISSED, self.clock(), consultant_id,
                                          actor=actor))

    def move(self, consultant_id: int, position: int, actor: Actor, reason: str) -> QueueState:
        """Manager override: put a consultant at a place in the queue (ROTATION_OVERRIDE)."""
        actor, reason = check_override(actor, reason)
        state = self.state()
        if not state.on_duty(consultant_id):
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "Sign the consultant in first."))
        if not 1 <= position <= len(state.order):
            raise DomainError(QT_TRANSLATE_NOOP(
                "Messages", "Choose a position between 1 and {max}."), max=len(state.order))
        return self._write(RotationEvent(EventKind.MOVE, self.clock(), consultant_id,
                                          position=position, actor=actor.name, reason=reason),
                           audit=actor)

    # -- parties -------------------------------------------------------------------------
    def owner_for(self, phone: str, before_party: int | None = None,
                  moment: datetime | None = None) -> int | None:
        """The customer's owner (归属): whoever the last visit within the window left."""
        if not phone:
            return None
        now = moment or self.clock()
        settings = self.settings.current()
        with self.db.read() as session:
            owner = RotationRepository(session).owner_since(
                phone, now - timedelta(days=settings.ownership_visit_days), before_party)
            if owner is None:
                # No visit owner: a hotline call may have made the customer someone's.
                owner = call_owner(session, phone, now, settings)
            return owner

    def propose(self, phone: str = "", party_id: int | None = None,
                state: QueueState | None = None) -> Proposal:
        """Who the rotation proposes; `state` is the queue the caller has just read (one
        read for the caller's check and the proposal), by default read here."""
        if state is None:
            state = self.state()
        owner = self.owner_for(phone, party_id) if phone else None
        if owner is not None:
            # classify(state, owner, owner) is always RETURNING: ask whether anyone
            # else would be a stand-in, i.e. whether the owner is away.
            if state.on_duty(owner) and state.status.get(owner) in (
                    DutyStatus.AVAILABLE, DutyStatus.RECEIVING):
                return Proposal(owner, AssignMode.RETURNING, owner)
            return Proposal(state.up(), AssignMode.STAND_IN, owner)
        up = state.up()
        if up is None:
            return Proposal(None, AssignMode.TURN, None)
        return Proposal(up, classify(state, up, None), None)

    def assign(self, party_id: int, consultant_id: int, *, manager: Actor | None = None,
               reason: str = "", actor: str = "", proposed: bool = False) -> PartyRecord:
        """Give a party to a consultant.

        An override (not the rotation's choice) needs `manager`, a person holding
        ROTATION_OVERRIDE who confirmed with their PIN, and a reason; it is audited.
        `actor` is the desk's free-text name for ordinary assignments.

        The rules are decided inside the write transaction, which holds the site's
        write lock on both engines. `proposed` says the desk chose the consultant as
        the rotation's choice: when another desk took that turn first, the choice has
        become an override and RotationMovedError names who got whom and who is up now.
        """
        now = self.clock()
        settings = self.settings.current()
        with self.db.write() as session:
            parties = PartyRepository(session)
            party = parties.require(party_id)
            after = assign_within(self.db, session, settings, party, consultant_id, now,
                                  manager=manager, reason=reason, actor=actor,
                                  proposed=proposed, announce=False)
            # One action, one event: the party, `also` the consultant's turn taken.
            also: dict[str, tuple[int, ...]] = {ROTATION: (consultant_id,)}
            self.db.record_change(session, PARTIES, (party.id,), {"kind": "assign"},
                                  also=also)
            record = to_record(party)
            written = written_queue(session, settings, now, after)
        published = Event(PARTIES, (party_id,), data={"kind": "assign"}, also=also)
        with self._handing(published, written):
            publish_written(self.bus, self.day, record, published)
        return record


def assign_within(db: Database, session: Session, settings: SiteSettings, party: Party,
                  consultant_id: int, now: datetime, *, manager: Actor | None = None,
                  reason: str = "", actor: str = "", proposed: bool = False,
                  announce: bool = True) -> QueueState:
    """Give `party` to a consultant inside the caller's write transaction (see
    `RotationService.assign` for the rules); nothing is written when a rule refuses.
    With `announce` False the rotation's change row is left to the caller's one.
    Returns the queue the assignment left."""
    if party.stage == Stage.DEPARTED.value:
        raise DomainError(QT_TRANSLATE_NOOP("Messages", "The party has already left."))
    rotation = RotationRepository(session)
    consultant = rotation.require_consultant(consultant_id, active=True)
    state = state_at(session, settings, now)
    owner = None
    if party.phone:
        owner = rotation.owner_since(
            party.phone, now - timedelta(days=settings.ownership_visit_days), party.id)
        if owner is None:  # as `owner_for` proposes: a hotline call's owner
            owner = call_owner(session, party.phone, now, settings)
    mode = classify(state, consultant_id, owner)
    confirmed: Actor | None = None
    if mode is AssignMode.OVERRIDE and proposed and manager is None:
        raise _moved(session, state, consultant, party, owner)
    if mode is AssignMode.OVERRIDE:
        confirmed, reason = check_override(manager, reason)
        AuditRepository(session).add(now, confirmed, "override", consultant.name,
                                     f"party {party.id}: {reason}")
    elif not state.on_duty(consultant_id):
        raise DomainError(QT_TRANSLATE_NOOP("Messages", "Sign the consultant in first."))
    _, after = record_event(db, session, settings, RotationEvent(
        EventKind.ASSIGN, now, consultant_id, party_id=party.id, mode=mode,
        actor=confirmed.name if confirmed else actor, reason=reason), announce=announce,
        before=state)
    _give_party(session, party, consultant, owner, mode, now)
    return after


def _moved(session: Session, state: QueueState, consultant: Consultant, party: Party,
           owner: int | None) -> RotationMovedError:
    """The refusal a desk gets when another desk took its proposed consultant first."""
    names = {c.id: c.name for c in RotationRepository(session).consultants(True)}
    if owner is not None and state.on_duty(owner) and state.status.get(owner) in (
            DutyStatus.AVAILABLE, DutyStatus.RECEIVING):
        next_up: int | None = owner
    else:
        next_up = state.up()
    next_name = names.get(next_up, "") if next_up is not None else ""
    latest = max((a for a in state.assignments.values()
                  if a.consultant_id == consultant.id and a.party_id != party.id),
                 key=lambda a: a.at, default=None)
    given = PartyRepository(session).get(latest.party_id) if latest is not None else None
    if given is not None:
        if next_up is None:
            return RotationMovedError(QT_TRANSLATE_NOOP(
                "Messages", "{consultant} was just given {party} at another desk; nobody else "
                "is free now."), None, consultant=consultant.name, party=to_record_name(given))
        return RotationMovedError(QT_TRANSLATE_NOOP(
            "Messages", "{consultant} was just given {party} at another desk; next up: {next}."),
            next_up, consultant=consultant.name, party=to_record_name(given), next=next_name)
    if next_up is None:
        return RotationMovedError(QT_TRANSLATE_NOOP(
            "Messages", "The rotation changed at another desk: {consultant} is no longer up, "
            "and nobody else is free now."), None, consultant=consultant.name)
    return RotationMovedError(QT_TRANSLATE_NOOP(
        "Messages", "The rotation changed at another desk: {consultant} is no longer up; "
        "next up: {next}."), next_up, consultant=consultant.name, next=next_name)


def _give_party(session: Session, party: Party, consultant: Consultant, owner: int | None,
                mode: AssignMode, now: datetime) -> None:
    party.consultant_id = consultant.id
    party.consultant = consultant.name
    party.owner_id = owner if mode is AssignMode.STAND_IN and owner else consultant.id
    if Stage(party.stage) in UNRECEIVED:
        PartyRepository(session).add_move(party, Stage.RECEIVED, now)
        party.stage = Stage.RECEIVED.value
        party.stage_at = now
    party.updated_at = now


def check_reason(reason: str) -> str:
    """An override's reason: required, at most MAX_REASON characters."""
    problems: list[FieldProblem] = []
    reason = check_text(problems, "reason", reason, MAX_REASON)
    if not problems and not reason:
        problems.append(FieldProblem("reason", QT_TRANSLATE_NOOP(
            "Messages", "Give the reason for the override.")))
    if problems:
        raise ValidationError(problems)
    return reason


def check_override(manager: Actor | None, reason: str) -> tuple[Actor, str]:
    """A manager's confirmation: a person holding ROTATION_OVERRIDE and a reason."""
    return require(manager, Permission.ROTATION_OVERRIDE), check_reason(reason)


__all__ = ["LogEntry", "Proposal", "RotationService", "assign_within",
           "check_override", "check_reason"]

"""The arrival board's actions: register, move through stages, seat, mark invalid."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..domain.customer_records import Consent, check_consent_has_phone
from ..domain.edits import PARTY_FIELDS
from ..domain.errors import ConflictError, DomainError
from ..domain.events import BAR, CUSTOMERS, PARTIES, ROTATION, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.party import (
    MAX_CONSULTANT,
    MAX_TEXT,
    InvalidReason,
    PartyDraft,
    validate_party,
)
from ..domain.phone import normalise_phone
from ..domain.records import DayCounts, PartyRecord, PriorVisit
from ..domain.roles import Actor
from ..domain.rotation import (
    INVALID_RECEPTION,
    INVALID_TOO_LATE,
    EventKind,
    RotationEvent,
    restore_allowed,
)
from ..domain.site_settings import SiteSettings
from ..domain.stages import Stage, check_move, next_stage
from ..domain.text import checked_text
from ..domain.timeutil import Clock, local_date, local_day_bounds, utc_now
from ..store.database import Database
from ..store.edits_repo import EditLog
from ..store.parties import PartyRepository, to_record
from ..store.session import IntegrityError, Session
from .bar_hooks import close_for_departure
from .customer_hooks import link_party, visit_ended
from .day_cache import DayCache, publish_written
from .rotation import assign_within
from .rotation_log import record_event, rules_from, state_at
from .site_settings import SettingsService

if TYPE_CHECKING:
    from ..store.models import Party


def _check_consent(clean: PartyDraft, consent: Consent) -> PartyDraft:
    """Consent belongs to the customer, found by phone: an answer needs the phone."""
    check_consent_has_phone(consent, clean.phone)
    return clean


def _with_customer(also: dict[str, tuple[int, ...]] | None,
                   customer_id: int | None) -> dict[str, tuple[int, ...]]:
    """The other topics of an arrival's one event: `also`, and the linked customer."""
    touched = dict(also or {})
    if customer_id is not None:
        touched[CUSTOMERS] = (customer_id,)
    return touched


class ArrivalService:
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        settings: SettingsService,
        clock: Clock = utc_now,
    ) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.clock = clock
        # Subscribed before any view: the day knows what changed before they ask.
        self.day = DayCache()
        bus.subscribe(self.day.on_event)

    # -- helpers -------------------------------------------------------------
    def today(self) -> date:
        return local_date(self.clock(), self.settings.current().zone())

    def _load(self, repo: PartyRepository, party_id: int) -> Party:
        return repo.require(party_id, for_update=not self.db.is_sqlite)

    def _publish(self, record: PartyRecord, event: Event) -> None:
        """The action's one event; the day takes `record` (built in the committed write)
        instead of reading the party again."""
        publish_written(self.bus, self.day, record, event)

    # -- queries ---------------------------------------------------------------
    def get(self, party_id: int) -> PartyRecord:
        with self.db.read() as session:
            return to_record(PartyRepository(session).require(party_id))

    def list_day(self, day: date) -> list[PartyRecord]:
        """The parties that arrived on a local day; for today also anyone still inside.

        Read whole once, then kept current from the events (services/day_cache.py)."""
        start, end = local_day_bounds(day, self.settings.current().zone())
        is_today = day == self.today()

        def read_day() -> list[PartyRecord]:
            with self.db.read() as session:
                repo = PartyRepository(session)
                parties = repo.between(start, end)
                if is_today:
                    parties = repo.still_inside_before(start) + parties
                return [to_record(p) for p in parties]

        return self.day.parties(day, is_today, start, end, read_day, self.records)

    def records(self, party_ids: Collection[int]) -> dict[int, PartyRecord]:
        """The parties with these ids, by id (an erased one is missing)."""
        with self.db.read() as session:
            repo = PartyRepository(session)
            found = (repo.get(party_id) for party_id in sorted(set(party_ids)))
            return {p.id: to_record(p) for p in found if p is not None}

    def search(self, text: str, limit: int = 200) -> list[PartyRecord]:
        """Parties of any day by any part of the surname, plate or phone; newest first."""
        text = text.strip()
        if not text:
            return []
        with self.db.read() as session:
            return PartyRepository(session).search(text, limit)

    def prior_visits(self, phone: str) -> list[PriorVisit]:
        normal = normalise_phone(phone)
        if normal is None:
            return []
        with self.db.read() as session:
            return PartyRepository(session).earlier_with_phone(normal)

    def is_empty(self) -> bool:
        """No party was ever registered (a first start)."""
        with self.db.read() as session:
            return PartyRepository(session).count_all() == 0

    def occupied_places(self) -> dict[str, int]:
        with self.db.read() as session:
            return PartyRepository(session).occupied_places()

    def free_places(self) -> list[str]:
        taken = self.occupied_places()
        return [p for p in self.settings.current().places if p not in taken]

    def counts(self, day: date) -> DayCounts:
        records = self.list_day(day)
        today_only = [r for r in records if local_date(
            r.arrived_at, self.settings.current().zone()) == day]
        inside = [r for r in records if not r.departed]
        return DayCounts(
            parties=len(today_only),
            people=sum(r.size for r in today_only),
            in_building_parties=len(inside),
            in_building_people=sum(r.size for r in inside),
        )

    # -- actions ---------------------------------------------------------------
    def register(self, draft: PartyDraft, *, demo: bool = False,
                 at: datetime | None = None,
                 within: Callable[[Session, Party], None] | None = None,
                 consent: Consent = Consent.UNKNOWN, actor: str = "",
                 also: dict[str, tuple[int, ...]] | None = None) -> PartyRecord:
        """Register an arriving party; `within` runs in the same transaction (a check-in)
        and `also` names what else it changes, for the one event (PARTIES "registered").
        `consent` is the customer's answer to "may we contact you?", recorded by `actor`."""
        return self._register(draft, demo=demo, at=at, within=within, consent=consent,
                              actor=actor, also=also)

    def register_and_assign(self, draft: PartyDraft, consultant_id: int, *,
                            manager: Actor | None = None, reason: str = "",
                            proposed: bool = False, consent: Consent = Consent.UNKNOWN,
                            actor: str = "") -> PartyRecord:
        """Register an arriving party and give it to a consultant: one key press, one
        transaction, one event (PARTIES "registered", `also` the ROTATION).

        The assignment follows `RotationService.assign`'s rules, decided under the same
        write lock: an override needs `manager` and `reason`; with `proposed`, a turn
        another desk took first raises RotationMovedError. Whatever refuses the
        assignment leaves nothing registered."""

        def give(session: Session, party: Party) -> None:
            assign_within(self.db, session, self.settings.current(), party, consultant_id,
                          party.arrived_at, manager=manager, reason=reason, actor=actor,
                          proposed=proposed, announce=False)

        return self._register(draft, within=give, consent=consent, actor=actor,
                              also={ROTATION: (consultant_id,)})

    def _register(self, draft: PartyDraft, *, demo: bool = False, at: datetime | None = None,
                  within: Callable[[Session, Party], None] | None = None,
                  consent: Consent = Consent.UNKNOWN, actor: str = "",
                  also: dict[str, tuple[int, ...]] | None = None) -> PartyRecord:
        clean = _check_consent(validate_party(draft, self.settings.current().channels), consent)
        now = at or self.clock()
        with self.db.write() as session:
            repo = PartyRepository(session)
            prior = repo.earlier_with_phone(clean.phone) if clean.phone else []
            # The customer stays with the consultant of the latest visit that named one.
            owner = next((visit.consultant for visit in prior if visit.consultant), "")
            party = repo.add(clean, at=now, consultant=clean.consultant or owner,
                             previous_party_id=prior[0].party_id if prior else None,
                             demo=demo)
            link_party(session, party, now, consent=consent, actor=actor)
            if within is not None:
                within(session, party)
            # The customer the visit ended up with (a check-in may link the appointment's).
            touched = _with_customer(also, party.customer_id)
            self.db.record_change(session, PARTIES, (party.id,), {"kind": "registered"},
                                  also=touched)
            record = to_record(party)
        self._publish(record, Event(PARTIES, (record.id,), data={"kind": "registered"},
                                    also=touched))
        return record

    def edit(self, party_id: int, draft: PartyDraft, *, version: int | None = None,
             actor: str = "", consent: Consent = Consent.UNKNOWN) -> PartyRecord:
        """Save the entry form over a party. `version` is the one the form read: a save
        over a newer version raises StaleEditError naming who changed what and when."""
        clean = _check_consent(validate_party(draft, self.settings.current().channels), consent)
        now = self.clock()
        with self.db.write() as session:
            repo = PartyRepository(session)
            party = self._load(repo, party_id)
            before = {name: getattr(party, name) for name in PARTY_FIELDS}
            if clean.phone and clean.phone != party.phone:
                prior = repo.earlier_with_phone(clean.phone, before_id=party.id)
                party.is_returning = bool(prior)
                party.previous_party_id = prior[0].party_id if prior else None
            for name in ("surname", "size", "channel", "phone", "plate",
                         "description", "note", "consultant"):
                setattr(party, name, getattr(clean, name))
            party.honorific = clean.honorific.value
            party.kind = clean.kind.value
            party.updated_at = now
            EditLog(session).save("parties", party, version, before,
                                  {name: getattr(party, name) for name in PARTY_FIELDS},
                                  PARTY_FIELDS, actor, now)
            touched = _with_customer(None, link_party(session, party, now, consent=consent,
                                                      actor=actor))
            self.db.record_change(session, PARTIES, (party.id,), also=touched)
            record = to_record(party)
        self._publish(record, Event(PARTIES, (party_id,), also=touched))
        return record

    def advance(self, party_id: int, place: str | None = None) -> PartyRecord:
        """Move one stage on (the Space key) from the stage the party is at inside the
        move's own write: one read of the party, and the step is from what is committed
        then, even when another PC moved it a moment before. Seating needs a place."""
        return self._move(party_id, None, place)

    def move(self, party_id: int, target: Stage, place: str | None = None) -> PartyRecord:
        return self._move(party_id, target, place)

    @staticmethod
    def _check_place(target: Stage, place: str | None, settings: SiteSettings) -> None:
        if target is Stage.SEATED:
            if not place:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "Choose where the party sits."))
            if place not in settings.places:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "“{place}” is not one of the site's places."), place=place)

    def _move(self, party_id: int, to: Stage | None, place: str | None) -> PartyRecord:
        """Move to stage `to`; None: the next one after the stage read in the write."""
        settings = self.settings.current()
        now = self.clock()
        if to is not None:
            self._check_place(to, place, settings)
        # One action, one event: the party, `also` the bar, customer and rotation a
        # departure changes.
        also: dict[str, tuple[int, ...]] = {}
        try:
            with self.db.write() as session:
                repo = PartyRepository(session)
                party = repo.read_for_move(party_id, for_update=not self.db.is_sqlite)
                if to is None:
                    target = next_stage(party.stage)
                    self._check_place(target, place, settings)
                else:
                    target = to
                check_move(party.stage, target)
                new_place = place if target is Stage.SEATED else None
                if new_place is not None:
                    holder = repo.who_sits(new_place)
                    if holder is not None and holder[0] != party_id:
                        raise ConflictError(QT_TRANSLATE_NOOP(
                            "Messages", "{place} is taken by {name}."),
                            place=new_place, name=holder[1])
                was_departed = party.departed_at is not None
                record = repo.write_move(party, target, now, new_place)
                if target is Stage.DEPARTED and not was_departed:
                    if close_for_departure(session, party_id, record.last_place, now):
                        also[BAR] = (party_id,)
                    if party.customer_id is not None:
                        customer_id = visit_ended(session, party.customer_id, now, settings)
                        if customer_id is not None:
                            also[CUSTOMERS] = (customer_id,)
                    if party.consultant_id:
                        record_event(self.db, session, settings, RotationEvent(
                            EventKind.RELEASE, now, party.consultant_id, party_id=party_id),
                            announce=False)
                        also[ROTATION] = (party.consultant_id,)
                self.db.record_change(session, PARTIES, (party_id,), also=also)
        except IntegrityError as exc:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Messages", "{place} was just taken on another PC; choose another place."),
                place=place or "") from exc
        self._publish(record, Event(PARTIES, (party_id,), also=also))
        return record

    def undo_last_move(self, party_id: int) -> PartyRecord:
        also: dict[str, tuple[int, ...]] = {}
        try:
            record = self._undo(party_id, self.clock(), also)
        except IntegrityError as exc:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Messages", "The place was just taken on another PC; the move was not undone."
            )) from exc
        self._publish(record, Event(PARTIES, (party_id,), also=also))
        return record

    def _undo(self, party_id: int, now: datetime,
              also: dict[str, tuple[int, ...]]) -> PartyRecord:
        """Undo inside one transaction; `also` receives the other topics it changed."""
        with self.db.write() as session:
            repo = PartyRepository(session)
            party = self._load(repo, party_id)
            last = repo.last_effective_move(party.id)
            if last is None or last.from_stage is None:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "There is no move to undo for this party."))
            if last.from_place:
                holder = repo.who_sits(last.from_place)
                if holder is not None and holder[0] != party.id:
                    raise ConflictError(QT_TRANSLATE_NOOP(
                        "Messages", "Cannot undo: {place} is now taken by {name}."),
                        place=last.from_place, name=holder[1])
            repo.undo_move(last, now)
            previous = repo.last_effective_move(party.id)
            party.stage = last.from_stage
            party.stage_at = previous.at if previous is not None else party.arrived_at
            party.place = last.from_place
            if last.from_place:
                party.last_place = last.from_place
            if party.departed_at is not None and party.consultant_id:
                record_event(self.db, session, self.settings.current(), RotationEvent(
                    EventKind.RESUME, now, party.consultant_id, party_id=party.id),
                    announce=False)
                also[ROTATION] = (party.consultant_id,)
            party.departed_at = None
            party.updated_at = now
            self.db.record_change(session, PARTIES, (party.id,), also=also)
            return to_record(party)

    def mark_invalid(self, party_id: int, reason: InvalidReason | None,
                     note: str = "") -> PartyRecord:
        """Mark (or with reason None, clear) an invalid reception (无效接待)."""
        note = checked_text("note", note, MAX_TEXT)
        if reason is InvalidReason.OTHER and not note:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Messages", "Say what the visit was, since the reason is “Other”."))
        now = self.clock()
        with self.db.write() as session:
            party = self._load(PartyRepository(session), party_id)
            newly_invalid = reason is not None and party.invalid_reason is None
            party.invalid_reason = reason.value if reason else None
            party.invalid_note = note if reason else ""
            party.updated_at = now
            also: dict[str, tuple[int, ...]] = {}
            if newly_invalid and party.consultant_id and self._give_turn_back(
                    session, party.id, party.consultant_id, now):
                also[ROTATION] = (party.consultant_id,)
            self.db.record_change(session, PARTIES, (party.id,), also=also)
            record = to_record(party)
        self._publish(record, Event(PARTIES, (party_id,), also=also))
        return record

    def _give_turn_back(self, session: Session, party_id: int, consultant_id: int,
                        now: datetime) -> bool:
        """补轮: an invalid reception marked in time gives the consultant's turn back.

        Marked after the window, it is still written to the rotation log (no restore),
        so a dispute about it can be settled from the log. Returns whether the log got
        an entry (the caller's one change then names ROTATION).
        """
        settings = self.settings.current()
        assignment = state_at(session, settings, now).assignments.get(party_id)
        if assignment is None or assignment.restored or assignment.invalid_late:
            return False
        if restore_allowed(assignment, now, rules_from(settings)):
            record_event(self.db, session, settings, RotationEvent(
                EventKind.RESTORE, now, consultant_id, party_id=party_id,
                reason=INVALID_RECEPTION), announce=False)
        else:
            record_event(self.db, session, settings, RotationEvent(
                EventKind.INVALID_LATE, now, consultant_id, party_id=party_id,
                reason=INVALID_TOO_LATE), announce=False)
        return True

    def set_consultant(self, party_id: int, consultant: str) -> PartyRecord:
        consultant = checked_text("consultant", consultant, MAX_CONSULTANT)
        return self._save_consultant(party_id, consultant)

    def _save_consultant(self, party_id: int, consultant: str) -> PartyRecord:
        now = self.clock()
        with self.db.write() as session:
            party = self._load(PartyRepository(session), party_id)
            party.consultant = consultant
            party.updated_at = now
            self.db.record_change(session, PARTIES, (party.id,))
            record = to_record(party)
        self._publish(record, Event(PARTIES, (party_id,)))
        return record

    def consultants_seen(self, limit: int = 50) -> list[str]:
        """Names typed before, for the consultant field's completion."""
        with self.db.read() as session:
            return PartyRepository(session).consultants_seen(limit)

"""Repository for consultants and the append-only rotation log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.consultants import ConsultantDraft, ConsultantRecord
from ..domain.errors import CONSULTANT_GONE, NotFoundError
from ..domain.rotation import AssignMode, DutyStatus, EventKind, RotationEvent
from .models import Consultant, Party, RotationEntry


def consultant_record(row: Consultant) -> ConsultantRecord:
    return ConsultantRecord(row.id, row.name, row.staff_no, row.phone, row.active,
                            row.version or 1)


def to_event(row: RotationEntry) -> RotationEvent:
    return RotationEvent(
        kind=EventKind(row.kind), at=row.at, consultant_id=row.consultant_id,
        party_id=row.party_id, mode=AssignMode(row.mode) if row.mode else None,
        status=DutyStatus(row.status) if row.status else None, position=row.position,
        actor=row.actor, reason=row.reason)


class RotationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- roster --------------------------------------------------------------------
    def consultants(self, include_inactive: bool = False) -> list[Consultant]:
        stmt = select(Consultant).order_by(Consultant.staff_no)
        if not include_inactive:
            stmt = stmt.where(Consultant.active.is_(True))
        return list(self.session.scalars(stmt))

    def consultant(self, consultant_id: int) -> Consultant | None:
        return self.session.get(Consultant, consultant_id)

    def require_consultant(self, consultant_id: int, *, active: bool = False) -> Consultant:
        """The consultant, or NotFoundError with the one message when they left the
        roster (with `active`, also when they were made inactive)."""
        row = self.consultant(consultant_id)
        if row is None or (active and not row.active):
            raise NotFoundError(CONSULTANT_GONE)
        return row

    def by_staff_no(self, staff_no: str) -> Consultant | None:
        return self.session.scalars(
            select(Consultant).where(Consultant.staff_no == staff_no)).first()

    def by_name(self, name: str) -> Consultant | None:
        return self.session.scalars(
            select(Consultant).where(Consultant.name == name, Consultant.active.is_(True))
        ).first()

    def add_consultant(self, clean: ConsultantDraft, *, at: datetime,
                       demo: bool = False) -> Consultant:
        """A new consultant on the roster (the draft as `validate_consultant` cleaned it)."""
        row = Consultant(name=clean.name, staff_no=clean.staff_no, phone=clean.phone,
                         active=clean.active, demo=demo, created_at=at)
        self.session.add(row)
        self.session.flush()
        return row

    # -- log -----------------------------------------------------------------------------
    def rows_between(self, start: datetime, end: datetime,
                     consultant_id: int | None = None) -> list[RotationEntry]:
        stmt = (select(RotationEntry)
                .where(RotationEntry.at >= start, RotationEntry.at < end)
                .order_by(RotationEntry.at, RotationEntry.id))
        if consultant_id is not None:
            stmt = stmt.where(RotationEntry.consultant_id == consultant_id)
        return list(self.session.scalars(stmt))

    def signature_between(self, start: datetime, end: datetime) -> tuple[object, ...]:
        """What changes whenever the log between `start` and `end` gains or loses a row:
        the count, the highest and summed ids and the latest time (one indexed query)."""
        row = self.session.execute(
            select(func.count(RotationEntry.id), func.max(RotationEntry.id),
                   func.sum(RotationEntry.id), func.max(RotationEntry.at))
            .where(RotationEntry.at >= start, RotationEntry.at < end)).one()
        return tuple(row)

    def events_between(self, start: datetime, end: datetime) -> list[RotationEvent]:
        return [to_event(r) for r in self.rows_between(start, end)]

    def append(self, event: RotationEvent, *, position_before: int | None,
               position_after: int | None) -> RotationEntry:
        """Log the event with the consultant's queue position before and after it."""
        row = RotationEntry(
            at=event.at, kind=event.kind.value, consultant_id=event.consultant_id,
            party_id=event.party_id, mode=event.mode.value if event.mode else None,
            status=event.status.value if event.status else None, position=event.position,
            position_before=position_before, position_after=position_after,
            actor=event.actor, reason=event.reason)
        self.session.add(row)
        self.session.flush()
        return row

    # -- ownership ---------------------------------------------------------------------
    def owner_since(self, phone: str, since: datetime, exclude_party: int | None) -> int | None:
        """The owner recorded on the latest visit with this phone since `since`."""
        stmt = (select(Party.owner_id)
                .where(Party.phone == phone, Party.arrived_at >= since,
                       Party.owner_id.is_not(None))
                .order_by(Party.arrived_at.desc(), Party.id.desc()).limit(1))
        if exclude_party is not None:
            stmt = stmt.where(Party.id != exclude_party)
        return self.session.scalar(stmt)

"""Writing one rotation event inside a caller's transaction.

Shared by the rotation service and the arrival board (a departure releases
the consultant, an invalid reception may give the turn back), so each such
action stays one transaction.
"""

from __future__ import annotations

from datetime import date, datetime

from ..domain.events import ROTATION
from ..domain.rotation import QueueState, RotationEvent, RotationRules, apply, replay
from ..domain.site_settings import SiteSettings
from ..domain.timeutil import local_date, local_day_bounds
from ..store.database import Database
from ..store.rotation_repo import RotationRepository
from ..store.session import Session


def rules_from(settings: SiteSettings) -> RotationRules:
    return RotationRules(fill_in_keeps_place=settings.fill_in_keeps_place,
                         invalid_restore_minutes=settings.invalid_restore_minutes)


def state_at(session: Session, settings: SiteSettings, moment: datetime) -> QueueState:
    """The queue of the local day of `moment`, from that day's events."""
    zone = settings.zone()
    start, end = local_day_bounds(local_date(moment, zone), zone)
    events = RotationRepository(session).events_between(start, end)
    return replay(events, rules_from(settings))


#: A queue as a write left it: (local day, rules, the day's log signature, queue).
WrittenQueue = tuple[date, RotationRules, tuple[object, ...], QueueState]


def written_queue(session: Session, settings: SiteSettings, at: datetime,
                  after: QueueState) -> WrittenQueue | None:
    """The queue an event at `at` left, with the log's signature read in the same write
    (the event's row flushed), for the service to keep instead of replaying the day
    again. None when another row of the day is timed after it (another PC's clock
    ahead): a replay orders by time and may then give another queue, so it replays."""
    zone = settings.zone()
    day = local_date(at, zone)
    start, end = local_day_bounds(day, zone)
    session.flush()
    signature = RotationRepository(session).signature_between(start, end)
    if signature[3] != at:
        return None
    return day, rules_from(settings), signature, after.copy()


def record_event(db: Database, session: Session, settings: SiteSettings,
                 event: RotationEvent, *, announce: bool = True,
                 before: QueueState | None = None) -> tuple[QueueState, QueueState]:
    """Append the event with the consultant's position before and after it. With
    `announce` False the caller's own change row names the rotation (`also`).
    `before` is the queue the caller read at `event.at` in this same transaction."""
    if before is None:
        before = state_at(session, settings, event.at)
    after = apply(before, event, rules_from(settings))
    RotationRepository(session).append(
        event, position_before=before.position(event.consultant_id),
        position_after=after.position(event.consultant_id))
    if announce:
        db.record_change(session, ROTATION, (event.consultant_id,), {"kind": event.kind.value})
    return before, after

"""What the lobby wall display shows, read from the services as one plain snapshot.

Only what may hang on a wall in the sales hall: the consultants' names (staff)
in turn order, and today's expected parties as surname + honorific (or
surname*) and time. A customer's full name, phone, plate, channel or agency
never enters the snapshot, so no widget can show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ...domain.customer_records import AppointmentRecord
from ...domain.public_names import public_name
from ...domain.rotation import DutyStatus, QueueState
from ...domain.timeutil import local_date
from ...services.context import Services
from ..text import duty_label, party_name


@dataclass(frozen=True)
class QueueLine:
    """A consultant on duty after the up and on-deck ones."""

    name: str
    status: DutyStatus
    #: The turn after on deck (3, 4, ...) for an available consultant, else None.
    turn: int | None


@dataclass(frozen=True)
class ExpectedLine:
    """An expected party: local time (None when only the day is known) and public name."""

    at: datetime | None
    name: str


@dataclass(frozen=True)
class LobbySnapshot:
    site: str
    day: date
    zone: ZoneInfo
    up: str | None
    on_deck: str | None
    queue: tuple[QueueLine, ...]
    expected: tuple[ExpectedLine, ...]
    on_duty: int


def queue_lines(state: QueueState, names: dict[int, str]) -> tuple[QueueLine, ...]:
    """Available consultants after on deck, numbered; then the busy or away ones."""
    up, deck = state.up(), state.on_deck()
    waiting: list[QueueLine] = []
    away: list[QueueLine] = []
    for cid in state.order:
        if cid in (up, deck):
            continue
        status = state.status.get(cid, DutyStatus.AVAILABLE)
        name = names.get(cid, f"#{cid}")
        if status is DutyStatus.AVAILABLE:
            waiting.append(QueueLine(name, status, len(waiting) + 3))
        else:
            away.append(QueueLine(name, status, None))
    return tuple(waiting + away)


def shown_name(record: AppointmentRecord) -> str:
    """王先生 / Mr Wang with an honorific, 王* without; "*" when no surname is known."""
    reduced = public_name(record.name, record.honorific)
    if reduced.surname and reduced.honorific is not None:
        return party_name(reduced.surname, reduced.honorific)
    return f"{reduced.surname}*"


def expected_lines(records: list[AppointmentRecord], zone: ZoneInfo) -> tuple[ExpectedLine, ...]:
    """Still expected today, by time; those without a time last. A customer registered
    twice (two agencies' pre-registrations, a conflict for the manager) is one party on
    the wall, at the earlier time."""
    ordered = sorted(records, key=lambda r: (r.expected_at is None,
                                             r.expected_at.timestamp() if r.expected_at else 0.0))
    lines: list[ExpectedLine] = []
    phones: set[str] = set()
    for record in ordered:
        if record.phone:
            if record.phone in phones:
                continue
            phones.add(record.phone)
        lines.append(ExpectedLine(record.expected_at.astimezone(zone)
                                  if record.expected_at else None, shown_name(record)))
    return tuple(lines)


def read_snapshot(services: Services) -> LobbySnapshot:
    settings = services.settings.current()
    zone = settings.zone()
    day = local_date(services.clock(), zone)
    state = services.rotation.state()
    names = services.rotation.names()

    def name_of(cid: int | None) -> str | None:
        return None if cid is None else names.get(cid, f"#{cid}")

    return LobbySnapshot(
        site=settings.site_name, day=day, zone=zone, up=name_of(state.up()),
        on_deck=name_of(state.on_deck()), queue=queue_lines(state, names),
        expected=expected_lines(services.appointments.for_day(day), zone),
        on_duty=len(state.order))


def status_text(line: QueueLine) -> str:
    return duty_label(line.status)


__all__ = ["ExpectedLine", "LobbySnapshot", "QueueLine", "expected_lines", "queue_lines",
           "read_snapshot", "shown_name", "status_text"]

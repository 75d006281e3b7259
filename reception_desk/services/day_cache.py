"""The board's day of parties, read once and kept current from the events.

After every action each open view asks for the day's parties again: the board, the
status bar's counts, the bar window's list of seated guests. On years of history
reading the whole day for each of them costs tens of milliseconds a key press. The
day is read once instead; after an action only the parties it names are read again,
since one action is one event naming every party it changed
(`Event.ids_of(PARTIES)`). An event that names none, a settings change and an
EVERYTHING event (another PC we cannot follow, a reconnect, demo data) drop the day,
and the next question reads it whole.

A service that built a party's record inside its own write hands it over once
committed (`hand_over`, then its event): that party is not read again. Only the
next event of this process naming it takes the record; any other event naming it
(another PC's, or a later one without a record handed over) marks it to be read.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from threading import RLock

from ..domain.events import EVERYTHING, PARTIES, SETTINGS, Event, EventBus
from ..domain.records import PartyRecord
from ..domain.timeutil import as_utc

#: Reads the whole day's parties.
DayReader = Callable[[], list[PartyRecord]]
#: Reads some parties by id: those missing were erased.
IdsReader = Callable[[Collection[int]], dict[int, PartyRecord]]


@dataclass
class _Day:
    key: tuple[date, bool]
    start: datetime
    end: datetime
    records: dict[int, PartyRecord] = field(default_factory=dict)

    def belongs(self, record: PartyRecord) -> bool:
        """On the day's board: arrived that day, or (today) still inside from before."""
        arrived = as_utc(record.arrived_at)
        if self.start <= arrived < self.end:
            return True
        return self.key[1] and arrived < self.start and record.departed_at is None


class DayCache:
    """One day's parties (a single slot: the day the board shows, usually today)."""

    def __init__(self) -> None:
        self._lock = RLock()
        self._day: _Day | None = None
        self._stale: set[int] = set()
        #: Records handed over by the action about to publish its event.
        self._handed: dict[int, PartyRecord] = {}
        #: Records an event took from `_handed`: the day takes them without a read.
        self._fresh: dict[int, PartyRecord] = {}

    def hand_over(self, record: PartyRecord) -> None:
        """The party as this process's action left it, committed: the event that follows
        for it takes this instead of reading the party again."""
        with self._lock:
            self._handed[record.id] = record

    def take_back(self, party_id: int) -> None:
        """Drop a record handed over that no event took (its publishing failed)."""
        with self._lock:
            self._handed.pop(party_id, None)

    def on_event(self, event: Event) -> None:
        """Mark what an action changed; nothing is read here (the publisher waits)."""
        if event.concerns(SETTINGS, EVERYTHING):
            self.clear()
            return
        if not event.concerns(PARTIES):
            return
        ids = event.ids_of(PARTIES)
        with self._lock:
            if not ids:
                self.clear()
                return
            local = event.origin == "local"
            for party_id in ids:
                record = self._handed.pop(party_id, None)
                if record is not None and local:
                    self._fresh[party_id] = record
                    self._stale.discard(party_id)
                else:
                    self._fresh.pop(party_id, None)
                    self._stale.add(party_id)

    def clear(self) -> None:
        with self._lock:
            self._day = None
            self._stale.clear()
            self._handed.clear()
            self._fresh.clear()

    def parties(self, day: date, is_today: bool, start: datetime, end: datetime,
                read_day: DayReader, read_ids: IdsReader) -> list[PartyRecord]:
        """The day's parties in board order (arrival, then id)."""
        key = (day, is_today)
        with self._lock:
            current = self._day
            if current is None or current.key != key:
                current = _Day(key, as_utc(start), as_utc(end))
                self._stale.clear()
                self._fresh.clear()
                current.records = {r.id: r for r in read_day()}
                self._day = current
                return self._ordered(current)
            if self._fresh:
                fresh, self._fresh = self._fresh, {}
                for party_id, written in fresh.items():
                    if current.belongs(written):
                        current.records[party_id] = written
                    else:
                        current.records.pop(party_id, None)
            if self._stale:
                stale, self._stale = self._stale, set()
                read = read_ids(stale)
                for party_id in stale:
                    record = read.get(party_id)
                    if record is not None and current.belongs(record):
                        current.records[party_id] = record
                    else:
                        current.records.pop(party_id, None)
            return self._ordered(current)

    @staticmethod
    def _ordered(day: _Day) -> list[PartyRecord]:
        return sorted(day.records.values(), key=lambda r: (as_utc(r.arrived_at), r.id))


def publish_written(bus: EventBus, day: DayCache | None, record: PartyRecord,
                    event: Event) -> None:
    """Publish an action's event, handing `day` the party's record the action built in
    its committed write: the day takes it instead of reading the party again."""
    if day is None:
        bus.publish(event)
        return
    day.hand_over(record)
    try:
        bus.publish(event)
    finally:
        day.take_back(record.id)

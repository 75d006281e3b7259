"""The board's day of parties, read once and kept current from the events.

After every action each open view asks for the day's parties again: the board, the
status bar's counts, the bar window's list of seated guests. On years of history
reading the whole day for each of them costs tens of milliseconds a key press. The
day is read once instead; after an action only the parties it names are read again,
since one action is one event naming every party it changed
(`Event.ids_of(PARTIES)`). An event that names none, a settings change and an
EVERYTHING event (another PC we cannot follow, a reconnect, demo data) drop the day,
and the next question reads it whole.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from threading import RLock

from ..domain.events import EVERYTHING, PARTIES, SETTINGS, Event
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
                self._day = None
                self._stale.clear()
            else:
                self._stale.update(ids)

    def clear(self) -> None:
        with self._lock:
            self._day = None
            self._stale.clear()

    def parties(self, day: date, is_today: bool, start: datetime, end: datetime,
                read_day: DayReader, read_ids: IdsReader) -> list[PartyRecord]:
        """The day's parties in board order (arrival, then id)."""
        key = (day, is_today)
        with self._lock:
            current = self._day
            if current is None or current.key != key:
                current = _Day(key, as_utc(start), as_utc(end))
                self._stale.clear()
                current.records = {r.id: r for r in read_day()}
                self._day = current
            elif self._stale:
                stale, self._stale = self._stale, set()
                fresh = read_ids(stale)
                for party_id in stale:
                    record = fresh.get(party_id)
                    if record is not None and current.belongs(record):
                        current.records[party_id] = record
                    else:
                        current.records.pop(party_id, None)
            return sorted(current.records.values(), key=lambda r: (as_utc(r.arrived_at), r.id))

"""The customer remarks (客户意见) the board shows, kept per party between reloads.

The board asks for the remarks of every party it shows at each reload; most of them
have not changed since. `KeptRemarks` reads only the parties it does not know (one
query) and forgets what an event may have changed: the parties it names; everything
for an event naming none, a remark, a settings change or EVERYTHING. A party just
registered has none yet (its remarks come with events of their own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...domain.events import EVERYTHING, PARTIES, SETTINGS, Event

#: Parties whose remarks are kept; past that the keeping starts over (a day of searches).
REMARKS_KEPT = 5000

#: Reads the remark texts of some parties, by party id (those without any left out).
RemarksReader = Callable[[list[int]], dict[int, list[str]]]


class KeptRemarks:
    def __init__(self, read: RemarksReader, limit: int = REMARKS_KEPT) -> None:
        self._read = read
        self._limit = limit
        #: Each party's remark texts (empty: none) once read.
        self._kept: dict[int, list[str]] = {}

    def of(self, party_ids: Iterable[int]) -> dict[int, list[str]]:
        """The remarks of these parties, those with none left out; reads only the
        parties not known yet."""
        ids = list(party_ids)
        kept = self._kept
        unknown = [i for i in ids if i not in kept]
        if unknown:
            if len(kept) + len(unknown) > self._limit:
                kept.clear()
                unknown = ids
            found = self._read(unknown)
            for party_id in unknown:
                kept[party_id] = found.get(party_id, [])
        return {i: kept[i] for i in ids if kept[i]}

    def forget(self, event: Event) -> None:
        """Drop what `event` may have changed (see the module's text)."""
        ids = event.ids_of(PARTIES)
        names_none = not event.ids and not any(event.also.values())
        if (names_none or event.concerns(SETTINGS, EVERYTHING)
                or (event.concerns(PARTIES) and not ids)
                or event.data.get("kind") == "remark"):
            self._kept.clear()
        elif event.topic == PARTIES and event.data.get("kind") == "registered":
            for party_id in ids:
                self._kept[party_id] = []
        else:
            for party_id in ids:
                self._kept.pop(party_id, None)

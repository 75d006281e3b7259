"""What other processes committed, for the windows to follow (no Qt).

The store's change feed (`store.change_feed`) reads the `changes` rows written
by other processes and hands them over as events. This is the window's door to
it: `open_remote_changes` gives None when no other process can share the
database (an in-memory SQLite), and says how the feed is woken: on SQLite by
polling (`poll`, a cheap `PRAGMA data_version` check), at once when `watch_path`,
the write-ahead log another process's commit touches, changes, and on a timer as the
safety net; on PostgreSQL by
LISTEN/NOTIFY (`listen`, then `wait` in a worker thread, `ping` to notice a cut
connection, `fetch` on the Qt thread).
"""

from __future__ import annotations

from ..domain.events import Event
from ..domain.timeutil import Clock
from ..store.change_feed import ChangeFeed
from ..store.database import Database


class RemoteChanges:
    """One window's follower of other processes' commits."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._feed = ChangeFeed(db)
        self._clock = clock
        #: True on PostgreSQL: the server pushes (LISTEN/NOTIFY); False: poll.
        self.pushes = not db.is_sqlite
        #: SQLite: the file every commit with a change touches once committed (its
        #: write-ahead log); a file watcher on it can poll at once instead of waiting
        #: for the next tick.
        self.watch_path: str | None = str(db.wake_path) if db.wake_path else None

    def prune(self) -> None:
        """Drop change rows every open window has read long since (housekeeping)."""
        self._feed.prune(self._clock())

    def poll(self) -> list[Event]:
        """Other processes' events since the last call, if anything changed (SQLite)."""
        return self._feed.poll()

    def fetch(self) -> list[Event]:
        """Other processes' events since the last fetch, oldest first."""
        return self._feed.fetch()

    def listen(self) -> None:
        """(Re)open the LISTEN connection (PostgreSQL); raises if the server is gone."""
        self._feed.listen()

    def wait(self, timeout: float) -> bool:
        """Block until a NOTIFY arrives or `timeout` passes; True if one arrived."""
        return self._feed.wait(timeout)

    def ping(self) -> None:
        """Raise if the LISTEN connection is gone (a cut cable sends no NOTIFY)."""
        self._feed.ping()

    def close(self) -> None:
        self._feed.close()


def open_remote_changes(db: Database, clock: Clock) -> RemoteChanges | None:
    """A follower of other processes' commits, or None when there can be none
    (an in-memory SQLite database belongs to this process alone)."""
    if db.is_sqlite and db.path is None:
        return None
    return RemoteChanges(db, clock)

"""The change feed: learning what other processes committed.

Every service write adds a row to `changes` in its own transaction. A feed
reads rows newer than the last one it saw and written by another process,
and hands them over as events. It is woken cheaply: on SQLite by
`PRAGMA data_version` (changes when another connection commits), on
PostgreSQL by LISTEN/NOTIFY (sent at commit).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select

from ..domain.events import Event
from .database import ALSO_KEY, NOTIFY_CHANNEL, Database
from .models import Change

if TYPE_CHECKING:
    import psycopg

#: Rows older than this are pruned; every open window has read them long since.
KEEP_CHANGES = timedelta(days=2)


def _also(value: object) -> dict[str, tuple[int, ...]]:
    """The other topics of a change row's action, as `Event.also` holds them."""
    if not isinstance(value, dict):
        return {}
    return {str(topic): tuple(int(i) for i in ids) for topic, ids in value.items()
            if isinstance(ids, list)}


class ChangeFeed:
    def __init__(self, db: Database) -> None:
        self.db = db
        with db.read() as session:
            self.last_id = session.scalar(select(func.max(Change.id))) or 0
        self._probe: sqlite3.Connection | None = None
        self._data_version: int | None = None
        self._pg_conn: psycopg.Connection[Any] | None = None
        self._closed = False
        if db.is_sqlite and db.path is not None:
            self._probe = sqlite3.connect(db.path, check_same_thread=False)
            self._data_version = self._read_data_version()

    def _read_data_version(self) -> int:
        assert self._probe is not None
        return int(self._probe.execute("PRAGMA data_version").fetchone()[0])

    def something_changed(self) -> bool:
        """Cheap check whether another connection committed since the last call."""
        if self._probe is None:
            return True
        version = self._read_data_version()
        if version != self._data_version:
            self._data_version = version
            return True
        return False

    def fetch(self) -> list[Event]:
        """Events committed by other processes since the last fetch, oldest first."""
        with self.db.read() as session:
            rows = list(
                session.scalars(
                    select(Change).where(Change.id > self.last_id).order_by(Change.id)
                )
            )
        events: list[Event] = []
        for row in rows:
            self.last_id = max(self.last_id, row.id)
            if row.origin == self.db.origin:
                continue
            ids = tuple(int(i) for i in row.ids.split(",") if i)
            try:
                data = json.loads(row.data) if row.data else {}
            except ValueError:
                data = {}
            also = data.pop(ALSO_KEY, None) if isinstance(data, dict) else None
            events.append(Event(row.topic, ids, origin="remote", data=data,
                                also=_also(also)))
        return events

    def poll(self) -> list[Event]:
        """`fetch` if another connection committed since the last poll. On SQLite, when
        every new row is this process's own (its commit moved `data_version` too), the
        last id moves past them on the probe instead: a few microseconds, where the full
        read would sit between a key press here and its repaint."""
        if not self.something_changed() or self._only_own_since():
            return []
        return self.fetch()

    def _only_own_since(self) -> bool:
        if self._probe is None:
            return False
        rows = self._probe.execute(
            f"SELECT id, origin FROM {Change.__tablename__} WHERE id > ?", (self.last_id,)
        ).fetchall()
        if any(origin != self.db.origin for _id, origin in rows):
            return False
        # Writers are serialised (BEGIN IMMEDIATE): no lower id can commit later.
        self.last_id = max([self.last_id, *(int(row_id) for row_id, _origin in rows)])
        return True

    # PostgreSQL: a dedicated connection that LISTENs; wait() blocks in a worker thread.
    def listen(self) -> None:
        import psycopg

        url = self.db.engine.url.set(drivername="postgresql")
        if self._pg_conn is not None:
            with contextlib.suppress(Exception):  # already broken: nothing to close
                self._pg_conn.close()
            self._pg_conn = None
        conn = psycopg.connect(
            url.render_as_string(hide_password=False), autocommit=True, connect_timeout=5
        )
        if self._closed:  # closed by the window while this reconnect was under way
            conn.close()
            return
        self._pg_conn = conn
        self._pg_conn.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """Block until a NOTIFY arrives or the timeout passes; True if one arrived.

        psycopg reads the socket itself: a NOTIFY that came in with the answer to a
        ping is already in its buffer, where waiting on the socket would not see it
        until the next one (the other PC's change then showed up to a wait late).
        """
        if self._pg_conn is None:
            return False
        got = False
        for _ in self._pg_conn.notifies(timeout=timeout, stop_after=1):
            got = True
        if got:  # whatever came with it: one fetch reads it all
            for _ in self._pg_conn.notifies(timeout=0):
                pass
        return got

    def ping(self) -> None:
        """Raise if the LISTEN connection is gone (a cut cable sends no NOTIFY)."""
        if self._pg_conn is not None:
            self._pg_conn.execute("SELECT 1")

    def prune(self, now: datetime) -> None:
        with self.db.write() as session:
            session.execute(delete(Change).where(Change.at < now - KEEP_CHANGES))

    def close(self) -> None:
        self._closed = True
        if self._probe is not None:
            self._probe.close()
            self._probe = None
        if self._pg_conn is not None:
            self._pg_conn.close()
            self._pg_conn = None

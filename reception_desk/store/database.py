"""Opening a database: engine set-up for SQLite and PostgreSQL, and sessions.

SQLite is tuned for a front desk that must not lose a visit: WAL journal,
foreign keys on, `synchronous=FULL`, a busy timeout, and write transactions
that begin IMMEDIATE so two writers never deadlock half-way.

A commit that adds a change-feed row wakes the other processes' windows: on
PostgreSQL with NOTIFY, on SQLite by touching the write-ahead log once committed (a
file watcher sees its new time; `PRAGMA data_version` polling stays the safety net).
The log, not the database file: the file's own time and size stay what they were
(the start-up check's answer holds while only the log moves).

On PostgreSQL every write transaction first takes a transaction-scoped advisory
lock of the site's schema, so write transactions are serialised exactly as
SQLite's BEGIN IMMEDIATE serialises them: a rule decided inside one (who is up,
which seat is free, how much stock is left) sees every earlier writer's commit.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session

from .models import Change

BUSY_TIMEOUT_MS = 10_000
#: SQLite's page cache per connection, in KiB (its default is 2,000). The customer
#: search's index on three years (ix_customers_search, about 2.3 MB) did not fit: each
#: search that reads it whole (two letters few names have) read every page of it from the
#: system again, about 590 reads. Only pages read are held: the memory grows with what
#: the desk reads, up to this much a connection.
SQLITE_CACHE_KIB = 16_000
NOTIFY_CHANNEL = "reception_desk_changes"
#: Where a change row's data keeps the action's other topics (`Event.also`).
ALSO_KEY = "also"
#: Marks a session whose commit touches the SQLite log (see `record_change`).
_TOUCH_AT_COMMIT = "rd_touch_at_commit"
#: The change-feed row's insert (the table's, not the ORM entity's: no ORM bulk path).
_INSERT_CHANGE = insert(Change.metadata.tables[Change.__tablename__])


class StoreError(Exception):
    """The database cannot be used; the message says what to do."""


def _configure_sqlite(engine: Engine, in_memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below emit BEGIN itself (pysqlite notes).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get("rd_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _configure_postgres(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("rd_write", False):
            # One writer at a time per site (schema); released at commit or rollback.
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext(current_schema()))")


def describe_url(url: str) -> str:
    """A safe, short description for the status bar (never the password)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite · {parsed.database or ':memory:'}"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"PostgreSQL · {host}{port}/{parsed.database or ''}"


def missing_sqlite_file(url: str) -> Path | None:
    """The path of an SQLite file that does not exist (checked without creating folders);
    None for a file that exists, an in-memory or PostgreSQL URL, or a URL that is not one
    (`Database` explains that)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database or "").expanduser().resolve()
    return None if path.exists() else path


class Database:
    """One database: an engine plus short read and write sessions."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(
                f"'{url}' is not a database URL; use e.g. sqlite:///path/to/desk.db "
                "or postgresql+psycopg://user@host/dbname"
            ) from exc
        self.url = url
        self.backend = parsed.get_backend_name()
        if self.backend not in ("sqlite", "postgresql"):
            raise StoreError(
                f"database type '{self.backend}' is not supported; use SQLite or PostgreSQL"
            )
        #: Identifies this process in the change feed.
        self.origin = uuid.uuid4().hex
        self.path: Path | None = None
        #: SQLite: the write-ahead log, touched after each commit with a change row; a
        #: file watcher on it learns of another process's commit (see `record_change`).
        self.wake_path: Path | None = None
        try:
            if self.backend == "sqlite":
                in_memory = parsed.database in (None, "", ":memory:")
                if not in_memory:
                    self.path = Path(parsed.database or "").expanduser().resolve()
                    self.wake_path = self.path.with_name(f"{self.path.name}-wal")
                    try:
                        self.path.parent.mkdir(parents=True, exist_ok=True)
                    except OSError as exc:
                        raise StoreError(
                            f"cannot create the folder {self.path.parent} ({exc.strerror}); "
                            "choose a writable place with --db"
                        ) from exc
                self.engine = create_engine(
                    parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
                )
                _configure_sqlite(self.engine, in_memory)
            else:
                self.engine = create_engine(parsed, pool_pre_ping=True)
                _configure_postgres(self.engine)
        except (NoSuchModuleError, ImportError) as exc:
            raise StoreError(
                f"the driver for '{parsed.drivername}' is not installed; "
                "for PostgreSQL install the extra: pip install 'reception-desk[postgres]'"
            ) from exc
        self._write_engine = self.engine.execution_options(rd_write=True)

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    def describe(self) -> str:
        return describe_url(self.url)

    def check_connection(self) -> None:
        """Raise StoreError with a clear message if the database cannot be read."""
        try:
            with self.engine.connect() as conn:
                if self.is_sqlite:
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                else:
                    conn.exec_driver_sql("SELECT 1").scalar()
        except DBAPIError as exc:
            raise StoreError(explain_db_error(self, exc)) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One short write transaction; committed when the block ends without error."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def record_change(
        self,
        session: Session,
        topic: str,
        ids: tuple[int, ...] = (),
        data: dict[str, object] | None = None,
        also: dict[str, tuple[int, ...]] | None = None,
    ) -> None:
        """Add a change-feed row inside the caller's transaction; it commits with it.
        `also` names the other topics the same action changed (see `Event.also`): other
        processes then get one event for it, as this one does."""
        payload = dict(data or {})
        if also:
            payload[ALSO_KEY] = {name: list(also_ids) for name, also_ids in also.items()}
        # One Core statement built once, its values as parameters: every action writes a
        # row, and the ORM's insert built anew each time cost most of a millisecond.
        session.execute(_INSERT_CHANGE, {
            "at": datetime.now(UTC),
            "origin": self.origin,
            "topic": topic,
            "ids": ",".join(str(i) for i in ids),
            "data": json.dumps(payload, ensure_ascii=False),
        })
        if not self.is_sqlite:
            session.connection().exec_driver_sql(
                f"SELECT pg_notify('{NOTIFY_CHANNEL}', '')"
            )
        elif self.wake_path is not None and not session.info.get(_TOUCH_AT_COMMIT):
            session.info[_TOUCH_AT_COMMIT] = True
            event.listen(session, "after_commit", self._touch_log)

    def _touch_log(self, _session: Session) -> None:
        """After a commit with a change row: give the write-ahead log a new time, which
        wakes the other processes' windows watching it (`ui.events`). Only once committed:
        a watcher woken by the log's own writes may find `PRAGMA data_version` not moved
        yet; this touch is the wake-up that comes after the commit."""
        if self.wake_path is not None:
            with contextlib.suppress(OSError):  # gone or not ours: they poll anyway
                os.utime(self.wake_path)

    def dispose(self) -> None:
        self.engine.dispose()


def explain_db_error(db: Database, exc: DBAPIError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    from .db_errors import DISK_FULL, READ_ONLY, storage_failure

    kind = storage_failure(exc)
    where = str(db.path) if db.is_sqlite else db.describe()
    if kind == DISK_FULL:
        return (f"{where}: the disk is full; nothing from this action was saved "
                "(everything saved before is safe). Free some space and try again")
    if kind == READ_ONLY:
        return (f"{where} is read-only; nothing from this action was saved (everything "
                "saved before is safe). Check the permissions of the file and its folder")
    if db.is_sqlite:
        if "not a database" in text or "malformed" in text:
            return (
                f"{db.path} is not a readable Reception Desk database (damaged or another "
                "kind of file); restore a backup or start with another --db"
            )
        if "unable to open" in text:
            return f"cannot open {db.path}: check the folder exists and is writable"
        if "locked" in text:
            return f"{db.path} is locked by another program; close it and try again"
    else:
        if "connection" in text.lower() or "could not" in text.lower():
            return (
                f"cannot reach the database server ({db.describe()}): check that it is "
                "running and the URL, user and password are right"
            )
    return f"database error: {text.splitlines()[0] if text else exc.__class__.__name__}"


@contextmanager
def explained(db: Database) -> Iterator[None]:
    """A driver failure inside the block (disk full, read-only, server gone) becomes
    StoreError with the one explanation `explain_db_error` gives."""
    try:
        yield
    except DBAPIError as exc:
        raise StoreError(explain_db_error(db, exc)) from exc

"""Bulk writing of generated history (the demo's years of visits): one day, one transaction.

The caller builds plain rows (dicts by column name) that its domain rules have
already checked; `write_batch` inserts them with SQLAlchemy Core executemany in
one write transaction, so a batch lands whole or not at all. Ids are chosen
here, inside that transaction (one above the table's highest), so the caller's
rows can name their parents before anything is written; on PostgreSQL each
table's id sequence is moved past them afterwards. Columns a row leaves out get
their model defaults (a NOT NULL column added later is filled the same way).

Nothing is published and only one change-feed entry is written per batch: the
caller announces "everything changed" once when it is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, text
from sqlalchemy.orm import Session

from ..domain.events import EVERYTHING
from .database import Database
from .models import (
    Consultant,
    DrinkOrder,
    DrinkOrderLine,
    Party,
    RefillCheck,
    Remark,
    RotationEntry,
    StageMove,
    StockCount,
    StockItem,
    StockMovement,
    TableTask,
)
from .models_customers import Call, Customer
from .search_index import index_bulk_rows, pause_for_bulk
from .types import UtcDateTime

Row = dict[str, Any]
#: How a UTC datetime goes to the driver (see `_sqlite_moment`, `_pg_moment`).
Convert = Callable[[datetime | None], Any]
#: SQLite's WAL is copied back to the database file at this size during a bulk write
#: (4,000 pages: 16 MB; the site's default is SQLite's 1,000).
BULK_CHECKPOINT_PAGES = 4000

#: The tables a batch may fill, parents before children.
TABLES: dict[str, Table] = {
    model.__tablename__: model.__table__  # type: ignore[misc]
    for model in (Customer, Party, StageMove, RotationEntry, DrinkOrder, DrinkOrderLine,
                  RefillCheck, TableTask, Remark, StockMovement, StockCount, Call)
}
#: Each table's highest id, in the order of TABLES.
_HIGHEST_IDS = "SELECT " + ", ".join(f"(SELECT max(id) FROM {name})" for name in TABLES)
#: Tables whose existing rows a batch may update by id (only the columns named).
UPDATABLE: dict[str, Table] = {
    model.__tablename__: model.__table__  # type: ignore[misc]
    for model in (Customer, StockItem, Consultant)
}


@dataclass
class Batch:
    """What one transaction writes: new rows per table, and updates by id."""

    inserts: dict[str, list[Row]] = field(default_factory=dict)
    updates: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, row: Row) -> None:
        self.inserts.setdefault(table, []).append(row)

    def table(self, table: str) -> list[Row]:
        """The new rows of one table, to append to (for loops adding thousands)."""
        return self.inserts.setdefault(table, [])

    def rows(self) -> int:
        return sum(len(r) for r in self.inserts.values())


class Ids:
    """The next free id of each table, read inside the batch's transaction."""

    def __init__(self, first: Mapping[str, int]) -> None:
        self._next = dict(first)

    def take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


def write_batch(db: Database, build: Callable[[Ids], Batch]) -> Batch:
    """Build a batch with ids free in this transaction and write it; all or nothing."""
    with _bulk_session(db) as session:
        connection = session.connection()
        highest = connection.exec_driver_sql(_HIGHEST_IDS).one()
        first = {name: int(top or 0) + 1 for name, top in zip(TABLES, highest, strict=True)}
        batch = build(Ids(first))
        convert = _sqlite_moments() if db.is_sqlite else _pg_moment
        # The search index takes the day's new rows at once, not row by row.
        paused = pause_for_bulk(connection)
        for name, table in TABLES.items():
            for group in _by_keys(batch.inserts.get(name) or []):
                _insert_many(connection, table, group, convert, sqlite=db.is_sqlite)
        if paused:
            index_bulk_rows(connection, first)
        for name, rows in batch.updates.items():
            for group in _by_keys(rows):
                _update_many(connection, UPDATABLE[name], group, convert, sqlite=db.is_sqlite)
        if not db.is_sqlite:
            _advance_sequences(session, (n for n, r in batch.inserts.items() if r))
        db.record_change(session, EVERYTHING, (), {"kind": "history"})
    return batch


@contextmanager
def _bulk_session(db: Database) -> Iterator[Session]:
    """A write transaction (the site's write lock, as `Database.write`) on a connection of
    its own; on SQLite its commit waits for no fsync (synchronous=NORMAL: in WAL mode a
    power cut may lose the last batches, whole, never part of one) and the WAL is copied
    back to the database less often (pages rewritten by consecutive days are copied
    once), both reset afterwards."""
    with db.engine.execution_options(rd_write=True).connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        if db.is_sqlite:
            raw.execute("PRAGMA synchronous=NORMAL")
            raw.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
        try:
            with Session(bind=connection, expire_on_commit=False) as session, \
                    session.begin():
                yield session
        finally:
            if db.is_sqlite:
                raw.execute("PRAGMA synchronous=FULL")
                raw.execute("PRAGMA wal_autocheckpoint=1000")


def _by_keys(rows: list[Row]) -> list[list[Row]]:
    """executemany needs one set of keys: rows are grouped by theirs (order kept within)."""
    if not rows:
        return []
    # Nearly always every row has the same keys: one comparison of key views a row, in C
    # (`_insert_many` takes values by name, so the keys' order does not matter).
    first = rows[0].keys()
    if all(map(first.__eq__, map(dict.keys, rows))):
        return [rows]
    groups: dict[tuple[str, ...], list[Row]] = {}
    for row in rows:
        # Rows built by the same code list their keys in the same order: no sort needed
        # (the same keys in another order only make another group).
        groups.setdefault(tuple(row), []).append(row)
    return list(groups.values())


def _insert_many(connection: Connection, table: Table, rows: list[Row],
                 convert: Convert, *, sqlite: bool) -> None:
    """One executemany on the driver: the rows' values go as they are, but for the UTC
    datetimes (stored as UtcDateTime stores them) and the model defaults of the
    columns the rows leave out. Values are taken column by column (C loops: `map`,
    `zip`), only the datetime columns are converted."""
    keys = list(rows[0])
    defaults = {c.name: c.default.arg for c in table.columns  # type: ignore[attr-defined]
                if c.name not in rows[0] and c.default is not None and c.default.is_scalar}
    mark = "?" if sqlite else "%s"
    columns = keys + list(defaults)
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join(mark for _ in columns)})")
    cells = _cells(table, rows, keys, convert)
    cells.extend(repeat(value) for value in defaults.values())
    # The defaults repeat without end: the rows' columns decide the length.
    connection.exec_driver_sql(sql, list(zip(*cells, strict=False)))


def _update_many(connection: Connection, table: Table, rows: list[Row],
                 convert: Convert, *, sqlite: bool) -> None:
    """One executemany on the driver setting the columns the rows name, by id (the values
    as `_insert_many` gives them)."""
    keys = [key for key in rows[0] if key != "id"]
    mark = "?" if sqlite else "%s"
    sql = (f"UPDATE {table.name} SET {', '.join(f'{key} = {mark}' for key in keys)} "
           f"WHERE id = {mark}")
    connection.exec_driver_sql(sql, list(zip(*_cells(table, rows, [*keys, "id"], convert),
                                             strict=True)))


def _cells(table: Table, rows: list[Row], keys: list[str],
           convert: Convert) -> list[Iterable[Any]]:
    """The rows' values column by column, the UTC datetimes converted for the driver."""
    cells: list[Iterable[Any]] = []
    for key in keys:
        column: Iterable[Any] = map(itemgetter(key), rows)
        if isinstance(table.c[key].type, UtcDateTime):
            column = map(convert, column)
        cells.append(column)
    return cells


#: "HH:MM:SS." for every second of a day, and "YYYY-MM-DD " by days since 1970.
_CLOCK = tuple(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}." for s in range(86400))
_DAYS: dict[int, str] = {}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _sqlite_moment(value: datetime | None) -> str | None:
    """What UtcDateTime stores on SQLite: naive UTC, with microseconds
    ("2026-12-07 01:30:00.000000", SQLAlchemy's SQLite DATETIME format). Read off the
    exact distance from 1970 (an aware subtraction), each date formatted once."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    since = value - _EPOCH
    day = _DAYS.get(since.days)
    if day is None:
        day = _DAYS[since.days] = f"{(_EPOCH + timedelta(days=since.days)).date()} "
    return f"{day}{_CLOCK[since.seconds]}{since.microseconds:06d}"


class _SqliteMoments(dict[datetime | None, str | None]):
    """`_sqlite_moment` for one batch, each moment converted once: a day's rows share
    their moments (a party's arrival is also its first move's time and its creation's,
    six in ten conversions were repeats). Its `__getitem__` is the conversion: a moment
    seen before is a dict lookup in C. Keyed by the moment itself (equal moments store
    the same text; a naive datetime is never equal to an aware one and is refused)."""

    def __missing__(self, value: datetime | None) -> str | None:
        text = self[value] = _sqlite_moment(value)
        return text


def _sqlite_moments() -> Convert:
    return _SqliteMoments().__getitem__


def _pg_moment(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return value


def _advance_sequences(session: Any, tables: Iterable[str]) -> None:
    for name in tables:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"(SELECT max(id) FROM {name}))"))

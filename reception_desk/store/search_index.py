"""The trigram index of a search on SQLite: which rows can match, without a scan.

Migration 0011 keeps an FTS5 table with the trigram tokenizer beside `parties` and
`customers` (`<table>_search`, in step through triggers). A search that looks for
texts of three characters or more asks it for the rows holding them and compares
only those; a shorter text (or one with a LIKE wildcard, which the index reads
literally) leaves the search as it was: a scan of the covering index, newest first;
so does a text so common that the index names a thousand rows or more (the scan
finds the newest of them at once). The rows the index names are a superset of those
LIKE finds (it folds case the same way and more), and the search still compares them
with LIKE, so its answer is the same either way. On PostgreSQL the GIN trigram
indexes serve LIKE directly and nothing here applies.

The bulk writer (the demo's years) pauses the insert triggers for its own transaction
and adds a day's new rows to the index in one statement (`pause_for_bulk`,
`index_bulk_rows`; migration 0012).

A later migration that rebuilds one of these tables (a batch "move and copy") drops
its triggers with it: it must create them again (see 0011 and 0012).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping

from sqlalchemy import ColumnElement, Connection, Engine, column, func, select, table, text
from sqlalchemy.orm import QueryableAttribute, Session

#: The fewest characters the trigram index can look for.
TRIGRAM = 3
#: When the index names at least this many rows, the scan is asked instead: matches
#: that common are found within the newest few thousand rows, which the scan reads in
#: order and stops, while the index's rows would all be fetched and sorted first
#: ("139" names 1,300 of 53,000 parties: 3 ms through the index, under 1 ms scanning).
COMMON = 1000

#: The searched columns of each table: its FTS5 table's columns (migration 0011).
COLUMNS = {
    "parties": ("surname", "plate", "phone"),
    "customers": ("name", "phone", "phone2", "plate", "name_initials", "name_pinyin"),
}

#: Whether each engine's database has the FTS5 tables (asked once per engine).
_present: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def _has_index(session: Session) -> bool:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name != "sqlite":
        return False
    known = _present.get(engine)
    if known is None:
        count = session.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
            "AND name IN ('parties_search', 'customers_search')")).scalar()
        known = count == 2
        _present[engine] = known
    return known


def _phrase(needle: str) -> str:
    """An FTS5 string: the needle in double quotes, its own quotes doubled."""
    return '"' + needle.replace('"', '""') + '"'


def indexed_rows(session: Session, name: str, row_id: ColumnElement[int] | QueryableAttribute[int],
                 needles: Mapping[str, str]) -> ColumnElement[bool] | None:
    """`row_id IN (the rows of table `name` whose column holds its needle, for any column)`,
    or None when the index cannot answer: not SQLite, no index, or a needle too short
    or with a LIKE wildcard in it (the caller scans then)."""
    if not needles or any(len(n) < TRIGRAM or "%" in n or "_" in n
                          for n in needles.values()):
        return None
    if not _has_index(session):
        return None
    fts = f"{name}_search"
    query = " OR ".join(f"{col} : {_phrase(needle)}" for col, needle in needles.items())
    index = table(fts, column("rowid"))
    rows = select(index.c.rowid).where(text(f"{fts} MATCH :trigram_query")
                                       .bindparams(trigram_query=query))
    named = session.execute(select(func.count()).select_from(
        rows.limit(COMMON).subquery())).scalar_one()
    if named >= COMMON:
        return None
    return row_id.in_(rows.scalar_subquery())


def pause_for_bulk(connection: Connection) -> bool:
    """In a bulk write's transaction on SQLite: the insert triggers stand aside (the row
    they look for is there until `index_bulk_rows`, seen by no other connection).
    False where there is no index to pause (PostgreSQL, SQLite without FTS5)."""
    if connection.dialect.name != "sqlite":
        return False
    there = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
        "AND name = 'search_index_paused'").scalar()
    if not there:
        return False
    connection.exec_driver_sql("INSERT INTO search_index_paused (id) VALUES (1)")
    return True


def index_bulk_rows(connection: Connection, first: Mapping[str, int]) -> None:
    """After `pause_for_bulk` and the batch's inserts: its new rows (ids from `first` on,
    by table) into the index in one statement a table, and the triggers back on, before
    the batch updates any row (an update's trigger expects the row indexed)."""
    for name, columns in COLUMNS.items():
        names = ", ".join(columns)
        connection.exec_driver_sql(
            f"INSERT INTO {name}_search(rowid, {names}) "
            f"SELECT id, {names} FROM {name} WHERE id >= ?", (first[name],))
    connection.exec_driver_sql("DELETE FROM search_index_paused")

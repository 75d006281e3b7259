"""Is this database one the desk can trust? Checks made before anything writes to it.

A database is created only where no file exists. An existing SQLite file that is
empty, not SQLite, damaged (``PRAGMA quick_check``), from another program, missing
tables or columns, or written by a newer version is refused with a `StoreError`
whose message names the file. `check` uses the same functions with the full
``PRAGMA integrity_check`` and also compares indexes.

The file-level checks use the plain ``sqlite3`` module on purpose: the engine's
connect hook switches the journal to WAL, and that would write a header into a
0-byte file and turn it into a "new" database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, MetaData, inspect, text
from sqlalchemy.exc import DBAPIError

from ..domain.audit_chain import ChainReport
from . import early_check
from .database import Database, StoreError, explain_db_error, explained
from .early_check import connect_readonly
from .models import Base

SQLITE_HEADER = b"SQLite format 3\x00"
#: The tables of the first schema revision: every revision has them.
BASE_TABLES = ("changes", "parties", "site_settings", "stage_moves")
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class FileState:
    """What an existing SQLite file holds, as far as the file-level checks can tell."""

    path: Path
    #: 0 bytes, or an SQLite header and not a single table.
    empty: bool
    tables: frozenset[str]
    revision: str | None
    #: Column names per table.
    columns: dict[str, frozenset[str]] = field(default_factory=dict)


def metadata() -> MetaData:
    """Every table the current schema expects (models.py imports the other model modules)."""
    return Base.metadata


def _connect_readonly(path: Path) -> sqlite3.Connection:
    return connect_readonly(path)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def not_readable(path: Path) -> StoreError:
    return StoreError(
        f"{path} is not a readable Reception Desk database (damaged or another kind "
        "of file); restore a backup or start with another --db")


def damaged(path: Path, detail: str) -> StoreError:
    detail = " ".join(detail.replace("*** in database main ***", "").split())[:200]
    return StoreError(
        f"{path} is damaged (integrity check: {detail}); restore a backup "
        "(reception-desk restore FILE) or start with another --db")


def empty_file(path: Path) -> StoreError:
    return StoreError(
        f"{path} is empty and holds no Reception Desk data; restore a backup, or run "
        "'reception-desk migrate --create' to start a new database in its place")


def foreign(path: Path | str) -> StoreError:
    return StoreError(
        f"{path} is a database of another program, not of Reception Desk; "
        "start with another --db")


def missing_tables(where: Path | str, names: Iterable[str]) -> StoreError:
    return StoreError(
        f"{where} is missing the tables {', '.join(sorted(names))}; restore a backup "
        "(reception-desk restore FILE)")


def missing_columns(where: Path | str, names: Iterable[str]) -> StoreError:
    return StoreError(
        f"{where} is missing the columns {', '.join(sorted(names))}; restore a backup "
        "(reception-desk restore FILE)")


def newer(where: Path | str, revision: str) -> StoreError:
    return StoreError(
        f"{where} was written by a newer version of Reception Desk (schema {revision}); "
        "update the program before opening it")


def integrity_rows(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """``PRAGMA quick_check`` (or the full ``integrity_check``): ['ok'] when healthy."""
    pragma = "integrity_check" if full else "quick_check"
    return [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]


def inspect_sqlite_file(path: Path, *, full: bool = False) -> FileState:
    """Refuse a file that is not SQLite or is damaged; say what an intact one holds.

    Never writes to the file. `full` runs ``integrity_check`` instead of ``quick_check``.
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return FileState(path, True, frozenset(), None)
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot open {path}: check the folder exists and is writable "
                         f"({exc.strerror or exc})") from exc
    if header != SQLITE_HEADER:
        raise not_readable(path)
    try:
        conn = _connect_readonly(path)
    except sqlite3.Error as exc:
        raise not_readable(path) from exc
    try:
        try:
            early = None if full else early_check.take(path)
            rows = early if early is not None else integrity_rows(conn, full=full)
        except sqlite3.DatabaseError as exc:
            text = _reason(exc)
            if "locked" in text:
                raise StoreError(
                    f"{path} is locked by another program; close it and try again") from exc
            raise damaged(path, text) from exc
        if rows != ["ok"]:
            raise damaged(path, "; ".join(rows[:3]))
        try:
            tables = frozenset(
                str(r[0]) for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"))
            columns = {
                name: frozenset(str(r[1]) for r in conn.execute(
                    "SELECT * FROM pragma_table_info(?)", (name,)))
                for name in tables}
            revision = None
            if VERSION_TABLE in tables:
                found = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = str(found[0]) if found else None
        except sqlite3.DatabaseError as exc:
            raise damaged(path, _reason(exc)) from exc
    finally:
        conn.close()
    return FileState(path, not tables, tables, revision, columns)


def check_existing_sqlite(path: Path, *, allow_empty: bool = False,
                          schema: tuple[Iterable[str], str] | None = None) -> FileState:
    """Start-up check of a file that already exists, before any engine touches it.

    Refuses an empty file unless `allow_empty`; with `schema` = (known revisions,
    head) also a foreign or newer file, or one missing tables or columns.
    """
    state = inspect_sqlite_file(path)
    if state.empty:
        if not allow_empty:
            raise empty_file(path)
        return state
    if schema is not None:
        known, head = schema
        _judge(str(path), state.revision, state.tables, state.columns, known, head)
    return state


def _judge(place: str, revision: str | None, tables: frozenset[str],
           columns: dict[str, frozenset[str]], known: Iterable[str], head: str) -> None:
    if revision is None:
        if tables:
            raise foreign(place)
        return
    if revision not in set(known):
        raise newer(place, revision)
    if revision != head:
        lost = [t for t in BASE_TABLES if t not in tables]
        if lost:
            raise missing_tables(place, lost)
        return
    wanted = metadata().tables
    lost = [name for name in wanted if name not in tables]
    if lost:
        raise missing_tables(place, lost)
    lost_columns = [f"{name}.{c.name}" for name, table in wanted.items()
                    for c in table.columns if c.name not in columns.get(name, frozenset())]
    if lost_columns:
        raise missing_columns(place, lost_columns)


def where(db: Database) -> str:
    """The file (SQLite) or the server and database (PostgreSQL), for messages."""
    return str(db.path) if db.path is not None else db.describe()


@dataclass(frozen=True)
class SchemaReport:
    """What the database lacks compared with the schema of this program."""

    revision: str | None
    tables: frozenset[str]
    missing_tables: tuple[str, ...] = ()
    missing_columns: tuple[str, ...] = ()
    missing_indexes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.missing_tables or self.missing_columns or self.missing_indexes)


def compare_schema(conn: Connection, *, indexes: bool = False,
                   expected: MetaData | None = None) -> SchemaReport:
    """Tables, columns (and with `indexes`, indexes and unique constraints) the
    metadata expects but the database lacks."""
    from alembic.runtime.migration import MigrationContext

    wanted = expected or metadata()
    inspector = inspect(conn)
    present = frozenset(inspector.get_table_names())
    revision = MigrationContext.configure(conn).get_current_revision() \
        if VERSION_TABLE in present else None
    lost_tables: list[str] = []
    lost_columns: list[str] = []
    lost_indexes: list[str] = []
    for name, table in sorted(wanted.tables.items()):
        if name not in present:
            lost_tables.append(name)
            continue
        have = {c["name"] for c in inspector.get_columns(name)}
        lost_columns.extend(f"{name}.{c.name}" for c in table.columns if c.name not in have)
        if not indexes:
            continue
        have_indexes = {i["name"] for i in inspector.get_indexes(name)}
        have_indexes |= {u["name"] for u in inspector.get_unique_constraints(name)}
        wanted_indexes: set[object] = {i.name for i in table.indexes}
        wanted_indexes |= {c.name for c in table.constraints
                           if c.__class__.__name__ == "UniqueConstraint"}
        lost_indexes.extend(sorted(str(i) for i in wanted_indexes
                                   if i is not None and i not in have_indexes))
    return SchemaReport(revision, present, tuple(lost_tables), tuple(lost_columns),
                        tuple(lost_indexes))


def verify_schema(db: Database, *, known: Iterable[str], head: str) -> str | None:
    """Refuse a foreign, newer or incomplete database; return its revision.

    A database without any table is new (the caller creates it). One at an older
    revision needs the tables of the first revision (the migrations add the rest);
    one at `head` needs every table and column of the current schema.
    """
    try:
        with db.engine.connect() as conn:
            report = compare_schema(conn)
    except DBAPIError as exc:
        raise StoreError(explain_db_error(db, exc)) from exc
    columns = {name: frozenset(c.name for c in table.columns)
               for name, table in metadata().tables.items()
               if name in report.tables and name not in report.missing_tables}
    for lost in report.missing_columns:
        name, column = lost.split(".", 1)
        columns[name] = columns[name] - {column}
    _judge(where(db), report.revision, report.tables, columns, known, head)
    return report.revision


# -- `python -m reception_desk check`: each raises StoreError with the one explanation --

def integrity_rows_of(db: Database) -> list[str]:
    """SQLite's integrity check of the open database (["ok"] when sound)."""
    with explained(db), db.engine.connect() as conn:
        return [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]


def ping(db: Database) -> None:
    """Reach the server once (PostgreSQL)."""
    with explained(db), db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1").scalar()


def table_counts(db: Database, tables: Iterable[str]) -> Iterator[tuple[str, int | None]]:
    """Each table with its row count, None for a table that is not there, as counted."""
    with explained(db), db.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        for table in tables:
            if table in present:
                count = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                yield table, int(count or 0)
            else:
                yield table, None


def schema_report(db: Database) -> SchemaReport:
    """`compare_schema` with indexes, on a connection of its own."""
    with explained(db), db.engine.connect() as conn:
        return compare_schema(conn, indexes=True)


def audit_chain(db: Database) -> ChainReport:
    """Whether every audit row's hash follows from the rows before it."""
    from .audit_repo import verify_chain

    with explained(db), db.engine.connect() as conn:
        return verify_chain(conn)

"""Trigram indexes for the board's search and the customer search

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 18:00:00

A search looks for any part of a text (LIKE '%…%'). Until now SQLite compared every
row of three years when few or none matched (10 ms on 53,000 parties, more on a slow
PC). Texts of three characters or more are now looked up in a trigram index:

SQLite: an FTS5 table with the trigram tokenizer over the searched columns of each
table (external content: it holds only the index), kept in step by triggers on
insert, delete and update of those columns. Without FTS5 or its trigram tokenizer
(SQLite before 3.34) nothing is made and the searches scan as before
(store/search_index.py asks whether the table is there).

PostgreSQL: GIN indexes with pg_trgm's operator class on the same columns, which
the planner uses for LIKE itself. When the extension cannot be created (not
installed on the server, no right to create it) nothing is made either.
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

#: The searched columns of each table (the names of the FTS5 tables: `<table>_search`).
COLUMNS = {
    "parties": ("surname", "plate", "phone"),
    "customers": ("name", "phone", "phone2", "plate", "name_initials", "name_pinyin"),
}


def _sqlite_statements(table: str, columns: tuple[str, ...]) -> list[str]:
    fts = f"{table}_search"
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    add = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    drop = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
        f"content_rowid='id', tokenize='trigram')",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {drop} END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} "
        f"BEGIN {drop} {add} END",
    ]


def _sqlite() -> None:
    bind = op.get_bind()
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5("
                             "x, tokenize='trigram')")
        bind.exec_driver_sql("DROP TABLE temp.trigram_probe")
    except DBAPIError:
        log.warning("SQLite has no FTS5 trigram tokenizer: the searches scan every row")
        return
    for table, columns in COLUMNS.items():
        for statement in _sqlite_statements(table, columns):
            bind.exec_driver_sql(statement)


def _trgm_schema() -> str | None:
    """The schema pg_trgm is in, creating the extension if it can; None if it can't.

    Created in `public` when it may be: a schema of its own (a test's, one desk of
    several on one server) would take the extension, and every index made with it in
    the other schemas, along when it is dropped.
    """
    bind = op.get_bind()
    find = text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
                "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")
    for create in ("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public",
                   "CREATE EXTENSION IF NOT EXISTS pg_trgm", None):
        schema = bind.execute(find).scalar()
        if schema is not None:
            return str(schema)
        if create is None:
            break
        savepoint = bind.begin_nested()
        try:
            bind.exec_driver_sql(create)
        except DBAPIError as exc:
            # No such extension, no right to create it, no `public`, or another
            # connection creating it at the same moment (then it is there now).
            savepoint.rollback()
            log.info("%s: %s", create, str(exc).splitlines()[0])
        else:
            savepoint.commit()
    log.warning("pg_trgm is not available: the searches scan every row")
    return None


def _postgres() -> None:
    schema = _trgm_schema()
    if schema is None:
        return
    for table, columns in COLUMNS.items():
        for column in columns:
            op.execute(f'CREATE INDEX ix_{table}_{column}_trgm ON {table} '
                       f'USING gin ({column} "{schema}".gin_trgm_ops)')


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite()
    elif dialect == "postgresql":
        _postgres()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, columns in COLUMNS.items():
        if dialect == "sqlite":
            for suffix in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_search")
        elif dialect == "postgresql":
            for column in columns:
                op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")

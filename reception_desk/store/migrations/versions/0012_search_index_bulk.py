"""The searches' trigram index: the demo's bulk days fill it once a day, not row by row

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 18:30:00

On SQLite the insert triggers of 0011 add each new party and customer to the FTS5
index one row at a time, about 25 microseconds each: on the demo's three years (85,000
rows written in bulk) a few seconds of its build. They now stand aside while the row
`search_index_paused` exists. The bulk writer (store/bulk.py) inserts that row inside
its transaction, writes the day, adds the day's new rows to the index in one statement
(INSERT ... SELECT, about ten times faster) and deletes the row again before anything
else: no other connection ever sees it, and a batch that fails leaves nothing behind.
Updates and deletes are always indexed by their triggers. Nothing here on PostgreSQL,
or where 0011 made no index.
"""

from __future__ import annotations

from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

#: The searched columns of each table, as 0011 indexes them.
COLUMNS = {
    "parties": ("surname", "plate", "phone"),
    "customers": ("name", "phone", "phone2", "plate", "name_initials", "name_pinyin"),
}


def _insert_trigger(table: str, columns: tuple[str, ...], paused: bool) -> str:
    fts = f"{table}_search"
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    when = " WHEN NOT EXISTS (SELECT 1 FROM search_index_paused)" if paused else ""
    return (f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table}{when} "
            f"BEGIN INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END")


def _indexed() -> bool:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    found = bind.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
        "AND name IN ('parties_search_insert', 'customers_search_insert')").scalar()
    return found == 2


def upgrade() -> None:
    if not _indexed():
        return
    op.execute("CREATE TABLE search_index_paused (id INTEGER PRIMARY KEY)")
    for table, columns in COLUMNS.items():
        op.execute(f"DROP TRIGGER {table}_search_insert")
        op.execute(_insert_trigger(table, columns, paused=True))


def downgrade() -> None:
    if not _indexed():
        return
    for table, columns in COLUMNS.items():
        op.execute(f"DROP TRIGGER {table}_search_insert")
        op.execute(_insert_trigger(table, columns, paused=False))
    op.execute("DROP TABLE search_index_paused")

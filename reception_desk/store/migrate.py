"""Bringing a database to the current schema, with a backup first.

Alembic does the work (`render_as_batch=True` for SQLite). Before any
migration touches an SQLite file that already holds tables, a copy is taken
with SQLite's online backup API next to the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError

from .database import Database, StoreError, explain_db_error
from .health import newer, where

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(db: Database) -> str | None:
    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DBAPIError as exc:
        raise StoreError(explain_db_error(db, exc)) from exc


def backup_sqlite(db: Database, label: str) -> Path | None:
    """Copy the SQLite file beside itself with the online backup API (safe while
    other connections use it); BackupError if the copy cannot be written."""
    from .backup import copy_database, stamp

    if db.path is None or not db.path.exists():
        return None
    target = db.path.with_name(f"{db.path.stem}.{stamp()}.{label}.bak")
    return copy_database(db.path, target)


def upgrade(db: Database) -> MigrationResult:
    """Apply every pending migration; refuse a database from a newer version."""
    db.check_connection()
    before = current_revision(db)
    head = head_revision()
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and before not in all_revisions():
        raise newer(where(db), before)
    backup = None
    if db.is_sqlite:
        with db.engine.connect() as conn:
            has_tables = bool(inspect(conn).get_table_names())
        if has_tables:
            backup = backup_sqlite(db, f"before-{head}")
    cfg = _config()
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                # On the raw connection, before SQLAlchemy begins a transaction:
                # inside one SQLite ignores the pragma, and a batch migration's
                # table copy would then cascade-delete the rows that refer to it.
                cast(Any, conn.connection.driver_connection).execute("PRAGMA foreign_keys=OFF")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
            if db.is_sqlite:
                cast(Any, conn.connection.driver_connection).execute("PRAGMA foreign_keys=ON")
    except DBAPIError as exc:
        raise StoreError(explain_db_error(db, exc)) from exc
    return MigrationResult(before, head, backup)

"""Bringing a database to the current schema, with a backup first.

Alembic does the work (`render_as_batch=True` for SQLite). Before any
migration touches an SQLite file that already holds tables, a copy is taken
with SQLite's online backup API next to the file.

Alembic is imported only when a migration runs: at a start-up on a current
schema the revisions are read from the migration files' `revision` lines and the
database's from ``alembic_version`` with one query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from .database import Database, StoreError, explain_db_error
from .health import newer, where

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION_LINE = re.compile(
    r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(None|['\"]([^'\"]+)['\"])\s*$", re.MULTILINE)


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@cache
def _chain() -> tuple[str, ...]:
    """The revisions of the migration files, oldest first (one straight line)."""
    parent: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {m.group(1): m.group(3) for m in _REVISION_LINE.finditer(path.read_text("utf-8"))}
        if "revision" in found and found["revision"] is not None:
            parent[found["revision"]] = found.get("down_revision")
    children = {down: rev for rev, down in parent.items()}
    chain: list[str] = []
    current = children.get(None)
    while current is not None:
        chain.append(current)
        current = children.get(current)
    if len(chain) != len(parent):
        raise RuntimeError(f"the migrations in {MIGRATIONS} do not form one line: {parent}")
    return tuple(chain)


def head_revision() -> str:
    return _chain()[-1]


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    return list(_chain())


def current_revision(db: Database) -> str | None:
    """The database's revision (``alembic_version``), None for a database without one."""
    try:
        with db.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except DBAPIError:
                conn.rollback()
                if inspect(conn).has_table("alembic_version"):
                    raise
                return None
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
    from alembic import command

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

"""Start-up steps shared by the command line and the windows (no Qt).

Logging to a rotating file, opening the database and migrating it.
"""

from __future__ import annotations

import logging
import logging.handlers

from . import paths
from .store.database import Database
from .store.health import check_existing_sqlite, verify_schema
from .store.migrate import MigrationResult, all_revisions, head_revision, upgrade

log = logging.getLogger(__name__)


def setup_logging(level: int = logging.INFO) -> logging.Handler | None:
    """Send log records to a rotating file in the user log folder (once per process)."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "_reception_desk", False):
            return handler
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "reception-desk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._reception_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return handler


def open_database(url: str, *, migrate: bool = True, create: bool = False,
                  verify: bool = True) -> tuple[Database, MigrationResult | None]:
    """Open, check and (by default) migrate; raises StoreError with a clear message.

    A new SQLite database is made only where no file exists, or in an empty file
    when `create` is given (``migrate --create``). An existing file must be SQLite
    and pass ``PRAGMA quick_check``. With `verify` (the default) the schema must be
    this program's: not foreign, not newer, no table or column missing. `check`
    turns `verify` off to report those problems itself.
    """
    db = Database(url)
    try:
        known = (all_revisions(), head_revision())
        if db.path is not None and db.path.exists():
            check_existing_sqlite(db.path, allow_empty=create,
                                  schema=known if verify else None)
        db.check_connection()
        if verify and not db.is_sqlite:
            verify_schema(db, known=known[0], head=known[1])
        result = upgrade(db) if migrate else None
        if verify and result is not None and result.changed:
            verify_schema(db, known=all_revisions(), head=head_revision())
    except BaseException:
        db.dispose()  # no pooled connection to a damaged file is left behind
        raise
    if result is not None and result.changed:
        log.info("migrated %s from %s to %s (backup %s)", db.describe(), result.before,
                 result.after, result.backup)
    return db, result

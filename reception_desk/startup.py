"""Start-up steps shared by the command line and the windows (no Qt).

Logging to a rotating file, opening the database and migrating it.
"""

from __future__ import annotations

import logging
import logging.handlers

from . import paths
from .store.database import Database
from .store.migrate import MigrationResult, upgrade

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
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "reception-desk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._reception_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return handler


def open_database(url: str, *, migrate: bool = True) -> tuple[Database, MigrationResult | None]:
    """Open and (by default) migrate; raises StoreError with a clear message."""
    db = Database(url)
    try:
        db.check_connection()
        result = upgrade(db) if migrate else None
    except BaseException:
        db.dispose()  # no pooled connection to a damaged file is left behind
        raise
    if result is not None and result.changed:
        log.info("migrated %s from %s to %s (backup %s)", db.describe(), result.before,
                 result.after, result.backup)
    return db, result

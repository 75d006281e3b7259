"""Backups for the window: the daily copy, and restoring a good copy (no Qt).

The copying itself is the store's (`store.backup`: SQLite's online backup API,
a ``.part`` file renamed when complete, a restore checked and refused while the
database is open anywhere). This is the window's door to it:

- `BackupService.daily_due` (on the Qt thread: it reads the site settings) says
  whether today's copy is missing and where it goes; `make_daily` makes it and
  prunes the old ones, touching only files, so a worker thread may run it.
  PostgreSQL and in-memory databases have no daily copy (the server's own
  backups, or `reception-desk backup`, cover them).
- `newest_good_backup` and `restore_backup` serve the recovery dialog, which
  runs before any database is open; both check copies against this program's
  schema revisions.

A copy or restore that cannot be done raises `BackupFailed`, whose English
message says why and what to do (`cli_messages.store_error_text` translates it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.timeutil import Clock
from ..store import backup as store_backup
from ..store.backup import DailyResult
from ..store.database import Database, StoreError
from ..store.migrate import all_revisions, head_revision
from .site_settings import SettingsService

__all__ = [
    "BackupFailed",
    "BackupService",
    "DailyCopy",
    "DailyResult",
    "default_folder",
    "newest_good_backup",
    "restore_backup",
]


class BackupFailed(Exception):
    """A backup or restore could not be done; the message says why and what to do."""


@dataclass(frozen=True)
class DailyCopy:
    """Today's missing copy: of which file, into which folder, and how many to keep."""

    db_path: Path
    folder: Path
    day: date
    keep: int


class BackupService:
    """The daily copy of an SQLite database file."""

    def __init__(self, db: Database, settings: SettingsService, clock: Clock) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock

    def daily_due(self) -> DailyCopy | None:
        """Today's copy (by the site's time zone) if it is missing, else None; always
        None on PostgreSQL and for an in-memory database."""
        if not self.db.is_sqlite or self.db.path is None:
            return None
        current = self.settings.current()
        folder = store_backup.backup_folder(self.db.path, current.backup_folder)
        day = self.clock().astimezone(current.zone()).date()
        if store_backup.daily_backup_path(self.db.path, folder, day).exists():
            return None
        return DailyCopy(self.db.path, folder, day, current.backup_keep_days)

    @staticmethod
    def make_daily(copy: DailyCopy) -> DailyResult:
        """Make the copy (unless it appeared meanwhile) and keep only the newest
        `copy.keep` daily copies. Reads no settings: safe in a worker thread."""
        try:
            return store_backup.daily_backup(copy.db_path, copy.folder, copy.day, copy.keep)
        except StoreError as exc:
            raise BackupFailed(str(exc)) from exc


def default_folder(db_path: Path) -> Path:
    """Where backups go unless the admin chose a folder: ``backups`` beside the database."""
    return store_backup.default_folder(db_path)


def newest_good_backup(db_path: Path, folders: Iterable[Path]) -> Path | None:
    """The newest copy of this database in `folders` (or beside it) that is whole and of
    this program's schema, not newer; None if there is none."""
    return store_backup.newest_good_backup(db_path, folders, known=all_revisions(),
                                           head=head_revision())


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Put `backup` in place of the database file; return where the replaced file was
    kept (None if there was none). Raises BackupFailed if the copy is not good or the
    database is open anywhere."""
    try:
        return store_backup.restore_backup(backup, db_path, known=all_revisions(),
                                           head=head_revision())
    except StoreError as exc:
        raise BackupFailed(str(exc)) from exc

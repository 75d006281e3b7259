"""Backups of the SQLite file and restoring one (no Qt).

Every copy is made with SQLite's online backup API, which is safe while other
connections read and write: it copies a consistent snapshot and starts over if
another connection commits half-way. A copy is written to a ``.part`` file and
renamed when complete, so a failed backup (disk full, share gone) never leaves a
half file under a good name. Copies are stand-alone (rollback journal, not WAL),
so a backup folder holds one file per copy.

Daily copies are named ``<stem>.<YYYY-MM-DD>.daily.bak`` and pruned to the newest
N. `restore_backup` checks the copy (full integrity check, schema of this
program, not newer) and refuses while any other connection has the database open:
every SQLite connection in WAL mode holds a shared lock on the file for as long as
it is open, so an exclusive lock (``locking_mode=EXCLUSIVE`` + ``BEGIN EXCLUSIVE``)
is granted only when nobody else has it open. That is SQLite's own locking
(``fcntl`` on Linux, ``LockFileEx`` on Windows), so it works the same on both.
The replaced file is kept beside the database as ``<stem>.<UTC time>.replaced.bak``.

On PostgreSQL the backup is ``pg_dump``; `pg_dump_command` gives the exact command.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import make_url

from .database import StoreError
from .health import SQLITE_HEADER, inspect_sqlite_file, newer

DEFAULT_KEEP = 30
DEFAULT_FOLDER_NAME = "backups"
_DAILY = re.compile(r"^(?P<stem>.+)\.(?P<day>\d{4}-\d{2}-\d{2})\.daily\.bak$")


class BackupError(StoreError):
    """A backup or restore could not be done; the message says why and what to do."""


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (None for PostgreSQL, memory or a bad URL)."""
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "").expanduser().resolve()


def default_folder(db_path: Path) -> Path:
    """Where backups go unless the admin chose a folder: ``backups`` beside the database."""
    return db_path.parent / DEFAULT_FOLDER_NAME


def backup_folder(db_path: Path, chosen: str | None) -> Path:
    """The admin's folder (site setting), or the default one."""
    text = (chosen or "").strip()
    return Path(text).expanduser() if text else default_folder(db_path)


def _os_reason(exc: OSError | sqlite3.Error) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path))}?mode={mode}"


def copy_database(source: Path, target: Path, *, pages: int = -1,
                  progress: Callable[[int, int, int], object] | None = None) -> Path:
    """Copy the SQLite database `source` to `target` with the online backup API.

    Safe while other connections use `source`. Raises BackupError (the folder
    cannot be made, disk full, …) and leaves nothing at `target` then.
    """
    part = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        src = sqlite3.connect(_uri(source, "ro"), uri=True, timeout=30)
        try:
            dest = sqlite3.connect(part, isolation_level=None)
            try:
                src.backup(dest, pages=pages, progress=progress)
                # A stand-alone file: no -wal or -shm beside it in the backup folder.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        with part.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(part, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        raise BackupError(
            f"cannot write the backup {target} ({_os_reason(exc)}); check that the folder "
            "exists, is writable and has free space") from exc
    return target


def stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def manual_backup_path(db_path: Path, folder: Path, now: datetime | None = None) -> Path:
    return folder / f"{db_path.stem}.{stamp(now)}.manual.bak"


def daily_backup_path(db_path: Path, folder: Path, day: date) -> Path:
    return folder / f"{db_path.stem}.{day.isoformat()}.daily.bak"


def daily_backups(db_path: Path, folder: Path) -> list[Path]:
    """This database's daily copies in `folder`, newest day first."""
    if not folder.is_dir():
        return []
    found: list[tuple[str, Path]] = []
    for path in folder.iterdir():
        match = _DAILY.match(path.name)
        if match and match["stem"] == db_path.stem:
            found.append((match["day"], path))
    return [path for _, path in sorted(found, reverse=True)]


@dataclass(frozen=True)
class DailyResult:
    """What `daily_backup` did: the copy made (None if today's existed) and those pruned."""

    made: Path | None
    pruned: tuple[Path, ...]


def daily_backup(db_path: Path, folder: Path, day: date, keep: int = DEFAULT_KEEP
                 ) -> DailyResult:
    """Make today's copy unless it exists, then keep only the newest `keep` daily copies."""
    target = daily_backup_path(db_path, folder, day)
    made = None
    if not target.exists():
        made = copy_database(db_path, target)
    pruned: list[Path] = []
    for old in daily_backups(db_path, folder)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.unlink()
            pruned.append(old)
    return DailyResult(made, tuple(pruned))


def all_backups(db_path: Path, folders: Iterable[Path]) -> list[Path]:
    """Every ``<stem>.*.bak`` copy of this database in `folders` (and beside it), newest first."""
    seen: dict[Path, float] = {}
    for folder in (*folders, db_path.parent):
        if not folder.is_dir():
            continue
        for path in folder.glob(f"{db_path.stem}.*.bak"):
            with contextlib.suppress(OSError):
                seen[path.resolve()] = path.stat().st_mtime
    return sorted(seen, key=lambda p: seen[p], reverse=True)


def verify_backup(path: Path, *, known: Iterable[str], head: str) -> str:
    """Refuse a copy that is damaged, not this program's, or newer; return its revision."""
    from .health import BASE_TABLES, foreign, missing_tables

    if not path.is_file():
        raise BackupError(f"there is no backup file at {path}")
    state = inspect_sqlite_file(path, full=True)
    if state.empty or state.revision is None:
        raise foreign(path) if state.tables else BackupError(
            f"{path} holds no Reception Desk data; choose another backup")
    if state.revision not in set(known):
        raise newer(path, state.revision)
    lost = [t for t in BASE_TABLES if t not in state.tables]
    if lost:
        raise missing_tables(path, lost)
    _ = head
    return state.revision


def newest_good_backup(db_path: Path, folders: Iterable[Path], *, known: Iterable[str],
                       head: str) -> Path | None:
    """The newest copy that passes `verify_backup`, or None."""
    revisions = list(known)
    for path in all_backups(db_path, folders):
        if ".replaced." in path.name:
            continue
        try:
            verify_backup(path, known=revisions, head=head)
        except StoreError:
            continue
        return path
    return None


def in_use(db_path: Path) -> bool:
    """True while another connection (this process or another) has the database open."""
    if not db_path.exists():
        return False
    try:
        conn = sqlite3.connect(_uri(db_path, "rw"), uri=True, timeout=0,
                               isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:
        return False  # not a database: nothing can be using it as one
    finally:
        conn.close()
    return False


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def restore_backup(backup: Path, db_path: Path, *, known: Iterable[str], head: str,
                   now: datetime | None = None) -> Path | None:
    """Put `backup` in place of the database at `db_path`; return where the replaced
    file was kept (None if there was none).

    Refused (BackupError) if the backup is not good or the database is open anywhere.
    """
    verify_backup(backup, known=known, head=head)
    if backup.resolve() == db_path.resolve():
        raise BackupError(f"{backup} is the database itself; choose a backup copy")
    if in_use(db_path):
        raise BackupError(
            f"{db_path} is open in another program (a Reception Desk window or command); "
            "close every window that uses it, then restore again")
    kept: Path | None = None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        if db_path.exists():
            if _is_sqlite(db_path):
                # Fold the WAL into the file so the kept copy is complete by itself.
                with contextlib.suppress(sqlite3.Error):
                    conn = sqlite3.connect(_uri(db_path, "rw"), uri=True, timeout=0)
                    try:
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    finally:
                        conn.close()
            kept = db_path.with_name(f"{db_path.stem}.{stamp(now)}.replaced.bak")
            os.replace(db_path, kept)
            for suffix in ("-wal", "-shm", "-journal"):
                side = Path(f"{db_path}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{kept}{suffix}"))
        part = db_path.with_name(db_path.name + ".restoring")
        shutil.copyfile(backup, part)
        with part.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(part, db_path)
    except OSError as exc:
        raise BackupError(
            f"cannot restore {backup} to {db_path} ({_os_reason(exc)}); the replaced file "
            f"is {kept or 'unchanged'}") from exc
    return kept


def pg_dump_command(url: str, output: Path) -> list[str]:
    """The `pg_dump` command line for a PostgreSQL URL (the password comes from
    PGPASSWORD or ~/.pgpass, never from the command line)."""
    parsed = make_url(url)
    command = ["pg_dump", "--format=custom", f"--file={output}"]
    if parsed.host:
        command.append(f"--host={parsed.host}")
    if parsed.port:
        command.append(f"--port={parsed.port}")
    if parsed.username:
        command.append(f"--username={parsed.username}")
    options = parsed.query.get("options")
    if isinstance(options, str) and "search_path=" in options:
        command.append(f"--schema={options.split('search_path=', 1)[1].split()[0]}")
    command.append(parsed.database or "")
    return command


def run_pg_dump(url: str, output: Path) -> bool:
    """Run pg_dump if it is on PATH (True), or return False so the caller prints the command."""
    if shutil.which("pg_dump") is None:
        return False
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    try:
        done = subprocess.run(pg_dump_command(url, output), env=env, capture_output=True,
                              text=True, timeout=3600, check=False)
    except OSError as exc:
        raise BackupError(f"pg_dump could not run ({_os_reason(exc)})") from exc
    if done.returncode != 0:
        detail = (done.stderr or "").strip().splitlines()
        raise BackupError(f"pg_dump failed: {detail[-1] if detail else done.returncode}")
    return True

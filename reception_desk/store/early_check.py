"""SQLite's ``quick_check`` of the database file, started as the program starts.

The start-up check reads every page of the file (about half a second for three years
of history). Started in its own thread before Python imports Qt and SQLAlchemy, it
runs while they load (sqlite3 lets go of the GIL), and the start-up check
(health.inspect_sqlite_file) takes its answer instead of reading the file again.
The answer is used only if the file has not changed since the check began; else, or
when none was started, the start-up check reads the file itself as before.

Standard library only: it is imported before anything heavy.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

_SQLITE_PREFIX = "sqlite:///"


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that never writes to the file."""
    uri = f"file:{quote(str(path))}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=10, isolation_level=None,
                           check_same_thread=False)


def quick_check_rows(conn: sqlite3.Connection) -> list[str]:
    return [str(row[0]) for row in conn.execute("PRAGMA quick_check")]


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///`` URL; None for anything else."""
    if not url.startswith(_SQLITE_PREFIX):
        return None
    name = url[len(_SQLITE_PREFIX):].split("?", 1)[0]
    if not name or name == ":memory:":
        return None
    return Path(name).expanduser().resolve()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


@dataclass
class _Check:
    path: Path
    stamp: tuple[int, int]
    done: threading.Event = field(default_factory=threading.Event)
    rows: list[str] | None = None
    error: sqlite3.Error | None = None

    def run(self) -> None:
        try:
            conn = connect_readonly(self.path)
            try:
                self.rows = quick_check_rows(conn)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            self.error = exc
        finally:
            self.done.set()


_lock = threading.Lock()
_pending: dict[Path, _Check] = {}


def start(url: str) -> None:
    """Begin checking the database file of `url` (nothing for a missing or empty file,
    PostgreSQL or memory: the start-up check handles those without reading pages)."""
    path = sqlite_path(url)
    stamp = _stamp(path) if path is not None else None
    if path is None or stamp is None or stamp[0] == 0:
        return
    check = _Check(path, stamp)
    with _lock:
        _pending[path] = check
    threading.Thread(target=check.run, name="quick-check", daemon=True).start()


def take(path: Path) -> list[str] | None:
    """The early check's rows for `path` (raising its sqlite3 error), once; None when no
    check was started for it or the file changed since it began."""
    with _lock:
        check = _pending.pop(path.expanduser().resolve(), None)
    if check is None:
        return None
    check.done.wait()
    if _stamp(check.path) != check.stamp:
        return None
    if check.error is not None:
        raise check.error
    return check.rows

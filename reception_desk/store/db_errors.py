"""Which database failures a person can act on: a full disk, a read-only file or server.

`storage_failure(exc)` looks through an exception and its causes for the
driver's own error and names the kind, or gives None for anything else:

- DISK_FULL: SQLite's SQLITE_FULL ("database or disk is full", also when
  `max_page_count` is reached), PostgreSQL's disk_full (SQLSTATE 53100),
  an OSError ENOSPC;
- READ_ONLY: SQLite's SQLITE_READONLY ("attempt to write a readonly database":
  a read-only file or folder, `query_only`, a `mode=ro` URI), PostgreSQL's
  read_only_sql_transaction (SQLSTATE 25006, e.g. a standby server), an
  OSError EROFS.

A failed write transaction is rolled back whole: what was committed before
stays, so the message can say that nothing acknowledged was lost.
"""

from __future__ import annotations

import errno

from sqlalchemy.exc import DBAPIError

# The kinds are the domain's (domain.storage); imported from here by the store and tests.
from ..domain.storage import CONNECTION_LOST as CONNECTION_LOST
from ..domain.storage import DISK_FULL as DISK_FULL
from ..domain.storage import READ_ONLY as READ_ONLY

_SQLSTATES = {"53100": DISK_FULL, "25006": READ_ONLY, "08000": CONNECTION_LOST,
              "08001": CONNECTION_LOST, "08003": CONNECTION_LOST, "08004": CONNECTION_LOST,
              "08006": CONNECTION_LOST, "57P01": CONNECTION_LOST}
_TEXTS = (
    ("database or disk is full", DISK_FULL),
    ("no space left on device", DISK_FULL),
    ("could not extend file", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("read-only transaction", READ_ONLY),
    ("server closed the connection", CONNECTION_LOST),
    ("connection refused", CONNECTION_LOST),
    ("could not connect", CONNECTION_LOST),
    ("connection is closed", CONNECTION_LOST),
    ("consuming input failed", CONNECTION_LOST),
    ("terminating connection", CONNECTION_LOST),
)


def _kind_of(exc: BaseException) -> str | None:
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return CONNECTION_LOST
        orig = exc.orig
        state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
        if state in _SQLSTATES:
            return _SQLSTATES[state]
        text = str(orig if orig is not None else exc).lower()
        return next((kind for pattern, kind in _TEXTS if pattern in text), None)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DISK_FULL
        if exc.errno == errno.EROFS:
            return READ_ONLY
    return None


def storage_failure(exc: BaseException) -> str | None:
    """DISK_FULL, READ_ONLY or None, for `exc` or any exception that caused it."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = _kind_of(current)
        if kind is not None:
            return kind
        current = current.__cause__ or current.__context__
    return None

"""Which failure of the database a person can act on, for the windows (no Qt).

`storage_failure(exc)` names the kind (DISK_FULL, READ_ONLY, CONNECTION_LOST of
`domain.storage`) for an exception or any exception that caused it, or None;
`storage_failure_message(exc)` gives the app's words for it (an English source
text in the "ErrorReporter" context, to be translated by the caller), or None
for any other error.
"""

from __future__ import annotations

from ..domain.storage import STORAGE_MESSAGES
from ..store.db_errors import storage_failure as _store_failure


def storage_failure(exc: BaseException) -> str | None:
    """DISK_FULL, READ_ONLY, CONNECTION_LOST or None, for `exc` or its causes."""
    return _store_failure(exc)


def storage_failure_message(exc: BaseException) -> str | None:
    """What to tell the user when `exc` is a full disk, a read-only database or a lost
    server (untranslated), or None when it is none of these."""
    kind = _store_failure(exc)
    return None if kind is None else STORAGE_MESSAGES[kind]

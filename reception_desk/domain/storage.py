"""Database failures a person can act on, and the app's words for each.

The store recognises them in the driver's errors (`store.db_errors`); the
services hand the kind or the words to the windows (`services.storage`). A failed
write transaction is rolled back whole, so every message can say that what was
saved before is safe.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP

DISK_FULL = "disk_full"
READ_ONLY = "read_only"
# The database server cannot be reached (PostgreSQL): the transaction never committed.
CONNECTION_LOST = "connection_lost"

# In the "ErrorReporter" context: the error box of the window says them (ui/errors.py).
STORAGE_MESSAGES: dict[str, str] = {
    DISK_FULL: QT_TRANSLATE_NOOP(
        "ErrorReporter",
        "The database cannot be written: the disk is full.\nNothing from that action "
        "was saved; everything saved before is safe.\nFree some disk space (or call "
        "IT), then do it again."),
    CONNECTION_LOST: QT_TRANSLATE_NOOP(
        "ErrorReporter",
        "The database server cannot be reached.\nNothing from that action was saved; "
        "everything saved before is safe.\nThe desk reconnects by itself: do it again "
        "once the banner says the connection is back."),
    READ_ONLY: QT_TRANSLATE_NOOP(
        "ErrorReporter",
        "The database cannot be written: the file or its folder is read-only.\nNothing "
        "from that action was saved; everything saved before is safe.\nAsk IT to give "
        "this PC write access to the database, then do it again."),
}

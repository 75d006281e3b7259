"""The store's transaction as services hold it, and the refusal they may catch.

A service opens one transaction with `Database.write()` (or `read()`), hands it
to repositories and names its type from here; a unique constraint that refuses
a write (another PC took the staff number, the seat, the name first) arrives as
`IntegrityError`. So services name both without importing SQLAlchemy: only
store/ does.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

__all__ = ["IntegrityError", "Session"]

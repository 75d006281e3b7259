"""Reading the audit log (admins only): who did what, when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.audit_actions import AUDIT_ACTIONS
from ..domain.roles import Actor, Permission, require
from ..store.audit_repo import AuditRepository
from ..store.database import Database


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    account_id: int | None
    action: str
    target: str
    detail: str


#: The actions written by the features, for the log's filter.
KNOWN_ACTIONS: tuple[str, ...] = tuple(AUDIT_ACTIONS)


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self, actor: Actor, start: datetime | None = None, end: datetime | None = None,
                action: str | None = None) -> list[AuditRecord]:
        """Entries with start <= at < end (either open), optionally of one action, oldest first."""
        require(actor, Permission.AUDIT_VIEW)
        with self.db.read() as session:
            return [AuditRecord(e.id, e.at, e.actor, e.account_id, e.action, e.target, e.detail)
                    for e in AuditRepository(session).between(start, end, action)]

    def actions(self, actor: Actor) -> list[str]:
        """Every action name known or present in the log, sorted."""
        require(actor, Permission.AUDIT_VIEW)
        present = {e.action for e in self.entries(actor)}
        return sorted(present | set(KNOWN_ACTIONS))

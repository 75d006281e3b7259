"""The audit log: reading it (admins only), appending to it, and checking its hash chain.

Features that write something else add their entry in their own transaction
(`store.audit_repo.AuditRepository.add`). An action that writes nothing else —
an export, a printed sheet, a sign-out — is recorded with `record` or
`record_output` (who, what, how many rows, masked or full). Every entry is
hash-chained to the one before (domain/audit_chain.py); `verify` walks the chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ..domain.audit_actions import AUDIT_ACTIONS
from ..domain.audit_chain import ChainReport
from ..domain.roles import Actor, Permission, require
from ..domain.timeutil import Clock, utc_now
from ..store.audit_repo import AuditRepository, verify_chain
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


class Output(StrEnum):
    """What left the app with personal data in it (the audit action)."""

    EXPORT = "export"
    PRINT = "print"


#: The actions written by the features, for the log's filter.
KNOWN_ACTIONS: tuple[str, ...] = tuple(AUDIT_ACTIONS)


def output_detail(rows: int, masked: bool, detail: str = "") -> str:
    """The detail of an export / print entry: "12 rows, masked; <detail>"."""
    text = f"{rows} rows, {'masked' if masked else 'full'}"
    return f"{text}; {detail}" if detail else text


class AuditService:
    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self.db = db
        self.clock = clock

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

    # -- appending -------------------------------------------------------------------------
    def record(self, actor: Actor, action: str, target: str = "", detail: str = "") -> int:
        """Append one entry in its own transaction; return its id."""
        with self.db.write() as session:
            return AuditRepository(session).add(self.clock(), actor, action, target, detail).id

    def record_output(self, actor: Actor, output: Output | str, what: str, rows: int, *,
                      masked: bool, detail: str = "") -> int:
        """An export or print of personal data: who, what, how many rows, masked or full."""
        return self.record(actor, Output(output).value, what,
                           output_detail(rows, masked, detail))

    # -- the chain -------------------------------------------------------------------------
    def verify(self) -> ChainReport:
        """Walk the whole log; the report names the first row that breaks the chain."""
        with self.db.engine.connect() as conn:
            return verify_chain(conn)

"""The audit log's rows: added in the transaction of the action they record, hash-chained.

Each new row carries `chain_hash(previous row's hash, its fields)`. The write
transaction holds the site's write lock (SQLite `BEGIN IMMEDIATE`, the
PostgreSQL advisory lock taken at BEGIN: store/database.py), so the "previous
row" read here is the last committed one and two PCs never fork the chain. There
is deliberately no update or delete. Phone numbers in a row's target or detail
are masked: the log outlives a customer's erasure.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from ..domain.audit_chain import GENESIS, ChainReport, ChainRow, chain_hash, verify
from ..domain.privacy import mask_phones_in_text
from ..domain.roles import Actor
from .models_people import AuditEntry

#: The session's last audit hash (a session is one transaction: Database.write()).
_HEAD = "reception_desk.audit_head"
#: Rows read per round trip when the chain is verified.
_VERIFY_BATCH = 2000


class AuditOutsideWriteError(RuntimeError):
    """An audit row added in a session without the write lock could fork the chain."""


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, at: datetime, actor: Actor, action: str, target: str = "",
            detail: str = "") -> AuditEntry:
        """Append one entry, chained to the last one; there is no update or delete."""
        if not self.session.connection().get_execution_options().get("rd_write", False):
            raise AuditOutsideWriteError("audit entries are added in Database.write() only")
        # The log is never erased, so it never keeps a full phone number.
        entry = AuditEntry(at=at, actor=actor.name[:60], account_id=actor.account_id,
                           action=action[:40], target=mask_phones_in_text(target)[:80],
                           detail=mask_phones_in_text(detail))
        # A session is one transaction: its own earlier entries come after the stored head.
        previous = self.session.info.get(_HEAD)
        if previous is None:
            previous = self.session.scalar(
                select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
        entry.hash = chain_hash(previous, entry.at, entry.actor, entry.account_id,
                                entry.action, entry.target, entry.detail)
        self.session.info[_HEAD] = entry.hash
        self.session.add(entry)
        # Inserted now, so the ids follow the order of the chain.
        self.session.flush()
        return entry

    def between(self, start: datetime | None = None, end: datetime | None = None,
                action: str | None = None) -> list[AuditEntry]:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if start is not None:
            query = query.where(AuditEntry.at >= start)
        if end is not None:
            query = query.where(AuditEntry.at < end)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(self.session.scalars(query))


def chain_rows(conn: Connection) -> Iterator[ChainRow]:
    """Every audit row in id order, read in batches (a long log is not held in memory)."""
    table = AuditEntry.__table__
    last = 0
    while True:
        batch = conn.execute(
            select(table.c.id, table.c.at, table.c.actor, table.c.account_id,
                   table.c.action, table.c.target, table.c.detail, table.c.hash)
            .where(table.c.id > last).order_by(table.c.id).limit(_VERIFY_BATCH)).all()
        for row in batch:
            yield ChainRow(row.id, row.at, row.actor or "", row.account_id, row.action or "",
                           row.target or "", row.detail or "", row.hash or "")
        if len(batch) < _VERIFY_BATCH:
            return
        last = batch[-1].id


def verify_chain(conn: Connection) -> ChainReport:
    """Walk the whole audit log and report the first row that breaks the chain."""
    return verify(chain_rows(conn))

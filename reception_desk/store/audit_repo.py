"""The audit log's rows: added in the transaction of the action they record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.roles import Actor
from .models_people import AuditEntry


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, at: datetime, actor: Actor, action: str, target: str = "",
            detail: str = "") -> AuditEntry:
        """Append one entry; there is deliberately no update or delete."""
        entry = AuditEntry(at=at, actor=actor.name[:60], account_id=actor.account_id,
                           action=action[:40], target=target[:80], detail=detail)
        self.session.add(entry)
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

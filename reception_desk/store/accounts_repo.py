"""Accounts in the database: lookups by id and name, and the record conversion."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.accounts import AccountRecord
from ..domain.roles import ApprovalLevel, Role
from .models_people import Account


def account_record(row: Account) -> AccountRecord:
    return AccountRecord(
        id=row.id, name=row.name, role=Role(row.role), approval=ApprovalLevel(row.approval or ""),
        department=row.department or "", active=bool(row.active), locked_until=row.locked_until,
        last_login_at=row.last_login_at, created_at=row.created_at, demo=bool(row.demo))


class AccountRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(Account)) or 0)

    def get(self, account_id: int, *, for_update: bool = False) -> Account | None:
        if for_update:
            return self.session.scalars(
                select(Account).where(Account.id == account_id).with_for_update()).first()
        return self.session.get(Account, account_id)

    def by_name(self, name: str) -> Account | None:
        return self.session.scalars(select(Account).where(Account.name == name)).first()

    def all(self, active_only: bool = True) -> list[Account]:
        query = select(Account).order_by(Account.name)
        if active_only:
            query = query.where(Account.active.is_(True))
        return list(self.session.scalars(query))

    def add(self, *, name: str, role: Role, approval: ApprovalLevel, department: str,
            pin_hash: str, at: datetime, demo: bool = False) -> Account:
        """A new active account with no wrong PINs yet, written (flushed) at once."""
        account = Account(name=name, role=role.value, approval=approval.value,
                          department=department, pin_hash=pin_hash, active=True,
                          failed_attempts=0, created_at=at, demo=demo)
        self.session.add(account)
        self.session.flush()
        return account

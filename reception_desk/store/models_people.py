"""Accounts (who may sign in, with which role) and the append-only audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class Account(Base):
    """A person who can identify with a PIN: receptionist, bar, manager or admin."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    #: For managers: department_head / general_manager / "" (no approval box).
    approval: Mapped[str] = mapped_column(String(20), default="")
    department: Mapped[str] = mapped_column(String(40), default="")
    #: "scrypt$n$r$p$salt_hex$hash_hex"; never the PIN itself.
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Wrong PINs in a row; the lock lives here so it holds across PCs and restarts.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime]
    demo: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEntry(Base):
    """Who did what and when; rows are only ever added, each hash-chained to the one before
    (domain/audit_chain.py)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    #: The account name, or "os:<user>" for the command line.
    actor: Mapped[str] = mapped_column(String(60))
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None, index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str] = mapped_column(String(80), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    #: sha256 over the previous row's hash and this row's fields (hex).
    hash: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))

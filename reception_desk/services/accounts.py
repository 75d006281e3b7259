"""Accounts: the first admin, the admin's account changes, and PIN checks with lockout.

A person identifies by choosing their name and typing a PIN. Wrong PINs are
counted in the database, so the lock (after `pin_attempts` wrong PINs, for
`pin_lock_minutes`) holds across PCs and restarts. Every change and every
sign-in, right or wrong, is written to the audit log in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.accounts import AccountRecord, clean_account
from ..domain.errors import ConflictError, DomainError, FieldProblem, NotFoundError, ValidationError
from ..domain.events import ACCOUNTS, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.pins import (
    after_wrong_pin,
    attempts_so_far,
    check_pin,
    hash_pin,
    is_locked,
    validate_pin,
)
from ..domain.roles import Actor, ApprovalLevel, Permission, Role, require
from ..domain.timeutil import Clock, utc_now
from ..store.accounts_repo import AccountRepository, account_record
from ..store.audit_repo import AuditRepository
from ..store.database import Database
from ..store.session import IntegrityError
from .site_settings import SettingsService

if TYPE_CHECKING:
    from ..store.models_people import Account


class WrongPinError(DomainError):
    """The PIN did not match; `tries_left` more before the account locks."""

    def __init__(self, tries_left: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Messages", "Wrong PIN, {n} tries left."),
                         n=tries_left)
        self.tries_left = tries_left


class AccountLockedError(DomainError):
    """Too many wrong PINs: the account refuses every PIN until `until`."""

    def __init__(self, until: datetime, local_text: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "Too many wrong PINs: this account is locked until {until}."),
            until=local_text)
        self.until = until


def _not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("Messages", "That account no longer exists."))


class AccountService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 clock: Clock = utc_now) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.clock = clock

    # -- reading ---------------------------------------------------------------------------
    def has_accounts(self) -> bool:
        with self.db.read() as session:
            return AccountRepository(session).count() > 0

    def list_accounts(self, active_only: bool = True) -> list[AccountRecord]:
        with self.db.read() as session:
            return [account_record(a) for a in AccountRepository(session).all(active_only)]

    def get(self, account_id: int) -> AccountRecord:
        with self.db.read() as session:
            row = AccountRepository(session).get(account_id)
            if row is None:
                raise _not_found()
            return account_record(row)

    def accounts_with(self, permission: Permission) -> list[AccountRecord]:
        """Active accounts that hold the permission (the PIN dialog's list of names)."""
        return [a for a in self.list_accounts() if a.actor().may(permission)]

    # -- first start -----------------------------------------------------------------------
    def create_first_admin(self, name: str, pin: str) -> AccountRecord:
        """The first account, an administrator with the PIN the person chose."""
        name, role, approval, department = clean_account(name, Role.ADMIN,
                                                         ApprovalLevel.NONE, "")
        validate_pin(pin)
        pin_hash = hash_pin(pin)
        now = self.clock()
        with self.db.write() as session:
            repo = AccountRepository(session)
            if repo.count() > 0:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "Messages", "An administrator already exists; ask them for an account."))
            row = repo.add(name=name, role=role, approval=approval, department=department,
                           pin_hash=pin_hash, at=now)
            record = account_record(row)
            AuditRepository(session).add(now, record.actor(), "account_create", name,
                                         "first administrator")
            self.db.record_change(session, ACCOUNTS, (record.id,))
        self.bus.publish(Event(ACCOUNTS, (record.id,)))
        return record

    # -- the admin's changes ------------------------------------------------------------------
    def create(self, actor: Actor, name: str, role: Role | str,
               approval: ApprovalLevel | str = ApprovalLevel.NONE, department: str = "",
               pin: str = "", *, demo: bool = False) -> AccountRecord:
        require(actor, Permission.ACCOUNTS_MANAGE)
        try:
            name, chosen, level, department = clean_account(name, role, approval, department)
            problems: list[FieldProblem] = []
        except ValidationError as exc:
            problems = list(exc.problems)
        try:
            validate_pin(pin)
        except ValidationError as exc:
            problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        pin_hash = hash_pin(pin)
        now = self.clock()
        try:
            with self.db.write() as session:
                repo = AccountRepository(session)
                self._check_name_free(repo, name, None)
                row = repo.add(name=name, role=chosen, approval=level, department=department,
                               pin_hash=pin_hash, at=now, demo=demo)
                record = account_record(row)
                AuditRepository(session).add(now, actor, "account_create", name,
                                             _describe(record))
                self.db.record_change(session, ACCOUNTS, (record.id,))
        except IntegrityError as exc:
            raise _name_taken(name) from exc
        self.bus.publish(Event(ACCOUNTS, (record.id,)))
        return record

    def update(self, actor: Actor, account_id: int, name: str, role: Role | str,
               approval: ApprovalLevel | str, department: str) -> AccountRecord:
        require(actor, Permission.ACCOUNTS_MANAGE)
        name, chosen, level, department = clean_account(name, role, approval, department)
        now = self.clock()
        try:
            with self.db.write() as session:
                repo = AccountRepository(session)
                row = repo.get(account_id)
                if row is None:
                    raise _not_found()
                self._check_name_free(repo, name, account_id)
                if row.role == Role.ADMIN.value and chosen is not Role.ADMIN and row.active:
                    self._check_other_admin(repo, account_id)
                before = _describe(account_record(row))
                row.name, row.role, row.approval, row.department = (
                    name, chosen.value, level.value, department)
                record = account_record(row)
                AuditRepository(session).add(now, actor, "account_update", name,
                                             f"{before} -> {_describe(record)}")
                self.db.record_change(session, ACCOUNTS, (record.id,))
        except IntegrityError as exc:
            raise _name_taken(name) from exc
        self.bus.publish(Event(ACCOUNTS, (record.id,)))
        return record

    def set_pin(self, actor: Actor, account_id: int, pin: str) -> AccountRecord:
        """A new PIN chosen by the admin; it also lifts a lock."""
        require(actor, Permission.ACCOUNTS_MANAGE)
        validate_pin(pin)
        pin_hash = hash_pin(pin)
        return self._change(actor, account_id, "account_pin",
                            lambda row, _repo: _new_pin(row, pin_hash))

    def deactivate(self, actor: Actor, account_id: int) -> AccountRecord:
        """The person left: the account can no longer identify; its history stays."""
        require(actor, Permission.ACCOUNTS_MANAGE)

        def apply(row: Account, repo: AccountRepository) -> None:
            if row.role == Role.ADMIN.value and row.active:
                self._check_other_admin(repo, row.id)
            row.active = False

        return self._change(actor, account_id, "account_deactivate", apply)

    def _change(self, actor: Actor, account_id: int, action: str,
                apply: Callable[[Account, AccountRepository], None]) -> AccountRecord:
        now = self.clock()
        with self.db.write() as session:
            repo = AccountRepository(session)
            row = repo.get(account_id)
            if row is None:
                raise _not_found()
            apply(row, repo)
            record = account_record(row)
            AuditRepository(session).add(now, actor, action, record.name)
            self.db.record_change(session, ACCOUNTS, (record.id,))
        self.bus.publish(Event(ACCOUNTS, (record.id,)))
        return record

    @staticmethod
    def _check_name_free(repo: AccountRepository, name: str, account_id: int | None) -> None:
        same = repo.by_name(name)
        if same is not None and same.id != account_id:
            raise _name_taken(name)

    @staticmethod
    def _check_other_admin(repo: AccountRepository, account_id: int) -> None:
        others = [a for a in repo.all(active_only=True)
                  if a.role == Role.ADMIN.value and a.id != account_id]
        if not others:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Messages", "Keep at least one active administrator."))

    # -- identifying -----------------------------------------------------------------------
    def verify(self, account_id: int, pin: str) -> Actor:
        """The account's actor if the PIN is right; count and audit a wrong one."""
        settings = self.settings.current()
        now = self.clock()
        error: DomainError | None = None
        with self.db.write() as session:
            repo = AccountRepository(session)
            row = repo.get(account_id, for_update=True)
            if row is None or not row.active:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "Messages", "That account is no longer active."))
            record = account_record(row)
            audit = AuditRepository(session)
            if is_locked(row.locked_until, now):
                assert row.locked_until is not None
                audit.add(now, record.actor(), "login_refused", record.name, "locked")
                error = self._locked(row.locked_until)
            elif check_pin(pin, row.pin_hash):
                row.failed_attempts, row.locked_until, row.last_login_at = 0, None, now
                audit.add(now, record.actor(), "login", record.name)
            else:
                outcome = after_wrong_pin(
                    attempts_so_far(row.failed_attempts, row.locked_until, now),
                    settings.pin_attempts, settings.pin_lock_minutes, now)
                row.failed_attempts, row.locked_until = (outcome.failed_attempts,
                                                         outcome.locked_until)
                audit.add(now, record.actor(), "login_failed", record.name,
                          f"attempt {outcome.failed_attempts}"
                          + (", locked" if outcome.locked_until else ""))
                error = (self._locked(outcome.locked_until) if outcome.locked_until
                         else WrongPinError(outcome.tries_left))
            self.db.record_change(session, ACCOUNTS, (row.id,))
            actor = account_record(row).actor()
        self.bus.publish(Event(ACCOUNTS, (account_id,)))
        if error is not None:
            raise error
        return actor

    def _locked(self, until: datetime) -> AccountLockedError:
        zone = self.settings.current().zone()
        local = until.astimezone(zone)
        today = self.clock().astimezone(zone).date()
        text = local.strftime("%H:%M") if local.date() == today \
            else local.strftime("%Y-%m-%d %H:%M")
        return AccountLockedError(until, text)

    def record(self, actor: Actor, action: str, target: str = "", detail: str = "") -> None:
        """Append an audit entry for an action that writes nothing else (e.g. sign-out)."""
        with self.db.write() as session:
            AuditRepository(session).add(self.clock(), actor, action, target, detail)


def _new_pin(row: Account, pin_hash: str) -> None:
    row.pin_hash, row.failed_attempts, row.locked_until = pin_hash, 0, None


def _describe(record: AccountRecord) -> str:
    parts = [record.role.value]
    if record.approval is not ApprovalLevel.NONE:
        parts.append(record.approval.value)
    if record.department:
        parts.append(record.department)
    return "/".join(parts)


def _name_taken(name: str) -> ValidationError:
    return ValidationError([FieldProblem("name", QT_TRANSLATE_NOOP(
        "Messages", "There is already an account called “{name}”."), {"name": name})])

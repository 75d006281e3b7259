"""Each account action is one write transaction, one change row and one event (ACCOUNTS),
the same here and on other PCs: the first administrator, adding and editing an account,
a new PIN, deactivating, and a sign-in whether the PIN is right, wrong or locked out.
The account rows are written through AccountRepository. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial

import pytest

from reception_desk.domain.errors import DomainError
from reception_desk.domain.events import ACCOUNTS, Event
from reception_desk.domain.roles import Actor, ApprovalLevel, Role
from reception_desk.services.accounts import AccountLockedError, WrongPinError
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.conftest import FakeClock
from tests.services.one_action import one_action


@pytest.fixture
def desk(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


@pytest.fixture
def admin(desk: Services) -> Actor:
    return desk.accounts.create_first_admin("周管理", "135790").actor()


def test_the_first_administrator_is_one_commit_and_one_event(
        desk: Services, commits: list[str], published: list[Event]) -> None:
    first, one = one_action(desk, commits, published,
                            lambda: desk.accounts.create_first_admin("周管理", "135790"))
    assert one == Event(ACCOUNTS, (first.id,))
    assert (first.name, first.role, first.active) == ("周管理", Role.ADMIN, True)


def test_adding_and_editing_an_account_are_one_commit_and_one_event_each(
        desk: Services, admin: Actor, commits: list[str], published: list[Event]) -> None:
    added, one = one_action(desk, commits, published, lambda: desk.accounts.create(
        admin, "李经理", Role.MANAGER, ApprovalLevel.DEPARTMENT_HEAD, "营销部", "3333"))
    assert one == Event(ACCOUNTS, (added.id,))
    assert (added.role, added.approval, added.department) == (
        Role.MANAGER, ApprovalLevel.DEPARTMENT_HEAD, "营销部")

    edited, one = one_action(desk, commits, published, lambda: desk.accounts.update(
        admin, added.id, "李经理", Role.RECEPTIONIST, ApprovalLevel.NONE, ""))
    assert one == Event(ACCOUNTS, (added.id,))
    assert desk.accounts.get(added.id) == edited
    assert edited.role is Role.RECEPTIONIST


def test_a_new_pin_and_deactivating_are_one_commit_and_one_event_each(
        desk: Services, admin: Actor, commits: list[str], published: list[Event]) -> None:
    staff = desk.accounts.create(admin, "前台小王", Role.RECEPTIONIST, pin="1111")

    _, one = one_action(desk, commits, published,
                        lambda: desk.accounts.set_pin(admin, staff.id, "2468"))
    assert one == Event(ACCOUNTS, (staff.id,))
    assert desk.accounts.verify(staff.id, "2468").name == "前台小王"

    gone, one = one_action(desk, commits, published,
                           lambda: desk.accounts.deactivate(admin, staff.id))
    assert one == Event(ACCOUNTS, (staff.id,))
    assert not gone.active


def test_a_sign_in_is_one_commit_and_one_event_whatever_the_pin(
        desk: Services, admin: Actor, commits: list[str], published: list[Event]) -> None:
    desk.settings.save(replace(desk.settings.current(), pin_attempts=2), admin)
    staff = desk.accounts.create(admin, "前台小王", Role.RECEPTIONIST, pin="1111")

    actor, one = one_action(desk, commits, published,
                            lambda: desk.accounts.verify(staff.id, "1111"))
    assert actor.name == "前台小王"
    assert one == Event(ACCOUNTS, (staff.id,))

    def refused(pin: str) -> DomainError:
        try:
            desk.accounts.verify(staff.id, pin)
        except DomainError as exc:
            return exc
        raise AssertionError("the PIN was accepted")

    # A wrong PIN is counted (and the last one locks) in the same one transaction.
    for pin, error in (("0000", WrongPinError), ("0000", AccountLockedError),
                       ("1111", AccountLockedError)):
        caught, one = one_action(desk, commits, published, partial(refused, pin))
        assert isinstance(caught, error)
        assert one == Event(ACCOUNTS, (staff.id,))


def test_signing_out_is_written_to_the_audit_log_alone(
        desk: Services, admin: Actor, commits: list[str], published: list[Event]) -> None:
    """Nothing another window shows changes: one commit, no change row, no event."""
    commits.clear()
    published.clear()
    desk.accounts.record(admin, "sign_out", admin.name)
    assert commits == ["commit"] and published == []
    assert desk.audit.entries(admin)[-1].action == "sign_out"

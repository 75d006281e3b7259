"""Accounts: the first admin, PIN checks with a lockout that holds across PCs, the audit
log, and every gated service method refusing a person without the permission."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import cast

import pytest

from reception_desk.domain.bar import DrinkCategory
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.errors import ConflictError, DomainError, ValidationError
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.roles import Actor, ApprovalLevel, Permission, PermissionDenied, Role
from reception_desk.services.accounts import AccountLockedError, WrongPinError
from reception_desk.services.context import Services
from reception_desk.services.export import export_to_file
from reception_desk.startup import open_database
from reception_desk.store.models_people import Account
from tests.conftest import TEST_ACTOR, FakeClock

DAY = date(2026, 11, 28)


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.accounts.create_first_admin("周管理", "135790").actor()


@pytest.fixture
def staff(services: Services, admin: Actor) -> dict[str, Actor]:
    accounts = services.accounts
    return {
        "receptionist": accounts.create(admin, "前台小王", Role.RECEPTIONIST, pin="1111").actor(),
        "bar": accounts.create(admin, "水吧小周", Role.BAR, pin="2222").actor(),
        "manager": accounts.create(admin, "李经理", Role.MANAGER,
                                   ApprovalLevel.DEPARTMENT_HEAD, "营销部", "3333").actor(),
    }


def account_id(actor: Actor) -> int:
    """The account of a person who signs in (the admin and staff here all have one)."""
    assert actor.account_id is not None
    return actor.account_id


def actions(services: Services) -> list[str]:
    return [e.action for e in services.audit.entries(TEST_ACTOR)]


# -- first start and the admin's changes ---------------------------------------------------

def test_the_first_admin_is_created_once_with_the_chosen_pin(services: Services) -> None:
    assert not services.accounts.has_accounts()
    with pytest.raises(ValidationError) as caught:
        services.accounts.create_first_admin("周管理", "12")
    assert caught.value.problems[0].field == "pin"
    assert not services.accounts.has_accounts()
    first = services.accounts.create_first_admin(" 周管理 ", "135790")
    assert (first.name, first.role) == ("周管理", Role.ADMIN)
    assert services.accounts.has_accounts()
    with pytest.raises(ConflictError):
        services.accounts.create_first_admin("黑客", "000000")
    assert [a.name for a in services.accounts.list_accounts()] == ["周管理"]
    with services.db.read() as session:
        stored = session.get(Account, first.id)
        assert stored is not None and "135790" not in stored.pin_hash
    assert services.accounts.verify(first.id, "135790").name == "周管理"


def test_admin_creates_edits_resets_and_deactivates(services: Services, admin: Actor,
                                                    staff: dict[str, Actor]) -> None:
    accounts = services.accounts
    head = staff["manager"]
    assert head.may(Permission.REQUEST_APPROVE_DEPARTMENT)
    with pytest.raises(ValidationError) as caught:
        accounts.create(admin, "李经理", Role.MANAGER, pin="9999")
    assert caught.value.problems[0].field == "name"
    with pytest.raises(ValidationError) as caught:
        accounts.create(admin, "", Role.BAR, ApprovalLevel.GENERAL_MANAGER, pin="1")
    assert {p.field for p in caught.value.problems} == {"name", "approval", "pin"}

    changed = accounts.update(admin, account_id(head), "李经理", Role.MANAGER,
                              ApprovalLevel.GENERAL_MANAGER, "总经办")
    assert changed.actor().may(Permission.REQUEST_APPROVE_GM)
    accounts.set_pin(admin, account_id(head), "86420")
    with pytest.raises(WrongPinError):
        accounts.verify(account_id(head), "3333")
    assert accounts.verify(account_id(head), "86420").approval is ApprovalLevel.GENERAL_MANAGER

    accounts.deactivate(admin, account_id(staff["bar"]))
    assert "水吧小周" not in [a.name for a in accounts.list_accounts()]
    assert "水吧小周" in [a.name for a in accounts.list_accounts(active_only=False)]
    with pytest.raises(DomainError):
        accounts.verify(account_id(staff["bar"]), "2222")
    # The last administrator cannot be removed or demoted.
    with pytest.raises(DomainError):
        accounts.deactivate(admin, account_id(admin))
    with pytest.raises(DomainError):
        accounts.update(admin, account_id(admin), "周管理", Role.MANAGER, "", "")
    assert [a.name for a in accounts.accounts_with(Permission.ACCOUNTS_MANAGE)] == ["周管理"]
    assert {a.name for a in accounts.accounts_with(Permission.ROTATION_OVERRIDE)} == {
        "周管理", "李经理"}

    entries = services.audit.entries(admin, action="account_update")
    assert len(entries) == 1 and entries[0].actor == "周管理" and entries[0].target == "李经理"
    assert actions(services).count("account_create") == 4
    assert "account_pin" in actions(services) and "account_deactivate" in actions(services)


# -- PINs and the lock -----------------------------------------------------------------------

def test_five_wrong_pins_lock_the_account_on_every_pc_until_the_lock_ends(
        services: Services, staff: dict[str, Actor], db_url: str, clock: FakeClock) -> None:
    head = staff["manager"].account_id
    assert head is not None
    other_db, _ = open_database(db_url)           # the manager's own PC, same database
    try:
        other = Services.open(other_db, clock=clock)
        tries = []
        for desk in (services, other, services, other):
            with pytest.raises(WrongPinError) as caught:
                desk.accounts.verify(head, "0000")
            tries.append(caught.value.tries_left)
        assert tries == [4, 3, 2, 1]
        with pytest.raises(AccountLockedError) as locked:
            services.accounts.verify(head, "0001")
        assert locked.value.until == clock() + timedelta(minutes=5)
        assert locked.value.params["until"] == "10:05"   # Beijing time
        # The right PIN is refused on the other PC as well, and the lock is not extended.
        clock.advance(minutes=4, seconds=59)
        with pytest.raises(AccountLockedError) as again:
            other.accounts.verify(head, "3333")
        assert again.value.until == locked.value.until
        clock.advance(seconds=1)                      # exactly at the end: open again
        assert other.accounts.verify(head, "3333").name == "李经理"
        # A fresh count after the lock: one wrong PIN leaves four tries.
        with pytest.raises(WrongPinError) as fresh:
            services.accounts.verify(head, "9")
        assert fresh.value.tries_left == 4
    finally:
        other_db.dispose()
    log = services.audit.entries(TEST_ACTOR)
    assert [e.action for e in log if e.target == "李经理"][-8:] == [
        "login_failed"] * 5 + ["login_refused", "login", "login_failed"]
    assert "locked" in [e for e in log if e.action == "login_failed"][4].detail


def test_the_lock_length_and_attempts_are_settings(services: Services, staff: dict[str, Actor],
                                                   clock: FakeClock) -> None:
    services.settings.save(replace(services.settings.current(), pin_attempts=2,
                                   pin_lock_minutes=30), TEST_ACTOR)
    bar = staff["bar"].account_id
    assert bar is not None
    with pytest.raises(WrongPinError):
        services.accounts.verify(bar, "1")
    with pytest.raises(AccountLockedError):
        services.accounts.verify(bar, "1")
    clock.advance(minutes=29)
    with pytest.raises(AccountLockedError):
        services.accounts.verify(bar, "2222")
    # The admin's PIN reset lifts the lock at once.
    services.accounts.set_pin(TEST_ACTOR, bar, "24680")
    assert services.accounts.verify(bar, "24680").role is Role.BAR


def test_a_right_pin_resets_the_count_and_is_audited(services: Services,
                                                     staff: dict[str, Actor]) -> None:
    bar = staff["bar"].account_id
    assert bar is not None
    for _ in range(4):
        with pytest.raises(WrongPinError):
            services.accounts.verify(bar, "0")
    services.accounts.verify(bar, "2222")
    with pytest.raises(WrongPinError) as caught:
        services.accounts.verify(bar, "0")
    assert caught.value.tries_left == 4
    assert services.accounts.get(bar).last_login_at is not None
    assert actions(services)[-3:] == ["login_failed", "login", "login_failed"]


# -- role checks on every gated service method -----------------------------------------------

def _seed(services: Services) -> dict[str, int]:
    first = services.rotation.save_consultant(ConsultantDraft("陈静", "XS001"),
                                              actor=TEST_ACTOR)
    second = services.rotation.save_consultant(ConsultantDraft("刘洋", "XS002"),
                                               actor=TEST_ACTOR)
    for consultant in services.rotation.consultants():
        services.rotation.sign_in(consultant.id)
    party = services.arrivals.register(PartyDraft(
        "王", Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
    cups = services.stock.save_item("纸杯", "个", 20, quantity=100, actor=TEST_ACTOR).id
    return {"first": first.id, "second": second.id, "party": party, "cups": cups}


GATED: dict[str, tuple[Permission, Callable[[Services, Actor, dict[str, int], Path], object]]] = {
    "create account": (Permission.ACCOUNTS_MANAGE, lambda s, a, ids, _p: s.accounts.create(
        a, "新人", Role.RECEPTIONIST, pin="5555")),
    "update account": (Permission.ACCOUNTS_MANAGE, lambda s, a, ids, _p: s.accounts.update(
        a, ids["self"], "改名", Role.ADMIN, "", "")),
    "reset PIN": (Permission.ACCOUNTS_MANAGE, lambda s, a, ids, _p: s.accounts.set_pin(
        a, ids["self"], "5555")),
    "deactivate": (Permission.ACCOUNTS_MANAGE, lambda s, a, ids, _p: s.accounts.deactivate(
        a, ids["self"])),
    "audit log": (Permission.AUDIT_VIEW, lambda s, a, ids, _p: s.audit.entries(a)),
    "export audit": (Permission.AUDIT_VIEW, lambda s, a, ids, p: export_to_file(
        s, "audit", DAY, DAY, "csv", "zh", p / "audit.csv", actor=a)),
    "export visits": (Permission.EXPORT_PERSONAL, lambda s, a, ids, p: export_to_file(
        s, "visits", DAY, DAY, "csv", "zh", p / "visits.csv", actor=a)),
    "rotation move": (Permission.ROTATION_OVERRIDE, lambda s, a, ids, _p: s.rotation.move(
        ids["second"], 1, a, "客户指定")),
    "rotation override": (Permission.ROTATION_OVERRIDE, lambda s, a, ids, _p: s.rotation.assign(
        ids["party"], ids["second"], manager=a, reason="客户指定")),
    "roster": (Permission.ROSTER_EDIT, lambda s, a, ids, _p: s.rotation.save_consultant(
        ConsultantDraft("张伟", "XS003"), actor=a)),
    "menu": (Permission.MENU_EDIT, lambda s, a, ids, _p: s.bar.save_menu_item(
        "绿茶", DrinkCategory.TEA, [(ids["cups"], 1)], actor=a)),
    "stock": (Permission.STOCK_EDIT, lambda s, a, ids, _p: s.stock.save_item(
        "茶叶", "克", 50, actor=a)),
    "settings": (Permission.SETTINGS_EDIT, lambda s, a, ids, _p: s.settings.save(
        replace(s.settings.current(), site_name="别的案场"), a)),
}


@pytest.mark.parametrize("action", sorted(GATED))
def test_every_gated_method_refuses_who_may_not_and_writes_nothing(
        services: Services, staff: dict[str, Actor], tmp_path: Path, action: str) -> None:
    permission, call = GATED[action]
    ids = _seed(services)
    refused = [a for a in staff.values() if not a.may(permission)]
    assert refused, "every gated action is refused to someone"
    before = (actions(services), services.accounts.list_accounts(active_only=False),
              services.rotation.state().order, services.settings.current(),
              services.bar.menu(), services.stock.items())
    # And no one at all: what a caller past the type checker could still pass.
    for actor in (*refused, cast(Actor, None)):
        ids["self"] = account_id(actor) if actor else 1
        with pytest.raises(PermissionDenied) as caught:
            call(services, actor, ids, tmp_path)
        assert caught.value.permission is permission
    after = (actions(services), services.accounts.list_accounts(active_only=False),
             services.rotation.state().order, services.settings.current(),
             services.bar.menu(), services.stock.items())
    assert after == before
    assert not (tmp_path / "audit.csv").exists() and not (tmp_path / "visits.csv").exists()
    allowed = next(a for a in staff.values() if a.may(permission)) if any(
        a.may(permission) for a in staff.values()) else TEST_ACTOR
    ids["self"] = account_id(staff["receptionist"])
    call(services, allowed, ids, tmp_path)             # the right person may


def test_exports_are_audited_with_who_and_what(services: Services, staff: dict[str, Actor],
                                               admin: Actor,
                                               tmp_path: Path) -> None:
    manager = staff["manager"]
    export_to_file(services, "visits", DAY, DAY, "csv", "zh", tmp_path / "v.csv", actor=manager)
    export_to_file(services, "stock", DAY, DAY, "csv", "zh", tmp_path / "s.csv",
                   actor=staff["bar"])
    export_to_file(services, "stock", DAY, DAY, "csv", "zh", tmp_path / "t.csv")  # no one known
    exports = services.audit.entries(TEST_ACTOR, action="export")
    assert [(e.actor, e.target) for e in exports] == [("李经理", "visits"), ("水吧小周", "stock")]
    assert "2026-11-28..2026-11-28" in exports[0].detail and "v.csv" in exports[0].detail

    # The administrator's export of the log names the actions in words, not codes.
    export_to_file(services, "audit", DAY, DAY, "csv", "zh", tmp_path / "a.csv",
                   actor=admin)
    export_to_file(services, "audit", DAY, DAY, "csv", "en", tmp_path / "a-en.csv",
                   actor=admin)
    zh_text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert "导出数据" in zh_text and ",export," not in zh_text
    assert "Data exported" in (tmp_path / "a-en.csv").read_text(encoding="utf-8-sig")


def test_overrides_and_settings_changes_are_audited(services: Services,
                                                    staff: dict[str, Actor]) -> None:
    ids = _seed(services)
    manager = staff["manager"]
    services.rotation.move(ids["second"], 1, manager, "新人带教")
    services.rotation.assign(ids["party"], ids["first"], manager=manager, reason="客户指定")
    services.settings.save(replace(services.settings.current(), pin_attempts=3), manager)
    entries = services.audit.entries(TEST_ACTOR)
    overrides = [e for e in entries if e.action == "override"]
    assert [(e.actor, e.target) for e in overrides] == [("李经理", "刘洋"), ("李经理", "陈静")]
    assert [e.detail for e in entries if e.action == "settings"] == ["pin_attempts"]
    assert services.rotation.log(DAY, DAY)[-1].actor == "李经理"


def test_demo_accounts_have_known_pins_and_a_random_admin_pin_shown_once(
        services: Services) -> None:
    from reception_desk.demo.accounts import create_demo_accounts, demo_actors

    services.accounts.create_first_admin("李经理", "135790")   # a real account keeps its name
    pin = create_demo_accounts(services)
    assert pin is not None and len(pin) == 6 and pin.isdigit()
    actors = demo_actors(services)
    assert set(actors) == {"admin", "receptionist", "bar", "department_head", "general_manager"}
    assert actors["department_head"].name == "李经理（演示）"
    assert actors["general_manager"].may(Permission.REQUEST_APPROVE_GM)
    assert actors["department_head"].may(Permission.REQUEST_APPROVE_DEPARTMENT)
    assert services.accounts.verify(account_id(actors["admin"]), pin).role is Role.ADMIN
    for key, known in (("receptionist", "1111"), ("bar", "2222"), ("department_head", "3333"),
                       ("general_manager", "4444")):
        assert services.accounts.verify(account_id(actors[key]), known) == actors[key]
    assert create_demo_accounts(services) is None          # again: nothing new, no PIN shown
    assert len(services.accounts.list_accounts()) == 6

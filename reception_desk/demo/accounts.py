"""Demo accounts: an administrator with a random PIN and four staff with known PINs.

`reception-desk demo` prints the administrator's PIN once, when it is created.
The others' PINs are in the README: receptionist 1111, bar 2222, department
head 3333, general manager 4444. Other demo parts act through `demo_actors`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from ..domain.roles import Actor, ApprovalLevel, Role
from ..services.context import Services

#: Who creates the demo accounts in the audit log (no account: the demo itself).
DEMO_ACTOR = Actor(name="演示数据", role=Role.ADMIN, unrestricted=True)


@dataclass(frozen=True)
class DemoAccount:
    key: str
    name: str
    role: Role
    approval: ApprovalLevel = ApprovalLevel.NONE
    department: str = ""
    #: None: a random 6-digit PIN, shown once.
    pin: str | None = None


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "管理员", Role.ADMIN, department="行政部"),
    DemoAccount("receptionist", "前台小王", Role.RECEPTIONIST, department="案场", pin="1111"),
    DemoAccount("bar", "水吧小周", Role.BAR, department="物业", pin="2222"),
    DemoAccount("department_head", "李经理", Role.MANAGER, ApprovalLevel.DEPARTMENT_HEAD,
                "营销部", pin="3333"),
    DemoAccount("general_manager", "王总", Role.MANAGER, ApprovalLevel.GENERAL_MANAGER,
                "总经办", pin="4444"),
)


def _matches(spec: DemoAccount, role: Role, approval: ApprovalLevel) -> bool:
    return (spec.role, spec.approval) == (role, approval)


def create_demo_accounts(services: Services) -> str | None:
    """Create the demo accounts not there yet; return the admin's PIN if it was created.

    A real account with a demo name keeps it: the demo one is called "name（演示）".
    """
    existing = services.accounts.list_accounts(active_only=False)
    demo = [a for a in existing if a.demo]
    taken = {a.name for a in existing}
    admin_pin: str | None = None
    for spec in DEMO_ACCOUNTS:
        if any(_matches(spec, a.role, a.approval) for a in demo):
            continue
        pin = spec.pin or f"{secrets.randbelow(10**6):06d}"
        name = spec.name if spec.name not in taken else f"{spec.name}（演示）"
        services.accounts.create(DEMO_ACTOR, name, spec.role, spec.approval, spec.department,
                                 pin, demo=True)
        if spec.pin is None:
            admin_pin = pin
    return admin_pin


def demo_actors(services: Services) -> dict[str, Actor]:
    """The demo accounts as actors, by key: admin, receptionist, bar, department_head,
    general_manager (only those that exist and are active)."""
    found: dict[str, Actor] = {}
    for account in services.accounts.list_accounts():
        if not account.demo:
            continue
        for spec in DEMO_ACCOUNTS:
            if _matches(spec, account.role, account.approval) and spec.key not in found:
                found[spec.key] = account.actor()
    return found

"""Roles and what each may do: the one table every panel and service consults.

The desk and bar windows are shared stations. Everyday work (register a
party, order a drink, log a call) needs no login. Anything in
`PERMISSIONS` below needs a person with a role that holds the permission:
the UI hides what the present person may not do, and the services refuse
it anyway (`require`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import DomainError
from .i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    BAR = "bar"
    MANAGER = "manager"
    ADMIN = "admin"


class ApprovalLevel(StrEnum):
    """Which approval box a manager signs on a reception request."""

    NONE = ""
    DEPARTMENT_HEAD = "department_head"   # 部门负责人
    GENERAL_MANAGER = "general_manager"   # 总经理


class Permission(StrEnum):
    #: Reception requests
    REQUEST_CREATE = "request.create"
    REQUEST_APPROVE_DEPARTMENT = "request.approve_department"
    REQUEST_APPROVE_GM = "request.approve_gm"
    REQUEST_CANCEL_ANY = "request.cancel_any"
    REQUEST_PRINT = "request.print"
    #: Rotation
    ROTATION_OVERRIDE = "rotation.override"
    ROSTER_EDIT = "roster.edit"
    #: Water bar
    MENU_EDIT = "menu.edit"
    STOCK_EDIT = "stock.edit"
    #: Customers and the hotline
    CUSTOMER_MERGE = "customer.merge"
    CONFLICT_RESOLVE = "customer.conflict"
    #: Site administration
    SETTINGS_EDIT = "settings.edit"
    ACCOUNTS_MANAGE = "accounts.manage"
    AUDIT_VIEW = "audit.view"
    EXPORT_PERSONAL = "export.personal"
    DELETE_RECORDS = "records.delete"
    #: A person's data: preview retention, export everything about one customer, erase it.
    PRIVACY_ADMIN = "privacy.admin"


_MANAGER = frozenset({
    Permission.REQUEST_CREATE, Permission.REQUEST_CANCEL_ANY, Permission.REQUEST_PRINT,
    Permission.ROTATION_OVERRIDE, Permission.ROSTER_EDIT,
    Permission.MENU_EDIT, Permission.STOCK_EDIT,
    Permission.CUSTOMER_MERGE, Permission.CONFLICT_RESOLVE,
    Permission.SETTINGS_EDIT, Permission.EXPORT_PERSONAL, Permission.DELETE_RECORDS,
})

#: The one table: what each role may do beyond everyday work.
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: frozenset({Permission.REQUEST_CREATE, Permission.REQUEST_PRINT}),
    Role.BAR: frozenset({Permission.STOCK_EDIT}),
    Role.MANAGER: _MANAGER,
    Role.ADMIN: _MANAGER | {Permission.ACCOUNTS_MANAGE, Permission.AUDIT_VIEW,
                            Permission.PRIVACY_ADMIN},
}

#: Approval permissions come from the manager's approval level, not the role alone.
APPROVAL_PERMISSIONS: dict[ApprovalLevel, frozenset[Permission]] = {
    ApprovalLevel.NONE: frozenset(),
    ApprovalLevel.DEPARTMENT_HEAD: frozenset({Permission.REQUEST_APPROVE_DEPARTMENT}),
    ApprovalLevel.GENERAL_MANAGER: frozenset({Permission.REQUEST_APPROVE_GM}),
}

ROLE_LABELS: dict[Role, str] = {
    Role.RECEPTIONIST: QT_TRANSLATE_NOOP("Messages", "Receptionist"),
    Role.BAR: QT_TRANSLATE_NOOP("Messages", "Bar attendant"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Messages", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Messages", "Administrator"),
}

APPROVAL_LABELS: dict[ApprovalLevel, str] = {
    ApprovalLevel.NONE: QT_TRANSLATE_NOOP("Messages", "No approval"),
    ApprovalLevel.DEPARTMENT_HEAD: QT_TRANSLATE_NOOP("Messages", "Department head"),
    ApprovalLevel.GENERAL_MANAGER: QT_TRANSLATE_NOOP("Messages", "General manager"),
}

PERMISSION_LABELS: dict[Permission, str] = {
    Permission.REQUEST_CREATE: QT_TRANSLATE_NOOP("Messages", "fill in reception requests"),
    Permission.REQUEST_APPROVE_DEPARTMENT: QT_TRANSLATE_NOOP(
        "Messages", "approve requests as department head"),
    Permission.REQUEST_APPROVE_GM: QT_TRANSLATE_NOOP(
        "Messages", "approve requests as general manager"),
    Permission.REQUEST_CANCEL_ANY: QT_TRANSLATE_NOOP("Messages", "cancel anyone's request"),
    Permission.REQUEST_PRINT: QT_TRANSLATE_NOOP("Messages", "print request sheets"),
    Permission.ROTATION_OVERRIDE: QT_TRANSLATE_NOOP("Messages", "override the rotation"),
    Permission.ROSTER_EDIT: QT_TRANSLATE_NOOP("Messages", "edit the consultant roster"),
    Permission.MENU_EDIT: QT_TRANSLATE_NOOP("Messages", "edit the drinks menu"),
    Permission.STOCK_EDIT: QT_TRANSLATE_NOOP("Messages", "edit the stock register"),
    Permission.CUSTOMER_MERGE: QT_TRANSLATE_NOOP("Messages", "merge customer records"),
    Permission.CONFLICT_RESOLVE: QT_TRANSLATE_NOOP("Messages", "settle customer conflicts"),
    Permission.SETTINGS_EDIT: QT_TRANSLATE_NOOP("Messages", "change the site settings"),
    Permission.ACCOUNTS_MANAGE: QT_TRANSLATE_NOOP("Messages", "manage accounts"),
    Permission.AUDIT_VIEW: QT_TRANSLATE_NOOP("Messages", "view the audit log"),
    Permission.EXPORT_PERSONAL: QT_TRANSLATE_NOOP("Messages", "export personal data"),
    Permission.DELETE_RECORDS: QT_TRANSLATE_NOOP("Messages", "delete records"),
    Permission.PRIVACY_ADMIN: QT_TRANSLATE_NOOP(
        "Messages", "export or erase a customer's personal data"),
}


@dataclass(frozen=True)
class Actor:
    """Who performs an action: a person with an account, the shared desk, or the OS user.

    The command line acts as the operating-system user (recorded as "os:<user>")
    and is `unrestricted`: whoever can run it already holds the database file.
    An actor without an account and not unrestricted (the shared desk) has only
    its role's permissions.
    """

    name: str
    role: Role
    account_id: int | None = None
    approval: ApprovalLevel = ApprovalLevel.NONE
    unrestricted: bool = False

    @classmethod
    def system(cls, os_user: str) -> Actor:
        return cls(name=f"os:{os_user}", role=Role.ADMIN, account_id=None,
                   approval=ApprovalLevel.NONE, unrestricted=True)

    @property
    def is_system(self) -> bool:
        return self.unrestricted

    def permissions(self) -> frozenset[Permission]:
        if self.is_system:
            return frozenset(Permission)
        granted = PERMISSIONS[self.role]
        if self.role in (Role.MANAGER, Role.ADMIN):
            granted = granted | APPROVAL_PERMISSIONS[self.approval]
        return granted

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions()


class PermissionDenied(DomainError):
    """The person present may not do this; nothing was written."""

    def __init__(self, permission: Permission, actor: Actor | None) -> None:
        if actor is None:
            super().__init__(QT_TRANSLATE_NOOP(
                "Messages", "Only an authorised person may {action}: enter a PIN first."),
                action=PERMISSION_LABELS[permission])
        else:
            super().__init__(QT_TRANSLATE_NOOP(
                "Messages", "{name} may not {action}."),
                name=actor.name, action=PERMISSION_LABELS[permission])
        self.permission = permission
        self.actor = actor


def require(actor: Actor | None, permission: Permission) -> Actor:
    """Return the actor if they hold the permission; raise PermissionDenied otherwise."""
    if actor is None or not actor.may(permission):
        raise PermissionDenied(permission, actor)
    return actor


def roles_with(permission: Permission) -> list[Role]:
    """The roles whose table holds the permission (for "ask a manager" prompts)."""
    return [role for role, granted in PERMISSIONS.items() if permission in granted]

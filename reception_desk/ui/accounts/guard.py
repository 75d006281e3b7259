"""The one way panels ask for a person with a permission.

    actor = ask_actor(self, services, Permission.SETTINGS_EDIT)
    if actor is None:
        return                      # cancelled: nothing happens
    services.settings.save(new, actor)

`ask_actor` returns the person signed in at this PC when they hold the
permission; otherwise it opens the PIN dialog listing those who do (modal,
returns when closed). `may` says whether to show an action at all.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ...domain.roles import Actor, Permission
from ...services.accounts import AccountService
from ...services.context import Services
from .pin_dialog import PinDialog
from .session import SignInSession


def _accounts(services: Services | AccountService) -> AccountService:
    return services if isinstance(services, AccountService) else services.accounts


def ask_actor(parent: QWidget | None, services: Services | AccountService,
              permission: Permission, action_text: str = "") -> Actor | None:
    """Who does it: the signed-in person if they may, else whoever confirms by PIN;
    None if cancelled."""
    current = SignInSession.instance().actor()
    if current is not None and current.may(permission):
        return current
    dialog = PinDialog(_accounts(services), permission, action_text, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.actor
        return None
    finally:
        dialog.deleteLater()


def may(permission: Permission, services: Services | AccountService | None = None) -> bool:
    """Whether to offer an action here: the signed-in person may, or (given the
    services) some active account may and can confirm with a PIN."""
    current = SignInSession.instance().actor()
    if current is not None and current.may(permission):
        return True
    if services is None:
        return False
    return bool(_accounts(services).accounts_with(permission))


class Gate:
    """One dialog's permission: the first gated save asks (`ask_actor`), later saves
    reuse the person who confirmed, or whoever is signed in and may."""

    def __init__(self, services: Services | AccountService, permission: Permission,
                 action_text: str = "") -> None:
        self.accounts = _accounts(services)
        self.permission = permission
        self.action_text = action_text
        self.confirmed: Actor | None = None

    def actor(self, parent: QWidget | None) -> Actor | None:
        current = SignInSession.instance().actor()
        if current is not None and current.may(self.permission):
            return current
        if self.confirmed is None:
            self.confirmed = ask_actor(parent, self.accounts, self.permission, self.action_text)
        return self.confirmed

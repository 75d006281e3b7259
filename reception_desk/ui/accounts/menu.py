"""The Accounts menu (账户) of the main window and the "signed in" status label.

Sign in… / Sign out, Manage accounts…, Audit log…, and on a database without
accounts "Create administrator…". Actions the present person may not do are
hidden; the idle sign-out and every sign-out are written to the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu

from ...domain.events import ACCOUNTS, EVERYTHING, Event
from ...domain.roles import Actor, Permission
from ...services.context import Services
from ..events import EventBridge
from .guard import ask_actor, may
from .session import SignInSession

# The dialogs load when opened, not at start-up (the audit log's export brings the
# PDF and spreadsheet writers).
if TYPE_CHECKING:
    from .accounts_dialog import AccountsDialog
    from .audit_dialog import AuditDialog
    from .first_admin_dialog import FirstAdminDialog
    from .pin_dialog import PinDialog


class AccountsMenu(QObject):
    def __init__(self, window: QMainWindow, services: Services, bridge: EventBridge) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.session = SignInSession.instance()
        self._following = False
        self.menu = QMenu(self.tr("&Accounts"), window)
        self.menu.setObjectName("accountsMenu")
        self.act_first_admin = self._action("createAdmin", self.tr("Create &administrator…"),
                                            self.create_first_admin)
        self.act_sign_in = self._action("signIn", self.tr("Sign &in…"), self.sign_in)
        self.act_sign_out = self._action("signOut", self.tr("Sign &out"), self.sign_out)
        self.menu.addSeparator()
        self.act_manage = self._action("manageAccounts", self.tr("&Manage accounts…"),
                                       self.open_accounts)
        self.act_audit = self._action("auditLog", self.tr("Audit &log…"), self.open_audit)
        self.act_retention = self._action("retentionPreview", self.tr("&Retention preview…"),
                                          self.open_retention)
        self.status = QLabel()
        self.status.setObjectName("statusSignedIn")
        window.statusBar().addPermanentWidget(self.status)
        bridge.changed.connect(self._on_event)
        self.follow_sign_in(True)

    def follow_sign_in(self, on: bool) -> None:
        """Follow the PC's sign-in session (idle length, recording sign-outs, the menu).
        The session belongs to the application and outlives the window: a closed desk
        stops following it, so no later sign-in or sign-out reads or writes its database."""
        if on == self._following:
            return
        self._following = on
        if on:
            self.session.configure(idle_minutes=self._idle_minutes,
                                   on_sign_out=self._record_sign_out)
            self.session.changed.connect(self.refresh)
            self.refresh()
        else:
            self.session.changed.disconnect(self.refresh)
            self.session.release(self._idle_minutes, self._record_sign_out)

    def _idle_minutes(self) -> int:
        return self.services.settings.current().signin_idle_minutes

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.menu.addAction(action)
        return action

    def _on_event(self, event: Event) -> None:
        if event.topic in (ACCOUNTS, EVERYTHING):
            self.refresh()

    def _record_sign_out(self, actor: Actor) -> None:
        if not actor.is_system:
            self.services.accounts.record(actor, "sign_out", actor.name)

    def refresh(self) -> None:
        """Show only what the present person may do."""
        actor = self.session.actor()
        has_accounts = self.services.accounts.has_accounts()
        self.act_first_admin.setVisible(not has_accounts)
        self.act_sign_in.setVisible(has_accounts)
        self.act_sign_out.setVisible(actor is not None)
        self.act_manage.setVisible(may(Permission.ACCOUNTS_MANAGE, self.services))
        self.act_audit.setVisible(may(Permission.AUDIT_VIEW, self.services))
        self.act_retention.setVisible(may(Permission.PRIVACY_ADMIN, self.services))
        self.status.setText(self.tr("Signed in: %1").replace("%1", actor.name)
                            if actor is not None else "")
        self.status.setVisible(actor is not None)

    # -- actions -------------------------------------------------------------------------
    def create_first_admin(self) -> FirstAdminDialog | None:
        if self.services.accounts.has_accounts():
            return None
        from .first_admin_dialog import FirstAdminDialog

        dialog = FirstAdminDialog(self.services.accounts, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def sign_in(self) -> PinDialog:
        from .pin_dialog import PinDialog

        dialog = PinDialog(self.services.accounts, None, "", self.window)
        dialog.setWindowTitle(self.tr("Sign in"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.session.sign_in(dialog.actor)
                                if dialog.actor is not None else None)
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        self.session.sign_out()

    def open_accounts(self) -> AccountsDialog | None:
        actor = ask_actor(self.window, self.services, Permission.ACCOUNTS_MANAGE)
        if actor is None:
            return None
        from .accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.services, actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_audit(self) -> AuditDialog | None:
        actor = ask_actor(self.window, self.services, Permission.AUDIT_VIEW)
        if actor is None:
            return None
        from .audit_dialog import AuditDialog

        dialog = AuditDialog(self.services, actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_retention(self) -> QDialog | None:
        """Who the next retention run anonymises (admin, PIN asked unless signed in)."""
        from ..privacy import RetentionDialog

        actor = ask_actor(self.window, self.services, Permission.PRIVACY_ADMIN)
        if actor is None:
            return None
        dialog = RetentionDialog(self.services, actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

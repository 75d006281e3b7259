"""Confirming an action with a PIN: choose your name, type your PIN, press Enter.

`PinEntry` is the name list and the masked PIN field with its message line; it
is embedded in `PinDialog` and in other confirmations (the rotation override).
Only accounts that may do the action are listed. A wrong PIN says how many
tries are left and keeps the chosen name; a locked account says until when.
The person signed in at this PC needs no PIN.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.roles import PERMISSION_LABELS, Actor, Permission
from ...services.accounts import AccountService, WrongPinError
from ..text import message
from ..widgets import FieldError, mark_invalid, with_error
from .session import SignInSession


def permission_text(permission: Permission) -> str:
    return QCoreApplication.translate("Messages", PERMISSION_LABELS[permission])


class PinEntry(QWidget):
    """Name and PIN of a person who may do `permission` (None: anyone with an
    account, for signing in); `confirm()` checks them."""

    def __init__(self, accounts: AccountService, permission: Permission | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.permission = permission
        self.signed_in = SignInSession.instance().actor()
        self.name = QComboBox()
        self.name.setObjectName("pinName")
        listed = (accounts.accounts_with(permission) if permission is not None
                  else accounts.list_accounts())
        for account in listed:
            self.name.addItem(account.name, account.id)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self.pin.setPlaceholderText(self.tr("PIN or password"))
        self.error = FieldError()
        self.error.setObjectName("pinError")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN"), with_error(self.pin, self.error))
        if self.name.count() == 0:
            self.show_error(self.tr("No account may %1; an administrator can add one.")
                            .replace("%1", permission_text(permission)) if permission
                            else self.tr("There are no accounts yet."))
            self.pin.setEnabled(False)
        elif permission is not None and self.signed_in is not None \
                and self.signed_in.may(permission):
            index = self.name.findData(self.signed_in.account_id)
            if index >= 0:
                self.name.setCurrentIndex(index)
        self.name.currentIndexChanged.connect(self._name_changed)
        self._name_changed()

    def _uses_sign_in(self) -> bool:
        return (self.permission is not None and self.signed_in is not None
                and self.signed_in.may(self.permission)
                and self.name.currentData() == self.signed_in.account_id)

    def _name_changed(self) -> None:
        signed = self._uses_sign_in()
        self.pin.clear()
        self.pin.setEnabled(not signed and self.name.count() > 0)
        self.pin.setPlaceholderText(self.tr("signed in: no PIN needed") if signed
                                    else self.tr("PIN or password"))
        if self.name.count() > 0:
            self.clear_error()

    def focus(self) -> None:
        (self.pin if self.pin.isEnabled() else self.name).setFocus()

    def show_error(self, text: str) -> None:
        self.error.show_text(text)
        mark_invalid(self.pin, True)

    def clear_error(self) -> None:
        self.error.clear_text()
        mark_invalid(self.pin, False)

    def confirm(self) -> Actor | None:
        """The chosen person as an actor if their PIN is right; else show why, None."""
        if self.name.count() == 0:
            return None
        if self._uses_sign_in():
            return self.signed_in
        account_id = self.name.currentData()
        if not self.pin.text():
            self.show_error(self.tr("Type your PIN."))
            self.pin.setFocus()
            return None
        try:
            actor = self.accounts.verify(int(account_id), self.pin.text())
        except WrongPinError as exc:
            self.show_error(self.tr("Wrong PIN, %n tries left.", "", exc.tries_left))
        except (ValidationError, DomainError) as exc:
            self.show_error(message(exc))
        else:
            self.clear_error()
            return actor
        self.pin.clear()
        self.pin.setFocus()
        return None


class PinDialog(QDialog):
    """Asks one person who may do `permission` for their PIN; `actor` holds who."""

    def __init__(self, accounts: AccountService, permission: Permission | None,
                 action_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("Confirm with PIN"))
        self.actor: Actor | None = None
        what = action_text or (permission_text(permission) if permission is not None
                               else self.tr("sign in"))
        intro = QLabel(self.tr("To %1, choose your name and type your PIN.").replace("%1", what))
        intro.setObjectName("pinIntro")
        intro.setWordWrap(True)
        self.entry = PinEntry(accounts, permission, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.entry)
        layout.addWidget(self.buttons)
        # Enter in the PIN field presses OK, the dialog's default button (once).
        self.entry.focus()

    def accept(self) -> None:
        actor = self.entry.confirm()
        if actor is None:
            return
        self.actor = actor
        super().accept()

"""First start: the administrator chooses their name and PIN (typed twice).

There is no default password: until this is done nobody can manage accounts.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.accounts import AccountRecord
from ...domain.errors import DomainError, ValidationError
from ...services.accounts import AccountService
from ..text import message
from ..widgets import FieldError, mark_invalid, with_error


def pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(64)
    return field


class FirstAdminDialog(QDialog):
    """Creates the first account, an administrator; `created` holds it after OK."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.created: AccountRecord | None = None
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Create the administrator"))
        intro = QLabel(self.tr(
            "Nobody can manage accounts yet. Enter the administrator's name and choose a "
            "PIN (4 to 8 digits) or a password (8 characters or more). There is no "
            "default password: keep it safe."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("adminName")
        self.name.setMaxLength(40)
        self.pin = pin_field("adminPin")
        self.pin_again = pin_field("adminPinAgain")
        self.errors = {"name": FieldError(), "pin": FieldError(), "pin_again": FieldError()}
        form = QFormLayout()
        form.addRow(self.tr("Name"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("PIN"), with_error(self.pin, self.errors["pin"]))
        form.addRow(self.tr("PIN again"), with_error(self.pin_again, self.errors["pin_again"]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _show(self, field: str, text: str) -> None:
        self.errors[field].show_text(text)
        widget = getattr(self, field)
        mark_invalid(widget, True)

    def accept(self) -> None:
        for field, error in self.errors.items():
            error.clear_text()
            mark_invalid(getattr(self, field), False)
        if self.pin.text() != self.pin_again.text():
            self._show("pin_again", self.tr("The two PINs differ; type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        try:
            self.created = self.accounts.create_first_admin(self.name.text(), self.pin.text())
        except ValidationError as exc:
            for problem in exc.problems:
                if problem.field in self.errors:
                    self._show(problem.field, message(problem))
            first = exc.problems[0].field if exc.problems else "name"
            getattr(self, first if first in self.errors else "name").setFocus()
            return
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            self.reject()
            return
        super().accept()

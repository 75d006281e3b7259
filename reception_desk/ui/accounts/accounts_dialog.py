"""The administrator's account list: add, edit role/approval/department, reset PIN,
deactivate. Every change goes through AccountService with the confirmed admin."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.accounts import AccountRecord
from ...domain.errors import DomainError, ValidationError
from ...domain.roles import APPROVAL_LABELS, ROLE_LABELS, Actor, ApprovalLevel, Role
from ...services.context import Services
from ..common import ListEditDialog
from ..text import message
from ..widgets import FieldError, mark_invalid, with_error
from .first_admin_dialog import pin_field

D = TypeVar("D", bound=QDialog)


def _label(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


class AccountEditDialog(QDialog):
    """Add (record None: with a PIN typed twice) or change one account."""

    def __init__(self, services: Services, actor: Actor, record: AccountRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.record = services, actor, record
        self.saved: AccountRecord | None = None
        self.setObjectName("accountEditDialog")
        self.setWindowTitle(self.tr("Add account") if record is None else self.tr("Edit account"))
        self.name = QLineEdit(record.name if record else "")
        self.name.setObjectName("name")
        self.name.setMaxLength(40)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(_label(ROLE_LABELS[role]), role.value)
        self.approval = QComboBox()
        self.approval.setObjectName("approval")
        for level in ApprovalLevel:
            self.approval.addItem(_label(APPROVAL_LABELS[level]), level.value)
        self.department = QLineEdit(record.department if record else "")
        self.department.setObjectName("department")
        self.department.setMaxLength(40)
        if record is not None:
            self.role.setCurrentIndex(self.role.findData(record.role.value))
            self.approval.setCurrentIndex(self.approval.findData(record.approval.value))
        self.pin = pin_field("pin")
        self.pin_again = pin_field("pin_again")
        self.errors = {k: FieldError() for k in
                       ("name", "role", "approval", "department", "pin", "pin_again")}
        form = QFormLayout()
        form.addRow(self.tr("Name"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("Role"), with_error(self.role, self.errors["role"]))
        form.addRow(self.tr("Approves as"), with_error(self.approval, self.errors["approval"]))
        form.addRow(self.tr("Department"), with_error(self.department,
                                                      self.errors["department"]))
        if record is None:
            form.addRow(self.tr("PIN"), with_error(self.pin, self.errors["pin"]))
            form.addRow(self.tr("PIN again"), with_error(self.pin_again,
                                                         self.errors["pin_again"]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show_problems(self, exc: ValidationError) -> None:
        for problem in exc.problems:
            if problem.field in self.errors:
                self.errors[problem.field].show_text(message(problem))
                mark_invalid(getattr(self, problem.field), True)

    def accept(self) -> None:
        for field, error in self.errors.items():
            error.clear_text()
            mark_invalid(getattr(self, field), False)
        accounts = self.services.accounts
        try:
            if self.record is None:
                if self.pin.text() != self.pin_again.text():
                    self.errors["pin_again"].show_text(
                        self.tr("The two PINs differ; type the same PIN twice."))
                    mark_invalid(self.pin_again, True)
                    return
                self.saved = accounts.create(
                    self.actor, self.name.text(), self.role.currentData(),
                    self.approval.currentData(), self.department.text(), self.pin.text())
            else:
                self.saved = accounts.update(
                    self.actor, self.record.id, self.name.text(), self.role.currentData(),
                    self.approval.currentData(), self.department.text())
        except ValidationError as exc:
            self._show_problems(exc)
            return
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        super().accept()


class PinResetDialog(QDialog):
    """The admin sets a new PIN for someone (it also lifts a lock)."""

    def __init__(self, services: Services, actor: Actor, record: AccountRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.record = services, actor, record
        self.setObjectName("pinResetDialog")
        self.setWindowTitle(self.tr("New PIN for %1").replace("%1", record.name))
        self.pin = pin_field("pin")
        self.pin_again = pin_field("pin_again")
        self.error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("PIN again"), with_error(self.pin_again, self.error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.error.clear_text()
        if self.pin.text() != self.pin_again.text():
            self.error.show_text(self.tr("The two PINs differ; type the same PIN twice."))
            return
        try:
            self.services.accounts.set_pin(self.actor, self.record.id, self.pin.text())
        except ValidationError as exc:
            self.error.show_text(message(exc.problems[0]))
            return
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        super().accept()


class AccountsDialog(ListEditDialog[AccountRecord, AccountEditDialog]):
    """账户: every account; the admin who confirmed (`actor`) makes the changes."""

    COLUMNS = 6
    SELECT_FIRST = False

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, name="accountsDialog", title=self.tr("Accounts"),
                         size=(760, 440), table_name="accountsTable", headers=[
                             self.tr("Name"), self.tr("Role"), self.tr("Approves as"),
                             self.tr("Department"), self.tr("Status"),
                             self.tr("Last sign-in")])
        self.services, self.actor = services, actor
        self.show_inactive = QCheckBox(self.tr("Show deactivated"))
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.pin_button = QPushButton(self.tr("New PIN…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.pin_button.clicked.connect(self.reset_pin)
        self.deactivate_button.clicked.connect(self.deactivate)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.pin_button,
                       self.deactivate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_inactive)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.reload()

    def configure_table(self) -> None:
        """The plain table of the admin's screens; a double click edits."""
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit())

    def load(self) -> list[AccountRecord]:
        self._zone = self.services.settings.current().zone()
        self._now = self.services.clock()
        return self.services.accounts.list_accounts(
            active_only=not self.show_inactive.isChecked())

    def cells(self, record: AccountRecord) -> list[str]:
        if not record.active:
            status = self.tr("Deactivated")
        elif record.locked_until is not None and record.locked_until > self._now:
            status = self.tr("Locked until %1").replace(
                "%1", record.locked_until.astimezone(self._zone).strftime("%H:%M"))
        else:
            status = self.tr("Active")
        last = (record.last_login_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
                if record.last_login_at else "")
        return [record.name, _label(ROLE_LABELS[record.role]),
                _label(APPROVAL_LABELS[record.approval])
                if record.approval is not ApprovalLevel.NONE else "",
                record.department, status, last]

    def filled(self) -> None:
        self.table.resizeColumnsToContents()

    def make_form(self, record: AccountRecord | None) -> AccountEditDialog:
        return AccountEditDialog(self.services, self.actor, record, self)

    def open_form(self, form: D) -> D:
        """The account form keeps what it saved in `saved` and closes with accept."""
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        def reload() -> None:
            saved = getattr(form, "saved", None)
            self.reload(saved.id if saved is not None else None)

        form.accepted.connect(reload)
        form.open()
        return form

    def reset_pin(self) -> PinResetDialog | None:
        record = self.selected()
        if record is None:
            return None
        dialog = PinResetDialog(self.services, self.actor, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reload(record.id))
        dialog.open()
        return dialog

    def deactivate(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            self.services.accounts.deactivate(self.actor, record.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        self.reload()

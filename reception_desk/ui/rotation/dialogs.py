"""Dialogs of the rotation panel: sign-in picker, queue position, roster and its form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.consultants import MAX_NAME, ConsultantDraft, ConsultantRecord
from ...domain.errors import DomainError
from ...domain.events import EVERYTHING, ROTATION, Event
from ...domain.roles import Permission
from ...services.accounts import AccountService
from ...services.rotation import RotationService
from ..accounts import Gate
from ..common import ListEditDialog, RecordFormDialog
from ..events import EventBridge
from ..text import message
from ..widgets import FieldError, with_error
from .model import QueueRow

ID_ROLE = Qt.ItemDataRole.UserRole


def _list_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    return font


class _PickDialog(QDialog):
    """A list to pick from with the arrow keys and Enter (or a double click)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(320)
        self.list = QListWidget()
        self.list.setObjectName("choices")
        self.list.setFont(_list_font(self.list))
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def add(self, text: str, value: object, enabled: bool = True) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, value)
        if not enabled:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                          & ~Qt.ItemFlag.ItemIsSelectable)
        self.list.addItem(item)

    def first_enabled(self) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.list.setCurrentRow(row)
                break
        self.list.setFocus()

    def value(self) -> object:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(ID_ROLE)

    def accept(self) -> None:
        if self.value() is None:
            return
        super().accept()


class SignInDialog(_PickDialog):
    """Active consultants not on duty today; Enter signs the highlighted one in."""

    def __init__(self, consultants: list[ConsultantRecord], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign in"), self.tr(
            "Who starts their duty? The order of signing in sets the queue."), parent)
        self.setObjectName("signInDialog")
        for record in consultants:
            self.add(f"{record.name}    {record.staff_no}", record.id)
        self.first_enabled()

    def value(self) -> int | None:
        found = super().value()
        return found if isinstance(found, int) else None


class PositionDialog(_PickDialog):
    """Where in the queue the manager puts the consultant (1 = first)."""

    def __init__(self, rows: list[QueueRow], consultant_id: int,
                 parent: QWidget | None = None) -> None:
        name = next((r.name for r in rows if r.consultant_id == consultant_id), "")
        super().__init__(self.tr("Move in the queue"), self.tr(
            "Move %1 to position:").replace("%1", name), parent)
        self.setObjectName("positionDialog")
        current = next((r.position for r in rows if r.consultant_id == consultant_id), 0)
        for row in rows:
            if row.position == current:
                text = self.tr("%1 — %2 (now)").replace("%1", str(row.position)) \
                    .replace("%2", row.name)
            else:
                text = self.tr("%1 — now %2").replace("%1", str(row.position)) \
                    .replace("%2", row.name)
            self.add(text, row.position, row.position != current)
        # Suggest the place one ahead (or the next free one).
        self.first_enabled()
        if current > 1:
            self.list.setCurrentRow(current - 2)

    def value(self) -> int | None:
        found = super().value()
        return found if isinstance(found, int) else None


class ConsultantEditDialog(RecordFormDialog):
    """Add (record None) or correct one consultant; problems show under their fields."""

    def __init__(self, rotation: RotationService, record: ConsultantRecord | None = None,
                 parent: QWidget | None = None, *, gate: Gate | None = None) -> None:
        super().__init__(parent)
        self.rotation = rotation
        self.record = record
        self.version = record.version if record is not None else None
        self.gate = gate
        self.setObjectName("consultantEditDialog")
        self.setWindowTitle(self.tr("Add consultant") if record is None
                            else self.tr("Edit consultant"))
        self.setMinimumWidth(420)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(MAX_NAME + 10)
        self.name.setPlaceholderText(self.tr("e.g. 张伟"))
        self.staff_no = QLineEdit()
        self.staff_no.setObjectName("staff_no")
        self.staff_no.setMaxLength(30)
        self.staff_no.setPlaceholderText(self.tr("e.g. A07"))
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setMaxLength(24)
        self.phone.setPlaceholderText(self.tr("optional · internal"))
        self.active = QCheckBox(self.tr("On the roster (can sign in and receive)"))
        self.active.setObjectName("active")
        self.active.setChecked(True)
        self.errors = {name: FieldError() for name in ("name", "staff_no", "phone")}

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&Name"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("&Staff number"), with_error(self.staff_no, self.errors["staff_no"]))
        form.addRow(self.tr("&Phone"), with_error(self.phone, self.errors["phone"]))
        form.addRow("", self.active)
        for field in (self.name, self.staff_no, self.phone):
            label = form.labelForField(field.parentWidget() or field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        if record is not None:
            self.name.setText(record.name)
            self.staff_no.setText(record.staff_no)
            self.phone.setText(record.phone)
            self.active.setChecked(record.active)
        self.name.setFocus()

    def draft(self) -> ConsultantDraft:
        return ConsultantDraft(name=self.name.text(), staff_no=self.staff_no.text(),
                               phone=self.phone.text(), active=self.active.isChecked())

    def save(self) -> None:
        self.clear_errors()
        actor = self.gate.actor(self) if self.gate is not None else None
        if self.gate is not None and actor is None:
            return
        record_id = self.record.id if self.record is not None else None
        self.submit(lambda: self.rotation.save_consultant(
            self.draft(), record_id, actor=actor, version=self.version))  # type: ignore[arg-type]


class RosterDialog(ListEditDialog[ConsultantRecord, ConsultantEditDialog]):
    """名册: every consultant, active or not; add, edit, deactivate or reactivate."""

    COLUMNS = 4

    def __init__(self, rotation: RotationService, bridge: EventBridge | None = None,
                 parent: QWidget | None = None, *, accounts: AccountService) -> None:
        super().__init__(parent, name="rosterDialog", title=self.tr("Roster of consultants"),
                         size=(560, 460), table_name="rosterTable",
                         headers=[self.tr("Name"), self.tr("Staff no."), self.tr("Phone"),
                                  self.tr("Roster")])
        self.rotation = rotation
        self.gate = Gate(accounts, Permission.ROSTER_EDIT)

        self.add_button = self.list_button(self.tr("&Add…"), "rosterAdd", shortcut="Ctrl+N",
                                           tip=self.tr("Add a consultant (Ctrl+N)"))
        self.edit_button = self.list_button(self.tr("&Edit…"), "rosterEdit")
        self.toggle_button = self.list_button(self.tr("&Deactivate"), "rosterToggle")
        close = self.list_button(self.tr("Close"), "rosterClose")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.toggle_button.clicked.connect(self.toggle_active)
        close.clicked.connect(self.accept)

        hint = QLabel(self.tr("Deactivated consultants keep their history but can no longer "
                              "sign in or receive customers."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #667085;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)

        if bridge is not None:
            bridge.changed.connect(self._on_event)
        self.reload()
        self.table.setFocus()

    # -- data ------------------------------------------------------------------------
    def load(self) -> list[ConsultantRecord]:
        return sorted(self.rotation.consultants(include_inactive=True),
                      key=lambda r: (not r.active, r.staff_no, r.id))

    def cells(self, record: ConsultantRecord) -> list[str]:
        return [record.name, record.staff_no, record.phone,
                self.tr("active") if record.active else self.tr("inactive")]

    def style_cell(self, item: QTableWidgetItem, record: ConsultantRecord, column: int) -> None:
        if not record.active:
            item.setForeground(Qt.GlobalColor.gray)

    def _on_event(self, event: Event) -> None:
        if event.concerns(ROTATION, EVERYTHING) and self.isVisible():
            self.reload()

    def update_buttons(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.toggle_button.setEnabled(record is not None)
        self.toggle_button.setText(self.tr("&Reactivate") if record is not None
                                   and not record.active else self.tr("&Deactivate"))

    # -- actions -----------------------------------------------------------------------
    def make_form(self, record: ConsultantRecord | None) -> ConsultantEditDialog:
        return ConsultantEditDialog(self.rotation, record, self, gate=self.gate)

    def toggle_active(self) -> None:
        record = self.selected()
        if record is None:
            return
        if record.active and self.rotation.state().on_duty(record.id):
            self.warn(self.tr("%1 is on duty today: sign them off (Alt+4) before "
                              "taking them off the roster.").replace("%1", record.name),
                      "rosterMessage")
            return
        actor = self.gate.actor(self)
        if actor is None:
            return
        try:
            saved = self.rotation.save_consultant(ConsultantDraft(
                record.name, record.staff_no, record.phone, not record.active), record.id,
                actor=actor, version=record.version)
        except DomainError as exc:
            self.warn(message(exc), "rosterMessage")
            return
        self.reload(select=saved.id)

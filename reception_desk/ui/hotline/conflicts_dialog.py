"""Conflicts (判客): pre-registrations of customers already owned or registered elsewhere.

Each row shows who registered first and when. Settle… (a manager, who
identifies first) decides: the first registration stands, or this agency
gets the credit; the decision is audited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.customer_records import AppointmentRecord, Conflict, ConflictDecision
from ...domain.errors import DomainError, ValidationError
from ...domain.events import APPOINTMENTS, EVERYTHING, Event
from ...domain.phone import mask_phone
from ...domain.roles import Permission
from ...services.context import Services
from ..text import message
from ..widgets import FieldError
from .common import conflict_label, fill_table, local_text, make_table


class SettleDialog(QDialog):
    """The manager's decision on one conflict."""

    def __init__(self, record: AppointmentRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settleDialog")
        self.setWindowTitle(self.tr("Settle the conflict (判客)"))
        what = QLabel(f"<b>{record.display_name} · {mask_phone(record.phone)}</b><br>"
                      + self.tr("Registered by %1 on %2; first: %3")
                      .replace("%1", record.agency or "—").replace("%2", record.day.isoformat())
                      .replace("%3", record.conflict_note or "—"))
        what.setWordWrap(True)
        self.keep = QRadioButton(self.tr("The first registration stands"))
        self.keep.setObjectName("decisionKeep")
        self.agency = QRadioButton(self.tr("Credit %1 with the customer")
                                   .replace("%1", record.agency or "—"))
        self.agency.setObjectName("decisionAgency")
        self.keep.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep)
        group.addButton(self.agency)
        self.note = QLineEdit()
        self.note.setObjectName("settleNote")
        self.note.setMaxLength(150)
        self.note.setPlaceholderText(self.tr("reason (optional)"))
        self.error = FieldError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (what, self.keep, self.agency, self.note, self.error, buttons):
            layout.addWidget(widget)

    def decision(self) -> ConflictDecision:
        return ConflictDecision.KEEP if self.keep.isChecked() else ConflictDecision.AGENCY


class ConflictsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts (判客)"))
        self.resize(960, 420)
        self.services = services
        self._records: list[AppointmentRecord] = []
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.table = make_table([self.tr("Day"), self.tr("Name"), self.tr("Phone"),
                                 self.tr("Agency"), self.tr("Why"), self.tr("Registered"),
                                 self.tr("First registration")], "conflictsTable", self)
        # Why the row waits, whole: "Registered by another agency" was cut off in English.
        header = self.table.horizontalHeader()
        widest_why = max(self.table.fontMetrics().horizontalAdvance(conflict_label(conflict))
                         for conflict in Conflict) + 24
        for col, width in enumerate((90, 90, 110, 110, max(170, widest_why), 110)):
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        self.settle_button = QPushButton(self.tr("&Settle…"))
        self.settle_button.setObjectName("settleButton")
        self.settle_button.setToolTip(self.tr("Manager: decide who gets the customer"))
        self.settle_button.clicked.connect(self.settle)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.settle_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._unsubscribe = services.bus.subscribe(self._on_event)
        self.finished.connect(lambda _r: self._unsubscribe())
        self.reload()

    def _on_event(self, event: Event) -> None:
        if event.concerns(APPOINTMENTS, EVERYTHING):
            self.reload()

    def records(self) -> list[AppointmentRecord]:
        return list(self._records)

    def reload(self) -> None:
        zone = self.services.settings.current().zone()
        self._records = self.services.appointments.conflicts()
        fill_table(self.table, [[a.day.isoformat(), a.display_name, mask_phone(a.phone),
                                 a.agency, conflict_label(a.conflict) if a.conflict else "",
                                 local_text(a.created_at, zone, "%m-%d %H:%M"), a.conflict_note]
                                for a in self._records])
        self.title.setText(self.tr("%n pre-registration(s) waiting for the manager's decision",
                                   "", len(self._records)))
        if self._records:
            self.table.selectRow(0)
        self.settle_button.setEnabled(bool(self._records))

    def selected(self) -> AppointmentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._records):
            return None
        return self._records[rows[0].row()]

    def settle(self) -> None:
        record = self.selected()
        if record is None:
            return
        from ..accounts import ask_actor

        actor = ask_actor(self, self.services, Permission.CONFLICT_RESOLVE,
                          self.tr("settle a customer conflict"))
        if actor is None:
            return
        dialog = SettleDialog(record, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.services.appointments.resolve_conflict(
                    actor, record.id, dialog.decision(), dialog.note.text())
            except ValidationError as exc:
                dialog.error.show_text(" ".join(message(p) for p in exc.problems))
                continue
            except DomainError as exc:
                QMessageBox.warning(self, self.windowTitle(), message(exc))
            break
        dialog.deleteLater()
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

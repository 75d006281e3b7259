"""The VIP data card (VIP资料卡): the customer's needs, filled while the party is seated.

Opened from the arrival board (V on the selected party) or from Customers.
A card never saved is pre-filled from the customer's calls (area, budget,
layout, floor, district) and says so. Enter saves, Esc closes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.customer_records import Purpose, VipCardRecord
from ...domain.edits import StaleEditError
from ...domain.errors import DomainError, ValidationError
from ...services.context import Services
from ..privacy import ConsentBox
from ..station import station_actor
from ..text import message
from ..widgets import FieldError, count_suffix, mark_invalid, with_error
from .common import phones_text, purpose_label


class VipCardDialog(QDialog):
    saved = Signal(object)

    def __init__(self, services: Services, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vipCardDialog")
        self.setWindowTitle(self.tr("VIP data card"))
        self.setMinimumWidth(480)
        self.services = services
        customer = services.customers.get(customer_id, history=False)
        self.customer_id = customer.id
        self.card = services.customers.vip_card(customer.id)

        title = QLabel(f"{customer.display_name or '?'} · {phones_text(customer)}")
        title.setObjectName("sectionTitle")
        self.source = QLabel()
        self.source.setObjectName("vipCardSource")
        self.source.setStyleSheet("color: #667085;")
        if self.card.saved:
            self.source.setText(self.tr("Saved %1 by %2").replace(
                "%1", self.card.updated_at.astimezone(services.settings.current().zone())
                .strftime("%Y-%m-%d %H:%M") if self.card.updated_at else "").replace(
                "%2", self.card.updated_by or "—"))
        else:
            self.source.setText(self.tr("New card: pre-filled from the customer's calls"))

        def line(name: str, text: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(text)
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            return edit

        self.area = line("area", self.card.area, self.tr("m², e.g. 90-120"))
        self.budget = line("budget", self.card.budget, self.tr("e.g. 200万"))
        self.layout_ = line("layout", self.card.layout, self.tr("e.g. 3室2厅"))
        self.floor = line("floor", self.card.floor, self.tr("e.g. middle"))
        self.purpose = QComboBox()
        self.purpose.setObjectName("purpose")
        for purpose in Purpose:
            self.purpose.addItem(purpose_label(purpose), purpose.value)
        self.purpose.setCurrentIndex(self.purpose.findData(Purpose(self.card.purpose).value))
        self.household_size = QSpinBox()
        self.household_size.setObjectName("household_size")
        self.household_size.setRange(0, 30)
        self.household_size.setSpecialValueText(self.tr("not said"))
        self.household_size.setValue(self.card.household_size or 0)
        count_suffix(self.household_size, self.tr(" person"), self.tr(" people"))
        self.household_size.setMaximumWidth(160)
        self.current_district = line("current_district", self.card.current_district,
                                     self.tr("where they live now"))
        self.consent = ConsentBox()
        self.consent.set_value(self.card.consent)
        self.consent.show_recorded(customer, services.settings.current().zone())
        self.notes = line("notes", self.card.notes)

        self.fields: dict[str, QWidget] = {
            "area": self.area, "budget": self.budget, "layout": self.layout_,
            "floor": self.floor, "purpose": self.purpose,
            "household_size": self.household_size, "current_district": self.current_district,
            "consent": self.consent, "notes": self.notes}
        self.errors = {name: FieldError() for name in self.fields}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for label, name in ((self.tr("&Area"), "area"), (self.tr("&Budget"), "budget"),
                            (self.tr("&Layout"), "layout"), (self.tr("&Floor"), "floor"),
                            (self.tr("&Purpose"), "purpose"),
                            (self.tr("&Household"), "household_size"),
                            (self.tr("Current &district"), "current_district"),
                            (self.tr("C&onsent"), "consent"), (self.tr("&Notes"), "notes")):
            label_widget = QLabel(label)
            label_widget.setBuddy(self.fields[name])
            form.addRow(label_widget, with_error(self.fields[name], self.errors[name]))
        self.general_error = FieldError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.area.setFocus()

    def value(self) -> VipCardRecord:
        size = self.household_size.value()
        return replace(
            self.card, area=self.area.text(), budget=self.budget.text(),
            layout=self.layout_.text(), floor=self.floor.text(),
            purpose=Purpose(self.purpose.currentData() or ""),
            household_size=size or None, current_district=self.current_district.text(),
            consent=self.consent.value(), notes=self.notes.text())

    def save(self) -> VipCardRecord | None:
        for name, error in self.errors.items():
            error.clear_text()
            mark_invalid(self.fields[name], False)
        self.general_error.clear_text()
        try:
            record = self.services.customers.save_vip_card(
                self.customer_id, self.value(), station_actor(), check_version=True)
        except StaleEditError as exc:
            # Keep what was typed; the next Save applies it over the newer version.
            self.card = replace(self.card, version=exc.current)
            self.general_error.show_text(message(exc))
            return None
        except ValidationError as exc:
            for problem in exc.problems:
                target = self.errors.get(problem.field, self.general_error)
                target.show_text(message(problem))
                if problem.field in self.fields:
                    mark_invalid(self.fields[problem.field], True)
            return None
        except DomainError as exc:
            self.general_error.show_text(message(exc))
            return None
        self.saved.emit(record)
        self.accept()
        return record

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

"""The call form (来电登记): phone first, a known caller filled in, history beside.

F12 opens it from anywhere in the main window. The phone has focus; as soon
as it is a valid number (or on Tab) a known customer fills in the name,
honorific, district and owner, and the side box shows earlier calls, visits
and appointments. Enter (or Ctrl+Enter) saves from any field, Esc cancels
(asking first when something was typed). A wrong value gets its message
beside its field and the form keeps what was typed. An agreed visit time
makes the call an appointment, shown on the arrival board of that day.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.call_form import LIMITS, CallForm
from ...domain.customer_records import CallRecord, Consent, CustomerRecord
from ...domain.errors import DomainError, ValidationError
from ...domain.party import Honorific
from ...domain.phone import normalise_phone
from ...services.context import Services
from ..privacy import ConsentBox
from ..station import station_actor
from ..text import honorific_label, message
from ..widgets import FieldError, count_suffix, mark_invalid, with_error
from .common import fill_consultants
from .history import HistoryBox

_TIME = re.compile(r"^(\d{1,2})(?:[:.：]?(\d{2}))?$")


def parse_time(text: str) -> time | None:
    """14:30, 14.30, 14：30, 1430 or 9 -> a time; None if it is not one."""
    match = _TIME.match(text.strip())
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def show_status(widget: QWidget | None, text: str, ms: int = 8000) -> None:
    """A message on the main window's status bar (if the widget sits in one)."""
    window = widget.window() if widget is not None else None
    if isinstance(window, QMainWindow) and window.statusBar() is not None:
        window.statusBar().showMessage(text, ms)


class CallDialog(QDialog):
    """A new hotline call. `saved` carries the CallRecord."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("callDialog")
        self.setWindowTitle(self.tr("Log a call"))
        self.setMinimumWidth(900)
        settings = services.settings.current()
        self.zone = settings.zone()
        self.customer: CustomerRecord | None = None
        self._looked_up = ""
        self._consultant_chosen = False

        def line(name: str, placeholder: str = "", limit: int = 0) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(limit or LIMITS.get(name, 100) + 20)
            return edit

        self.phone = line("phone", self.tr("type first · 138 1234 5678 or 010-12345678"), 24)
        self.phone2 = line("phone2", self.tr("second / landline, optional"), 24)
        self.caller_name = line("caller_name", self.tr("e.g. 张伟 or 张"))
        self.mr = QRadioButton(honorific_label(Honorific.MR))
        self.mr.setObjectName("honorificMr")
        self.ms = QRadioButton(honorific_label(Honorific.MS))
        self.ms.setObjectName("honorificMs")
        self.mr.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.mr)
        group.addButton(self.ms)
        self.address = line("address", self.tr("district or address"))
        self.area = line("area", self.tr("m², e.g. 90-120"))
        self.budget = line("budget", self.tr("e.g. 200万 or 2万/m²"))
        self.layout_ = line("layout", self.tr("e.g. 3室2厅"))
        self.floor = line("floor", self.tr("e.g. middle, 8-15"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.addItems(settings.channels)
        self.channel.setCurrentIndex(-1)
        self.channel.setPlaceholderText(self.tr("— how they heard of us —"))
        self.questions = line("questions", self.tr("what the caller asked"))
        self.consultant = QComboBox()
        self.consultant.setObjectName("consultant")
        fill_consultants(self.consultant, services.rotation, self.tr("— the desk answered —"))
        self.consultant.activated.connect(self._on_consultant_chosen)
        self.visit_day = QDateEdit()
        self.visit_day.setMaximumWidth(150)
        self.visit_day.setObjectName("visitDay")
        self.visit_day.setCalendarPopup(True)
        self.visit_day.setDisplayFormat("yyyy-MM-dd")
        today = services.appointments.today()
        self.visit_day.setDate(QDate(today.year, today.month, today.day))
        self.visit_day.setMinimumDate(QDate(today.year, today.month, today.day))
        self.visit_time = line("visitTime", self.tr("HH:MM"), 8)
        self.visit_time.setToolTip(self.tr("The agreed visit time, e.g. 14:30; empty: no visit "
                                           "agreed"))
        self.visit_time.setMaximumWidth(110)
        self.visit_size = QSpinBox()
        self.visit_size.setObjectName("visitSize")
        self.visit_size.setRange(1, 99)
        count_suffix(self.visit_size, self.tr(" person"), self.tr(" people"))
        self.visit_size.setMaximumWidth(110)
        self.notes = line("notes")
        self.competitor = QCheckBox(self.tr("Competitor research call (同行调研)"))
        self.competitor.setObjectName("competitor")
        self.non_customer = QCheckBox(self.tr("Not a customer"))
        self.non_customer.setObjectName("nonCustomer")
        self.consent = ConsentBox()
        for box in (self.competitor, self.non_customer):
            box.toggled.connect(self._no_customer_no_consent)

        #: CallForm attribute -> the widget that holds it.
        self.fields: dict[str, QWidget] = {
            "phone": self.phone, "phone2": self.phone2, "caller_name": self.caller_name,
            "honorific": self.mr, "address": self.address, "area": self.area,
            "budget": self.budget, "layout": self.layout_, "floor": self.floor,
            "channel": self.channel, "questions": self.questions,
            "consultant_id": self.consultant, "visit_at": self.visit_time,
            "visit_size": self.visit_size, "notes": self.notes,
            "competitor": self.competitor, "non_customer": self.non_customer,
            "consent": self.consent}
        self.errors = {name: FieldError() for name in self.fields}
        self.errors["phone"].setObjectName("phoneError")
        self.errors["visit_at"].setObjectName("visitError")

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

        def row(label: str, *widgets: QWidget, error: str = "") -> None:
            box = QWidget()
            layout = QHBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                fixed = isinstance(widget, QRadioButton) or widget.maximumWidth() < 500
                layout.addWidget(widget, 0 if fixed else 1)
            if any(w.maximumWidth() < 500 for w in widgets):
                layout.addStretch(1)
            field = with_error(box, self.errors[error]) if error else box
            label_widget = QLabel(label)
            label_widget.setBuddy(widgets[0])
            form.addRow(label_widget, field)

        row(self.tr("&Phone"), self.phone, error="phone")
        row(self.tr("Phone &2"), self.phone2, error="phone2")
        row(self.tr("&Name"), self.caller_name, self.mr, self.ms, error="caller_name")
        row(self.tr("&District"), self.address, error="address")
        row(self.tr("&Area / budget"), self.area, self.budget, error="area")
        row(self.tr("&Layout / floor"), self.layout_, self.floor, error="layout")
        row(self.tr("C&hannel"), self.channel, error="channel")
        row(self.tr("&Questions"), self.questions, error="questions")
        row(self.tr("Ans&wered by"), self.consultant, error="consultant_id")
        row(self.tr("&Visit agreed"), self.visit_day, self.visit_time, self.visit_size,
            error="visit_at")
        row(self.tr("No&tes"), self.notes, error="notes")
        row(self.tr("&Consent"), self.consent, error="consent")
        flags = QWidget()
        flags_layout = QHBoxLayout(flags)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        flags_layout.addWidget(self.competitor)
        flags_layout.addWidget(self.non_customer)
        flags_layout.addStretch(1)
        form.addRow("", flags)
        # Problems of fields that share a row show under the row's first field.
        for shared, shown in (("budget", "area"), ("floor", "layout"),
                              ("visit_size", "visit_at"), ("honorific", "caller_name")):
            self.errors[shared] = self.errors[shown]
        self.general_error = FieldError()
        self.general_error.setObjectName("callError")

        self.history = HistoryBox()
        self.history_title = QLabel(self.tr("Customer history"))
        self.history_title.setObjectName("sectionTitle")
        side = QVBoxLayout()
        side.addWidget(self.history_title)
        side.addWidget(self.history, 1)

        body = QHBoxLayout()
        body.addLayout(form, 3)
        body.addLayout(side, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Enter saves · Esc cancels · phone first: a known caller fills in"))
        hint.setStyleSheet("color: #667085;")
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.general_error)
        outer.addLayout(bottom)

        self.phone.textChanged.connect(self._on_phone_typed)
        self.phone.editingFinished.connect(self._on_phone_left)
        self.phone.setFocus()

    # -- the known caller -------------------------------------------------------------
    def _on_phone_typed(self, text: str) -> None:
        if normalise_phone(text) is not None:
            self.look_up()

    def _on_phone_left(self) -> None:
        text = self.phone.text().strip()
        if text and normalise_phone(text) is None:
            self.errors["phone"].show_text(self.tr(
                "Not a valid phone number: use an 11-digit mobile (138 1234 5678) "
                "or a landline with area code (010-12345678)."))
            mark_invalid(self.phone, True)
            return
        self.errors["phone"].clear_text()
        mark_invalid(self.phone, False)
        self.look_up()

    def look_up(self) -> CustomerRecord | None:
        """Find the caller by phone; fill the blanks and show the history."""
        normal = normalise_phone(self.phone.text()) or ""
        if normal == self._looked_up:
            return self.customer
        self._looked_up = normal
        self.errors["phone"].clear_text()
        mark_invalid(self.phone, False)
        customer = self.services.customers.find_by_phone(normal) if normal else None
        self.customer = customer
        self.history.show_customer(customer, self.zone)
        self.consent.show_recorded(customer, self.zone)
        if customer is None:
            self.history_title.setText(self.tr("Customer history"))
            return None
        self.history_title.setText(self.tr("Known caller ★"))
        if not self.caller_name.text().strip():
            self.caller_name.setText(customer.name)
        if customer.honorific is not None:
            (self.mr if customer.honorific is Honorific.MR else self.ms).setChecked(True)
        if not self.address.text().strip() and customer.district:
            self.address.setText(customer.district)
        if not self.phone2.text().strip() and customer.phone2 and customer.phone2 != normal:
            self.phone2.setText(customer.phone2)
        if self.channel.currentIndex() < 0 and customer.channel:
            self.channel.setCurrentIndex(self.channel.findText(customer.channel))
        if not self._consultant_chosen and customer.owner_id is not None:
            index = self.consultant.findData(customer.owner_id)
            if index >= 0:
                self.consultant.setCurrentIndex(index)
        return customer

    def _on_consultant_chosen(self, _index: int) -> None:
        self._consultant_chosen = True

    # -- the form ----------------------------------------------------------------------
    def visit_at(self) -> datetime | None:
        """The agreed visit (aware), None without one. Raises ValueError on a bad time."""
        text = self.visit_time.text().strip()
        if not text:
            return None
        at = parse_time(text)
        if at is None:
            raise ValueError(text)
        day = self.visit_day.date().toPython()
        return datetime.combine(day, at, tzinfo=self.zone)  # type: ignore[arg-type]

    def form(self, visit_at: datetime | None) -> CallForm:
        consultant = self.consultant.currentData()
        return CallForm(
            phone=self.phone.text(), phone2=self.phone2.text(),
            caller_name=self.caller_name.text(),
            honorific=Honorific.MR if self.mr.isChecked() else Honorific.MS,
            address=self.address.text(), area=self.area.text(), budget=self.budget.text(),
            layout=self.layout_.text(), floor=self.floor.text(),
            channel=self.channel.currentText() if self.channel.currentIndex() >= 0 else "",
            questions=self.questions.text(),
            consultant_id=consultant if isinstance(consultant, int) else None,
            visit_at=visit_at, visit_size=self.visit_size.value(), notes=self.notes.text(),
            competitor=self.competitor.isChecked(), non_customer=self.non_customer.isChecked(),
            consent=self.consent.value())

    def _no_customer_no_consent(self, _checked: bool) -> None:
        """A competitor or non-customer call keeps no customer: nothing to consent to."""
        none = self.competitor.isChecked() or self.non_customer.isChecked()
        if none:
            self.consent.set_value(Consent.UNKNOWN)
        self.consent.setEnabled(not none)

    def typed_something(self) -> bool:
        edits = (self.phone, self.phone2, self.caller_name, self.address, self.area,
                 self.budget, self.layout_, self.floor, self.questions, self.visit_time,
                 self.notes)
        return (any(e.text().strip() for e in edits) or self.competitor.isChecked()
                or self.non_customer.isChecked() or self.consent.value() is not Consent.UNKNOWN)

    def _clear_errors(self) -> None:
        for name, error in self.errors.items():
            error.clear_text()
            mark_invalid(self.fields[name], False)
        self.general_error.clear_text()

    def _show_problems(self, exc: ValidationError) -> None:
        first: QWidget | None = None
        for problem in exc.problems:
            error = self.errors.get(problem.field)
            if error is None:
                self.general_error.show_text(message(problem))
                continue
            error.show_text(message(problem))
            widget = self.fields[problem.field]
            mark_invalid(widget, True)
            first = first or widget
        if first is not None:
            first.setFocus()

    def save(self) -> CallRecord | None:
        self._clear_errors()
        try:
            visit_at = self.visit_at()
        except ValueError:
            self.errors["visit_at"].show_text(self.tr(
                "Type the visit time as 14:30 (or leave it empty: no visit agreed)."))
            mark_invalid(self.visit_time, True)
            self.visit_time.setFocus()
            return None
        try:
            record = self.services.calls.log_call(self.form(visit_at), actor=station_actor())
        except ValidationError as exc:
            self._show_problems(exc)
            return None
        except DomainError as exc:
            self.general_error.show_text(message(exc))
            return None
        self.saved.emit(record)
        parent = self.parentWidget()
        self.accept()
        name = record.name or self.tr("the caller")
        if record.visit_at is not None:
            show_status(parent, self.tr("Call logged: %1 is expected on %2 at %3 (arrival board)")
                        .replace("%1", name)
                        .replace("%2", record.visit_at.astimezone(self.zone).strftime("%m-%d"))
                        .replace("%3", record.visit_at.astimezone(self.zone).strftime("%H:%M")))
        else:
            show_status(parent, self.tr("Call logged: %1").replace("%1", name))
        return record

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()  # from any field, with or without Ctrl
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if not self.typed_something():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Discard this call? What was typed is lost."),
                          QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("discardCallQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self._discard_answered(result))
        box.open()

    def _discard_answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Discard:
            QDialog.reject(self)

"""The request form's field widgets, laid out in sections, with an error line per field.

`FormFields` owns every editor of `RequestForm` and turns them into a form
and back; it knows nothing of saving. Field names are RequestForm's
attribute names, so a domain `FieldProblem.field` finds its widget.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.reception_request import Level, Preparation, RequestForm
from ..widgets import FieldError, count_suffix, mark_invalid, with_error
from .guests_table import GuestsTable
from .itinerary_table import ItineraryTable, from_qdatetime, to_qdatetime
from .labels import level_definition, level_name, preparation_label

#: The "no value yet" of a date-time field, shown as a dash.
EMPTY_MOMENT = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone(b"UTC"))

TEXT_FIELDS = ("host", "department", "organisation", "meals", "lodging", "vehicle")
NOTE_FIELDS = ("purpose", "route", "notes", "short_notice_reason")
SINGLE_FIELDS = (*TEXT_FIELDS, *NOTE_FIELDS, "level", "headcount", "arrival_at",
                 "departure_at", "preparations", "budget")


class OptionalDateTime(QDateTimeEdit):
    """A date-time that may be empty ("—"); on first touch it proposes a sensible time.

    Ctrl+Delete empties it again.
    """

    def __init__(self, propose: Callable[[], QDateTime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._propose = propose
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
        self.setMinimumDateTime(EMPTY_MOMENT)
        self.setSpecialValueText("—")
        self.clear_value()

    def clear_value(self) -> None:
        self.setDateTime(EMPTY_MOMENT)

    def is_empty(self) -> bool:
        return self.dateTime() == EMPTY_MOMENT

    def _fill_in(self) -> None:
        if self.is_empty():
            self.setDateTime(self._propose())

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._fill_in()
        super().focusInEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.is_empty():   # the first click only proposes a time
            self._fill_in()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.clear_value()   # Ctrl+Delete: no time yet
            return
        self._fill_in()
        super().keyPressEvent(event)


def _note(name: str, hint: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(hint)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(54)
    return edit


class FormFields(QObject):
    """Every field of the request form; `changed` fires on any edit."""

    changed = Signal()
    notice_inputs_changed = Signal()

    def __init__(self, zone: Callable[[], ZoneInfo], now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._now = now
        hints = {
            "host": self.tr("who receives the visit"), "department": self.tr("e.g. 营销部"),
            "organisation": self.tr("visiting company or body"),
            "meals": self.tr("e.g. 午餐 12:00 公司餐厅, 8人"),
            "lodging": self.tr("hotel, rooms, nights"),
            "vehicle": self.tr("pick-up: where, when, which car"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(hints[name])
            edit.setMaxLength(80)
            edit.textEdited.connect(lambda _t: self.changed.emit())
            self.edits[name] = edit
        self.notes: dict[str, QPlainTextEdit] = {
            "purpose": _note("purpose", self.tr("what the visit is for")),
            "route": _note("route", self.tr("e.g. 大门 → 沙盘 → 样板房 → VIP室")),
            "notes": _note("notes", self.tr("anything else the team should know")),
            "short_notice_reason": _note(
                "short_notice_reason", self.tr("why the visit could not be announced in time")),
        }
        for note in self.notes.values():
            note.textChanged.connect(self.changed.emit)

        self.level_buttons: dict[Level, QRadioButton] = {}
        self.level_group = QButtonGroup(self)
        for level in Level:
            button = QRadioButton(level_name(level))
            button.setObjectName(f"level{level.value}")
            self.level_group.addButton(button)
            self.level_buttons[level] = button
        self.level_buttons[Level.C].setChecked(True)
        self.level_definition = QLabel()
        self.level_definition.setObjectName("levelDefinition")
        self.level_definition.setWordWrap(True)
        self.level_definition.setStyleSheet("color: #475467;")
        self.level_group.buttonToggled.connect(self._on_level)

        self.headcount = QSpinBox()
        self.headcount.setObjectName("headcount")
        self.headcount.setRange(0, 999)
        self.headcount.setSpecialValueText("—")
        count_suffix(self.headcount, self.tr(" person"), self.tr(" people"))
        self.headcount.valueChanged.connect(lambda _v: self.changed.emit())

        self.arrival_at = OptionalDateTime(self._propose_arrival)
        self.arrival_at.setObjectName("arrival_at")
        self.departure_at = OptionalDateTime(self._propose_departure)
        self.departure_at.setObjectName("departure_at")
        for when in (self.arrival_at, self.departure_at):
            when.dateTimeChanged.connect(lambda _v: self.changed.emit())
        self.arrival_at.dateTimeChanged.connect(lambda _v: self.notice_inputs_changed.emit())

        self.budget = QDoubleSpinBox()
        self.budget.setObjectName("budget")
        self.budget.setRange(0, 10_000_000)
        self.budget.setDecimals(0)
        self.budget.setSingleStep(100)
        self.budget.setSpecialValueText("—")
        self.budget.setPrefix("¥ ")
        self.budget.valueChanged.connect(lambda _v: self.changed.emit())

        self.preparation_boxes: dict[Preparation, QCheckBox] = {}
        for item in Preparation:
            box = QCheckBox(preparation_label(item))
            box.setObjectName(f"prep_{item.value}")
            box.toggled.connect(lambda _c: self.changed.emit())
            self.preparation_boxes[item] = box

        self.guests = GuestsTable()
        self.guests.changed.connect(self.changed.emit)
        self.itinerary = ItineraryTable(zone, self._itinerary_start)
        self.itinerary.changed.connect(self.changed.emit)

        self.errors: dict[str, FieldError] = {name: FieldError() for name in SINGLE_FIELDS}
        for name, error in self.errors.items():
            error.setObjectName(f"error_{name}")
        self.short_notice_row: QWidget | None = None
        self._on_level()

    # -- layout --------------------------------------------------------------------
    def _row(self, name: str) -> QWidget:
        widget = self.widget(name)
        return with_error(widget, self.errors[name])

    def build(self) -> QWidget:
        """Two columns: who / when / guests on the left, the programme on the right."""
        page = QWidget()
        page.setObjectName("requestFormPage")
        grid = QGridLayout(page)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(14)

        visit = QGroupBox(self.tr("The visit"))
        form = QFormLayout(visit)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Host"), self._row("host"))
        form.addRow(self.tr("Department"), self._row("department"))
        form.addRow(self.tr("Organisation"), self._row("organisation"))
        levels = QHBoxLayout()
        levels.setContentsMargins(0, 0, 0, 0)
        for button in self.level_buttons.values():
            levels.addWidget(button)
        levels.addStretch(1)
        level_box = QWidget()
        level_col = QVBoxLayout(level_box)
        level_col.setContentsMargins(0, 0, 0, 0)
        level_col.setSpacing(2)
        level_col.addLayout(levels)
        level_col.addWidget(self.level_definition)
        level_col.addWidget(self.errors["level"])
        form.addRow(self.tr("Level"), level_box)
        form.addRow(self.tr("Arrival"), self._row("arrival_at"))
        form.addRow(self.tr("Departure"), self._row("departure_at"))
        self.short_notice_label = QLabel(self.tr("Short notice: reason"))
        self.short_notice_label.setStyleSheet("color: #b54708; font-weight: 600;")
        self.short_notice_row = self._row("short_notice_reason")
        form.addRow(self.short_notice_label, self.short_notice_row)
        form.addRow(self.tr("Headcount"), self._row("headcount"))
        form.addRow(self.tr("Purpose"), self._row("purpose"))
        self.set_short_notice(False)

        guests = QGroupBox(self.tr("Guests"))
        QVBoxLayout(guests).addWidget(self.guests)

        programme = QGroupBox(self.tr("Programme"))
        pform = QFormLayout(programme)
        pform.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        pform.addRow(self.tr("Route"), self._row("route"))
        pform.addRow(self.tr("Meals"), self._row("meals"))
        pform.addRow(self.tr("Lodging"), self._row("lodging"))
        pform.addRow(self.tr("Vehicle"), self._row("vehicle"))
        pform.addRow(self.tr("Budget"), self._row("budget"))
        pform.addRow(self.tr("Notes"), self._row("notes"))

        itinerary = QGroupBox(self.tr("Itinerary"))
        QVBoxLayout(itinerary).addWidget(self.itinerary)

        preparations = QGroupBox(self.tr("Preparations"))
        checks = QGridLayout(preparations)
        for index, box in enumerate(self.preparation_boxes.values()):
            checks.addWidget(box, index // 3, index % 3)
        checks.addWidget(self.errors["preparations"], 4, 0, 1, 3)

        grid.addWidget(visit, 0, 0)
        grid.addWidget(guests, 1, 0)
        grid.addWidget(itinerary, 0, 1)
        grid.addWidget(programme, 1, 1)
        grid.addWidget(preparations, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        return page

    # -- values --------------------------------------------------------------------
    def widget(self, name: str) -> QWidget:
        if name in self.edits:
            return self.edits[name]
        if name in self.notes:
            return self.notes[name]
        if name == "level":
            return self.level_buttons[self.level()]
        if name == "preparations":
            return next(iter(self.preparation_boxes.values()))
        widget: QWidget = getattr(self, name)
        return widget

    def level(self) -> Level:
        return next((lv for lv, b in self.level_buttons.items() if b.isChecked()), Level.C)

    def _on_level(self, *_args: object) -> None:
        self.level_definition.setText(level_definition(self.level()))
        self.changed.emit()
        self.notice_inputs_changed.emit()

    def set_short_notice(self, shown: bool) -> None:
        if self.short_notice_row is not None:
            self.short_notice_row.setVisible(shown)
            self.short_notice_label.setVisible(shown)

    def _moment(self, edit: OptionalDateTime) -> datetime | None:
        return None if edit.is_empty() else from_qdatetime(edit.dateTime(), self._zone())

    def _propose_arrival(self) -> QDateTime:
        tomorrow = (self._now().astimezone(self._zone()) + timedelta(days=1)).date()
        start = datetime.combine(tomorrow, time(9, 30), tzinfo=self._zone())
        return to_qdatetime(start, self._zone())

    def _propose_departure(self) -> QDateTime:
        arrival = self._moment(self.arrival_at)
        if arrival is None:
            return self._propose_arrival().addSecs(3 * 3600)
        return to_qdatetime(arrival + timedelta(hours=3), self._zone())

    def _itinerary_start(self) -> datetime:
        arrival = self._moment(self.arrival_at)
        return arrival or from_qdatetime(self._propose_arrival(), self._zone())

    def form(self) -> RequestForm:
        headcount = self.headcount.value()
        budget = self.budget.value()
        return RequestForm(
            level=self.level(),
            host=self.edits["host"].text().strip(),
            department=self.edits["department"].text().strip(),
            organisation=self.edits["organisation"].text().strip(),
            guests=self.guests.guests(),
            headcount=headcount or None,
            purpose=self.notes["purpose"].toPlainText().strip(),
            arrival_at=self._moment(self.arrival_at),
            departure_at=self._moment(self.departure_at),
            itinerary=self.itinerary.items(),
            route=self.notes["route"].toPlainText().strip(),
            meals=self.edits["meals"].text().strip(),
            lodging=self.edits["lodging"].text().strip(),
            vehicle=self.edits["vehicle"].text().strip(),
            preparations=frozenset(p for p, b in self.preparation_boxes.items()
                                   if b.isChecked()),
            budget=float(budget) if budget else None,
            notes=self.notes["notes"].toPlainText().strip(),
            short_notice_reason=self.notes["short_notice_reason"].toPlainText().strip(),
        )

    def fill(self, form: RequestForm) -> None:
        """Show a stored form (signals blocked by the caller's `loading` flag)."""
        self.level_buttons[form.level].setChecked(True)
        for name in TEXT_FIELDS:
            self.edits[name].setText(getattr(form, name))
        for name in NOTE_FIELDS:
            self.notes[name].setPlainText(getattr(form, name))
        self.headcount.setValue(form.headcount or 0)
        self.budget.setValue(form.budget or 0)
        zone = self._zone()
        for edit, value in ((self.arrival_at, form.arrival_at),
                            (self.departure_at, form.departure_at)):
            if value is None:
                edit.clear_value()
            else:
                edit.setDateTime(to_qdatetime(value, zone))
        for item, box in self.preparation_boxes.items():
            box.setChecked(item in form.preparations)
        self.guests.set_guests(form.guests)
        self.itinerary.set_items(form.itinerary)

    # -- problems --------------------------------------------------------------------
    def clear_problems(self) -> None:
        for name, error in self.errors.items():
            error.clear_text()
            mark_invalid(self.widget(name), False)
        self.guests.clear_problems()
        self.itinerary.clear_problems()

    def show_problem(self, field: str, text: str) -> QWidget | None:
        """Put the message beside its field; return the widget to focus (None: unknown)."""
        parts = field.split(".")
        base = parts[0]
        if base in ("guests", "itinerary"):
            table = self.guests if base == "guests" else self.itinerary
            index = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            columns = ("name", "title", "phone") if base == "guests" else (
                "starts_at", "activity", "place", "attendees")
            column = columns.index(parts[2]) if len(parts) > 2 and parts[2] in columns else None
            return table.show_problem(text, index, column)
        if base not in self.errors:
            return None
        if base == "short_notice_reason":
            self.set_short_notice(True)
        existing = self.errors[base].text().removeprefix("⚠ ")
        self.errors[base].show_text(f"{existing}\n{text}" if existing else text)
        widget = self.widget(base)
        mark_invalid(widget, True)
        return widget

"""The Hotline dock (来电): the calls of a day, and the doors to the hotline's windows.

F12 logs a new call from anywhere; Customers… (Ctrl+U) searches and merges
customers; Import pre-registrations… reads an agency's list; the Conflicts
button (判客) says how many pre-registrations wait for the manager. The list
reloads on every CUSTOMERS or APPOINTMENTS event (this PC's or another's).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.customer_records import CallRecord
from ...domain.events import APPOINTMENTS, CUSTOMERS, EVERYTHING, ROTATION, SETTINGS, Event
from ...domain.phone import mask_phone, phone_digits
from ...services.context import Services
from ..events import EventBridge
from ..search_field import add_clear_button
from ..widgets import button_text
from .common import fill_table, local_text, make_table

NEW_CALL_KEY = "F12"
CUSTOMERS_KEY = "Ctrl+U"


class HotlinePanel(QWidget):
    """来电. One row per call of the chosen day, the newest first."""

    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None, *, load: bool = True) -> None:
        """Without `load` the calls are read by the first `load_once` or reload (the main
        window loads this tab after its first paint)."""
        super().__init__(parent)
        self.setObjectName("hotlinePanel")
        self.loaded = False
        self.services = services
        self.zone = services.settings.current().zone()
        self._calls: list[CallRecord] = []
        self._build_actions()

        self.new_button = QPushButton(self.tr("＋ New call  (F12)"))
        self.new_button.setObjectName("newCallButton")
        self.new_button.setProperty("accent", True)
        self.new_button.clicked.connect(self.act_new_call.trigger)
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("callsDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self._set_day(services.appointments.today())
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self._set_day(self.services.appointments.today()))
        self.search = QLineEdit()
        self.search.setObjectName("callsSearch")
        add_clear_button(self.search)  # no 160 ms fade-in (search_field.py)
        self.search.setPlaceholderText(self.tr("Filter by name, phone or consultant"))
        self.search.textChanged.connect(lambda _t: self._show())
        buttons: list[QPushButton] = []
        for action in (self.act_customers, self.act_import, self.act_conflicts):
            button = QPushButton(button_text(action.text()))
            button.setObjectName(f"button_{action.objectName()}")
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.append(button)
        self.conflicts_button = buttons[-1]

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addSpacing(8)
        top.addWidget(self.day_edit)
        top.addWidget(today)
        top.addWidget(self.search, 1)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        second = QHBoxLayout()
        second.addWidget(self.title, 1)
        for button in buttons:
            second.addWidget(button)
        self.table = make_table([self.tr("Time"), self.tr("Caller"), self.tr("Phone"),
                                 self.tr("Answered by"), self.tr("Channel"),
                                 self.tr("Visit agreed"), self.tr("Wants"), self.tr("Flags")],
                                "callsTable")
        for col, width in enumerate((56, 110, 110, 90, 110, 110, 180)):
            self.table.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(lambda _i: self.open_customers(self.selected_call()))
        bridge.changed.connect(self._on_event)
        if load:
            self.reload()

    def _build_actions(self) -> None:
        def action(name: str, text: str, slot: object, key: str = "", tip: str = "") -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if key:
                act.setShortcut(QKeySequence(key))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setToolTip(tip or text)
            act.triggered.connect(slot)
            return act

        self.act_new_call = action("newCall", self.tr("&New call…"), self.new_call,
                                   NEW_CALL_KEY, self.tr("Log a hotline call (F12)"))
        self.act_customers = action("customers", self.tr("&Customers…"),
                                    lambda: self.open_customers(None), CUSTOMERS_KEY,
                                    self.tr("Search customers, see their history, merge "
                                            "(Ctrl+U)"))
        self.act_import = action("importAppointments", self.tr("&Import pre-registrations…"),
                                 self.open_import, "",
                                 self.tr("Read an agency's list (CSV or Excel)"))
        self.act_conflicts = action("conflicts", self.tr("Con&flicts (判客)…"),
                                    self.open_conflicts, "",
                                    self.tr("Pre-registrations waiting for the manager"))

    def actions_for_menu(self) -> list[QAction | None]:
        return [self.act_new_call, self.act_customers, None, self.act_import,
                self.act_conflicts]

    # -- data ------------------------------------------------------------------------------
    def day(self) -> date:
        return self.day_edit.date().toPython()  # type: ignore[return-value]

    def _set_day(self, day: date) -> None:
        self.day_edit.setDate(QDate(day.year, day.month, day.day))

    def load_once(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        self.zone = self.services.settings.current().zone()
        self._calls = sorted(self.services.calls.calls(self.day()), key=lambda c: c.at,
                             reverse=True)
        count = len(self.services.appointments.conflicts())
        self.conflicts_button.setText(self.tr("Conflicts (判客): %1").replace("%1", str(count)))
        self.conflicts_button.setStyleSheet("color: #b42318; font-weight: 700;" if count else "")
        self._show()

    def shown_calls(self) -> list[CallRecord]:
        text = self.search.text().strip().lower()
        if not text:
            return list(self._calls)
        digits = phone_digits(text)
        return [c for c in self._calls
                if text in c.caller_name.lower() or text in c.consultant.lower()
                or (len(digits) >= 3 and (digits in c.phone or digits in c.phone2))]

    def _show(self) -> None:
        calls = self.shown_calls()
        rows = []
        colours: list[str | None] = []
        for c in calls:
            flags = []
            if c.competitor:
                flags.append(self.tr("competitor"))
            if c.non_customer:
                flags.append(self.tr("not a customer"))
            visit = local_text(c.visit_at, self.zone, "%m-%d %H:%M")
            rows.append([local_text(c.at, self.zone), c.name, mask_phone(c.phone),
                         c.consultant or self.tr("desk"), c.channel, visit,
                         " ".join(x for x in (c.area, c.budget, c.layout, c.floor) if x),
                         " · ".join(flags)])
            colours.append("#b54708" if flags else None)
        fill_table(self.table, rows, colours)
        visits = sum(1 for c in self._calls if c.visit_at is not None)
        self.title.setText(self.tr("%n call(s) on %1, %2 with a visit agreed", "",
                                   len(self._calls))
                           .replace("%1", self.day().isoformat()).replace("%2", str(visits)))

    def selected_call(self) -> CallRecord | None:
        rows = self.table.selectionModel().selectedRows()
        calls = self.shown_calls()
        return calls[rows[0].row()] if rows and rows[0].row() < len(calls) else None

    def _on_event(self, event: Event) -> None:
        if event.concerns(CUSTOMERS, APPOINTMENTS, SETTINGS, EVERYTHING) or \
                roster_changed(event):
            self.reload()

    # -- windows ----------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_call(self) -> QDialog:
        from .call_dialog import CallDialog

        return self._open(CallDialog(self.services, self.window()))

    def open_customers(self, call: CallRecord | None = None) -> QDialog:
        from .customers_dialog import CustomersDialog

        dialog = CustomersDialog(self.services, self.window())
        if call is not None and call.phone:
            dialog.search.setText(call.phone)
        return self._open(dialog)

    def open_import(self) -> QDialog:
        from .import_dialog import ImportDialog

        return self._open(ImportDialog(self.services, self.window()))

    def open_conflicts(self) -> QDialog:
        from .conflicts_dialog import ConflictsDialog

        return self._open(ConflictsDialog(self.services, self.window()))


def roster_changed(event: Event) -> bool:
    """The calls name consultants: a roster change (a rotation event without a queue
    `kind`) may rename one; the queue's moves and assignments change no call."""
    return event.topic == ROTATION and not event.data.get("kind")

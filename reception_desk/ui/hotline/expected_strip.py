"""Expected parties on the arrival board (预约到访), check-in, and the VIP card action.

`attach_to_board(board, layout)` puts a collapsible strip above the board's
tables: the appointments of the board's day (time, name, size, channel or
agency, source, conflict). Enter on a row (or Check in) registers the party
with its details through `services.appointments.check_in` and selects it on
the board. It also gives the board the action "VIP card…" (V) for the
selected party's customer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.customer_records import AppointmentRecord
from ...domain.errors import DomainError
from ...domain.events import APPOINTMENTS, CUSTOMERS, EVERYTHING, SETTINGS, Event
from ...domain.phone import mask_phone
from ...domain.records import PartyRecord
from ..events import EventBridge
from ..text import message, parties_people
from .common import conflict_label, fill_table, local_text, make_table, source_label

if TYPE_CHECKING:
    from ..arrival_board import ArrivalBoardPanel

VIP_CARD_KEY = "V"
#: Rows shown before the strip scrolls.
VISIBLE_ROWS = 4


class ExpectedStrip(QWidget):
    """预约到访 / Expected: the appointments of the board's day, still expected."""

    def __init__(self, board: ArrivalBoardPanel, bridge: EventBridge) -> None:
        super().__init__(board)
        self.setObjectName("expectedStrip")
        self.board = board
        self.services = board.services
        self._records: list[AppointmentRecord] = []

        self.toggle = QToolButton()
        self.toggle.setObjectName("expectedToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._on_toggled)
        self.check_in_button = QPushButton(self.tr("Check in  (Enter)"))
        self.check_in_button.setObjectName("checkInButton")
        self.check_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_in_button.clicked.connect(self.check_in)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addStretch(1)
        header.addWidget(self.check_in_button)
        self.table = make_table([self.tr("Time"), self.tr("Name"), self.tr("People"),
                                 self.tr("Phone"), self.tr("Channel / agency"),
                                 self.tr("Source"), self.tr("Conflict")],
                                "expectedTable", self)
        for col, width in enumerate((76, 110, 56, 110, 170, 70)):
            self.table.setColumnWidth(col, width)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.check_in())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        # As tall as its rows at most, lower when the board needs the room.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.table)

        self._shown_day = board.day()
        # Queued: the board takes its new day first. A silent change (Today, midnight)
        # is caught by the board's one-second tick.
        board.date_edit.dateChanged.connect(self._follow_board,
                                            Qt.ConnectionType.QueuedConnection)
        board._tick.timeout.connect(self._follow_board)
        bridge.changed.connect(self._on_event)
        self.act_vip_card = QAction(self.tr("VIP card…"), board)
        self.act_vip_card.setObjectName("vipCard")
        self.act_vip_card.setShortcut(QKeySequence(VIP_CARD_KEY))
        self.act_vip_card.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_vip_card.setToolTip(self.tr("The VIP data card of the party's customer (V)"))
        self.act_vip_card.triggered.connect(self.open_vip_card)
        board.addAction(self.act_vip_card)
        self.reload()

    # -- data -------------------------------------------------------------------------------
    def records(self) -> list[AppointmentRecord]:
        return list(self._records)

    def _follow_board(self) -> None:
        if self.board.day() != self._shown_day:
            self.reload()

    def reload(self) -> None:
        day = self._shown_day = self.board.day()
        keep = self.selected()
        self._records = sorted(self.services.appointments.for_day(day),
                               key=lambda a: (a.expected_at is None, a.expected_at
                                              or a.created_at, a.id))
        zone = self.services.settings.current().zone()
        rows, colours = [], []
        for a in self._records:
            rows.append([local_text(a.expected_at, zone) or self.tr("any time"),
                         a.display_name or "?", str(a.size), mask_phone(a.phone),
                         " · ".join(x for x in (a.channel, a.agency, a.agent) if x),
                         source_label(a.source),
                         (f"⚠ {conflict_label(a.conflict)} ({a.conflict_note})"
                          if a.open_conflict and a.conflict is not None else "")])
            colours.append("#b42318" if a.open_conflict else None)
        fill_table(self.table, rows, colours)
        label = (self.tr("Expected today: %1") if day == self.services.appointments
                 .today() else self.tr("Expected on %2: %1").replace(
                     "%2", day.isoformat()))
        people = sum(a.size for a in self._records)
        self.toggle.setText(label.replace("%1", parties_people(len(self._records), people)))
        self._fit()
        chosen = 0 if self._records else -1
        for row, record in enumerate(self._records):
            if keep is not None and record.id == keep.id:
                chosen = row
        if chosen >= 0:
            self.table.selectRow(chosen)
        self._update()

    def _fit(self) -> None:
        """Up to VISIBLE_ROWS rows; when the board is short the strip gives way first
        (down to one row; the board keeps its in-building rows), and it can be folded
        to its title line."""
        shown = self.toggle.isChecked() and bool(self._records)
        self.table.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if self.toggle.isChecked()
                                 else Qt.ArrowType.RightArrow)
        rows = min(len(self._records), VISIBLE_ROWS)
        height = self.table.horizontalHeader().sizeHint().height() + 4
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(height + min(rows, 1) * row)
        self.table.setMaximumHeight(height + rows * row)
        self.updateGeometry()

    def _on_toggled(self, _checked: bool) -> None:
        self._fit()

    def _on_event(self, event: Event) -> None:
        # A check-in names APPOINTMENTS in its event; a merge or an erase of a customer
        # names CUSTOMERS. Registering or moving parties leaves the expected list as it is.
        if event.concerns(APPOINTMENTS, CUSTOMERS, SETTINGS, EVERYTHING):
            self.reload()

    def selected(self) -> AppointmentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._records):
            return None
        return self._records[rows[0].row()]

    def select(self, appointment_id: int) -> bool:
        for row, record in enumerate(self._records):
            if record.id == appointment_id:
                self.table.selectRow(row)
                self.table.setFocus()
                return True
        return False

    def _update(self) -> None:
        today = self.board.day() == self.services.appointments.today()
        self.check_in_button.setEnabled(today and self.selected() is not None)
        self.check_in_button.setVisible(bool(self._records))

    # -- check-in ----------------------------------------------------------------------------
    def check_in(self) -> PartyRecord | None:
        record = self.selected()
        if record is None or self.board.day() != self.services.appointments.today():
            return None
        try:
            party = self.services.appointments.check_in(record.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Check in"), message(exc))
            return None
        self.board.reload()
        self.board.select_party(party.id)
        self.board.active_view.setFocus()
        return party

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.check_in()
                return True
        return super().eventFilter(watched, event)

    # -- the VIP card of the board's selected party -------------------------------------------
    def open_vip_card(self) -> QWidget | None:
        party = self.board.selected_record()
        if party is None:
            QMessageBox.information(self.board, self.tr("VIP data card"),
                                    self.tr("Select a party on the board first."))
            return None
        customer = self.services.customers.customer_for_party(party.id)
        if customer is None:
            QMessageBox.information(
                self.board, self.tr("VIP data card"),
                self.tr("The VIP card belongs to the customer, found by phone: this party has "
                        "no phone yet. Add it with Edit… (F4), then open the card again."))
            return None
        from .vip_card_dialog import VipCardDialog

        dialog = VipCardDialog(self.services, customer.id, self.board.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def attach_to_board(board: ArrivalBoardPanel, layout: QBoxLayout,
                    bridge: EventBridge) -> ExpectedStrip:
    """Insert the expected strip above the board's tables (the layout's last item)."""
    strip = ExpectedStrip(board, bridge)
    layout.insertWidget(max(layout.count() - 1, 0), strip)
    return strip

"""The bar window (水吧): drink orders with serve timers, for a second monitor or PC.

Readable from two metres: the queue of orders oldest first as large cards
(place, guest, drinks with their fill level, the elapsed time as text and the
timer state by colour and word), and a side column with refill rounds due and
coming, tables to clear and low stock. Big buttons for touch, keys for all:

    ↑/↓ choose an order · Space/Enter served · Backspace/Ctrl+Z recall the last
    R refill round · C table cleared · N new order · K customer remark
    M mute · F11 full screen

Changes arrive as events (this process's, or another PC's through the change
feed); a 1 s timer only repaints the timers. A chime sounds for a new order
and the alert once when an order turns late; the late card flashes, so a
muted bar still sees it. Privacy: surname with honorific and place only.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...domain.bar import OrderSource, RefillOutcome, TimerState
from ...domain.bar_records import BarBoard, OrderRecord, RefillRecord
from ...domain.errors import DomainError
from ...domain.events import BAR, EVERYTHING, PARTIES, SETTINGS, STOCK, Event
from ...domain.records import PartyRecord
from ...domain.stages import Stage
from ...services.context import Services
from ..events import EventBridge
from ..prefs import BAR_GEOMETRY, make_prefs
from ..steady_views import keep_views_steady
from ..text import message
from .card_delegate import OrderCardDelegate
from .dialogs import DrinkPicker, PartyPicker, RefillDialog, RemarkEntry, party_label
from .header import BarHeader, repolish
from .model import OrdersModel
from .side_panel import SidePanel, big_button
from .sounds import ALERT, ORDER, BarSounds

log = logging.getLogger(__name__)
TICK_MS = 1000
FLASH_MS = 500
MESSAGE_MS = 8000
SIDE_WIDTH = 430
SIDE_MAX_WIDTH = 640


def _place_key(place: str) -> list[str | int]:
    """VIP2 before VIP10."""
    return [int(part) if i % 2 else part for i, part in enumerate(re.split(r"(\d+)", place))]


class BarWindow(QMainWindow):
    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None, *, sounds: BarSounds | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barWindow")
        self.services = services
        self.remember_layout = True
        self.sounds = sounds if sounds is not None else BarSounds(self)
        #: The late cards' background alternates with this phase (every 500 ms).
        self.flash_on = False
        self.board: BarBoard | None = None
        self.refill_dialog: RefillDialog | None = None
        self.drink_picker: DrinkPicker | None = None
        self.party_picker: PartyPicker | None = None
        self.remark_entry: RemarkEntry | None = None
        self._refills: list[RefillRecord] = []
        self._late_alerted: set[int] = set()
        self._loaded = False
        self._explicit = False  # the attendant picked an order (keys or a tap)
        self._ordering_here = False  # a new cup ordered in this window: no chime for it
        self._stale = False
        self._reload_queued = False
        sheet = paths.resources_dir() / "styles" / "bar.qss"
        if sheet.exists():
            self.setStyleSheet(sheet.read_text(encoding="utf-8"))
        self._build()
        self._build_actions()
        bridge.changed.connect(self._on_event)
        bridge.connection.connect(self._on_connection)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.flash_timer = QTimer(self)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._flash)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self.message.hide)
        self.reload()
        geometry = make_prefs().value(BAR_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        body.setObjectName("barBody")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 14, 24, 12)
        layout.setSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self._build_queue(), 5)
        self.side = SidePanel()
        self.side.setMinimumWidth(SIDE_WIDTH)
        self.side.setMaximumWidth(SIDE_MAX_WIDTH)
        self.side.refill_action.connect(self._refill_action)
        self.side.table_cleared.connect(self.clear_table)
        columns.addWidget(self.side, 2)
        layout.addLayout(columns, 1)
        outer.addWidget(content, 1)

        # Each key as printed on the keyboard (not translated), then what it does.
        keys = (("↑ ↓", self.tr("choose order")), ("Space / Enter", self.tr("served")),
                ("Backspace / Ctrl+Z", self.tr("recall")), ("R", self.tr("refill round")),
                ("C", self.tr("table cleared")), ("N", self.tr("new order")),
                ("K", self.tr("remark")), ("M", self.tr("mute")),
                ("F11", self.tr("full screen")))
        self.keys = QLabel("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(
            f"<b>{key}</b>&nbsp;{word}" for key, word in keys))
        self.keys.setObjectName("barKeys")
        self.keys.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.keys)
        self.setCentralWidget(body)
        body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        body.setFocus()

    def _build_header(self) -> BarHeader:
        self.header = BarHeader()
        self.title = self.header.title
        self.counts = self.header.counts
        self.mute_button = self.header.mute_button
        self.mute_button.clicked.connect(self.toggle_mute)
        self.clock_label = self.header.clock_label
        self._show_mute()
        return self.header

    def _build_queue(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.queue_title = QLabel(self.tr("Orders — oldest first"))
        self.queue_title.setObjectName("queueTitle")
        layout.addWidget(self.queue_title)
        self.model = OrdersModel(self.services, self)
        self.view = QListView()
        self.view.setObjectName("orderQueue")
        self.view.setModel(self.model)
        self.view.setItemDelegate(OrderCardDelegate(lambda: self.flash_on, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(True)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._picked)
        self.empty = QLabel(self.tr("No drinks waiting."))
        self.empty.setObjectName("barEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.message = QLabel()
        self.message.setObjectName("barMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.served_button = big_button(self.tr("Served   (Space)"), "servedButton", "go")
        self.served_button.clicked.connect(self.bump_selected)
        self.recall_button = big_button(self.tr("Recall last   (Backspace)"), "recallButton")
        self.recall_button.clicked.connect(self.recall_last)
        self.new_order_button = big_button(self.tr("New order   (N)"), "newOrderButton")
        self.new_order_button.clicked.connect(self.new_order)
        self.remark_button = big_button(self.tr("Remark   (K)"), "remarkButton")
        self.remark_button.clicked.connect(self.note_remark)
        buttons.addWidget(self.served_button, 3)
        buttons.addWidget(self.recall_button, 2)
        buttons.addWidget(self.new_order_button, 2)
        buttons.addWidget(self.remark_button, 2)
        layout.addLayout(buttons)
        return column

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        for name, keys, slot in (
            ("up", ["Up"], lambda: self.select_relative(-1)),
            ("down", ["Down"], lambda: self.select_relative(1)),
            ("served", ["Space", "Return", "Enter"], self.bump_selected),
            ("recall", ["Backspace", "Ctrl+Z"], self.recall_last),
            ("refill", ["R"], self.handle_first_refill),
            ("clear", ["C"], self.clear_first_table),
            ("new_order", ["N"], self.new_order),
            ("remark", ["K"], self.note_remark),
            ("mute", ["M"], self.toggle_mute),
            ("full_screen", ["F11"], self.toggle_full_screen),
            ("leave_full_screen", ["Esc"], self._leave_full_screen),
        ):
            action = QAction(self)
            action.setObjectName(f"bar_{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action

    # -- events and time ---------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if not event.concerns(BAR, STOCK, SETTINGS, EVERYTHING) and not (
                # A change of parties matters only for one the bar shows (name, place).
                event.changes_any(PARTIES, self.board.party_ids()) if self.board is not None
                else event.concerns(PARTIES)):
            return
        if event.topic == BAR and event.data.get("kind") == "ordered" \
                and not self._ordering_here and self.isVisible():
            self.sounds.play(ORDER)
        if not self.isVisible():
            self._stale = True
            return
        if not self._reload_queued:
            # Several events of one action (served + stock) make one reload.
            self._reload_queued = True
            QTimer.singleShot(0, self, self.reload)

    def reload(self) -> None:
        """Read what the bar shows (after an event; never on a timer)."""
        self._reload_queued = False
        self._stale = False
        bar = self.services.bar
        board = bar.board(shared=True)
        categories = bar.categories(shared=True)
        self.board = board
        self._refills = sorted(board.refills_due + board.refills_later, key=lambda r: r.due_at)
        self.model.set_orders(list(board.orders), categories, bar.rules())
        if not self._loaded:
            # Orders already late when the window opens were alerted elsewhere (or long ago).
            self._late_alerted |= self.model.late_ids()
            self._loaded = True
        site = self.services.settings.current().site_name
        self.title.setText(self.tr("%1 · Water bar").replace("%1", site))
        self.setWindowTitle(self.tr("Water bar — %1").replace("%1", site))
        self.stack.setCurrentWidget(self.view if self.model.rows else self.empty)
        self.served_button.setEnabled(bool(self.model.rows))
        self._restore_selection()
        self._refresh(check_late=True)

    def tick(self) -> None:
        """A second passed: timers repaint, refill rounds fall due, late orders alert."""
        self.model.tick()
        self._refresh(check_late=True)

    def _refresh(self, check_late: bool) -> None:
        now = self.services.clock()
        if self.board is not None:
            settings = self.services.settings.current()
            self.side.set_content(
                [r for r in self._refills if r.due_at <= now],
                [r for r in self._refills if r.due_at > now],
                list(self.board.tasks), list(self.board.low_stock), settings.zone())
            self.clock_label.setText(now.astimezone(settings.zone()).strftime("%H:%M"))
        if check_late:
            self._check_late()
        self._show_counts()

    def _check_late(self) -> None:
        late = self.model.late_ids()
        newly = late - self._late_alerted
        if newly:
            self._late_alerted |= newly
            if self.isVisible():
                self.sounds.play(ALERT)  # once, however many turned late this second
        if late and not self.flash_timer.isActive():
            self.flash_on = True
            self.flash_timer.start()
        elif not late and self.flash_timer.isActive():
            self.flash_timer.stop()
            self.flash_on = False

    def _flash(self) -> None:
        self.flash_on = not self.flash_on
        self.view.viewport().update()

    def _show_counts(self) -> None:
        waiting = len(self.model.rows)
        late = self.model.count_in(TimerState.LATE)
        due = len(self.due_refills())
        tables = len(self.board.tasks) if self.board is not None else 0
        for key, text, count, tone in (
            ("waiting", self.tr("Waiting %1"), waiting, "busy"),
            ("late", self.tr("Late %1"), late, "late"),
            ("refills", self.tr("Refills %1"), due, "amber"),
            ("tables", self.tr("Tables %1"), tables, "busy"),
        ):
            self.header.set_count(key, text.replace("%1", str(count)), tone if count else "")

    # -- the queue -----------------------------------------------------------------------
    def selected_order(self) -> OrderRecord | None:
        """The chosen order, or the oldest when none is chosen."""
        if not self.model.rows:
            return None
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else 0
        return self.model.rows[min(row, len(self.model.rows) - 1)]

    def select_row(self, row: int, scroll: bool = True) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.view.scrollTo(index)

    def select_relative(self, step: int) -> None:
        if not self.model.rows:
            return
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else 0
        self.select_row(max(0, min(len(self.model.rows) - 1, row + step)))
        self._explicit = True

    def _picked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._explicit = True

    def _restore_selection(self) -> None:
        if not self.model.rows:
            self._explicit = False
            return
        if not self._explicit or not self.view.currentIndex().isValid():
            self._explicit = False
            current = self.view.currentIndex()
            if current.row() != 0 or not self.view.selectionModel().isSelected(current):
                self.select_row(0, scroll=False)  # a glance down the list is not undone

    def bump_selected(self) -> None:
        record = self.selected_order()
        if record is None:
            self.show_message(self.tr("No drinks waiting."), "info")
            return
        if not self._run(lambda: self.services.bar.bump(record.id)):
            return
        self._explicit = False
        self.show_message(self.tr("Served: %1 %2 — Backspace takes it back.")
                          .replace("%1", record.place).replace("%2", record.items_text),
                          "done")

    def recall_last(self) -> None:
        recalled: list[OrderRecord] = []
        if not self._run(lambda: recalled.append(self.services.bar.recall())):
            return
        record = recalled[0]
        self.show_message(self.tr("Back in the queue: %1 %2")
                          .replace("%1", record.place).replace("%2", record.items_text),
                          "info")

    # -- refill rounds and tables ----------------------------------------------------------
    def due_refills(self) -> list[RefillRecord]:
        now = self.services.clock()
        return [r for r in self._refills if r.due_at <= now]

    def handle_first_refill(self) -> RefillDialog | None:
        due = self.due_refills()
        if not due:
            self.show_message(self.tr("No refill round due."), "info")
            return None
        dialog = RefillDialog(due[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda value, c=due[0].id: self._refill_action(c, value))
        dialog.finished.connect(lambda *_: setattr(self, "refill_dialog", None))
        self.refill_dialog = dialog
        dialog.open()
        return dialog

    def _refill_action(self, check_id: int, value: str) -> None:
        outcome = RefillOutcome(value)
        record = next((r for r in self._refills if r.id == check_id), None)
        place = record.place if record is not None else ""
        if outcome is RefillOutcome.NEW_DRINK:
            self._pick_new_drink(check_id, place, record.guest if record else "")
            return
        if self._run(lambda: self.services.bar.refill_done(check_id, outcome)):
            done = self.tr("%1: refilled.") if outcome is RefillOutcome.REFILLED \
                else self.tr("%1: no refill wanted.")
            self.show_message(done.replace("%1", place), "done")

    def _pick_new_drink(self, check_id: int, place: str, guest: str) -> None:
        picker = DrinkPicker(self.services.bar.menu(only_available=True),
                             self.tr("New cup for %1 %2").replace("%1", place)
                             .replace("%2", guest), self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drink_picker = picker

        def ordered() -> None:
            lines = picker.lines()
            self._ordering_here = True
            try:
                if self._run(lambda: self.services.bar.refill_done(
                        check_id, RefillOutcome.NEW_DRINK, lines)):
                    self.show_message(self.tr("%1: new cup ordered.").replace("%1", place),
                                      "done")
            finally:
                self._ordering_here = False

        picker.accepted.connect(ordered)
        picker.finished.connect(lambda *_: setattr(self, "drink_picker", None))
        picker.open()

    # -- orders and remarks taken at the bar --------------------------------------------
    def seated_parties(self) -> list[PartyRecord]:
        """The parties seated now, by place (what the bar may show: place and surname)."""
        arrivals = self.services.arrivals
        seated = [r for r in arrivals.list_day(arrivals.today())
                  if r.stage is Stage.SEATED and r.place]
        return sorted(seated, key=lambda r: _place_key(r.place or ""))

    def _pick_party(self, title: str, then: Any) -> PartyPicker | None:
        parties = self.seated_parties()
        if not parties:
            self.show_message(self.tr("No party is seated now."), "info")
            return None
        picker = PartyPicker(parties, title, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        by_id = {r.id: r for r in parties}
        picker.chosen.connect(lambda party_id: then(by_id[party_id]))
        picker.finished.connect(lambda *_: setattr(self, "party_picker", None))
        self.party_picker = picker
        picker.open()
        return picker

    def new_order(self) -> PartyPicker | None:
        """N: drinks the bar takes down itself (a guest asking at the counter)."""
        return self._pick_party(self.tr("New order — choose the table"), self._order_for)

    def _order_for(self, record: PartyRecord) -> None:
        menu = self.services.bar.menu(only_available=True)
        if not menu:
            self.show_message(self.tr("No drink is available."), "warning")
            return
        picker = DrinkPicker(menu, self.tr("New order for %1").replace(
            "%1", party_label(record)), self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drink_picker = picker

        def ordered() -> None:
            lines = picker.lines()
            self._ordering_here = True
            try:
                if self._run(lambda: self.services.bar.order(record.id, lines,
                                                             source=OrderSource.BAR)):
                    self.show_message(self.tr("%1: ordered.").replace("%1", party_label(record)),
                                      "done")
            finally:
                self._ordering_here = False

        picker.accepted.connect(ordered)
        picker.finished.connect(lambda *_: setattr(self, "drink_picker", None))
        picker.open()

    def note_remark(self) -> PartyPicker | None:
        """K: what a customer said at the bar (客户意见), for the desk and the consultant."""
        return self._pick_party(self.tr("Remark — choose the table"), self._remark_for)

    def _remark_for(self, record: PartyRecord) -> None:
        entry = RemarkEntry(record, self.services.bar.add_remark, self)
        entry.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.remark_entry = entry
        entry.accepted.connect(lambda: self.show_message(
            self.tr("%1: remark noted.").replace("%1", party_label(record)), "done"))
        entry.finished.connect(lambda *_: setattr(self, "remark_entry", None))
        entry.open()

    def clear_first_table(self) -> None:
        tasks = self.board.tasks if self.board is not None else ()
        if not tasks:
            self.show_message(self.tr("No table to clear."), "info")
            return
        self.clear_table(tasks[0].id)

    def clear_table(self, task_id: int) -> None:
        task = next((t for t in (self.board.tasks if self.board else ()) if t.id == task_id),
                    None)
        if self._run(lambda: self.services.bar.table_cleared(task_id)) and task is not None:
            self.show_message(self.tr("%1 is clear.").replace("%1", task.place), "done")

    # -- sound, screen, messages -----------------------------------------------------------
    def toggle_mute(self) -> None:
        self.sounds.set_muted(not self.sounds.muted)
        self._show_mute()
        self.show_message(self.tr("Sound off: late orders still flash.") if self.sounds.muted
                          else self.tr("Sound on."), "info")

    def _show_mute(self) -> None:
        self.header.set_muted(self.tr("Muted (M)") if self.sounds.muted
                              else self.tr("Sound on (M)"), self.sounds.muted)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def _on_connection(self, connected: bool) -> None:
        if connected:
            self.show_message(self.tr("Connection to the database is back."), "done")
        else:
            self.message.setText(self.tr("Connection to the database lost: reconnecting… "
                                         "Nothing can be served until it is back."))
            self.message.setProperty("tone", "warning")
            repolish(self.message)
            self.message.show()
            self._message_timer.stop()

    def show_message(self, text: str, tone: str) -> None:
        """A line above the queue for a few seconds: done, info or a refusal (warning)."""
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        repolish(self.message)
        self.message.show()
        self._message_timer.start()

    def _run(self, work: Any) -> bool:
        """One service call; a refusal is shown in words, and the view catches up."""
        try:
            work()
        except DomainError as exc:
            self.show_message(message(exc), "warning")
            self._on_event(Event(EVERYTHING))
            return False
        return True

    # -- window life -----------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        keep_views_steady(self)
        if self._stale:
            self.reload()
        self.tick_timer.start()
        self.tick()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.tick_timer.stop()
        self.flash_timer.stop()

    def closeEvent(self, event: Any) -> None:
        if not self.remember_layout:
            super().closeEvent(event)
            return
        prefs = make_prefs()
        prefs.setValue(BAR_GEOMETRY, self.saveGeometry())
        prefs.sync()
        super().closeEvent(event)

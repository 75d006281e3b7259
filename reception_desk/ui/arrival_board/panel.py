"""The arrival board dock: today's parties, their stages, and one-key actions.

Consultants are given through the rotation when anyone is on duty: F5 gives
the selected party to the rotation's proposal (the up consultant, or a
returning customer's owner); F3 offers the roster and says what each choice
means; an override asks a manager first. With nobody on duty F3 takes a
typed name, as before the rotation existed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, RotationMovedError
from ...domain.events import EVERYTHING, PARTIES, ROTATION, SETTINGS, Event
from ...domain.records import PartyRecord
from ...domain.stages import Stage, next_stage
from ...services.context import Services
from ..bar_desk import DrinkOrderDialog, RemarkDialog
from ..cell_cache import cache_cells
from ..events import EventBridge
from ..hotline import attach_to_board
from ..search_field import add_clear_button
from ..text import message, parties_count, parties_people, record_name
from ..widgets import button_text
from .assigning import ConsultantAssigning
from .columns import ColumnFitter
from .dialogs import (
    InvalidDialog,
    place_dialog,
    stage_dialog,
)
from .entry_dialog import PartyEntryDialog
from .model import PartyTableModel
from .remarks import KeptRemarks
from .sizing import MIN_ACTIVE_ROWS, BoardHeights, BoardSplitter, row_height
from .title_slot import title_slot

STYLE = """
QPushButton[compact="true"] { padding: 5px 8px; }
"""


#: The most parties a search lists (newest first); a search that finds more says so.
SEARCH_SHOWN = 100


class ArrivalBoardPanel(ConsultantAssigning, BoardHeights, QWidget):
    """到访看板. Keys: F2 register, Space next stage, F6 seat, F8 departed, Ctrl+Z undo,
    F5 give to the up consultant, F3 choose the consultant, D drinks, Ctrl+M remark."""

    party_registered = Signal(object)

    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalBoardPanel")
        self.setStyleSheet(STYLE)
        self.services = services
        self.arrivals = services.arrivals
        self._day: date = self.arrivals.today()
        self._known_today = self._day
        self._remarks = KeptRemarks(lambda ids: services.bar.parties_with_remarks(ids))

        settings = services.settings
        zone = lambda: settings.current().zone()  # noqa: E731
        alert = lambda: settings.current().wait_alert_minutes  # noqa: E731
        self._fitters: list[ColumnFitter] = []
        self.active_model = PartyTableModel(services.clock, zone, alert, self)
        self.left_model = PartyTableModel(services.clock, zone, alert, self)
        self.active_view = self._make_view(self.active_model, "activeTable")
        self.left_view = self._make_view(self.left_model, "departedTable")
        self._last_view: QTableView = self.active_view

        self.register_button = QPushButton(self.tr("＋ Register arrival  (F2)"))
        self.register_button.setObjectName("registerButton")
        self.register_button.setProperty("accent", True)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("boardDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.today_button = QPushButton(self.tr("Today"))
        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        add_clear_button(self.search)  # no 160 ms fade-in (search_field.py)
        self.search.setPlaceholderText(self.tr("Search surname, phone or plate  (Ctrl+F)"))
        self.active_title = QLabel()
        self.active_title.setObjectName("sectionTitle")
        self.left_title = QLabel()
        self.left_title.setObjectName("sectionTitle")

        top = QHBoxLayout()
        top.addWidget(self.register_button)
        top.addSpacing(12)
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.search, 1)

        self._build_actions()
        buttons = QHBoxLayout()
        for action in (self.act_next, self.act_seat, self.act_stage, self.act_depart,
                       self.act_undo, self.act_assign_up, self.act_consultant,
                       self.act_invalid, self.act_edit, self.act_drinks, self.act_remark):
            button = QPushButton(button_text(action.text()))
            button.setToolTip(action.toolTip())
            button.setObjectName(f"button_{action.objectName()}")
            button.setProperty("compact", True)  # the row fits the board at 1366 pixels
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(action.isEnabled())
            # Below 1366 pixels the row may cut its labels a little rather than push
            # the window past the screen.
            button.setMinimumWidth(button.sizeHint().width() * 3 // 4)
            buttons.addWidget(button)
        buttons.addStretch(1)

        active_box = QWidget()
        active_layout = QVBoxLayout(active_box)
        active_layout.setContentsMargins(0, 0, 0, 0)
        active_layout.setSpacing(2)
        active_layout.addWidget(title_slot(self.active_title))
        active_layout.addWidget(self.active_view)
        left_box = QWidget()
        left_layout = QVBoxLayout(left_box)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(title_slot(self.left_title))
        left_layout.addWidget(self.left_view)
        self.left_box = left_box
        self.splitter = splitter = BoardSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("boardSplitter")
        splitter.addWidget(active_box)
        splitter.addWidget(left_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        #: True until the person drags the splitter: the board then shares its height
        #: the default way on every resize (see `share_height`).
        self.auto_split = True
        splitter.splitterMoved.connect(self._split_by_hand)
        self.set_min_rows(MIN_ACTIVE_ROWS)

        # Tight margins: with a taskbar and a title bar a 1366x768 laptop leaves the
        # window about 700 pixels, and the board's 10 rows must fit in them.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.register_button.clicked.connect(self.register_party)
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        bridge.changed.connect(self._on_event)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        # 预约到访: today's appointments above the tables, and VIP card… (V).
        self.expected = attach_to_board(self, layout, bridge)
        self._set_date_silently(self._day)
        self.reload()
        if self.active_model.rowCount():
            self.select_party(self.active_model.records()[0].id)

    # -- construction ------------------------------------------------------------
    def _make_view(self, model: PartyTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        cache_cells(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(row_height(view))
        # Every column on screen: the least important give way and elide (columns.py).
        self._fitters.append(ColumnFitter(view))
        view.doubleClicked.connect(lambda _i: self.edit_party())
        view.selectionModel().currentRowChanged.connect(
            lambda *_a, v=view: self._on_current_changed(v))
        # A click on the row that is already current changes the selection only.
        view.selectionModel().selectionChanged.connect(
            lambda *_a, v=view: self._on_selection_changed(v))
        view.installEventFilter(self)
        return view

    def _action(self, name: str, text: str, key: QKeySequence | str, slot: object,
                tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_register = QAction(self.tr("&Register arrival…"), self)
        self.act_register.setObjectName("registerArrival")
        self.act_register.setShortcuts([QKeySequence("F2"), QKeySequence("Ctrl+N")])
        self.act_register.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_register.triggered.connect(self.register_party)
        self.addAction(self.act_register)
        self.act_next = self._action("nextStage", self.tr("Next stage"), "Space",
                                     self.advance, self.tr("Move the party one stage on"))
        self.act_seat = self._action("seat", self.tr("Seat…"), "F6", self.seat,
                                     self.tr("Seat the party in a VIP room or at a table"))
        self.act_stage = self._action("moveStage", self.tr("Stage…"), "F7", self.choose_stage,
                                      self.tr("Move the party to any stage"))
        self.act_depart = self._action("depart", self.tr("Departed"), "F8", self.depart,
                                       self.tr("The party has left"))
        self.act_undo = self._action("undoMove", self.tr("Undo move"), "Ctrl+Z", self.undo,
                                     self.tr("Undo the party's last stage move"))
        self.act_assign_up = self._action(
            "assignUp", self.tr("Assign up consultant"), "F5", self.assign_up,
            self.tr("Give the party to the consultant whose turn it is (a returning "
                    "customer to their owner)"))
        self.act_consultant = self._action("consultant", self.tr("Consultant…"), "F3",
                                           self.choose_consultant,
                                           self.tr("Set the receiving consultant"))
        self.act_invalid = self._action("invalid", self.tr("Invalid…"), "F9", self.mark_invalid,
                                        self.tr("Mark an invalid reception (competitor, "
                                                "asking the way, …)"))
        self.act_edit = self._action("edit", self.tr("Edit…"), "F4", self.edit_party,
                                     self.tr("Correct the party's details"))
        self.act_drinks = self._action("orderDrinks", self.tr("Drinks…"), "D",
                                       self.order_drinks,
                                       self.tr("Order drinks for the party's table"))
        self.act_remark = self._action("remark", self.tr("Remark…"), "Ctrl+M",
                                       self.note_remark,
                                       self.tr("Note a customer's remark (客户意见)"))
        self.act_find = QAction(self.tr("&Find…"), self)
        self.act_find.setShortcut(QKeySequence("Ctrl+F"))
        self.act_find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_find.triggered.connect(self._focus_search)
        self.addAction(self.act_find)
        self._update_actions()

    def party_actions(self) -> list[QAction]:
        return [self.act_register, self.act_next, self.act_seat, self.act_stage,
                self.act_depart, self.act_undo, self.act_assign_up, self.act_consultant,
                self.act_invalid, self.act_edit, self.act_drinks, self.act_remark,
                self.expected.act_vip_card, self.act_find]

    # -- data ----------------------------------------------------------------------
    def day(self) -> date:
        return self._day

    def _set_date_silently(self, day: date) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.setMaximumDate(QDate(self.arrivals.today().year,
                                            self.arrivals.today().month,
                                            self.arrivals.today().day))
        self.date_edit.blockSignals(False)

    def go_today(self) -> None:
        self.search.clear()
        self._day = self.arrivals.today()
        self._set_date_silently(self._day)
        self.reload()

    def _on_date_changed(self, qdate: QDate) -> None:
        self._day = date(qdate.year(), qdate.month(), qdate.day())
        self.reload()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        # This reload reads the box as it is now: a typing pause still pending would
        # only read it again (a change from another PC while typing, Enter, a test).
        self._search_timer.stop()
        selected = self.selected_id()
        text = self.search.text().strip()
        if text:
            # One more than is listed: whether the search finds more than the list shows.
            found = self.arrivals.search(text, limit=SEARCH_SHOWN + 1)
            more = len(found) > SEARCH_SHOWN
            found = found[:SEARCH_SHOWN]
            self.active_model.set_view(None, True)
            self._number(found)
            self.active_model.set_records(found)
            self.left_model.set_records([])
            self._load_remarks(found)
            self.left_box.hide()
            if more:
                self.active_title.setText(
                    self.tr("Search “%1”: the newest %2 parties found; more match, type "
                            "more to narrow").replace("%1", text)
                    .replace("%2", str(SEARCH_SHOWN)))
            else:
                self.active_title.setText(self.tr("Search “%1”: %n party(ies) found", "",
                                                  len(found)).replace("%1", text))
        else:
            records = self.arrivals.list_day(self._day)
            self._number(records)
            active = [r for r in records if not r.departed]
            left = sorted((r for r in records if r.departed),
                          key=lambda r: r.departed_at or r.arrived_at, reverse=True)
            self.active_model.set_view(self._day, False)
            self.left_model.set_view(self._day, False)
            self.active_model.set_records(active)
            self.left_model.set_records(left)
            self._load_remarks(records)
            self.left_box.show()
            people = sum(r.size for r in active)
            if self._day == self.arrivals.today():
                self.active_title.setText(self.tr("In the building: %1").replace(
                    "%1", parties_people(len(active), people)))
                self.left_title.setText(self.tr("Today, left: %1")
                                        .replace("%1", parties_count(len(left))))
            else:
                self.active_title.setText(self.tr("Not seen out: %1")
                                          .replace("%1", parties_count(len(active))))
                self.left_title.setText(self.tr("Left on %1: %2")
                                        .replace("%1", self._day.isoformat())
                                        .replace("%2", parties_count(len(left))))
        for fitter in self._fitters:
            fitter.refit()  # a search shows dates: the arrival column widens
        if selected is not None:
            self.select_party(selected)
        self._update_actions()

    def _load_remarks(self, records: list[PartyRecord]) -> None:
        """Customer remarks of the parties shown (kept between reloads: remarks.py)."""
        remarks = self._remarks.of(r.id for r in records)
        self.active_model.set_remarks(remarks)
        self.left_model.set_remarks(remarks)

    def _number(self, records: list[PartyRecord]) -> None:
        numbers = {r.id: i + 1 for i, r in enumerate(
            sorted(records, key=lambda r: (r.arrived_at, r.id)))}
        self.active_model.set_numbers(numbers)
        self.left_model.set_numbers(numbers)

    def _on_event(self, event: Event) -> None:
        self._remarks.forget(event)
        if event.concerns(PARTIES, ROTATION, SETTINGS, EVERYTHING):
            self.reload()

    def _on_tick(self) -> None:
        today = self.arrivals.today()
        if today != self._known_today:
            # Midnight passed: a board that showed "today" follows to the new day.
            following = self._day == self._known_today
            self._known_today = today
            if following:
                self._day = today
            self._set_date_silently(self._day)
            self.reload()
        self.active_model.tick()

    # -- selection ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QTableView) and event.type() == QEvent.Type.FocusIn:
            self._last_view = watched
            other = self.left_view if watched is self.active_view else self.active_view
            other.clearSelection()
            self._update_actions()
        return super().eventFilter(watched, event)

    def _on_current_changed(self, view: QTableView) -> None:
        self._last_view = view
        self._update_actions()

    def _on_selection_changed(self, view: QTableView) -> None:
        if view.selectionModel().hasSelection() and view is not self._last_view:
            self._last_view = view
            other = self.left_view if view is self.active_view else self.active_view
            other.clearSelection()
        self._update_actions()

    def selected_record(self) -> PartyRecord | None:
        for view in (self._last_view, self.active_view, self.left_view):
            rows = view.selectionModel().selectedRows()
            if rows:
                model = view.model()
                assert isinstance(model, PartyTableModel)
                return model.record_at(rows[0].row())
        return None

    def selected_id(self) -> int | None:
        record = self.selected_record()
        return record.id if record else None

    def select_party(self, party_id: int) -> bool:
        for view, model in ((self.active_view, self.active_model),
                            (self.left_view, self.left_model)):
            row = model.row_of(party_id)
            if row >= 0:
                other = self.left_view if view is self.active_view else self.active_view
                other.clearSelection()
                index = model.index(row, 0)
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                view.scrollTo(index)
                self._last_view = view
                return True
        return False

    def _update_actions(self) -> None:
        record = self.selected_record()
        has = record is not None
        inside = has and record is not None and not record.departed
        for action in (self.act_next, self.act_seat, self.act_stage, self.act_depart,
                       self.act_assign_up, self.act_drinks):
            action.setEnabled(inside)
        for action in (self.act_undo, self.act_consultant, self.act_invalid, self.act_edit,
                       self.act_remark):
            action.setEnabled(has)

    # -- actions -------------------------------------------------------------------
    def _run(self, work: Callable[[], object]) -> PartyRecord | None:
        """Run a service call; a refusal is shown in words, nothing else happens."""
        try:
            result = work()
        except RotationMovedError as exc:
            # Another desk took the turn: show the board as it is now, and say who is up.
            self.reload()
            self._tell(message(exc))
            return None
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Arrival board"), message(exc))
            return None
        if not isinstance(result, PartyRecord):
            return None
        # The action's event has reloaded the board already (services publish on this
        # thread, after the commit): only the selection follows the party.
        self.select_party(result.id)
        return result

    @staticmethod
    def _open(dialog: QDialog) -> None:
        """Open window-modal; the dialog is deleted once closed (a day opens hundreds)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def register_party(self) -> None:
        if self.search.text():
            self.search.clear()
        if self._day != self.arrivals.today():
            self.go_today()
        dialog = PartyEntryDialog(self.arrivals, None, self, rotation=self.services.rotation,
                                  accounts=self.services.accounts)
        dialog.saved.connect(self._after_register)
        self._open(dialog)

    def _after_register(self, record: PartyRecord) -> None:
        # The action's event has reloaded the board already (see select_party above).
        self.select_party(record.id)
        self.active_view.setFocus()
        self.party_registered.emit(record)

    def edit_party(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        dialog = PartyEntryDialog(self.arrivals, record, self, rotation=self.services.rotation,
                                  accounts=self.services.accounts)
        dialog.saved.connect(self._after_edit)
        self._open(dialog)

    def _after_edit(self, record: PartyRecord) -> None:
        self.select_party(record.id)

    def advance(self) -> None:
        record = self.selected_record()
        if record is None or record.departed:
            return
        target = next_stage(record.stage)
        if target is Stage.SEATED:
            self.seat()
            return
        self._run(lambda: self.arrivals.move(record.id, target))

    def seat(self) -> None:
        record = self.selected_record()
        if record is None or record.departed:
            return
        taken = self._taken_names(record.id)
        dialog = place_dialog(self.services.settings.current().places, taken, self)
        dialog.setObjectName("placeDialog")
        dialog.accepted.connect(lambda: self._seat_at(record.id, dialog.value()))
        self._open(dialog)

    def _taken_names(self, own_id: int) -> dict[str, str]:
        occupied = self.arrivals.occupied_places()
        names: dict[str, str] = {}
        for place, pid in occupied.items():
            if pid == own_id:
                continue
            row = self.active_model.row_of(pid)
            rec = self.active_model.record_at(row) if row >= 0 else None
            names[place] = record_name(rec) if rec else self.tr("another party")
        return names

    def _seat_at(self, party_id: int, place: object) -> None:
        if not isinstance(place, str):
            return
        self._run(lambda: self.arrivals.move(party_id, Stage.SEATED, place))

    def choose_stage(self) -> None:
        record = self.selected_record()
        if record is None or record.departed:
            return
        dialog = stage_dialog(record.stage, self)
        dialog.setObjectName("stageDialog")

        def chosen() -> None:
            target = dialog.value()
            if target is Stage.SEATED:
                self.seat()
            elif isinstance(target, Stage):
                self._run(lambda: self.arrivals.move(record.id, target))

        dialog.accepted.connect(chosen)
        self._open(dialog)

    def depart(self) -> None:
        record = self.selected_record()
        if record is None or record.departed:
            return
        self._run(lambda: self.arrivals.move(record.id, Stage.DEPARTED))

    def undo(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        self._run(lambda: self.arrivals.undo_last_move(record.id))

    def mark_invalid(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        dialog = InvalidDialog(
            record.invalid_reason, record.invalid_note,
            lambda reason, note: self.arrivals.mark_invalid(record.id, reason, note), self)
        dialog.setObjectName("invalidDialog")
        dialog.accepted.connect(self.reload)
        self._open(dialog)

    def order_drinks(self) -> DrinkOrderDialog | None:
        """D: drinks for the selected party's table (digits add drinks, Enter orders)."""
        record = self.selected_record()
        if record is None or record.departed:
            return None
        dialog = DrinkOrderDialog(self.services, record, self)
        self._open(dialog)
        return dialog

    def note_remark(self) -> RemarkDialog | None:
        """Ctrl+M: note what the customer said (客户意见); the board shows it."""
        record = self.selected_record()
        if record is None:
            return None
        dialog = RemarkDialog(self.services, record, self)
        self._open(dialog)
        return dialog

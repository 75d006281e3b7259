"""The rotation dock (轮接): who is up, who is on deck, the queue, one-key duty changes.

Keys: Ctrl+I sign in, Alt+1..4 available / on break / out / signed off for the
selected consultant, Alt+M missed turn, Alt+O move (manager override).
The panel reloads from the services on events (its own and other PCs'); a
one-second timer only repaints the running "since last customer" times.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.events import EVERYTHING, ROTATION, SETTINGS, Event
from ...domain.rotation import DutyStatus, QueueState
from ...domain.timeutil import format_duration, local_date
from ...services.context import Services
from ..cell_cache import cache_cells
from ..events import EventBridge
from ..text import duty_label, message
from ..widgets import button_text
from .dialogs import PositionDialog, RosterDialog, SignInDialog
from .model import CONSULTANT_ID_ROLE, STATUS_COLOURS, Col, Mark, QueueRow, QueueTableModel
from .override_dialog import OverrideDialog

STYLE = """
QFrame#upCard, QFrame#deckCard {
    background: #ffffff; border: 1px solid #d0d5dd; border-radius: 10px;
}
QFrame#upCard { background: #fff6ed; border: 2px solid #e04f16; }
QFrame#upCard[level="alarm"] { background: #fef3f2; border: 2px solid #d92d20; }
QFrame#deckCard[level="warn"] { background: #fffaeb; border: 2px solid #f79009; }
QFrame#deckCard[level="idle"] { background: #f9fafb; border: 1px dashed #d0d5dd; }
QLabel#cardTitle { font-size: 13px; font-weight: 700; color: #c4320a; }
QFrame#deckCard QLabel#cardTitle { color: #475467; }
QLabel#cardName { font-size: 30px; font-weight: 700; color: #1d2939; }
QFrame#upCard[level="alarm"] QLabel#cardName { font-size: 22px; color: #b42318; }
QFrame#deckCard[level="warn"] QLabel#cardName { font-size: 22px; color: #b54708; }
QFrame#deckCard[level="idle"] QLabel#cardName { color: #98a2b3; }
QLabel#cardDetail { font-size: 13px; color: #475467; }
QLabel#rotationAlarm {
    background: #d92d20; color: #ffffff; font-size: 15px; font-weight: 700;
    border-radius: 8px; padding: 8px 10px;
}
QLabel#rotationSummary { color: #475467; font-size: 13px; padding: 0 2px; }
QTableView#queueTable QHeaderView::section { padding: 5px 2px; }
QPushButton[duty="true"] { padding: 4px 6px; font-weight: 600; }
QPushButton[compact="true"] { padding: 4px 6px; }
"""

# Alt+digit for each duty status a person sets (receiving comes from taking a party).
STATUS_KEYS: list[tuple[DutyStatus, str, str]] = [
    (DutyStatus.AVAILABLE, "Alt+1", "setAvailable"),
    (DutyStatus.BREAK, "Alt+2", "setBreak"),
    (DutyStatus.OUT, "Alt+3", "setOut"),
    (DutyStatus.OFF, "Alt+4", "signOff"),
]


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class DutyCard(QFrame):
    """One big card: the title (Up / On deck), the name in large type, a detail line."""

    def __init__(self, name: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("level", "normal")
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.title.setToolTip(hint)
        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.name.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.name)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # The consultant shown, None when the card shows an empty state.
        self.consultant_id: int | None = None

    def _set_level(self, level: str) -> None:
        if self.property("level") != level:
            self.setProperty("level", level)
            for widget in (self, self.title, self.name, self.detail):
                _repolish(widget)  # the style sheet keys on `level`

    def show_consultant(self, consultant_id: int, name: str, detail: str) -> None:
        self.consultant_id = consultant_id
        self._set_level("normal")
        self.name.setText(name)
        self.detail.setText(detail)

    def show_empty(self, text: str, detail: str, level: str) -> None:
        self.consultant_id = None
        self._set_level(level)
        self.name.setText(text)
        self.detail.setText(detail)

    def level(self) -> str:
        return str(self.property("level"))


class RotationPanel(QWidget):
    """轮接. The up and on-deck cards, the queue, and the duty actions."""

    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotationPanel")
        self.setStyleSheet(STYLE)
        self.services = services
        self.bridge = bridge
        self.rotation = services.rotation
        self._state = QueueState()
        self._names: dict[int, str] = {}
        self._day: date = self._today()

        self.alarm = QLabel()
        self.alarm.setObjectName("rotationAlarm")
        self.alarm.setWordWrap(True)
        self.alarm.hide()
        self.up_card = DutyCard("upCard", self.tr("Up"),
                                self.tr("First in line: receives the next new customer"))
        self.deck_card = DutyCard("deckCard", self.tr("On deck"),
                                  self.tr("Second in line: prepares to receive after the "
                                          "up consultant"))
        cards = QHBoxLayout()
        cards.setSpacing(8)
        cards.addWidget(self.up_card, 1)
        cards.addWidget(self.deck_card, 1)
        self.summary = QLabel()
        self.summary.setObjectName("rotationSummary")
        self.summary.setWordWrap(True)

        self.model = QueueTableModel(services.clock, self)
        self.view = self._make_view()
        self._build_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.alarm)
        layout.addLayout(cards)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.view, 1)

        bridge.changed.connect(self._on_event)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.reload()

    # -- construction ------------------------------------------------------------
    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("queueTable")
        view.setModel(self.model)
        cache_cells(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.verticalHeader().hide()
        # Low enough that the queue shows its consultants at 1366x768 with the bar below.
        view.verticalHeader().setDefaultSectionSize(30)
        header = view.horizontalHeader()
        header.setMinimumSectionSize(20)
        header.setStretchLastSection(False)
        self._fit_columns(view)
        view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        return view

    def _fit_columns(self, view: QTableView) -> None:
        """Narrow columns sized to their words in the current language (the dock is narrow)."""
        plain = QFontMetrics(view.font())
        bold_font = QFont(view.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        headers = self.model.headers()

        def fit(*texts: str, metrics: QFontMetrics = bold) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + 7

        widths = {
            Col.POSITION: fit(headers[Col.POSITION], "00"),
            Col.MARK: fit(self.model.mark_text(Mark.UP), self.model.mark_text(Mark.ON_DECK)),
            Col.STATUS: fit(*(duty_label(s) for s in DutyStatus if s is not DutyStatus.OFF)),
            Col.VALID: fit(headers[Col.VALID], "00"),
            Col.INVALID: fit(headers[Col.INVALID], "00"),
            Col.RETURNING: fit(headers[Col.RETURNING], "00"),
            Col.SINCE: max(fit(headers[Col.SINCE]), fit("0:00:00", metrics=plain)),
        }
        header = view.horizontalHeader()
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            view.setColumnWidth(col, width)
        header.setSectionResizeMode(Col.NAME, QHeaderView.ResizeMode.Stretch)

    def _action(self, name: str, text: str, key: str | None, slot: Callable[[], object],
                tip: str, context: Qt.ShortcutContext =
                Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(context)
            action.setToolTip(f"{tip} ({_native(key)})")
        else:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        window = Qt.ShortcutContext.WindowShortcut
        self.act_sign_in = self._action(
            "signIn", self.tr("&Sign in…"), "Ctrl+I", self.sign_in,
            self.tr("Sign a consultant in for today's duty"), window)
        self.status_actions: dict[DutyStatus, QAction] = {}
        tips = {
            DutyStatus.AVAILABLE: self.tr("Selected consultant is free to receive"),
            DutyStatus.BREAK: self.tr("Selected consultant is on a break or at lunch"),
            DutyStatus.OUT: self.tr("Selected consultant is out of the office"),
            DutyStatus.OFF: self.tr("Selected consultant signs off for today"),
        }
        for status, key, name in STATUS_KEYS:
            self.status_actions[status] = self._action(
                name, duty_label(status), key,
                lambda s=status: self.set_status(s), tips[status], window)  # type: ignore[misc]
        self.act_missed = self._action(
            "missedTurn", self.tr("&Missed turn"), "Alt+M", self.missed_turn,
            self.tr("Called but absent: the consultant loses the turn and goes to the back"))
        self.act_move = self._action(
            "moveInQueue", self.tr("M&ove…"), "Alt+O", self.move_in_queue,
            self.tr("Manager override: put the consultant at another place in the queue"))
        self.act_roster = self._action(
            "roster", self.tr("&Roster…"), None, self.open_roster,
            self.tr("Add, correct or deactivate consultants"))
        self._update_actions()

    def _button(self, action: QAction, key: str | None, prop: str) -> QPushButton:
        text = button_text(action.text())
        if key:
            text += "\n" + _native(key)
        button = QPushButton(text)
        button.setObjectName(f"button_{action.objectName()}")
        button.setProperty(prop, True)
        button.setToolTip(action.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    def _build_buttons(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        top = [(self.act_sign_in, "Ctrl+I"), (self.act_missed, "Alt+M"),
               (self.act_move, "Alt+O"), (self.act_roster, None)]
        for col, (action, key) in enumerate(top):
            button = self._button(action, key, "compact")
            self.buttons[action.objectName()] = button
            grid.addWidget(button, 0, col)
        for col, (status, key, _name) in enumerate(STATUS_KEYS):
            action = self.status_actions[status]
            button = self._button(action, key, "duty")
            fg = STATUS_COLOURS[status][0]
            button.setStyleSheet(f"QPushButton:enabled {{ color: {fg}; }}")
            self.buttons[action.objectName()] = button
            grid.addWidget(button, 1, col)
        # Columns share the width by how much text they carry, so a long label ("Missed
        # turn") is not cut off while a short one ("Move…") gives room.
        for col in range(4):
            buttons = [item.widget() for row in range(2)
                       if (item := grid.itemAtPosition(row, col)) is not None]
            grid.setColumnStretch(col, max(
                b.fontMetrics().horizontalAdvance(line) + 24
                for b in buttons if isinstance(b, QPushButton) for line in b.text().split("\n")))
        height = max(b.sizeHint().height() for b in self.buttons.values())
        for button in self.buttons.values():
            button.setMinimumHeight(height)
        return grid

    def actions_for_menu(self) -> list[QAction]:
        """For the main window's Rotation menu: sign in, the four duty keys, missed turn,
        move, roster (the status actions are also in `status_actions`)."""
        return [self.act_sign_in, *self.status_actions.values(), self.act_missed,
                self.act_move, self.act_roster]

    # -- data ----------------------------------------------------------------------
    def _today(self) -> date:
        return local_date(self.services.clock(), self.services.settings.current().zone())

    def state(self) -> QueueState:
        return self._state

    def reload(self) -> None:
        """Read the queue again; the selected consultant stays selected."""
        keep = self.selected_id()
        keep_row = self.view.currentIndex().row()
        self._day = self._today()
        self._state = self.rotation.state()
        self._names = self.rotation.names()
        self.model.set_state(self._state, self._names)
        count = self.model.rowCount()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_consultant(keep)
        elif count:
            if keep is not None and keep_row >= 0:
                self._select_row(min(keep_row, count - 1))
            else:
                up = self._state.up()
                self._select_row(self.model.row_of(up) if up is not None else 0)
        self._update_cards()
        self._update_actions()

    def _on_event(self, event: Event) -> None:
        # The queue is the day's rotation log: an action that writes to it names ROTATION
        # (a party given, released or restored does, in `also`); other party changes
        # leave it as it is.
        if event.concerns(ROTATION, SETTINGS, EVERYTHING):
            self.reload()

    def _on_tick(self) -> None:
        if self._today() != self._day:
            self.reload()  # midnight: a new day starts with an empty queue
            return
        self.model.tick()
        self._update_cards()

    def _detail(self, row: QueueRow) -> str:
        fg = STATUS_COLOURS[row.status][0]
        status = f'<span style="color:{fg}; font-weight:700;">{escape(duty_label(row.status))}' \
                 f'</span>'
        place = self.tr("No. %1").replace("%1", str(row.position))
        counts = self.tr("today %1").replace("%1", str(row.valid + row.returning))
        if row.last_customer_at is None:
            since = self.tr("no customer yet")
        else:
            since = self.tr("last %1 ago").replace("%1", format_duration(
                (self.services.clock() - row.last_customer_at).total_seconds()))
        return f"{status} · {escape(place)}<br>{escape(counts)} · {escape(since)}"

    def _update_cards(self) -> None:
        rows = {r.consultant_id: r for r in self.model.rows()}
        up, deck = self._state.up(), self._state.on_deck()
        if up is not None and up in rows:
            self.up_card.show_consultant(up, rows[up].name, self._detail(rows[up]))
            self.alarm.hide()
        else:
            if not rows:
                why = self.tr("Nobody is signed in. Press Ctrl+I to sign consultants in.")
            else:
                why = self.tr("All %1 consultants on duty are busy or away. Set one "
                              "available (Alt+1) or sign someone in (Ctrl+I).") \
                    .replace("%1", str(len(rows)))
            self.up_card.show_empty(self.tr("Nobody available"), escape(why), "alarm")
            self.alarm.setText(self.tr("⚠ No consultant can receive a new customer"))
            self.alarm.show()
        if deck is not None and deck in rows:
            self.deck_card.show_consultant(deck, rows[deck].name, self._detail(rows[deck]))
        elif up is not None:
            self.deck_card.show_empty(self.tr("Nobody on deck"), escape(self.tr(
                "Only one consultant is free: have the next one ready.")), "warn")
        else:
            self.deck_card.show_empty("—", "", "idle")
        counts = Counter(r.status for r in rows.values())
        parts = [self.tr("On duty: %1").replace("%1", str(len(rows)))]
        parts += [f"{duty_label(s)} {counts[s]}" for s in DutyStatus if counts[s]]
        self.summary.setText("  ·  ".join(parts))

    # -- selection -----------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, Col.NAME)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def select_consultant(self, consultant_id: int) -> bool:
        row = self.model.row_of(consultant_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def selected_row(self) -> QueueRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(CONSULTANT_ID_ROLE)
        return value if isinstance(value, int) else None

    def _update_actions(self) -> None:
        row = self.selected_row()
        for status, action in self.status_actions.items():
            action.setEnabled(row is not None and (status is DutyStatus.OFF
                                                   or row.status is not status))
        self.act_missed.setEnabled(row is not None)
        self.act_move.setEnabled(row is not None and self.model.rowCount() > 1)

    # -- actions -------------------------------------------------------------------
    def _warn(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Consultant rotation"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("rotationMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _run(self, work: Callable[[], object], select: int | None = None) -> bool:
        """One service call; a refusal is shown in words and nothing else happens."""
        try:
            work()
        except DomainError as exc:
            self._warn(message(exc))
            return False
        # The service's event has already reloaded the panel; keep the one acted on selected.
        if select is not None:
            self.select_consultant(select)
        return True

    def sign_in(self) -> SignInDialog | None:
        consultants = self.rotation.consultants()
        waiting = [c for c in consultants if not self._state.on_duty(c.id)]
        if not waiting:
            self._warn(self.tr("Everyone on the roster is signed in today.") if consultants
                       else self.tr("The roster is empty: add consultants with Roster… first."))
            return None
        dialog = SignInDialog(waiting, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            cid = dialog.value()
            if cid is not None:
                self._run(lambda: self.rotation.sign_in(cid), select=cid)

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def set_status(self, status: DutyStatus) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._run(lambda: self.rotation.set_status(row.consultant_id, status),
                  select=row.consultant_id)

    def missed_turn(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._run(lambda: self.rotation.missed_turn(row.consultant_id),
                  select=row.consultant_id)

    def move_in_queue(self) -> PositionDialog | None:
        row = self.selected_row()
        if row is None or self.model.rowCount() < 2:
            return None
        dialog = PositionDialog(self.model.rows(), row.consultant_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._confirm_move(row, dialog.value()))
        dialog.open()
        return dialog

    def _confirm_move(self, row: QueueRow, position: int | None) -> OverrideDialog | None:
        if position is None or position == row.position:
            return None
        cid = row.consultant_id
        summary = self.tr("Move %1 from position %2 to position %3 of the queue. This "
                          "overrides the rotation: a manager confirms, and the reason is "
                          "kept in the rotation log.").replace("%1", row.name) \
            .replace("%2", str(row.position)).replace("%3", str(position))
        dialog = OverrideDialog(
            self.services.accounts, summary,
            lambda actor, reason: self.rotation.move(cid, position, actor, reason), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.select_consultant(cid))
        dialog.open()
        return dialog

    def open_roster(self) -> RosterDialog:
        dialog = RosterDialog(self.rotation, self.bridge, self, accounts=self.services.accounts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

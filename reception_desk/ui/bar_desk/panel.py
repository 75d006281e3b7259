"""The water-bar dock of the main window (水吧): what the bar is doing, seen from the desk.

Open drink orders oldest first with their running timers (colour and words),
the orders served in the last minutes greyed with how long they took, the
refill rounds due, the tables to clear and the low-stock count. The bar
attendant acts in the bar window; the desk orders with D on the arrival board
(or the button here). The panel reloads on events; a one-second tick only
repaints the timers (and reloads when a refill round falls due or a served
order ages out of the list).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.bar import TimerState
from ...domain.bar_records import BarBoard, OrderRecord
from ...domain.events import BAR, EVERYTHING, PARTIES, SETTINGS, STOCK, Event
from ...domain.timeutil import format_duration
from ...services.bar import RECENT_SERVED
from ...services.context import Services
from ..cell_cache import cache_cells
from ..events import EventBridge
from .model import PARTY_ID_ROLE, BarOrdersModel, Col, served_text, timer_word, translate

#: Served orders stay on the desk's list (greyed) this long.
SERVED_KEEP_MINUTES = int(RECENT_SERVED.total_seconds() // 60)
#: The "served at the bar" line shows this long after a bump.
JUST_SERVED_SECONDS = 120

STYLE = """
QLabel#barDeskSummary { font-size: 14px; color: #344054; padding: 2px; }
QLabel#barDeskSummary[alarm="true"] { color: #b42318; font-weight: 700; }
QLabel#barDeskEmpty { color: #667085; font-size: 14px; padding: 14px 4px; }
QLabel#barDeskServed {
    background: #ecfdf3; color: #067647; border: 1px solid #abefc6; border-radius: 6px;
    padding: 5px 8px; font-weight: 600;
}
QLabel#barDeskLowStock {
    background: #fffaeb; color: #b54708; border: 1px solid #fedf89; border-radius: 6px;
    padding: 5px 8px;
}
QListWidget#barDeskTodo {
    background: #ffffff; border: 1px solid #d0d5dd; border-radius: 6px; font-size: 13px;
}
QListWidget#barDeskTodo::item { padding: 4px 6px; }
QTableView#barOrdersTable QHeaderView::section { padding: 5px 3px; }
"""

REFILL_FG = "#175cd3"
TABLE_FG = "#b54708"


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class BarDeskPanel(QWidget):
    """水吧 at the desk: orders with timers, served, refills due, tables, low stock."""

    #: A row was double-clicked: the party's id, for the board to select it.
    party_activated = Signal(int)

    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barDeskPanel")
        self.setStyleSheet(STYLE)
        self.services = services
        self.bar = services.bar
        self._board: BarBoard | None = None
        self._served: list[OrderRecord] = []
        #: When the list must be read again without an event (a refill falls due,
        #: a served order ages out).
        self._next_reload: datetime | None = None

        self.summary = QLabel()
        self.summary.setObjectName("barDeskSummary")
        self.summary.setWordWrap(True)
        self.model = BarOrdersModel(services.clock, self.bar.rules, self)
        self.view = self._make_view()
        self.empty = QLabel(self.tr("No drinks waiting. Select a party on the arrival board "
                                    "and press D to order."))
        self.empty.setObjectName("barDeskEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.last_served = QLabel()
        self.last_served.setObjectName("barDeskServed")
        self.last_served.setWordWrap(True)
        self.last_served.setTextFormat(Qt.TextFormat.PlainText)
        self.last_served.hide()
        self.todo_title = QLabel(self.tr("At the tables"))
        self.todo_title.setObjectName("sectionTitle")
        self.todo = QListWidget()
        self.todo.setObjectName("barDeskTodo")
        self.todo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.todo.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.todo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.low_stock = QLabel()
        self.low_stock.setObjectName("barDeskLowStock")
        self.low_stock.setWordWrap(True)
        self.low_stock.setTextFormat(Qt.TextFormat.PlainText)
        self.low_stock.hide()

        #: The board's "Drinks…" action, set by the main window (D on the board).
        self.order_action: QAction | None = None
        self.order_button = QPushButton(self.tr("Drinks for the selected party…")
                                        + f"  ({_native('D')})")
        self.order_button.setObjectName("button_orderDrinks")
        self.order_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.order_button.setEnabled(False)
        self.order_button.clicked.connect(self._order_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.last_served)
        layout.addWidget(self.todo_title)
        layout.addWidget(self.todo)
        layout.addWidget(self.low_stock)
        layout.addWidget(self.order_button)

        bridge.changed.connect(self._on_event)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.reload()

    # -- construction ------------------------------------------------------------
    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("barOrdersTable")
        view.setModel(self.model)
        cache_cells(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(32)
        view.setMinimumHeight(32 * 4 + 34)  # the header and four orders at least
        header = view.horizontalHeader()
        header.setMinimumSectionSize(20)
        header.setStretchLastSection(False)
        metrics = QFontMetrics(view.font())
        bold_font = view.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        headers = self.model.headers()
        time_texts = [f"00:00  {timer_word(s)}" for s in TimerState]
        italic_font = view.font()
        italic_font.setItalic(True)
        served_width = QFontMetrics(italic_font).horizontalAdvance(
            translate("BarTimer", "served in %1").replace("%1", "00:00"))
        widths = {
            Col.TIME: max(served_width, *(bold.horizontalAdvance(t)
                                          for t in [*time_texts, headers[Col.TIME]])),
            Col.PLACE: max(metrics.horizontalAdvance(t) for t in ("洽谈区1", headers[Col.PLACE])),
            Col.GUEST: max(metrics.horizontalAdvance(t) for t in ("欧阳女士", headers[Col.GUEST])),
        }
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(col, width + 14)
        header.setSectionResizeMode(Col.DRINKS, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self._row_activated)
        return view

    def set_order_action(self, action: QAction) -> None:
        """The board's order action: the big button triggers it and follows its state."""
        self.order_action = action
        self.order_button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(self.order_button.setEnabled)
        self.order_button.setToolTip(action.toolTip())

    def _order_clicked(self) -> None:
        if self.order_action is not None:
            self.order_action.trigger()

    def _row_activated(self, index: object) -> None:
        party_id = self.view.model().data(index, PARTY_ID_ROLE)  # type: ignore[arg-type]
        if isinstance(party_id, int):
            self.party_activated.emit(party_id)

    # -- data ----------------------------------------------------------------------
    def board(self) -> BarBoard | None:
        return self._board

    def reload(self) -> None:
        now = self.services.clock()
        # The bar window reloads on the same event: both windows share one read.
        board = self.bar.board(shared=True)
        served = self.bar.served_since(now - RECENT_SERVED, shared=True)
        self._board, self._served = board, served
        self.model.set_orders(list(board.orders), served)
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        # Without an event, the list changes when a refill falls due or a served
        # order is older than the window: reload then, never poll the database.
        moments = [r.due_at for r in board.refills_later]
        moments += [o.served_at + RECENT_SERVED
                    for o in served if o.served_at is not None]
        self._next_reload = min(moments) if moments else None
        self._update_last_served(board, now)
        self._update_todo(board, now)
        self._update_low_stock(board)
        self._update_summary()

    def _on_event(self, event: Event) -> None:
        if event.concerns(BAR, STOCK, SETTINGS, EVERYTHING) or self._shows_any(event):
            self.reload()

    def _shows_any(self, event: Event) -> bool:
        """Whether a change of parties touches one this dock shows (a name, a place):
        registering or moving any other party costs the bar nothing."""
        if self._board is None:
            return event.concerns(PARTIES)
        shown = self._board.party_ids() | {o.party_id for o in self._served}
        return event.changes_any(PARTIES, shown)

    def _on_tick(self) -> None:
        now = self.services.clock()
        if self._next_reload is not None and now >= self._next_reload:
            self.reload()
            return
        self.model.tick()
        self._update_summary()
        if self._board is not None:
            self._update_last_served(self._board, now)
            self._update_todo(self._board, now)

    # -- the parts -------------------------------------------------------------------
    def _update_summary(self) -> None:
        board = self._board
        if board is None:
            return
        rows = [r for r in self.model.rows() if not r.served]
        late = sum(1 for r in rows if self.model.state(r) is TimerState.LATE)
        parts = [self.tr("Waiting: %1").replace("%1", str(len(rows)))]
        if late:
            parts.append(self.tr("⚠ late: %1").replace("%1", str(late)))
        if board.refills_due:
            parts.append(self.tr("refills due: %1").replace("%1", str(len(board.refills_due))))
        if board.tasks:
            parts.append(self.tr("tables to clear: %1").replace("%1", str(len(board.tasks))))
        if board.low_stock:
            parts.append(self.tr("low stock: %1").replace("%1", str(len(board.low_stock))))
        self.summary.setText("  ·  ".join(parts))
        alarm = late > 0
        if self.summary.property("alarm") != alarm:
            self.summary.setProperty("alarm", alarm)
            self.summary.style().unpolish(self.summary)
            self.summary.style().polish(self.summary)

    def _update_last_served(self, board: BarBoard, now: datetime) -> None:
        """A bump at the bar shows here for two minutes (the order also turns grey)."""
        last = board.last_served
        if last is None or last.served_at is None \
                or now - last.served_at > timedelta(seconds=JUST_SERVED_SECONDS):
            self.last_served.hide()
            return
        zone = self.services.settings.current().zone()
        at = last.served_at.astimezone(zone).strftime("%H:%M")
        text = self.tr("✓ Served at the bar %1: %2 %3 — %4 (%5)") \
            .replace("%1", at).replace("%2", last.place or "—").replace("%3", last.guest) \
            .replace("%4", last.items_text).replace("%5", served_text(last, self.bar.rules()))
        self.last_served.setText(text)
        self.last_served.show()

    def _update_todo(self, board: BarBoard, now: datetime) -> None:
        entries: list[tuple[str, str, str]] = []
        for check in board.refills_due:
            late_by = format_duration((now - check.due_at).total_seconds())
            text = self.tr("Refill round · %1 %2 · due %3 ago").replace(
                "%1", check.place or "—").replace("%2", check.guest).replace("%3", late_by)
            if check.drinks:
                text += f" · {check.drinks}"
            entries.append((text, REFILL_FG, f"refill:{check.id}"))
        for task in board.tasks:
            text = self.tr("Clear the table · %1").replace("%1", task.place or "—")
            if task.guest:
                text += " " + self.tr("(%1 left)").replace("%1", task.guest)
            entries.append((text, TABLE_FG, f"table:{task.id}"))
        if board.refills_later:
            zone = self.services.settings.current().zone()
            nxt = board.refills_later[0]
            entries.append((self.tr("Next refill round · %1 %2 at %3").replace(
                "%1", nxt.place or "—").replace("%2", nxt.guest).replace(
                "%3", nxt.due_at.astimezone(zone).strftime("%H:%M")), "#475467",
                f"next:{nxt.id}"))
        current = [(self.todo.item(i).text(), self.todo.item(i).data(Qt.ItemDataRole.UserRole))
                   for i in range(self.todo.count())]
        if current != [(text, key) for text, _fg, key in entries]:
            self.todo.clear()
            for text, colour, key in entries:
                item = QListWidgetItem(text)
                item.setForeground(QColor(colour))
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(text)
                self.todo.addItem(item)
        visible = bool(entries)
        self.todo_title.setVisible(visible)
        self.todo.setVisible(visible)
        if visible:
            rows = min(len(entries), 5)
            height = self.todo.sizeHintForRow(0) * rows + 2 * self.todo.frameWidth() + 4
            self.todo.setFixedHeight(height)

    def _update_low_stock(self, board: BarBoard) -> None:
        low = board.low_stock
        if not low:
            self.low_stock.hide()
            return
        items = "、".join(f"{s.name} {s.quantity:g}{s.unit}" for s in low[:4])
        if len(low) > 4:
            items += " …"
        self.low_stock.setText(self.tr("Low stock (%1): %2").replace("%1", str(len(low)))
                               .replace("%2", items))
        self.low_stock.setToolTip("\n".join(
            f"{s.name}: {s.quantity:g} {s.unit} (≤ {s.low_threshold:g})" for s in low))
        self.low_stock.show()

    # -- for tests and the main window -----------------------------------------------
    def todo_texts(self) -> list[str]:
        return [self.todo.item(i).text() for i in range(self.todo.count())]

    def time_text(self, order_id: int) -> str:
        row = self.model.row_of(order_id)
        return str(self.model.index(row, Col.TIME).data()) if row >= 0 else ""

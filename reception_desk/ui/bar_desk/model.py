"""The desk's table of drink orders: open ones oldest first, then the just served.

An open order shows its running time and timer state in colour and in words
(in time / due soon / late); a served order is greyed and says how long it
took. The one-second tick repaints the timers only; rows change on events.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.bar import BarRules, OrderStatus, TimerState, served_late
from ...domain.bar_records import OrderRecord
from ...domain.timeutil import format_duration
from ..common import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PARTY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: "in_time", "amber", "late" for an open order, "served" for a served one.
STATE_ROLE = Qt.ItemDataRole.UserRole + 3

translate = QCoreApplication.translate

#: Text colour and background of each timer state (green, amber, red).
TIMER_COLOURS: dict[TimerState, tuple[str, str]] = {
    TimerState.IN_TIME: ("#067647", "#ecfdf3"),
    TimerState.AMBER: ("#b54708", "#fef0c7"),
    TimerState.LATE: ("#b42318", "#fee4e2"),
}
SERVED_FG = "#98a2b3"


def timer_word(state: TimerState) -> str:
    """The timer state in words, so colour is never the only sign."""
    if state is TimerState.LATE:
        return translate("BarTimer", "late")
    if state is TimerState.AMBER:
        return translate("BarTimer", "due soon")
    return translate("BarTimer", "in time")


def served_text(order: OrderRecord, rules: BarRules | None = None) -> str:
    """served in 1:20 (with `rules`, ", late" when the promise was broken)."""
    took = format_duration(order.seconds_waiting(order.served_at or order.created_at))
    text = translate("BarTimer", "served in %1").replace("%1", took)
    if rules is not None and order.served_at is not None \
            and served_late(order.created_at, order.served_at, rules):
        text += translate("BarTimer", ", late")
    return text


class Col(IntEnum):
    TIME = 0
    PLACE = 1
    GUEST = 2
    DRINKS = 3


_COLUMNS = tuple(Col)
_TIME = int(Col.TIME)


@dataclass(frozen=True)
class DeskOrderRow:
    order: OrderRecord

    @property
    def served(self) -> bool:
        return self.order.status is OrderStatus.SERVED


class BarOrdersModel(RecordTableModel[DeskOrderRow]):
    """Open orders oldest first, then the served ones; keyed by order."""

    COLUMNS = len(Col)

    def __init__(self, clock: Callable[[], datetime], rules: Callable[[], BarRules],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rules = rules

    def headers(self) -> list[str]:
        return [self.tr("Waiting"), self.tr("Place"), self.tr("Guest"), self.tr("Drinks")]

    # -- Qt API ----------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        order = row.order
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == ORDER_ID_ROLE:
            return order.id
        if role == PARTY_ID_ROLE:
            return order.party_id
        if role == STATE_ROLE:
            return "served" if row.served else self.state(row).value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.served:
                return QBrush(QColor(SERVED_FG))
            if col == Col.TIME:
                return QBrush(QColor(TIMER_COLOURS[self.state(row)][0]))
        if role == Qt.ItemDataRole.BackgroundRole and not row.served:
            return QBrush(QColor(TIMER_COLOURS[self.state(row)][1]))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if row.served:
                font.setItalic(True)
            elif col == Col.TIME:
                font.setBold(True)
                if self.state(row) is TimerState.LATE:
                    font.setPointSizeF(font.pointSizeF() * 1.1)
            return font
        return None

    def cell_key(self, row: int, column: int) -> Hashable | None:
        """What decides the cell's look (ui/cell_cache.py): its text and the order's
        state, from which data() takes the colours and the font."""
        if not 0 <= row < len(self._rows):
            return None
        order_row = self._rows[row]
        look = "served" if order_row.served else self.state(order_row).value
        return (self._display(order_row, _COLUMNS[column]), look, column == _TIME)

    def state(self, row: DeskOrderRow) -> TimerState:
        return row.order.timer(self._clock(), self._rules())

    def timer_text(self, row: DeskOrderRow) -> str:
        if row.served:
            return served_text(row.order)
        elapsed = format_duration(row.order.seconds_waiting(self._clock()))
        return f"{elapsed}  {timer_word(self.state(row))}"

    def _display(self, row: DeskOrderRow, col: Col) -> str:
        order = row.order
        match col:
            case Col.TIME:
                return self.timer_text(row)
            case Col.PLACE:
                return order.place or "—"
            case Col.GUEST:
                return order.guest
            case Col.DRINKS:
                return order.items_text
        return ""

    def _tooltip(self, row: DeskOrderRow) -> str:
        order = row.order
        timer = served_text(order, self._rules()) if row.served else self.timer_text(row)
        lines = [f"{order.place or '—'} · {order.guest}", order.items_text, timer]
        if order.from_refill:
            lines.append(self.tr("A new cup from a refill round"))
        return "\n".join(lines)

    # -- updates -----------------------------------------------------------------
    def row_key(self, row: DeskOrderRow) -> int:
        return row.order.id

    def set_orders(self, open_orders: list[OrderRecord], served: list[OrderRecord]) -> None:
        """Open orders oldest first, then served ones latest first; updated in place.

        An order in both lists was served between the two reads (the open orders can
        come from the board shared since the last event, before the change feed brings
        a serve on another PC): it shows once, as served."""
        served_ids = {o.id for o in served}
        new = [DeskOrderRow(o) for o in open_orders if o.id not in served_ids]
        new += [DeskOrderRow(o) for o in served]
        self.sync(new)

    def tick(self) -> None:
        """Repaint the running timers and their colours (once a second)."""
        self.repaint([Col.TIME], [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
                                  Qt.ItemDataRole.ToolTipRole])
        self.repaint(None, [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole])

"""The bar's order queue as a model: one row per open order, oldest first.

Each row offers its parts as roles (place, guest, drinks, fill note, elapsed
time, timer state and its word, flashing) for the card delegate and for tests.
States are computed on demand from the services' clock, so a repaint is all a
second needs. Privacy: the guest is surname and honorific only.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.bar import BarRules, DrinkCategory, TimerState, fill_percent
from ...domain.bar_records import OrderRecord
from ...domain.timeutil import format_duration
from ...services.context import Services
from ..row_sync import sync_rows

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    ORDER = Qt.ItemDataRole.UserRole + 1
    ORDER_ID = Qt.ItemDataRole.UserRole + 2
    PLACE = Qt.ItemDataRole.UserRole + 3
    GUEST = Qt.ItemDataRole.UserRole + 4
    DRINKS = Qt.ItemDataRole.UserRole + 5
    FILL = Qt.ItemDataRole.UserRole + 6
    ELAPSED = Qt.ItemDataRole.UserRole + 7
    STATE = Qt.ItemDataRole.UserRole + 8
    STATE_TEXT = Qt.ItemDataRole.UserRole + 9
    FLASH = Qt.ItemDataRole.UserRole + 10
    TAG = Qt.ItemDataRole.UserRole + 11


def state_word(state: TimerState) -> str:
    """The word beside the colour: in time / due soon (快到时) / late (超时)."""
    translate = QCoreApplication.translate
    match state:
        case TimerState.LATE:
            return translate("BarWindow", "Late")
        case TimerState.AMBER:
            return translate("BarWindow", "Due soon")
    return translate("BarWindow", "In time")


def fill_note(lines: tuple[tuple[str, int], ...], categories: dict[str, DrinkCategory],
              tea_percent: int, other_percent: int) -> str:
    """"Fill to 80%" or, for a mixed order, "Fill to 80% 龙井 · 70% 矿泉水"."""
    groups: dict[int, list[str]] = {}
    for name, _count in lines:
        category = categories.get(name, DrinkCategory.OTHER)
        groups.setdefault(fill_percent(category, tea_percent, other_percent), []).append(name)
    if not groups:
        return ""
    if len(groups) == 1:
        detail = f"{next(iter(groups))}%"
    else:
        detail = " · ".join(f"{pct}% {'、'.join(names)}" for pct, names in groups.items())
    return QCoreApplication.translate("BarWindow", "Fill to %1").replace("%1", detail)


class OrdersModel(QAbstractTableModel):
    """Open drink orders, oldest first, updated in place (selection survives)."""

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[OrderRecord] = []
        self.categories: dict[str, DrinkCategory] = {}
        self.rules = BarRules()

    # -- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record = self.rows[index.row()]
        match role:
            case Qt.ItemDataRole.DisplayRole | Qt.ItemDataRole.AccessibleTextRole:
                return "  ".join(p for p in (
                    record.place, record.guest, record.items_text, self.fill_of(record),
                    self.elapsed_of(record), state_word(self.state_of(record))) if p)
            case Role.ORDER:
                return record
            case Role.ORDER_ID:
                return record.id
            case Role.PLACE:
                return record.place
            case Role.GUEST:
                return record.guest
            case Role.DRINKS:
                return record.items_text
            case Role.FILL:
                return self.fill_of(record)
            case Role.ELAPSED:
                return self.elapsed_of(record)
            case Role.STATE:
                return self.state_of(record).value
            case Role.STATE_TEXT:
                return state_word(self.state_of(record))
            case Role.FLASH:
                return self.state_of(record) is TimerState.LATE
            case Role.TAG:
                return QCoreApplication.translate("BarWindow", "Refill round · new cup") \
                    if record.from_refill else ""
        return None

    # -- values ----------------------------------------------------------------------
    def state_of(self, record: OrderRecord) -> TimerState:
        return record.timer(self.services.clock(), self.rules)

    def elapsed_of(self, record: OrderRecord) -> str:
        return format_duration(record.seconds_waiting(self.services.clock()))

    def fill_of(self, record: OrderRecord) -> str:
        s = self.services.settings.current()
        return fill_note(record.lines, self.categories, s.tea_fill_percent,
                         s.other_fill_percent)

    def late_ids(self) -> set[int]:
        return {r.id for r in self.rows if self.state_of(r) is TimerState.LATE}

    def count_in(self, state: TimerState) -> int:
        return sum(1 for r in self.rows if self.state_of(r) is state)

    def row_of(self, order_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == order_id), -1)

    # -- updates ---------------------------------------------------------------------
    def set_orders(self, orders: list[OrderRecord], categories: dict[str, DrinkCategory],
                   rules: BarRules) -> None:
        changed_rules = rules != self.rules or categories != self.categories
        self.rules = rules
        self.categories = categories
        sync_rows(self, self.rows, orders, key=lambda r: r.id)
        if changed_rules:
            self.tick()

    def tick(self) -> None:
        """A second passed: elapsed times and states repaint (nothing is read)."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

"""The bar window's side column: refill rounds due and coming, tables to clear, low stock.

Every button is large (touch) and never takes keyboard focus: the window's
keys (R, C, Space...) keep working whatever was tapped last.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.bar import RefillOutcome
from ...domain.bar_records import RefillRecord, StockRecord, TableTaskRecord

BUTTON_HEIGHT = 56


def big_button(text: str, name: str, tone: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if tone:
        button.setProperty("tone", tone)
    return button


def quantity_text(quantity: float) -> str:
    return f"{quantity:g}"


def _clear(layout: QVBoxLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class Section(QWidget):
    """A heading with a count, its rows, and a quiet line when there are none."""

    def __init__(self, title: str, empty_text: str, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.title_text = title
        self.heading = QLabel(title)
        self.heading.setObjectName("barSectionTitle")
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("barSectionEmpty")
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        layout.addWidget(self.empty)

    def set_count(self, count: int) -> None:
        self.heading.setText(f"{self.title_text}  {count}" if count else self.title_text)
        self.heading.setProperty("busy", count > 0)
        self.heading.style().unpolish(self.heading)
        self.heading.style().polish(self.heading)
        self.empty.setVisible(count == 0)


class SidePanel(QScrollArea):
    #: (refill check id, RefillOutcome value) from a refill card's button.
    refill_action = Signal(int, str)
    #: table task id from its "cleared" button.
    table_cleared = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barSide")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("barSideBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(14)
        self.due = Section(self.tr("Refills due"), self.tr("No refill round due."),
                           "refillsDue")
        self.later = Section(self.tr("Next refill rounds"), self.tr("None planned."),
                             "refillsLater")
        self.tasks = Section(self.tr("Tables to clear"), self.tr("All tables clear."),
                             "tablesToClear")
        self.stock = Section(self.tr("Low stock"), self.tr("Stock is fine."), "lowStockList")
        for section in (self.due, self.later, self.tasks, self.stock):
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(body)
        #: refill check id -> its buttons by outcome, for the keys and for tests.
        self.refill_buttons: dict[int, dict[RefillOutcome, QPushButton]] = {}
        self.task_buttons: dict[int, QPushButton] = {}
        #: What each section shows now, by section: (its rows, the zone's name).
        self._shown: dict[str, tuple[object, str]] = {}

    def set_content(self, due: list[RefillRecord], later: list[RefillRecord],
                    tasks: list[TableTaskRecord], low_stock: list[StockRecord],
                    zone: ZoneInfo) -> None:
        """Rebuild a section's rows only when its content changed (no flicker on every
        event, and no rebuilding ten tables to clear because an order was served)."""
        zone_name = str(zone)

        def changed(name: str, rows: tuple[object, ...]) -> bool:
            content = (rows, zone_name)
            if self._shown.get(name) == content:
                return False
            self._shown[name] = content
            return True

        if changed("due", tuple(due)):
            self._fill_due(due, zone)
        if changed("later", tuple(later)):
            self._fill_later(later, zone)
        if changed("tasks", tuple(tasks)):
            self._fill_tasks(tasks, zone)
        if changed("stock", tuple(low_stock)):
            self._fill_stock(low_stock)

    def _fill_due(self, due: list[RefillRecord], zone: ZoneInfo) -> None:
        _clear(self.due.rows)
        self.refill_buttons.clear()
        for record in due:
            card = QFrame()
            card.setObjectName("refillCard")
            box = QVBoxLayout(card)
            box.setContentsMargins(14, 10, 14, 12)
            box.setSpacing(4)
            who = QLabel(f"{record.place}   {record.guest}")
            who.setObjectName("cardTitle")
            detail = QLabel(self.tr("%1 · due since %2").replace(
                "%1", record.drinks or self.tr("drinks")).replace("%2", _hhmm(record.due_at, zone)))
            detail.setObjectName("cardDetail")
            detail.setWordWrap(True)
            row = QHBoxLayout()
            row.setSpacing(8)
            buttons = {
                RefillOutcome.REFILLED: big_button(self.tr("Refilled"), "refillRefilled", "go"),
                RefillOutcome.NEW_DRINK: big_button(self.tr("New drink"), "refillNewDrink"),
                RefillOutcome.DECLINED: big_button(self.tr("Not needed"), "refillDeclined"),
            }
            for outcome, button in buttons.items():
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                button.clicked.connect(
                    lambda _=False, c=record.id, o=outcome: self.refill_action.emit(c, o.value))
                row.addWidget(button)
            self.refill_buttons[record.id] = buttons
            box.addWidget(who)
            box.addWidget(detail)
            box.addLayout(row)
            self.due.rows.addWidget(card)
        self.due.set_count(len(due))

    def _fill_later(self, later: list[RefillRecord], zone: ZoneInfo) -> None:
        _clear(self.later.rows)
        for record in later[:6]:
            line = QLabel(f"{_hhmm(record.due_at, zone)}    {record.place}   {record.guest}")
            line.setObjectName("upcomingRefill")
            self.later.rows.addWidget(line)
        if len(later) > 6:
            more = QLabel(self.tr("and %1 more").replace("%1", str(len(later) - 6)))
            more.setObjectName("barSectionEmpty")
            self.later.rows.addWidget(more)
        self.later.set_count(len(later))

    def _fill_tasks(self, tasks: list[TableTaskRecord], zone: ZoneInfo) -> None:
        _clear(self.tasks.rows)
        self.task_buttons.clear()
        for task in tasks:
            card = QFrame()
            card.setObjectName("tableCard")
            row = QHBoxLayout(card)
            row.setContentsMargins(14, 8, 8, 8)
            text = QVBoxLayout()
            text.setSpacing(0)
            who = QLabel(f"{task.place}   {task.guest}".rstrip())
            who.setObjectName("cardTitle")
            when = QLabel(self.tr("left at %1").replace("%1", _hhmm(task.created_at, zone)))
            when.setObjectName("cardDetail")
            text.addWidget(who)
            text.addWidget(when)
            button = big_button(self.tr("Cleared"), "tableCleared", "go")
            button.setMinimumWidth(120)
            button.clicked.connect(lambda _=False, t=task.id: self.table_cleared.emit(t))
            self.task_buttons[task.id] = button
            row.addLayout(text, 1)
            row.addWidget(button)
            self.tasks.rows.addWidget(card)
        self.tasks.set_count(len(tasks))

    def _fill_stock(self, low_stock: list[StockRecord]) -> None:
        _clear(self.stock.rows)
        for item in low_stock:
            row = QFrame()
            row.setObjectName("stockRow")
            line = QHBoxLayout(row)
            line.setContentsMargins(14, 6, 14, 6)
            name = QLabel(item.name)
            name.setObjectName("stockName")
            amount = QLabel(f"{quantity_text(item.quantity)} {item.unit}")
            amount.setObjectName("stockQuantity")
            line.addWidget(name, 1)
            line.addWidget(amount)
            self.stock.rows.addWidget(row)
        self.stock.set_count(len(low_stock))


def _hhmm(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")

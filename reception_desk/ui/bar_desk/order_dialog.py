"""Ordering drinks for a party's table from the desk, in two keystrokes.

D on the arrival board opens this dialog; digits 1-9 add one of the first
nine drinks (again for another), + and - change the count of the highlighted
drink, Delete removes it, Enter places the order. The bar's timer starts when
the order is placed. A refusal (no drink chosen, the party has left) shows
here and the dialog keeps what was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.bar import CATEGORY_LABELS, OrderLine, OrderSource, OrderStatus, fill_percent
from ...domain.bar_records import MenuRecord, OrderRecord
from ...domain.errors import DomainError, ValidationError
from ...domain.records import PartyRecord
from ...services.context import Services
from ..text import message, record_name, translate
from ..widgets import FieldError

MAX_COUNT = 50
CHOSEN_BG = QColor("#dcfae6")

STYLE = """
QLabel#orderParty { font-size: 20px; font-weight: 700; color: #1d2939; }
QLabel#orderPartyDetail { color: #475467; }
QLabel#orderEarlier { color: #475467; font-size: 12px; }
QLabel#orderHint { color: #667085; font-size: 12px; }
QLabel#orderSummary { font-size: 15px; font-weight: 600; color: #1d2939; padding: 2px 0; }
QLabel#orderSummary[empty="true"] { color: #98a2b3; font-weight: 400; }
QLabel#orderMenuEmpty { color: #b54708; font-weight: 600; }
QTableWidget#drinkTable { font-size: 15px; }
QTableWidget#drinkTable::item { padding: 2px 6px; }
"""


class _NoFocusFrame(QStyledItemDelegate):
    """The whole row is highlighted; no dotted frame around one cell."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus


class DrinkOrderDialog(QDialog):
    """饮品 for one party. `ordered` carries the placed OrderRecord."""

    ordered = Signal(object)

    KEY_COL, NAME_COL, FILL_COL, COUNT_COL = range(4)

    def __init__(self, services: Services, record: PartyRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drinkOrderDialog")
        self.setStyleSheet(STYLE)
        self.services = services
        self.record = record
        self.menu: list[MenuRecord] = services.bar.menu(only_available=True)
        self._counts: dict[int, int] = {}
        #: The order placed (None until Enter succeeded).
        self.placed: OrderRecord | None = None
        name = record_name(record)
        self.setWindowTitle(self.tr("Drinks for %1").replace("%1", name))
        place = record.place or record.last_place

        self.party = QLabel(f"{name} · {place}" if place else name)
        self.party.setObjectName("orderParty")
        size = translate("PartyTableModel", "%n person(s)", None, record.size)
        detail = size if place else f"{size} · " + self.tr("not seated yet: no table to serve")
        self.party_detail = QLabel(detail)
        self.party_detail.setObjectName("orderPartyDetail")
        self.earlier = QLabel()
        self.earlier.setObjectName("orderEarlier")
        self.earlier.setWordWrap(True)
        self._show_earlier()

        self.table = self._make_table()
        self.menu_empty = QLabel(self.tr("No drink on the menu is available now. The bar "
                                         "manages the menu (Bar menu)."))
        self.menu_empty.setObjectName("orderMenuEmpty")
        self.menu_empty.setWordWrap(True)
        self.menu_empty.setVisible(not self.menu)
        self.hint = QLabel(self.tr("1–9 add a drink (again for one more) · + / − change the "
                                   "count · Delete removes · Enter orders"))
        self.hint.setObjectName("orderHint")
        self.hint.setWordWrap(True)
        self.items_error = FieldError()
        self.items_error.setObjectName("itemsError")
        self.summary = QLabel()
        self.summary.setObjectName("orderSummary")

        self.source_desk = QRadioButton(self.tr("&Desk"))
        self.source_desk.setObjectName("sourceDesk")
        self.source_consultant = QRadioButton(self.tr("&Consultant's call (X1 → S1)"))
        self.source_consultant.setObjectName("sourceConsultant")
        self.source_desk.setChecked(True)
        self.sources = QButtonGroup(self)
        self.sources.addButton(self.source_desk)
        self.sources.addButton(self.source_consultant)
        source_row = QHBoxLayout()
        source_row.addWidget(QLabel(self.tr("Ordered by:")))
        source_row.addWidget(self.source_desk)
        source_row.addWidget(self.source_consultant)
        source_row.addStretch(1)

        self.error = FieldError()
        self.error.setObjectName("orderError")
        buttons = QDialogButtonBox()
        self.order_button = buttons.addButton(self.tr("Order  (Enter)"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.order_button.setObjectName("placeOrder")
        self.order_button.setProperty("accent", True)
        self.order_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.place_order)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.party)
        layout.addWidget(self.party_detail)
        layout.addWidget(self.earlier)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.menu_empty)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.items_error)
        layout.addLayout(source_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(500, min(640, 300 + 34 * max(len(self.menu), 3)))
        self._refresh()
        self.table.setFocus()

    # -- construction ------------------------------------------------------------
    def _make_table(self) -> QTableWidget:
        settings = self.services.settings.current()
        table = QTableWidget(len(self.menu), 4)
        table.setObjectName("drinkTable")
        table.setHorizontalHeaderLabels(["", self.tr("Drink"), self.tr("Fill"),
                                         self.tr("Count")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(34)
        bold = QFont(table.font())
        bold.setBold(True)
        for row, drink in enumerate(self.menu):
            key = QTableWidgetItem(str(row + 1) if row < 9 else "")
            key.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            key.setFont(bold)
            key.setForeground(QBrush(QColor("#c4320a")))
            name = QTableWidgetItem(drink.name)
            name.setData(Qt.ItemDataRole.UserRole, drink.id)
            percent = fill_percent(drink.category, settings.tea_fill_percent,
                                   settings.other_fill_percent)
            fill = QTableWidgetItem(self.tr("%1 · fill %2%").replace(
                "%1", translate("DrinkCategory", CATEGORY_LABELS[drink.category]))
                .replace("%2", str(percent)))
            fill.setForeground(QBrush(QColor("#475467")))
            count = QTableWidgetItem("")
            count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            count.setFont(bold)
            for col, item in enumerate((key, name, fill, count)):
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(self.KEY_COL, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(self.KEY_COL, 36)
        header.setSectionResizeMode(self.NAME_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FILL_COL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COUNT_COL, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(self.COUNT_COL, 64)
        if self.menu:
            table.setCurrentCell(0, self.NAME_COL)
        table.setItemDelegate(_NoFocusFrame(table))
        table.installEventFilter(self)
        table.itemDoubleClicked.connect(lambda item: self.change(item.row(), 1))
        return table

    def _show_earlier(self) -> None:
        orders = self.services.bar.orders_of_party(self.record.id)
        if not orders:
            self.earlier.hide()
            return
        zone = self.services.settings.current().zone()
        words = {OrderStatus.OPEN: self.tr("waiting"), OrderStatus.SERVED: self.tr("served"),
                 OrderStatus.CLOSED: self.tr("closed")}
        parts = [f"{o.created_at.astimezone(zone).strftime('%H:%M')} {o.items_text} "
                 f"({words[o.status]})" for o in orders[-3:]]
        self.earlier.setText(self.tr("Already ordered: %1").replace("%1", " · ".join(parts)))

    # -- keys ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and self._handle_key(event):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                     | Qt.KeyboardModifier.ShiftModifier)
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = int(key) - int(Qt.Key.Key_1)
            if index < len(self.menu):
                self.change(index, 1)
            return True  # never a jump by keyboard search
        if key == Qt.Key.Key_0:
            return True
        current = self.table.currentRow()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            if current >= 0:
                self.change(current, 1)
            return True
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            if current >= 0:
                self.change(current, -1)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if current >= 0:
                self.set_count(current, 0)
            return True
        return False

    # -- counts --------------------------------------------------------------------
    def change(self, row: int, delta: int) -> None:
        if not 0 <= row < len(self.menu):
            return
        self.set_count(row, self._counts.get(self.menu[row].id, 0) + delta)

    def set_count(self, row: int, count: int) -> None:
        if not 0 <= row < len(self.menu):
            return
        drink = self.menu[row]
        count = max(0, min(MAX_COUNT, count))
        if count:
            self._counts[drink.id] = count
        else:
            self._counts.pop(drink.id, None)
        self.table.setCurrentCell(row, self.NAME_COL)
        self.items_error.clear_text()
        self._refresh()

    def counts(self) -> dict[int, int]:
        """Menu id -> count of the drinks chosen so far."""
        return dict(self._counts)

    def lines(self) -> list[OrderLine]:
        return [OrderLine(d.id, self._counts[d.id]) for d in self.menu if d.id in self._counts]

    def source(self) -> OrderSource:
        return OrderSource.CONSULTANT if self.source_consultant.isChecked() \
            else OrderSource.DESK

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.table.item(row, col)
        assert item is not None  # every cell of the menu table is filled when it is built
        return item

    def _refresh(self) -> None:
        for row, drink in enumerate(self.menu):
            count = self._counts.get(drink.id, 0)
            self._cell(row, self.COUNT_COL).setText(f"×{count}" if count else "")
            brush = QBrush(CHOSEN_BG) if count else QBrush()
            for col in range(4):
                self._cell(row, col).setBackground(brush)
        chosen = [(d.name, self._counts[d.id]) for d in self.menu if d.id in self._counts]
        if chosen:
            cups = sum(c for _n, c in chosen)
            drinks = "、".join(f"{n}×{c}" if c > 1 else n for n, c in chosen)
            self.summary.setText(self.tr("Order: %1 (%n cup(s))", "", cups).replace("%1", drinks))
        else:
            self.summary.setText(self.tr("Nothing chosen yet"))
        empty = not chosen
        if self.summary.property("empty") != empty:
            self.summary.setProperty("empty", empty)
            self.summary.style().unpolish(self.summary)
            self.summary.style().polish(self.summary)

    # -- ordering --------------------------------------------------------------------
    def place_order(self) -> bool:
        """Enter: the order goes to the bar; a refusal stays here with what was chosen."""
        self.items_error.clear_text()
        self.error.clear_text()
        try:
            placed = self.services.bar.order(self.record.id, self.lines(), self.source())
        except ValidationError as exc:
            shown: set[int] = set()
            for problem in exc.problems:
                target = self.items_error if problem.field == "items" else self.error
                if id(target) not in shown:  # the first problem of each place
                    shown.add(id(target))
                    target.show_text(message(problem))
            self.table.setFocus()
            return False
        except DomainError as exc:
            self.error.show_text(message(exc))
            return False
        self.placed = placed
        self.ordered.emit(placed)
        self.accept()
        return True

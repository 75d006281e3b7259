"""Bar › Closing count…: the day's count of the bar's stock (18:50, 清点物耗).

Per item: opening quantity, goods in, used by serving, expected now, and the
counted quantity, typed in (prefilled with the expected one). The variance
(counted − expected) shows while typing: a shortage in red with the word
"Shortage", a surplus in blue. Save stores the count through the stock
service — each variance is kept and the stock is set to what was counted —
and the dialog then shows the stored figures and lists the shortages to report
for purchase.

Only today can be counted: the service compares a count with the stock as it is
now, which is right for today only. Earlier days show what was stored. A day
counted once is read-only (a second count would be measured against the first).

"Print consumption sheet…" writes the day's 物耗日报 from the stored figures;
before the count its "counted" cells are blank, for counting on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.bar import CountLine
from ...domain.errors import DomainError
from ...domain.events import EVERYTHING, STOCK, Event
from ...services.context import Services
from ...services.stock import MAX_QUANTITY, DayLine
from ..common import DayReportDialog, RecordTableModel, pdf_filter
from ..text import message
from .common import (
    SHORT_FG,
    SURPLUS_FG,
    format_quantity,
    format_variance,
    not_a_number_text,
    parse_quantity,
    pdf_path,
)

Index = QModelIndex | QPersistentModelIndex
SHORT_BG = QColor("#fef3f2")
EDIT_BG = QColor("#fffaeb")
#: The row's variance (float, or None when nothing counted) under this role.
VARIANCE_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole

COL_NAME, COL_UNIT, COL_OPENING, COL_IN, COL_USED, COL_EXPECTED, COL_COUNTED, COL_VARIANCE, \
    COL_RESULT = range(9)


@dataclass(frozen=True)
class Shortage:
    stock_item_id: int
    name: str
    unit: str
    variance: float


class ClosingModel(RecordTableModel[DayLine]):
    """One row per stock item; the counted column is editable while counting."""

    COLUMNS = 9
    counts_changed = Signal()
    input_refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed: dict[int, float] = {}
        self.editable = False

    def headers(self) -> list[str]:
        return [self.tr("Item"), self.tr("Unit"), self.tr("Opening"), self.tr("Goods in"),
                self.tr("Used"), self.tr("Expected"), self.tr("Counted"),
                self.tr("Variance"), self.tr("Result")]

    # -- state -------------------------------------------------------------------------
    def set_lines(self, lines: list[DayLine], editable: bool) -> None:
        """New figures; typed counts of items still listed are kept while counting."""
        self.editable = editable
        ids = {line.stock_item_id for line in lines}
        self._typed = {k: v for k, v in self._typed.items() if k in ids} if editable else {}
        self.reset_rows(lines)
        self.counts_changed.emit()

    def clear_typed(self) -> None:
        self._typed.clear()

    def lines(self) -> list[DayLine]:
        return self.rows()

    def row_key(self, row: DayLine) -> int:
        return row.stock_item_id

    def counted(self, line: DayLine) -> float | None:
        if not self.editable:
            return line.counted
        return self._typed.get(line.stock_item_id, max(0.0, round(line.expected, 3)))

    def variance(self, line: DayLine) -> float | None:
        if not self.editable:
            return line.variance
        counted = self.counted(line)
        return None if counted is None else round(counted - line.expected, 3)

    def counts(self) -> dict[int, float]:
        """What Save stores: every item's counted quantity."""
        result: dict[int, float] = {}
        for line in self._rows:
            value = self.counted(line)
            if value is not None:
                result[line.stock_item_id] = value
        return result

    def shortages(self) -> list[Shortage]:
        found: list[Shortage] = []
        for line in self._rows:
            variance = self.variance(line)
            if variance is not None and variance < 0:
                found.append(Shortage(line.stock_item_id, line.name, line.unit, variance))
        return found

    # -- Qt model ----------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and index.isValid() and index.column() == COL_COUNTED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def result_text(self, variance: float | None) -> str:
        if variance is None:
            return self.tr("not counted")
        if variance < 0:
            return self.tr("Shortage")
        if variance > 0:
            return self.tr("Surplus")
        return self.tr("Matches")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = index.column()
        variance = self.variance(line)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column, variance)
        if role == Qt.ItemDataRole.EditRole and column == COL_COUNTED:
            return format_quantity(self.counted(line))
        if role == ID_ROLE:
            return line.stock_item_id
        if role == VARIANCE_ROLE:
            return variance
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_OPENING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) \
                if column != COL_RESULT else int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_VARIANCE, COL_RESULT) \
                and variance:
            return QBrush(SHORT_FG if variance < 0 else SURPLUS_FG)
        if role == Qt.ItemDataRole.BackgroundRole:
            if variance is not None and variance < 0:
                return QBrush(SHORT_BG)
            if self.editable and column == COL_COUNTED:
                return QBrush(EDIT_BG)
        if role == Qt.ItemDataRole.FontRole and (
                column == COL_COUNTED or (column in (COL_VARIANCE, COL_RESULT) and variance)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_EXPECTED:
            return self.tr("Opening + goods in − used")
        return None

    def _text(self, line: DayLine, column: int, variance: float | None) -> str:
        match column:
            case 0:
                return line.name
            case 1:
                return line.unit
            case 2:
                return format_quantity(line.opening)
            case 3:
                return format_quantity(line.receipts)
            case 4:
                return format_quantity(line.consumed)
            case 5:
                return format_quantity(line.expected)
            case 6:
                return format_quantity(self.counted(line))
            case 7:
                return format_variance(variance)
            case 8:
                return self.result_text(variance)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable or not index.isValid() \
                or index.column() != COL_COUNTED:
            return False
        number = value if isinstance(value, int | float) else parse_quantity(str(value))
        if number is None:
            self.input_refused.emit(not_a_number_text())
            return False
        if not 0 <= number <= MAX_QUANTITY:
            self.input_refused.emit(self.tr("Enter a quantity from 0 to 1,000,000."))
            return False
        line = self._rows[index.row()]
        self._typed[line.stock_item_id] = round(float(number), 3)
        self.dataChanged.emit(self.index(index.row(), COL_COUNTED),
                              self.index(index.row(), COL_RESULT))
        self.counts_changed.emit()
        return True


class CountTable(QTableView):
    """Enter after typing a count moves down to the next item's count."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            model = self.model()
            if current.isValid() and current.row() + 1 < model.rowCount():
                self.setCurrentIndex(model.index(current.row() + 1, current.column()))
            return
        super().closeEditor(editor, hint)


class ClosingDialog(DayReportDialog):
    """清点物耗: count the stock at closing; store and show each variance."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent, name="closingDialog",
                         title=self.tr("Closing count"), size=(1000, 580))
        top = self.day_bar("closingDate")
        self.state = QLabel()
        self.state.setObjectName("closingState")
        self.state.setWordWrap(True)
        top.addSpacing(16)
        top.addWidget(self.state, 1)

        self.model = ClosingModel(self)
        self.table = CountTable()
        self.table.setObjectName("closingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(70)
        self.hint = QLabel(self.tr(
            "Type what is on the shelf in the Counted column (Enter moves to the next item); "
            "it starts at the expected quantity. Variance = counted − expected."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #667085;")
        self.shortages_label = QLabel()
        self.shortages_label.setObjectName("closingShortages")
        self.shortages_label.setWordWrap(True)
        self.shortages_label.setStyleSheet("color: #b42318; font-weight: 600;")

        self.save_button = self.add_button(self.tr("Save count"), "closingSave", file=False)
        self.print_button = self.add_button(self.tr("Print consumption sheet…"),
                                            "closingPrint")
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.choose_print)
        bottom = self.status_row("closingResult", progress_width=120, wrap=True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.shortages_label)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.stored: list[CountLine] = []
        self.model.counts_changed.connect(self._show_shortages)
        self.model.input_refused.connect(self.error.show_text)
        self.model.dataChanged.connect(lambda *_: self.error.clear_text())
        self.day_edit.dateChanged.connect(lambda _d: self._day_changed())
        self.reload()
        self.table.setFocus()

    # -- the day -------------------------------------------------------------------------
    def _day_changed(self) -> None:
        self.model.clear_typed()
        self.result_label.clear()
        self.reload()

    def is_today(self) -> bool:
        return self.day() == self.services.arrivals.today()

    def counted_already(self) -> bool:
        return any(line.counted is not None for line in self.model.lines())

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        lines = self.services.stock.day(self.day())
        counted = any(line.counted is not None for line in lines)
        editable = self.is_today() and not counted and bool(lines)
        self.model.set_lines(lines, editable)
        self.save_button.setEnabled(editable)
        if not lines:
            self.state.setText(self.tr("No stock items yet: add them under Bar › Stock."))
        elif counted:
            self.state.setText(self.tr("Closing count saved for this day: the stored "
                                       "variances are shown."))
        elif editable:
            self.state.setText(self.tr("Not counted yet: type the counted quantities, "
                                       "then Save count."))
        else:
            self.state.setText(self.tr("No closing count was saved for this day. Only today "
                                       "can be counted."))
        if editable:
            first = self.model.index(0, COL_COUNTED)
            self.table.setCurrentIndex(first)

    def counts(self) -> dict[int, float]:
        return self.model.counts()

    def set_counted(self, item_id: int, value: float | str) -> bool:
        """Type a count for one item (as the Counted cell does)."""
        row = self.model.row_of(item_id)
        return row >= 0 and self.model.setData(self.model.index(row, COL_COUNTED), value)

    def _show_shortages(self) -> None:
        shortages = self.model.shortages()
        if not shortages:
            self.shortages_label.clear()
            self.shortages_label.hide()
            return
        listed = "; ".join(f"{s.name} {format_variance(s.variance)} {s.unit}"
                           for s in shortages)
        if self.model.editable:
            text = self.tr("Shortages so far: %1").replace("%1", listed)
        else:
            text = self.tr("Shortages: %1 — report them for purchase.").replace("%1", listed)
        self.shortages_label.setText("⚠ " + text)
        self.shortages_label.show()

    def save(self) -> bool:
        """Store the count: each variance is kept and the stock becomes what was counted."""
        self.error.clear_text()
        self.result_label.clear()
        if not self.model.editable:
            return False
        counts = self.model.counts()
        try:
            stored = self.services.stock.close_day(self.day(), counts)
        except DomainError as exc:
            self.error.show_text(message(exc))
            return False
        self.stored = stored
        self.model.clear_typed()
        self.reload()
        short = sum(1 for line in stored if line.variance < 0)
        if short:
            self.result_label.setText(self.tr("Count saved: %1 item(s), %2 short.")
                                .replace("%1", str(len(stored))).replace("%2", str(short)))
        else:
            self.result_label.setText(self.tr("Count saved: %1 item(s), no shortages.")
                                .replace("%1", str(len(stored))))
        self.saved.emit(stored)
        return True

    # -- following changes while open ----------------------------------------------------------
    def on_event(self, event: Event) -> None:
        if event.concerns(STOCK, EVERYTHING) and self.table.state() != \
                QAbstractItemView.State.EditingState:
            current = self.table.currentIndex()
            self.reload()
            if current.isValid() and current.row() < self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(current.row(), current.column()))

    # -- printing ---------------------------------------------------------------------------------
    def choose_print(self) -> None:
        day = self.day()
        suggested = str(Path.home() / f"consumption-{day.isoformat()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the consumption sheet as PDF"), suggested, pdf_filter())
        if path:
            self.print_to(pdf_path(path))

    def print_to(self, path: str) -> bool:
        """Write the day's 物耗日报 from the stored figures to ``path``."""
        from ...printing.bar_sheets import build_consumption_pdf

        target = self.check_target(path)
        if target is None or self.busy():
            return False
        settings = self.services.settings.current()
        day = self.day()
        lines = self.services.stock.day(day)
        now = self.services.clock().astimezone(settings.zone()).replace(tzinfo=None)

        def work() -> str:
            build_consumption_pdf(str(target), lines, site_name=settings.site_name, day=day,
                                  generated_at=now)
            return str(target)

        return self.print_file(work, target)

    def missing_folder(self, text: str) -> None:
        self._print_failed(text)

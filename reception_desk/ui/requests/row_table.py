"""An editable list of rows (guests, itinerary items): one widget per cell, add / remove.

Each cell is a real editor (a line edit, a date-time edit) so typing goes
straight in. Blank rows are ignored when the form is read; a problem for list
row N (as the domain counts them, blanks skipped) is shown beside the table
and that row is highlighted.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..widgets import FieldError, mark_invalid


class RowTable(QWidget):
    """Subclasses say which columns there are and how a row becomes a value."""

    changed = Signal()

    def __init__(self, name: str, headers: list[str], add_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{name}Add")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.setObjectName(f"{name}Remove")
        self.remove_button.clicked.connect(self.remove_current)
        self.error = FieldError()
        self.error.setObjectName(f"{name}Error")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    # -- subclasses ----------------------------------------------------------------
    def make_cells(self) -> list[QWidget]:
        raise NotImplementedError

    def row_is_blank(self, row: int) -> bool:
        raise NotImplementedError

    # -- rows ----------------------------------------------------------------------
    def cell(self, row: int, col: int) -> QWidget:
        widget = self.table.cellWidget(row, col)
        assert widget is not None
        return widget

    def add_row(self, focus: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, widget in enumerate(self.make_cells()):
            self.table.setCellWidget(row, col, widget)
        if focus:
            self.table.setCurrentCell(row, 0)
            self.cell(row, 0).setFocus()
            self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row < 0:
            return
        self.table.removeRow(row)
        self.changed.emit()

    def clear_rows(self) -> None:
        self.table.setRowCount(0)

    def filled_rows(self) -> list[int]:
        """Table rows that hold something, in order (the domain's list indices)."""
        return [row for row in range(self.table.rowCount()) if not self.row_is_blank(row)]

    # -- problems ------------------------------------------------------------------
    def clear_problems(self) -> None:
        self.error.clear_text()
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                mark_invalid(self.cell(row, col), False)

    def show_problem(self, text: str, index: int | None, column: int | None) -> QWidget:
        """Show a message beside the table; highlight the list row it concerns."""
        existing = self.error.text().removeprefix("⚠ ")
        self.error.show_text(f"{existing}\n{text}" if existing else text)
        filled = self.filled_rows()
        if index is None or not 0 <= index < len(filled):
            return self.table
        row = filled[index]
        columns = [column] if column is not None else list(range(self.table.columnCount()))
        for col in columns:
            mark_invalid(self.cell(row, col), True)
        self.table.setCurrentCell(row, columns[0])
        return self.cell(row, columns[0])

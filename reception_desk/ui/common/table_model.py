"""The base of the table models: a list of rows, their header, and updating them in place.

A model subclass says how many columns it has (`COLUMNS`), their `headers()`,
how a row is keyed (`row_key`, default its `id`) and what its cells show
(`data`); `cell_brush` gives their colours one brush each. `reset_rows` replaces
everything (a report: new period, new day); `sync` changes only what changed, so
selection and scroll position survive (a live list: the board, the queue, the orders).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..row_sync import sync_rows

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

_BRUSHES: dict[str, QBrush] = {}


def cell_brush(colour: QColor) -> QBrush:
    """One brush per colour for every cell of every table (made on first use)."""
    key = colour.name()
    brush = _BRUSHES.get(key)
    if brush is None:
        brush = _BRUSHES[key] = QBrush(colour)
    return brush


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one record type, shown in `COLUMNS` columns under `headers()`."""

    #: How many columns the table has.
    COLUMNS = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        #: `headers()`, translated once: the header asks for every title at every repaint.
        self._titles: Sequence[str] | None = None

    # -- what a subclass says ------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        """The column titles, in column order."""
        return [""] * self.COLUMNS

    def header_tip(self, section: int) -> str | None:
        """A column title's tool tip (none by default)."""
        return None

    def row_key(self, row: Row) -> Hashable:
        """What identifies a row across updates (its record's `id` by default)."""
        key: Hashable = getattr(row, "id")  # noqa: B009 - rows are records with an id
        return key

    # -- the rows ------------------------------------------------------------------------
    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The row number of the row keyed `key`, or -1."""
        return next((i for i, r in enumerate(self._rows) if self.row_key(r) == key), -1)

    def reset_rows(self, rows: Sequence[Row]) -> None:
        """Show `rows` instead of what was shown (views lose their selection)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def sync(self, rows: Sequence[Row]) -> None:
        """Show `rows`, changing only the rows that changed (selection and scroll stay)."""
        sync_rows(self, self._rows, list(rows), key=self.row_key)

    def repaint(self, columns: Sequence[int] | None = None,
                roles: Sequence[int] = ()) -> None:
        """Ask the views to draw every row again (e.g. a timer column each second)."""
        if not self._rows:
            return
        last = len(self._rows) - 1
        for first_col, last_col in ([(c, c) for c in columns] if columns is not None
                                    else [(0, self.columnCount() - 1)]):
            self.dataChanged.emit(self.index(0, first_col), self.index(last, last_col),
                                  list(roles))

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._titles is None:
                self._titles = self.headers()
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None

"""Selection in a list dialog's table of records (roster, menu, stock).

A mixin for a dialog holding `self.table` (one row per record, in the order
of `self._records`); every record has an `id`.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from PySide6.QtWidgets import QTableWidget


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)


class RecordTableSelection(Generic[R]):
    table: QTableWidget
    _records: list[R]

    def select(self, record_id: int) -> None:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                self.table.selectRow(row)
                return

    def selected(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._records[row] if 0 <= row < len(self._records) else None

    def selected_id(self) -> int | None:
        record = self.selected()
        return record.id if record is not None else None


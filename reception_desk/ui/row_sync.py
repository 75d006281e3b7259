"""Updating a table model's rows in place, so selection and scroll position survive."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex

Row = TypeVar("Row")


def sync_rows(model: QAbstractTableModel, rows: list[Row], new: list[Row],
              key: Callable[[Row], Hashable]) -> None:
    """Make `rows` (the model's own list) equal `new`, telling the views each step.

    Gone rows are removed, changed rows repaint, moved rows move and new rows
    insert; nothing is reset.
    """
    wanted = {key(r) for r in new}
    for index in reversed(range(len(rows))):
        if key(rows[index]) not in wanted:
            model.beginRemoveRows(QModelIndex(), index, index)
            del rows[index]
            model.endRemoveRows()
    last_col = model.columnCount() - 1
    for position, row in enumerate(new):
        current = next((i for i, r in enumerate(rows) if key(r) == key(row)), -1)
        if current == position:
            if rows[position] != row:
                rows[position] = row
                model.dataChanged.emit(model.index(position, 0), model.index(position, last_col))
            continue
        if current > position:
            model.beginMoveRows(QModelIndex(), current, current, QModelIndex(), position)
            rows.insert(position, rows.pop(current))
            model.endMoveRows()
            rows[position] = row
            model.dataChanged.emit(model.index(position, 0), model.index(position, last_col))
            continue
        model.beginInsertRows(QModelIndex(), position, position)
        rows.insert(position, row)
        model.endInsertRows()

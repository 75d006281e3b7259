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
    insert; nothing is reset. The keys of `new` are distinct.

    Linear in the rows when the order is kept: a run of gone rows is removed and a
    run of new rows is inserted in one step each (a search that replaces 200 rows
    tells the views twice, not 400 times), and a row is looked for from where it
    belongs onwards, since every row before that is in place already.
    """
    wanted = {key(r) for r in new}
    end = len(rows)
    while end > 0:
        if key(rows[end - 1]) in wanted:
            end -= 1
            continue
        start = end - 1
        while start > 0 and key(rows[start - 1]) not in wanted:
            start -= 1
        model.beginRemoveRows(QModelIndex(), start, end - 1)
        del rows[start:end]
        model.endRemoveRows()
        end = start
    present = {key(r) for r in rows}
    last_col = model.columnCount() - 1
    position = 0
    while position < len(new):
        row = new[position]
        row_key = key(row)
        if row_key not in present:
            stop = position + 1
            while stop < len(new) and key(new[stop]) not in present:
                stop += 1
            model.beginInsertRows(QModelIndex(), position, stop - 1)
            rows[position:position] = new[position:stop]
            model.endInsertRows()
            position = stop
            continue
        current = next(i for i in range(position, len(rows)) if key(rows[i]) == row_key)
        if current > position:
            model.beginMoveRows(QModelIndex(), current, current, QModelIndex(), position)
            rows.insert(position, rows.pop(current))
            model.endMoveRows()
            rows[position] = row
            model.dataChanged.emit(model.index(position, 0), model.index(position, last_col))
        elif rows[position] != row:
            rows[position] = row
            model.dataChanged.emit(model.index(position, 0), model.index(position, last_col))
        position += 1

"""sync_rows: the model ends with the new rows, and every step it tells the views is
one a view can follow (Qt's own model tester checks each signal)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from reception_desk.ui.row_sync import sync_rows

Row = tuple[int, str]
ROOT = QModelIndex()


class Model(QAbstractTableModel):
    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = list(rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.rows[index.row()][index.column()]


def _rows(keys: list[int], text: str) -> list[Row]:
    return [(k, f"{text}{k}") for k in keys]


class Recorder:
    def __init__(self, model: Model) -> None:
        self.inserts = self.removes = self.moves = 0
        model.rowsInserted.connect(lambda *_a: self._count("inserts"))
        model.rowsRemoved.connect(lambda *_a: self._count("removes"))
        model.rowsMoved.connect(lambda *_a: self._count("moves"))
        model.modelReset.connect(lambda: self._count("resets"))
        self.resets = 0

    def _count(self, name: str) -> None:
        setattr(self, name, getattr(self, name) + 1)


keys = st.lists(st.integers(0, 30), unique=True, max_size=25)


@given(old=keys, new=keys, changed=st.booleans())
def test_the_model_ends_with_the_new_rows_through_steps_a_view_follows(
        qapp: QApplication, old: list[int], new: list[int], changed: bool) -> None:
    model = Model(_rows(old, "a"))
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    wanted = _rows(new, "b" if changed else "a")

    sync_rows(model, model.rows, wanted, key=lambda r: r[0])

    assert model.rows == wanted
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [w[1] for w in wanted]
    del tester


def test_replacing_every_row_removes_and_inserts_in_one_step_each(qapp: QApplication) -> None:
    model = Model(_rows(list(range(200)), "day"))
    seen = Recorder(model)

    sync_rows(model, model.rows, _rows(list(range(1000, 1200)), "search"), key=lambda r: r[0])

    assert (seen.removes, seen.inserts, seen.moves, seen.resets) == (1, 1, 0, 0)
    assert len(model.rows) == 200


def test_a_kept_row_keeps_its_persistent_index(qapp: QApplication) -> None:
    """What keeps a selection: the row moves, it is not removed and inserted again."""
    model = Model(_rows([1, 2, 3, 4], "a"))
    kept = QPersistentModelIndex(model.index(3, 0))

    sync_rows(model, model.rows, _rows([9, 4, 1], "a"), key=lambda r: r[0])

    assert kept.isValid() and kept.row() == 1
    assert [r[0] for r in model.rows] == [9, 4, 1]

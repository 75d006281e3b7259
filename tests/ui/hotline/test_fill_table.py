"""The hotline's read-only tables: a refill tells the view of its new cells once, and
what is painted is what a table filled afresh shows (texts, tool tips, colours)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTableWidget

from reception_desk.ui.hotline.common import fill_table, make_table
from tests.ui.paints import PaintCounter

FIRST = [[f"王{n}", "138****0000", "京A12345", "open pool"] for n in range(30)]
SECOND = [[f"张{n}", "139****1111", "", "李娜 · 12-05 10:00"] for n in range(30)]
COLOURS = [None, "#d92d20"] * 15


def _table(qtbot) -> QTableWidget:
    table = make_table(["Name", "Phone", "Plate", "Owner"], "t")
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_refill_notifies_the_view_once_and_paints_what_a_fresh_table_shows(
        qapp: QApplication, qtbot) -> None:
    table = _table(qtbot)
    fill_table(table, FIRST)
    qtbot.wait(50)
    notices: list[object] = []
    table.model().dataChanged.connect(lambda *args: notices.append(args))
    paints = PaintCounter(table.viewport())

    fill_table(table, SECOND, COLOURS)
    qtbot.wait(100)
    assert len(notices) == 1  # one notice for the 120 cells, not one each
    assert paints.count == 1
    assert table.item(29, 0).text() == "张29" and table.item(1, 3).toolTip() == SECOND[1][3]
    assert table.item(1, 0).foreground().color() == QColor("#d92d20")

    fresh = _table(qtbot)
    fill_table(fresh, SECOND, COLOURS)
    qtbot.wait(100)
    assert table.viewport().grab().toImage() == fresh.viewport().grab().toImage()

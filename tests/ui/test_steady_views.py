"""Closing a dialog repaints what changed, not every table of the desk: the item views
draw the same whether their window is active or not (ui/steady_views.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QTableView

from reception_desk.ui.main_window import MainWindow
from tests.ui.paints import PaintCounter


def test_a_closed_dialog_leaves_the_other_tables_unpainted(
        qtbot, main_window: MainWindow) -> None:
    queue = main_window.rotation.findChild(QTableView, "queueTable")
    assert isinstance(queue, QTableView)
    assert queue.palette().isEqual(QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    painted = PaintCounter(queue.viewport())
    dialog = QDialog(main_window.board)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.close()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.wait(50)  # let any repaint the close asked for happen
    assert painted.count == 0
    queue.viewport().repaint()                           # the count does see a paint
    assert painted.count == 1

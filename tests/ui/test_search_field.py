"""The search boxes' clear button: there while the box holds text, clears it, and
appears and goes without Qt's fade (ten repaints over 160 ms after each first letter)."""

from __future__ import annotations

from PySide6.QtCore import QPropertyAnimation
from PySide6.QtWidgets import QLineEdit

from reception_desk.ui.search_field import add_clear_button


def test_the_clear_button_follows_the_text_and_clears(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    action = add_clear_button(edit)
    assert not action.isVisible()

    edit.setText("王")
    assert action.isVisible()
    assert not edit.findChildren(QPropertyAnimation)  # shown at once, no fade
    action.trigger()
    assert edit.text() == "" and not action.isVisible()


def test_the_board_customer_and_calls_search_boxes_have_it(main_window) -> None:
    from reception_desk.ui.hotline.customers_dialog import CustomersDialog

    board = main_window.board
    dialog = CustomersDialog(main_window.services, main_window)
    try:
        for edit in (board.search, dialog.search, main_window.hotline.search):
            assert not edit.isClearButtonEnabled()
            (action,) = [a for a in edit.actions() if a.objectName() == "clearSearch"]
            edit.setText("138")
            assert action.isVisible() and not edit.findChildren(QPropertyAnimation)
            edit.clear()
            assert not action.isVisible()
    finally:
        dialog.close()

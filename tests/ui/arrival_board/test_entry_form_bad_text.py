"""Pasted bad text (control characters, bidi overrides, invisible-only) is refused at its field.

The value comes in as a paste would (setText): keyboards do not type NUL or U+202E.
(A QLineEdit already drops lone surrogates and a lone U+FEFF; the service tests cover them.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reception_desk.ui.main_window import MainWindow
from tests.ui.arrival_board.test_board_keyboard import open_entry
from tests.ui.arrival_board.test_entry_form_bad_input import CJK, fill_valid


@pytest.mark.parametrize(("field", "pasted", "expected"), [
    ("surname", "王\x00", "U+0000"),
    ("surname", "\u202e王", "U+202E"),
    ("surname", "\u200b\u200b", "不可见"),
    ("phone", "138\x1b12345678", "U+001B"),
    ("description", "高个子\u2066", "U+2066"),
    ("note", "\u200b \u200d", "不可见"),
])
def test_pasted_bad_text_shows_a_message_next_to_the_field_and_keeps_it(
        qtbot, main_window: MainWindow, field: str, pasted: str, expected: str) -> None:
    dialog = open_entry(qtbot, main_window)
    fill_valid(dialog)
    getattr(dialog, field).setText(pasted)
    typed = getattr(dialog, field).text()
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)

    assert dialog.isVisible(), "a refused form must stay open"
    error = dialog.errors[field]
    assert error.isVisible() and expected in error.text(), error.text()
    assert CJK.search(error.text()), "the message is in Chinese"
    assert getattr(dialog, field).property("invalid")
    assert getattr(dialog, field).text() == typed
    assert main_window.board.active_model.rowCount() == 0
    assert [name for name, label in dialog.errors.items() if label.isVisible()] == [field]

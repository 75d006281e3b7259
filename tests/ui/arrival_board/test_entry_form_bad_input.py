"""Each field of the entry form refuses a wrong value with a clear message; input is kept."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from reception_desk.ui.arrival_board.entry_dialog import PartyEntryDialog
from reception_desk.ui.main_window import MainWindow
from tests.ui.arrival_board.test_board_keyboard import open_entry
from tests.ui.typing import type_text

CJK = re.compile(r"[\u4e00-\u9fff]")


def fill_valid(dialog: PartyEntryDialog) -> None:
    type_text(dialog.surname, "王")
    dialog.channel.setCurrentIndex(0)


@pytest.mark.parametrize(
    ("field", "bad_value", "expected"),
    [
        ("surname", "", "姓"),
        ("surname", "王王王王王王王王王", "姓"),
        ("surname", "王2", "数字"),
        ("size", "0", "人数"),
        ("size", "51", "人数"),
        ("channel", None, "渠道"),
        ("phone", "12345", "电话"),
        ("phone", "138123456789", "电话"),
        ("plate", "ABC123", "车牌"),
        ("description", "很" * 201, "200"),
        ("note", "很" * 201, "200"),
        ("consultant", "很" * 41, "40"),
    ],
)
def test_wrong_value_shows_message_and_keeps_the_form(
        qtbot, main_window: MainWindow, field: str, bad_value: str | None,
        expected: str) -> None:
    dialog = open_entry(qtbot, main_window)
    if field != "surname":
        fill_valid(dialog)
    elif bad_value:
        type_text(dialog.surname, bad_value)
        dialog.channel.setCurrentIndex(0)
    else:
        dialog.channel.setCurrentIndex(0)
    if field == "size":
        dialog.party_size.selectAll()
        qtbot.keyClicks(dialog.party_size, bad_value)
    elif field == "channel":
        dialog.channel.setCurrentIndex(-1)
    elif field in ("phone", "plate", "description", "note"):
        type_text(getattr(dialog, field), bad_value or "")
    elif field == "consultant":
        dialog.consultant.setEditText(bad_value or "")
    typed = {name: getattr(dialog, name).text() for name in
             ("surname", "phone", "plate", "description", "note")}
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)

    assert dialog.isVisible(), "a refused form must stay open"
    error = dialog.errors[field]
    assert error.isVisible()
    assert expected in error.text()
    assert CJK.search(error.text()), "the message is in Chinese"
    assert dialog.fields[field].property("invalid")
    assert {name: getattr(dialog, name).text() for name in typed} == typed
    assert main_window.board.active_model.rowCount() == 0


def test_all_problems_show_at_once_then_fixing_saves(qtbot, main_window: MainWindow) -> None:
    dialog = open_entry(qtbot, main_window)
    type_text(dialog.phone, "999")
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)
    shown = {name for name, error in dialog.errors.items() if error.isVisible()}
    assert shown == {"surname", "channel", "phone"}
    assert dialog.focusWidget() is dialog.surname, "focus goes to the first field to fix"
    type_text(dialog.surname, "林")
    dialog.channel.setCurrentIndex(1)
    dialog.phone.clear()
    type_text(dialog.phone, "0755-12345678")
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    record = main_window.board.selected_record()
    assert record is not None
    assert record.phone == "075512345678"
    assert not any(error.isVisible() for error in dialog.errors.values())

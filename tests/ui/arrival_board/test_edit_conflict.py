"""Editing a party that another PC saved meanwhile (issue 11): refused in words, nothing
typed is lost, and a second Save applies it over the newer version."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.entry_dialog import PartyEntryDialog
from reception_desk.ui.main_window import MainWindow
from tests.ui.typing import type_text


def test_save_over_another_pcs_edit_names_it_and_keeps_what_was_typed(
        qtbot, main_window: MainWindow, services: Services) -> None:
    board = main_window.board
    party = services.arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    qtbot.waitUntil(lambda: board.active_model.rowCount() == 1)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    board.active_view.setFocus()
    assert board.select_party(party.id)
    qtbot.keyClick(board.active_view, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: board.findChild(PartyEntryDialog) is not None
                    and board.findChild(PartyEntryDialog).isVisible())
    dialog = board.findChild(PartyEntryDialog)

    # Meanwhile the manager's PC writes a note on the same party.
    other_pc = Services.open(services.db, clock=services.clock)
    other_pc.arrivals.edit(party.id, replace(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN,
                                                        "网络"), note="看三房"),
                           version=1, actor="李经理")

    type_text(dialog.plate, "京A12345")
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)
    assert dialog.isVisible(), "a save over a newer version is refused"
    assert dialog.conflict.isVisible()
    text = dialog.conflict.text()
    assert "李经理" in text and "备注" in text and "看三房" in text, text
    assert dialog.plate.text() == "京A12345", "what was typed stays"
    assert dialog.note.text() == "看三房", "the other PC's change fills the untouched field"
    assert services.arrivals.get(party.id).plate == ""

    # The person checks it and saves again: both changes are there, nothing was lost.
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = services.arrivals.get(party.id)
    assert (saved.plate, saved.note, saved.version) == ("京A12345", "看三房", 3)

"""A receptionist's day on the board, driven by keys the way a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reception_desk.app import DeskApp
from reception_desk.domain.stages import Stage
from reception_desk.ui.arrival_board.dialogs import ChoiceDialog
from reception_desk.ui.arrival_board.entry_dialog import PartyEntryDialog
from reception_desk.ui.arrival_board.model import Col
from reception_desk.ui.arrival_board.panel import ArrivalBoardPanel
from reception_desk.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.typing import type_text


def open_entry(qtbot, window: MainWindow) -> PartyEntryDialog:
    qtbot.keyClick(window.board.active_view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.board.findChild(PartyEntryDialog) is not None
                    and window.board.findChild(PartyEntryDialog).isVisible())
    dialog = window.board.findChild(PartyEntryDialog)
    assert dialog is not None
    return dialog


def register_by_keyboard(qtbot, window: MainWindow, surname: str = "王", size: str = "3",
                         phone: str = "") -> None:
    dialog = open_entry(qtbot, window)
    type_text(dialog.surname, surname)
    dialog.party_size.selectAll()
    qtbot.keyClicks(dialog.party_size, size)
    dialog.channel.setFocus()
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)
    if phone:
        qtbot.keyClicks(dialog.phone, phone)
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def cell(panel: ArrivalBoardPanel, row: int, col: Col, departed: bool = False) -> str:
    model = panel.left_model if departed else panel.active_model
    return str(model.index(row, col).data())


def test_register_party_with_f2_and_enter(qtbot, main_window: MainWindow) -> None:
    board = main_window.board
    register_by_keyboard(qtbot, main_window, "王", "3")
    assert board.active_model.rowCount() == 1
    assert cell(board, 0, Col.NAME) == "王先生"
    assert cell(board, 0, Col.SIZE) == "3位"
    assert cell(board, 0, Col.STAGE) == "到达门岗"
    assert board.selected_record() is not None
    assert board.active_view.hasFocus()


def test_space_moves_through_stages_and_seats_with_enter(qtbot, main_window: MainWindow,
                                                         clock: FakeClock) -> None:
    board = main_window.board
    register_by_keyboard(qtbot, main_window)
    view = board.active_view
    view.setFocus()
    for expected in ("停车", "门口迎宾", "顾问接待", "沙盘讲解"):
        clock.advance(minutes=1)
        qtbot.keyClick(view, Qt.Key.Key_Space)
        assert cell(board, 0, Col.STAGE) == expected
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: board.findChild(ChoiceDialog, "placeDialog") is not None
                    and board.findChild(ChoiceDialog, "placeDialog").isVisible())
    places = board.findChild(ChoiceDialog, "placeDialog")
    qtbot.keyClick(places.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(board, 0, Col.STAGE) == "入座洽谈")
    assert cell(board, 0, Col.PLACE) == "VIP1"
    record = board.selected_record()
    assert record is not None and record.stage is Stage.SEATED
    assert set(record.stage_times) == {Stage.ARRIVED, Stage.PARKED, Stage.GREETED,
                                       Stage.RECEIVED, Stage.SAND_TABLE, Stage.SEATED}


def test_depart_moves_party_to_left_section_and_undo_brings_it_back(
        qtbot, main_window: MainWindow) -> None:
    board = main_window.board
    register_by_keyboard(qtbot, main_window, "李")
    board.active_view.setFocus()
    qtbot.keyClick(board.active_view, Qt.Key.Key_F8)
    assert board.active_model.rowCount() == 0
    assert board.left_model.rowCount() == 1
    assert cell(board, 0, Col.STAGE, departed=True) == "离开"
    board.left_view.setFocus()
    qtbot.keyClick(board.left_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board.active_model.rowCount() == 1
    assert cell(board, 0, Col.STAGE) == "到达门岗"


def test_party_survives_a_restart_on_the_same_database(qtbot, desk: DeskApp,
                                                         db_url: str, clock: FakeClock) -> None:
    assert desk.main is not None
    register_by_keyboard(qtbot, desk.main, "赵", "2")
    desk.main.board.active_view.setFocus()
    qtbot.keyClick(desk.main.board.active_view, Qt.Key.Key_Space)
    desk.close()

    from reception_desk.services.context import Services
    from reception_desk.startup import open_database

    db, _ = open_database(db_url)
    again = DeskApp(QApplication.instance(), Services.open(db, clock=clock), "main",  # type: ignore[arg-type]
                    interactive=False)
    assert again.main is not None
    qtbot.addWidget(again.main)
    try:
        board = again.main.board
        assert board.active_model.rowCount() == 1
        assert cell(board, 0, Col.NAME) == "赵先生"
        assert cell(board, 0, Col.STAGE) == "停车"
    finally:
        again.close()


def test_waiting_party_is_flagged_in_text_after_two_minutes(qtbot, main_window: MainWindow,
                                                              clock: FakeClock) -> None:
    board = main_window.board
    register_by_keyboard(qtbot, main_window)
    clock.advance(minutes=1, seconds=59)
    board.active_model.tick()
    assert "未接待" not in cell(board, 0, Col.STATUS)
    clock.advance(seconds=2)
    board.active_model.tick()
    assert "等待 2:01" in cell(board, 0, Col.STATUS)
    assert "未接待" in cell(board, 0, Col.STATUS)


def test_returning_phone_is_marked_and_shows_earlier_consultant(qtbot, main_window: MainWindow,
                                                                  services) -> None:
    from reception_desk.domain.party import Honorific, PartyDraft, VisitKind

    services.arrivals.register(PartyDraft("周", Honorific.MS, 2, VisitKind.WALK_IN, "网络",
                                          phone="13912345678", consultant="陈静"))
    dialog = open_entry(qtbot, main_window)
    qtbot.keyClicks(dialog.phone, "139-1234-5678")
    qtbot.waitUntil(lambda: dialog.returning.isVisible())
    assert "陈静" in dialog.returning.text()
    assert dialog.consultant.currentText() == "陈静"
    type_text(dialog.surname, "周")
    dialog.channel.setCurrentIndex(0)
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "老客户" in cell(main_window.board, 1, Col.NAME)


def test_search_finds_earlier_days_by_phone_fragment(qtbot, main_window: MainWindow,
                                                     services, clock: FakeClock) -> None:
    from datetime import timedelta

    from reception_desk.domain.party import Honorific, PartyDraft, VisitKind

    services.arrivals.register(PartyDraft("吴", Honorific.MR, 1, VisitKind.WALK_IN, "网络",
                                          phone="13700001111"),
                               at=clock.now - timedelta(days=3))
    board = main_window.board
    qtbot.keyClick(board.active_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert board.search.hasFocus()
    qtbot.keyClicks(board.search, "0001")
    qtbot.waitUntil(lambda: "0001" in board.active_title.text())
    assert board.active_model.rowCount() == 1
    assert cell(board, 0, Col.NAME) == "吴先生"
    assert "11-25" in cell(board, 0, Col.ARRIVED)


def test_after_f8_clicking_the_row_that_became_current_enables_departed(
        qtbot, main_window: MainWindow) -> None:
    """Issue 19: the row left current after a departure could be clicked without F8 coming back."""
    board = main_window.board
    register_by_keyboard(qtbot, main_window, "李")
    register_by_keyboard(qtbot, main_window, "王")
    view = board.active_view
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    view.setFocus()
    assert board.select_party(board.active_model.record_at(0).id)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert board.active_model.rowCount() == 1
    assert not board.act_depart.isEnabled()  # the departed party stays selected, in "left"
    remaining = view.visualRect(board.active_model.index(0, Col.NAME)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=remaining)
    record = board.selected_record()
    assert record is not None and not record.departed
    assert board.act_depart.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert board.active_model.rowCount() == 0
    assert board.left_model.rowCount() == 2

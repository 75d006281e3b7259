"""The board's search lists the newest matches and says so when more match."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.ui.arrival_board import panel
from reception_desk.ui.arrival_board.sizing import BoardSplitter
from reception_desk.ui.main_window import MainWindow
from tests.conftest import FakeClock


def test_a_search_finding_more_than_the_board_lists_says_so(
        qtbot, main_window: MainWindow, services, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(panel, "SEARCH_SHOWN", 2)
    for days, phone in ((3, "13700001111"), (2, "13700002222"), (1, "13700003333")):
        services.arrivals.register(PartyDraft("吴", Honorific.MR, 1, VisitKind.WALK_IN, "网络",
                                              phone=phone), at=clock.now - timedelta(days=days))
    board = main_window.board

    board.search.setText("吴")
    board.reload()
    assert board.active_model.rowCount() == 2
    assert board.active_title.text() == board.tr(
        "Search “%1”: the newest %2 parties found; more match, type more to narrow"
    ).replace("%1", "吴").replace("%2", "2")
    shown = {r.phone for r in board.active_model.records()}
    assert shown == {"13700003333", "13700002222"}  # the newest two

    board.search.setText("2222")
    board.reload()
    assert board.active_model.rowCount() == 1
    assert board.active_title.text() == board.tr(
        "Search “%1”: %n party(ies) found", "", 1).replace("%1", "2222")


def test_a_reload_while_typing_leaves_no_second_search_pending(
        qtbot, main_window: MainWindow, services, monkeypatch: pytest.MonkeyPatch) -> None:
    board = main_window.board
    searched: list[str] = []
    real_search = services.arrivals.search

    def counting_search(text: str, limit: int = 200) -> list:
        searched.append(text)
        return real_search(text, limit)

    monkeypatch.setattr(board.arrivals, "search", counting_search)
    board.search.setText("吴")  # the typing pause starts
    board.reload()  # e.g. a change from another PC arrives meanwhile

    assert searched == ["吴"]
    assert not board._search_timer.isActive()


def test_a_search_leaves_the_desk_around_the_board_where_it_was(
        qtbot, main_window: MainWindow) -> None:
    """The search hides "today, left"; the board's least size stays, so the docks around
    it are not laid out (and repainted) again, and the split comes back afterwards."""
    board = main_window.board
    splitter = board.left_box.parentWidget()
    assert isinstance(splitter, BoardSplitter)
    least, split = board.minimumSizeHint(), splitter.sizes()

    board.search.setText("吴")
    board.reload()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the layouts settle
    assert board.left_box.isHidden()
    assert board.minimumSizeHint() == least

    board.search.setText("")
    board.reload()
    assert not board.left_box.isHidden()
    qtbot.waitUntil(lambda: splitter.sizes() == split)

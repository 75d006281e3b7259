"""A search that keeps the board's shape (the list of matches, "today, left" hidden)
does not lay the board, its dock and the main window out again: the section title's
new text stays in its slot (arrival_board/title_slot.py). A title too long for the
board still widens it, as before."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.ui.arrival_board.title_slot import TitleSlot
from reception_desk.ui.main_window import MainWindow
from tests.conftest import FakeClock


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _search(qtbot, main_window: MainWindow, text: str) -> None:
    board = main_window.board
    board.search.setText(text)
    board.reload()
    qtbot.wait(50)


def test_a_search_of_the_same_shape_lays_nothing_out_again(
        qtbot, main_window: MainWindow, services, clock: FakeClock) -> None:
    for n, name in enumerate("李吴李吴吴"):
        services.arrivals.register(PartyDraft(name, Honorific.MR, 1, VisitKind.WALK_IN, "网络"),
                                   at=clock.now - timedelta(days=1 + n))
    board = main_window.board
    board._tick.stop()
    _search(qtbot, main_window, "李")
    title = board.active_title.text()
    watch = LayoutRequests()
    for widget in (board, board.splitter, board.active_title.parentWidget().parentWidget()):
        widget.installEventFilter(watch)
    slot = board.active_title.parentWidget()
    assert isinstance(slot, TitleSlot)

    _search(qtbot, main_window, "吴")
    assert board.active_model.rowCount() == 3
    assert board.active_title.text() != title and "吴" in board.active_title.text()
    assert board.active_title.isVisible()
    assert board.active_title.width() == slot.width() > 0
    assert slot.relayouts == 0
    assert watch.count == 0  # the board, its splitter, the title's box: none laid out


def test_a_title_too_long_for_the_board_widens_it_as_before(
        qtbot, main_window: MainWindow, services, clock: FakeClock) -> None:
    board = main_window.board
    board._tick.stop()
    slot = board.active_title.parentWidget()
    assert isinstance(slot, TitleSlot)
    _search(qtbot, main_window, "李")
    least = board.minimumSizeHint().width()
    long_text = "李" * 200  # typed or pasted: the title quotes it whole
    _search(qtbot, main_window, long_text)
    assert slot.relayouts == 1
    assert board.active_title.minimumSizeHint().width() > least
    assert board.minimumSizeHint().width() >= board.active_title.minimumSizeHint().width()
    assert board.active_title.width() == slot.width()

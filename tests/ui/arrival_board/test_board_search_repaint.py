"""A search (and its end) paints the board's table once: the rows are laid out and the
columns fitted before the window's repaint, not by Qt at the repaint and after it (a
scroll bar appearing, a column widening for the dates), which painted it twice."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPaintEvent

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.paints import PaintCounter


def test_a_search_and_its_end_paint_the_table_once(
        qtbot, main_window: MainWindow, services, clock: FakeClock) -> None:
    for _ in range(2):  # today: a short list
        services.arrivals.register(PartyDraft("李", Honorific.MR, 1, VisitKind.WALK_IN, "网络"))
    for n in range(40):  # earlier days: more than the table shows
        services.arrivals.register(PartyDraft("吴", Honorific.MR, 1, VisitKind.WALK_IN, "网络"),
                                   at=clock.now - timedelta(days=1 + n))
    board = main_window.board
    board._tick.stop()  # the clock's once-a-second repaint is not the search's
    board.reload()
    viewport = board.active_view.viewport()
    counter = PaintCounter(viewport)
    qtbot.wait(100)  # whatever the start left to paint

    for text in ("吴", ""):
        counter.count = 0
        board.search.setText(text)
        board.reload()
        qtbot.wait(200)  # the repaint, and any the view would do after it
        assert counter.count == 1, text
        if text:  # the 40 found need the scroll bar (it appears with them)
            assert board.active_view.verticalScrollBar().isVisible()


class PaintRegions(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heights: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.heights.append(event.region().boundingRect().height())
        return False


def test_a_reload_that_changes_one_row_repaints_that_row(
        qtbot, main_window: MainWindow, services) -> None:
    """No rows came or went: the table is not laid out again (which repaints it all)."""
    parties = [services.arrivals.register(
        PartyDraft(name, Honorific.MR, 1, VisitKind.WALK_IN, "网络")) for name in "李王张"]
    board = main_window.board
    board._tick.stop()
    board.reload()
    qtbot.wait(100)
    viewport = board.active_view.viewport()
    regions = PaintRegions()
    viewport.installEventFilter(regions)

    services.arrivals.advance(parties[1].id)
    qtbot.waitUntil(lambda: bool(regions.heights))
    qtbot.wait(100)
    assert max(regions.heights) < viewport.height()

"""While the board lists a search, "today, left" is hidden: its table is not laid out
or fitted for nothing, then laid out, fitted and painted once when the search ends."""

from __future__ import annotations

from datetime import timedelta

import pytest

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.paints import PaintCounter


def test_the_hidden_left_table_waits_for_the_end_of_the_search(
        qtbot, main_window: MainWindow, services, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    arrivals = services.arrivals
    gone = [arrivals.register(PartyDraft(name, Honorific.MR, 1, VisitKind.WALK_IN, "网络"))
            for name in "李王"]
    for party in gone:
        arrivals.move(party.id, Stage.DEPARTED)
    for n in range(30):
        arrivals.register(PartyDraft("吴", Honorific.MR, 1, VisitKind.WALK_IN, "网络"),
                          at=clock.now - timedelta(days=1 + n))
    board = main_window.board
    board._tick.stop()
    board.reload()
    qtbot.wait(100)
    left = board.left_view
    fitter = next(f for f in board._fitters if f.view is left)
    layouts: list[int] = []
    plain = left.doItemsLayout

    def counted() -> None:
        layouts.append(1)
        plain()

    monkeypatch.setattr(left, "doItemsLayout", counted)
    assert board.left_model.rowCount() == 2

    board.search.setText("吴")
    board.reload()
    qtbot.wait(100)
    assert not left.isVisible() and board.left_model.rowCount() == 0
    assert layouts == [] and fitter.hidden_refits == 1

    painted = PaintCounter(left.viewport())
    board.search.setText("")
    board.reload()
    qtbot.wait(200)
    assert left.isVisible() and board.left_model.rowCount() == 2
    assert 1 <= len(layouts) <= 2  # when shown (the refit, and Qt's own as before)
    assert painted.count == 1
    widths = sum(left.columnWidth(col) for col in range(board.left_model.columnCount()))
    assert widths == left.viewport().width()  # fitted to the table's width

"""The board measures its columns' widths once per look (font, date display), not at
every search, its end and every resize; the widths are what a fresh measure gives."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QTableView

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.ui.arrival_board import columns
from reception_desk.ui.arrival_board.model import Col, PartyTableModel
from reception_desk.ui.main_window import MainWindow
from tests.conftest import FakeClock


def test_searches_measure_the_columns_once(
        qtbot, main_window: MainWindow, services, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.arrivals.register(PartyDraft("李", Honorific.MR, 1, VisitKind.WALK_IN, "网络"))
    for n in range(3):
        services.arrivals.register(PartyDraft("吴", Honorific.MR, 1, VisitKind.WALK_IN, "网络"),
                                   at=clock.now - timedelta(days=1 + n))
    board = main_window.board
    board._tick.stop()
    measured: list[bool] = []
    measure = columns.preferred_widths

    def counting(view: QTableView) -> dict[Col, int]:
        model = view.model()
        assert isinstance(model, PartyTableModel)
        measured.append(model.show_date)
        return measure(view)

    monkeypatch.setattr(columns, "preferred_widths", counting)
    for text in ("吴", "", "吴", "李", ""):
        board.search.setText(text)
        board.reload()
        qtbot.wait(20)
        view = board.active_view
        fresh = columns.fit_widths(view.viewport().width(), measure(view),
                                   columns.least_widths(view, measure(view)))
        assert [view.columnWidth(col) for col in Col] == [fresh[col] for col in Col], text
    main_window.resize(main_window.width() - 40, main_window.height())
    qtbot.wait(20)
    # The search's look (dates shown) once; today's was measured when the board opened.
    assert measured == [True]

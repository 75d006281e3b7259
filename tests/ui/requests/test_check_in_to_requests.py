"""Checking a reception request's visitors in from the board's expected strip is one event
(PARTIES "registered", also APPOINTMENTS and REQUESTS): the board gets the party, the strip
drops the visit and the requests dock shows the request visited, without a reload by hand."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from reception_desk.domain.reception_request import ItineraryItem, Level, Status
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.model import Col as BoardCol
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.requests.labels import status_label
from reception_desk.ui.requests.model import Col
from tests.ui.requests.conftest import People, day_at, full_form, submitted


def test_checking_the_visitors_in_shows_the_request_visited(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    # Visitors announced this morning for 11:00 today (the test clock says 10:00).
    form = replace(full_form(organisation="万科考察团", level=Level.B, days=0),
                   arrival_at=day_at(0, 11), departure_at=day_at(0, 17),
                   itinerary=(ItineraryItem(day_at(0, 11), "参观沙盘、样板房", "售楼处",
                                            "刘经理"),),
                   short_notice_reason="客户临时决定来访")
    record = submitted(services, people.receptionist, form)
    services.requests.approve(people.department_head, record.id)
    main_window.show_requests()
    panel = main_window.requests
    qtbot.waitUntil(lambda: panel.model.index(panel.model.row_of(record.id), Col.STATUS)
                    .data() == status_label(Status.SCHEDULED))
    strip = main_window.board.expected
    qtbot.waitUntil(lambda: [a.name for a in strip.records()] == ["万科考察团"])

    strip.table.setFocus()
    strip.table.selectRow(0)
    qtbot.keyClick(strip.table, Qt.Key.Key_Return)

    board = main_window.board
    qtbot.waitUntil(lambda: board.active_model.rowCount() == 1)
    assert board.active_model.index(0, BoardCol.NAME).data().startswith("万")
    assert strip.records() == []
    assert services.requests.get(record.id).status is Status.VISITED
    qtbot.waitUntil(lambda: panel.model.index(panel.model.row_of(record.id), Col.STATUS)
                    .data() == status_label(Status.VISITED))

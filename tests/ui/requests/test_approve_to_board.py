"""Approving a request that schedules the visit puts the visitors on the arrival board's
expected strip at once: the one event of the approval (REQUESTS, also APPOINTMENTS)
reaches both the requests dock and the board."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from reception_desk.domain.reception_request import ItineraryItem, Level, Status
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.requests.labels import status_label
from reception_desk.ui.requests.model import Col
from tests.ui.requests.conftest import People, answer_pin, day_at, full_form, submitted


def test_the_approval_shows_the_visit_on_the_board_and_in_the_dock(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    # Visitors announced this morning for this afternoon (the test clock says 10:00).
    form = replace(full_form(organisation="万科考察团", level=Level.B, days=0),
                   arrival_at=day_at(0, 14), departure_at=day_at(0, 17),
                   itinerary=(ItineraryItem(day_at(0, 14), "参观沙盘、样板房", "售楼处",
                                            "刘经理"),),
                   short_notice_reason="客户临时决定来访")
    record = submitted(services, people.receptionist, form)
    strip = main_window.board.expected
    assert strip.records() == []

    main_window.show_requests()
    panel = main_window.requests
    assert panel.select_request(record.id)
    asked = answer_pin(qtbot, "李部长", people.pins["李部长"])
    button = panel.buttons["approve"]
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and record.number in asked[0]

    assert services.requests.get(record.id).status is Status.SCHEDULED
    qtbot.waitUntil(lambda: [a.name for a in strip.records()] == ["万科考察团"])
    assert strip.table.item(0, 1).text() == "万科考察团"
    row = panel.model.row_of(record.id)
    assert panel.model.index(row, Col.STATUS).data() == status_label(Status.SCHEDULED)

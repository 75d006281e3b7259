"""Checking an expected party in is one event (PARTIES "registered", also APPOINTMENTS and
the customer), and every view that shows either follows it: the board gets the party,
the expected strip drops the appointment, the status bar counts it; on another PC too,
where a call booking the visit (CUSTOMERS, also APPOINTMENTS) put it on the strip.
The other PC's part on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reception_desk.app import DeskApp
from reception_desk.domain.call_form import AppointmentForm
from reception_desk.domain.events import APPOINTMENTS, PARTIES, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.ui.arrival_board.model import Col
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.status_bar import DeskStatusBar
from tests.conftest import FakeClock
from tests.services.hotline_helpers import PHONE, call_form


def expect_today(services: Services) -> int:
    """张伟, three people, announced by an agency for today."""
    return services.appointments.add(AppointmentForm(
        day=services.appointments.today(), name="张伟", phone=PHONE, agency="链家",
        size=3)).id


def counts_of(window: MainWindow) -> str:
    bar = window.statusBar()
    assert isinstance(bar, DeskStatusBar)
    return bar.counts.text()


def test_checking_in_from_the_strip_updates_the_board_the_strip_and_the_counts(
        qtbot, main_window: MainWindow, services: Services) -> None:
    published: list[Event] = []
    services.bus.subscribe(published.append)
    appointment = expect_today(services)
    strip = main_window.board.expected
    qtbot.waitUntil(lambda: [r.id for r in strip.records()] == [appointment])
    before = counts_of(main_window)
    published.clear()

    strip.table.setFocus()
    strip.table.selectRow(0)
    qtbot.keyClick(strip.table, Qt.Key.Key_Return)

    board = main_window.board
    qtbot.waitUntil(lambda: board.active_model.rowCount() == 1)
    assert board.active_model.index(0, Col.NAME).data() == "张先生"
    assert strip.records() == []
    [one] = published
    assert one.topic == PARTIES and one.ids_of(APPOINTMENTS) == (appointment,)
    assert before == "今日：0组，0人 · 当前在场：0组，0人"
    qtbot.waitUntil(lambda: counts_of(main_window) == "今日：1组，3人 · 当前在场：1组，3人")


@pytest.fixture
def watching(zh_app: QApplication, any_db_url: str, clock: FakeClock,
             qtbot) -> Iterator[tuple[DeskApp, Services]]:
    """This PC's window and another PC's services on the same database."""
    here_db, _ = open_database(any_db_url)
    there_db, _ = open_database(any_db_url)
    desk = DeskApp(zh_app, Services.open(here_db, clock=clock), "main", interactive=False)
    assert desk.main is not None
    qtbot.addWidget(desk.main)
    try:
        yield desk, Services.open(there_db, clock=clock)
    finally:
        desk.close()
        there_db.dispose()
        here_db.dispose()


def test_a_call_and_a_check_in_on_another_pc_reach_the_strip_and_the_board(
        qtbot, watching: tuple[DeskApp, Services], clock: FakeClock) -> None:
    desk, there = watching
    assert desk.main is not None
    # The hotline PC logs a call that books a visit at 11:30 today: one CUSTOMERS event,
    # the visit only in its `also`; this PC's expected strip still shows it.
    call = there.calls.log_call(call_form(visit_at=clock.now + timedelta(minutes=90),
                                          visit_size=3))
    appointment = call.appointment_id
    strip = desk.main.board.expected
    qtbot.waitUntil(lambda: [r.id for r in strip.records()] == [appointment], timeout=5000)
    assert appointment is not None

    party = there.appointments.check_in(appointment)

    board = desk.main.board
    qtbot.waitUntil(lambda: board.active_model.rowCount() == 1, timeout=5000)
    assert board.active_model.index(0, Col.NAME).data() == "张先生"
    assert party.kind is VisitKind.APPOINTMENT
    qtbot.waitUntil(lambda: strip.records() == [], timeout=5000)


def test_parties_coming_and_going_leave_the_expected_strip_unread(
        qtbot, main_window: MainWindow, services: Services, monkeypatch) -> None:
    appointment = expect_today(services)
    strip = main_window.board.expected
    qtbot.waitUntil(lambda: [r.id for r in strip.records()] == [appointment])
    reads: list[None] = []
    real_for_day = services.appointments.for_day

    def counted_for_day(*args: object, **kwargs: bool) -> object:
        reads.append(None)
        return real_for_day(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.appointments, "for_day", counted_for_day)
    walk_in = services.arrivals.register(PartyDraft("李", Honorific.MS, 2, VisitKind.WALK_IN,
                                                    "网络"))
    services.arrivals.move(walk_in.id, Stage.DEPARTED)
    assert reads == []
    assert [r.id for r in strip.records()] == [appointment]

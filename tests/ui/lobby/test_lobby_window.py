"""The lobby wall display: what it shows, that it follows the desk, that it shows
nothing personal and changes nothing, and that it fills a TV or a small screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from reception_desk.app import DeskApp, take_screenshots
from reception_desk.domain.call_form import AppointmentForm
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.rotation import DutyStatus
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.ui.events import EventBridge
from reception_desk.ui.lobby import LobbyWindow, second_screen
from reception_desk.ui.main_window import MainWindow
from tests.conftest import TEST_ACTOR, FakeClock

TEAM = ("张伟", "李娜", "王芳", "陈静")


def sign_in_team(services: Services, names: tuple[str, ...] = TEAM) -> dict[str, int]:
    ids = {}
    for number, name in enumerate(names):
        ids[name] = services.rotation.save_consultant(
            ConsultantDraft(name=name, staff_no=f"L{number:02d}"), actor=TEST_ACTOR).id
        services.rotation.sign_in(ids[name])
    return ids


def at_local(services: Services, hour: int, minute: int) -> datetime:
    zone = services.settings.current().zone()
    return datetime.combine(services.appointments.today(), time(hour, minute), zone)


@pytest.fixture
def bridge(services: Services) -> Iterator[EventBridge]:
    events = EventBridge(services)
    yield events
    events.stop()


@pytest.fixture
def lobby(qtbot, zh_app: QApplication, services: Services,
          bridge: EventBridge) -> LobbyWindow:
    window = LobbyWindow(services, bridge)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_shows_up_on_deck_and_the_queue_and_follows_an_assignment(
        qtbot, zh_app: QApplication, services: Services, bridge: EventBridge) -> None:
    ids = sign_in_team(services)
    services.rotation.set_status(ids["陈静"], DutyStatus.BREAK)
    window = LobbyWindow(services, bridge)
    qtbot.addWidget(window)
    window.show()
    assert window.up_label.text() == "张伟"
    assert window.deck_label.text() == "李娜"
    assert window.queue_list.texts() == ["3", "王芳", "陈静 · 休息"]

    party = services.arrivals.register(PartyDraft("韩", Honorific.MS, 2, VisitKind.WALK_IN,
                                                  "路过"))
    services.rotation.assign(party.id, ids["张伟"])
    qtbot.waitUntil(lambda: window.up_label.text() == "李娜")
    assert window.deck_label.text() == "王芳"
    assert window.queue_list.texts() == ["陈静 · 休息", "张伟 · 接待中"]
    # The party itself is never on the wall.
    assert not any("韩" in text for text in window.texts())


def test_nobody_free_and_nobody_on_duty_say_so(
        qtbot, lobby: LobbyWindow, services: Services) -> None:
    assert lobby.up_label.text() == "暂无顾问签到"
    assert lobby.deck_label.text() == "—"
    ids = sign_in_team(services, ("张伟",))
    qtbot.waitUntil(lambda: lobby.up_label.text() == "张伟")
    services.rotation.set_status(ids["张伟"], DutyStatus.OUT)
    qtbot.waitUntil(lambda: lobby.up_label.text() == "顾问均在接待，请稍候")
    assert lobby.queue_list.texts() == ["张伟 · 外出"]


def test_expected_parties_show_surname_and_time_only(
        qtbot, lobby: LobbyWindow, services: Services) -> None:
    today = services.appointments.today()
    services.appointments.add(AppointmentForm(
        day=today, name="王建国", honorific=Honorific.MR, phone="13800138000",
        expected_at=at_local(services, 14, 30), channel="网络", agency="链家地产",
        agent="赵经纪"))
    services.appointments.add(AppointmentForm(
        day=today, name="欧阳娜娜", honorific=Honorific.MS, phone="13912345678",
        expected_at=at_local(services, 11, 0)))
    services.appointments.add(AppointmentForm(day=today, name="李秀英"))
    qtbot.waitUntil(lambda: len(lobby.expected_list.texts()) == 6)
    # By time; the one without a time last.
    assert lobby.expected_list.texts() == ["11:00", "欧阳女士", "14:30", "王先生", "—", "李*"]
    shown = "\n".join(lobby.texts())
    for secret in ("王建国", "建国", "欧阳娜娜", "李秀英", "秀英", "13800138000", "138",
                   "5678", "链家", "赵经纪", "网络"):
        assert secret not in shown, secret
    # Not hidden away in tooltips or accessible names either.
    for widget in lobby.findChildren(QWidget):
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                     widget.statusTip(), widget.whatsThis()):
            assert "王建国" not in text and "13800138000" not in text


def test_a_customer_two_agencies_registered_is_one_party_on_the_wall(
        qtbot, lobby: LobbyWindow, services: Services) -> None:
    today = services.appointments.today()
    for agency, hour in (("我爱我家", 15), ("链家地产", 10)):
        services.appointments.add(AppointmentForm(
            day=today, name="孙娟", honorific=Honorific.MS, phone="18000009751",
            expected_at=at_local(services, hour, 0), agency=agency))
    services.appointments.add(AppointmentForm(day=today, name="赵勇", honorific=Honorific.MR,
                                              phone="15700003600"))
    qtbot.waitUntil(lambda: len(lobby.expected_list.texts()) == 4)
    assert lobby.expected_list.texts() == ["10:00", "孙女士", "—", "赵先生"]


def test_an_arrived_appointment_leaves_the_list(
        qtbot, lobby: LobbyWindow, services: Services) -> None:
    record = services.appointments.add(AppointmentForm(
        day=services.appointments.today(), name="周杰", honorific=Honorific.MR,
        expected_at=at_local(services, 15, 0)))
    qtbot.waitUntil(lambda: "周先生" in lobby.expected_list.texts())
    services.appointments.check_in(record.id)
    qtbot.waitUntil(lambda: lobby.expected_list.texts() == ["今日暂无待到访的预约"])


def test_nothing_on_the_wall_can_change_anything(lobby: LobbyWindow) -> None:
    editing = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
               QAbstractSpinBox, QAbstractItemView)
    found = [w for kind in editing for w in lobby.findChildren(kind) if w.isEnabled()]
    assert found == []
    assert lobby.actions() == []


def test_keys_full_screen_and_close(qtbot, lobby: LobbyWindow) -> None:
    lobby.show_full_screen()
    qtbot.waitUntil(lobby.isFullScreen)
    qtbot.keyClick(lobby, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not lobby.isFullScreen())
    qtbot.keyClick(lobby, Qt.Key.Key_F11)
    qtbot.waitUntil(lobby.isFullScreen)
    qtbot.keyClick(lobby, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not lobby.isFullScreen())
    qtbot.keyClick(lobby, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not lobby.isVisible())


@pytest.mark.parametrize(("width", "height", "up", "deck", "line"),
                         [(1920, 1080, 120, 80, 48), (1366, 768, 85, 57, 34)])
def test_type_follows_the_window_height(
        qtbot, lobby: LobbyWindow, services: Services, width: int, height: int, up: int,
        deck: int, line: int) -> None:
    sign_in_team(services)
    today = services.appointments.today()
    for minute in range(0, 60, 3):  # 20 expected parties: more than fit
        services.appointments.add(AppointmentForm(
            day=today, name=f"张{minute}", honorific=Honorific.MR,
            expected_at=at_local(services, 16, minute)))
    lobby.resize(width, height)
    qtbot.waitUntil(lambda: lobby.height() == height and len(lobby.expected_list.texts()) > 2)
    assert lobby.up_label.font().pixelSize() == up
    assert lobby.deck_label.font().pixelSize() == deck
    assert lobby.expected_list.findChild(QWidget, "lobbyLine") is not None
    row_font = next(w for w in lobby.expected_list.findChildren(QWidget, "lobbyLine"))
    assert row_font.font().pixelSize() == line
    # As many rows as fit, the last one counting the rest; nothing drawn past the bottom.
    shown = lobby.expected_list.shown()
    assert len(shown) == lobby.expected_list.capacity() < 20
    hidden = 20 - (len(shown) - 1)
    assert shown[-1][1] == f"…… 还有 {hidden} 位"
    rows = [w for w in lobby.expected_list.children()
            if isinstance(w, QWidget) and not w.isHidden()]
    assert max(r.geometry().bottom() for r in rows) < lobby.expected_list.height()
    # The up consultant's name is not cut off.
    assert lobby.up_label.fontMetrics().horizontalAdvance("张伟") < lobby.up_label.width()


def test_a_long_name_is_cut_not_widening_the_window(
        qtbot, lobby: LobbyWindow, services: Services) -> None:
    sign_in_team(services, ("阿" * 20,))
    lobby.resize(1366, 768)
    qtbot.waitUntil(lambda: lobby.up_label.text() == "阿" * 20)
    assert lobby.width() == 1366


def test_change_committed_by_another_pc_arrives_through_the_feed(
        qtbot, zh_app: QApplication, services: Services, db_url: str, clock: FakeClock) -> None:
    ids = sign_in_team(services, ("张伟", "李娜"))
    bridge = EventBridge(services)
    bridge.start_feed()
    window = LobbyWindow(services, bridge)
    qtbot.addWidget(window)
    other_db, _ = open_database(db_url)
    try:
        other = Services.open(other_db, clock=clock)
        party = other.arrivals.register(PartyDraft("韩", Honorific.MS, 1, VisitKind.WALK_IN,
                                                   "路过"))
        other.rotation.assign(party.id, ids["张伟"])
        qtbot.waitUntil(lambda: window.up_label.text() == "李娜", timeout=5000)
    finally:
        bridge.stop()
        other_db.dispose()


def test_lost_connection_shows_a_banner(qtbot, lobby: LobbyWindow,
                                        bridge: EventBridge) -> None:
    bridge.connection.emit(False)
    assert lobby.banner.isVisible()
    bridge.connection.emit(True)
    assert not lobby.banner.isVisible()


def test_the_clock_and_a_new_day(qtbot, lobby: LobbyWindow, services: Services,
                                 clock: FakeClock) -> None:
    assert lobby.clock_label.text() == "10:00"
    assert lobby.date_label.text() == "11月28日 星期六"
    services.appointments.add(AppointmentForm(day=services.appointments.today(), name="王"))
    qtbot.waitUntil(lambda: lobby.expected_list.texts() == ["—", "王*"])
    clock.advance(hours=14, minutes=1)  # 00:01 the next day
    lobby.tick()
    assert lobby.clock_label.text() == "00:01"
    assert lobby.date_label.text() == "11月29日 星期日"
    assert lobby.expected_list.texts() == ["今日暂无待到访的预约"]


def test_english(qtbot, qapp: QApplication, services: Services,
                 bridge: EventBridge) -> None:
    from reception_desk.app import make_qapp

    make_qapp("en")
    try:
        services.appointments.add(AppointmentForm(
            day=services.appointments.today(), name="王建国", honorific=Honorific.MR,
            expected_at=at_local(services, 9, 30)))
        window = LobbyWindow(services, bridge)
        qtbot.addWidget(window)
        assert window.expected_list.texts() == ["09:30", "Mr 王"]
        assert window.up_label.text() == "Nobody on duty yet"
        assert window.date_label.text() == "Saturday 28 November"
    finally:
        make_qapp("zh_CN")


def test_the_menu_opens_it_full_screen_and_closing_the_desk_closes_it(
        qtbot, main_window: MainWindow) -> None:
    assert main_window.act_lobby.text() == "大厅显示屏(&L)"
    main_window.act_lobby.trigger()
    lobby = main_window.lobby_window
    assert lobby is not None
    qtbot.waitUntil(lambda: lobby.isVisible() and lobby.isFullScreen())
    main_window.act_lobby.trigger()  # again: the same window, not a second one
    assert main_window.lobby_window is lobby
    main_window.close()
    qtbot.waitUntil(lambda: not lobby.isVisible())


def test_second_screen_is_another_screen_when_there_is_one(
        monkeypatch: pytest.MonkeyPatch, lobby: LobbyWindow) -> None:
    here = lobby.screen()
    assert second_screen(lobby) is here  # one screen: that one
    other = object()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [here, other]))
    assert second_screen(lobby) is other


def test_the_lobby_window_alone_is_pictured_to_exactly_the_path(
        qtbot, zh_app: QApplication, services: Services, tmp_path: Path) -> None:
    sign_in_team(services)
    desk = DeskApp(zh_app, services, "lobby", interactive=False)
    assert desk.lobby is not None and desk.main is None and desk.bar is None
    qtbot.addWidget(desk.lobby)
    desk.show()
    qtbot.waitExposed(desk.lobby)
    shot = tmp_path / "lobby.png"
    try:
        assert take_screenshots(desk, str(shot)) == [shot]
    finally:
        desk.close()
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1920, 1080)
    assert not (tmp_path / "lobby-bar.png").exists()

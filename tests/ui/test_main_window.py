"""The main window: docks, menus, layout memory, status bar, the bar window."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QLabel

from reception_desk.app import DeskApp
from reception_desk.domain.bar import DrinkCategory, OrderLine
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.ui.bar.model import Role
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.prefs import MAIN_STATE, make_prefs
from reception_desk.ui.status_bar import DeskStatusBar
from tests.conftest import TEST_ACTOR


def test_docks_have_unique_names_and_placeholders_say_what_comes(main_window: MainWindow) -> None:
    docks = main_window.findChildren(QDockWidget)
    names = [d.objectName() for d in docks]
    assert sorted(names) == ["dock_arrivals", "dock_bar", "dock_hotline", "dock_requests",
                            "dock_rotation"]
    assert len(set(names)) == len(names)
    assert main_window.docks["dock_rotation"].windowTitle() == "轮接"


def test_view_menu_hides_a_dock_and_reset_layout_brings_it_back(
        qtbot, main_window: MainWindow) -> None:
    dock = main_window.docks["dock_rotation"]
    dock.toggleViewAction().trigger()
    assert not dock.isVisible()
    main_window.reset_layout()
    assert dock.isVisible()


def test_layout_is_remembered_across_restarts(qtbot, desk: DeskApp, services) -> None:
    assert desk.main is not None
    desk.main.docks["dock_requests"].toggleViewAction().trigger()
    desk.main.close()
    assert make_prefs().value(MAIN_STATE) is not None
    again = MainWindow(services, desk.bridge, desk.announcer)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.docks["dock_requests"].isVisible()
    assert again.docks["dock_arrivals"].isVisible()


def test_status_bar_counts_today_and_names_the_database(
        qtbot, main_window: MainWindow, services) -> None:
    status = main_window.statusBar()
    assert isinstance(status, DeskStatusBar)
    assert "SQLite" in status.database.text()
    services.arrivals.register(PartyDraft("孙", Honorific.MR, 3, VisitKind.WALK_IN, "网络"))
    qtbot.waitUntil(lambda: "1组" in status.counts.text())
    assert "3人" in status.counts.text()


def test_bar_window_shows_drink_orders_without_phone(
        qtbot, main_window: MainWindow, services) -> None:
    bar = main_window.open_bar_window()
    qtbot.addWidget(bar)
    party = services.arrivals.register(PartyDraft(
        "马", Honorific.MS, 2, VisitKind.WALK_IN, "网络", phone="13811112222"))
    services.arrivals.move(party.id, Stage.SEATED, "VIP2")
    water = services.stock.save_item("矿泉水", "瓶", 6, quantity=48, actor=TEST_ACTOR)
    drink = services.bar.save_menu_item("矿泉水", DrinkCategory.WATER, [(water.id, 1)],
                                        actor=TEST_ACTOR)
    services.bar.order(party.id, [OrderLine(drink.id, 2)])
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    index = bar.model.index(0, 0)
    assert index.data(Role.PLACE) == "VIP2"
    assert index.data(Role.GUEST) == "马女士"
    assert index.data(Role.DRINKS) == "矿泉水×2"
    shown = [str(index.data(role)) for role in Role]
    shown += [label.text() for label in bar.findChildren(QLabel)]
    assert not any("1381111" in text for text in shown)


def test_new_arrival_shows_a_notice_without_taking_focus(
        qtbot, main_window: MainWindow, services) -> None:
    main_window.board.search.setFocus()
    services.arrivals.register(PartyDraft("郑", Honorific.MR, 3, VisitKind.APPOINTMENT, "网络",
                                          description="穿灰色外套"))
    qtbot.waitUntil(lambda: bool(main_window.announcer.arrival_notices(main_window)))
    [notice] = main_window.announcer.arrival_notices(main_window)
    assert notice.isVisible()
    assert "预约客户郑先生到访，3位" in notice.label.text()
    assert "穿灰色外套" in notice.label.text()
    assert main_window.board.search.hasFocus()


def test_unexpected_error_is_reported_and_the_app_stays_usable(
        qtbot, desk: DeskApp, monkeypatch) -> None:
    assert desk.main is not None
    board = desk.main.board

    def broken(*_a, **_k):
        raise RuntimeError("disk unplugged")

    services = desk.services
    party = services.arrivals.register(PartyDraft("冯", Honorific.MR, 1, VisitKind.WALK_IN, "网络"))
    board.reload()
    board.select_party(party.id)
    monkeypatch.setattr(services.arrivals, "move", broken)
    with qtbot.captureExceptions() as caught:
        board.act_depart.trigger()
    assert caught, "the error reached the handler"
    desk.errors.handle(*caught[0])
    assert "disk unplugged" in desk.errors.last_message
    assert "未保存" in desk.errors.last_message
    monkeypatch.undo()
    board.act_depart.trigger()
    assert services.arrivals.get(party.id).stage is Stage.DEPARTED


def test_shortcut_list_is_in_the_help_menu(main_window: MainWindow) -> None:
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert any("帮助" in t for t in titles)
    assert main_window.board.act_register.shortcut().toString() == "F2"
    assert main_window.board.act_next.shortcut().toString() == "Space"

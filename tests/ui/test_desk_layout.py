"""The desk at a glance (issue 15): at 1366x768 and 1920x1080, in Chinese and English,
the board shows at least 10 in-building rows with every column on screen, with the
default layout and after View › Reset layout; the notices stack in one area that never
covers the up / on-deck cards or the field being typed in, and each can be dismissed."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from reception_desk.app import DeskApp, make_qapp
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.model import Col
from reception_desk.ui.arrival_board.sizing import MIN_ACTIVE_ROWS
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.notice import ArrivalNotice, NoticeCard
from reception_desk.ui.prefs import MAIN_STATE, make_prefs
from reception_desk.ui.stock.reminder import ReminderNotice

SIZES = [(1366, 768), (1920, 1080)]
#: What a 1366x768 laptop leaves the window: a 40-pixel taskbar and the title bar taken.
LAPTOP = (1366, 698)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙"


def fill_the_building(services: Services, count: int = 12) -> None:
    """``count`` parties in the building, with long channels and descriptions."""
    for n, surname in enumerate(SURNAMES[:count]):
        kind = VisitKind.APPOINTMENT if n % 2 else VisitKind.WALK_IN
        services.arrivals.register(PartyDraft(
            surname, Honorific.MS if n % 3 else Honorific.MR, 1 + n % 5, kind, "网络",
            description="穿灰色外套，带着两个小孩，想看三房，问了学区和车位"))


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def whole_rows(window: MainWindow) -> int:
    """In-building rows drawn whole inside the table's viewport."""
    view = window.board.active_view
    height = view.viewport().height()
    count = 0
    for row in range(view.model().rowCount()):
        rect = view.visualRect(view.model().index(row, 0))
        if rect.top() >= 0 and rect.bottom() < height:
            count += 1
    return count


def assert_board_fits(window: MainWindow) -> None:
    view = window.board.active_view
    assert view.model().rowCount() >= MIN_ACTIVE_ROWS
    assert whole_rows(window) >= MIN_ACTIVE_ROWS
    # Every column on screen: the header is no wider than the viewport.
    assert view.horizontalHeader().length() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    for col in Col:
        assert view.columnWidth(col) > 0 and not view.isColumnHidden(col)
    # The other docks did not push the window past the screen size it was given.
    assert window.height() <= window.property("wanted_height")


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    make_qapp(request.param)
    yield request.param
    make_qapp("zh_CN")


@pytest.fixture
def open_desk(qtbot, language: str, services: Services):
    """Opens the desk at a size, as a first start on this PC (no saved layout)."""
    opened: list[DeskApp] = []
    qapp = QApplication.instance()

    def open_at(width: int, height: int) -> MainWindow:
        desk = DeskApp(qapp, services, "main", interactive=False)  # type: ignore[arg-type]
        opened.append(desk)
        window = desk.main
        assert window is not None
        window.remember_layout = False
        qtbot.addWidget(window)
        window.resize(width, height)
        window.setProperty("wanted_height", height)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.board.visible_rows() >= MIN_ACTIVE_ROWS)
        return window

    yield open_at
    for desk in opened:
        desk.close()


@pytest.mark.parametrize(("width", "height"), [*SIZES, LAPTOP])
def test_the_board_shows_ten_rows_and_every_column_by_default_and_after_reset(
        qtbot, open_desk, services: Services, width: int, height: int) -> None:
    fill_the_building(services)
    window = open_desk(width, height)
    qtbot.waitUntil(lambda: window.board.active_model.rowCount() == 12)
    assert window.size().width() == width
    assert_board_fits(window)
    # Its least size still fits a 1280-pixel screen (the board elides more there).
    assert window.minimumSizeHint().width() <= 1280
    # The right-hand column holds the rotation with the bar under it.
    rotation, bar = window.docks["dock_rotation"], window.docks["dock_bar"]
    assert window.dockWidgetArea(bar) == Qt.DockWidgetArea.RightDockWidgetArea
    assert global_rect(bar).top() > global_rect(rotation).bottom()
    assert global_rect(rotation).left() > global_rect(window.docks["dock_arrivals"]).right()

    # Moved around by hand, then View › Reset layout: the default again.
    window.docks["dock_hotline"].setFloating(True)
    window.docks["dock_rotation"].hide()
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, bar)
    assert not window.auto_layout
    splitter = window.board.splitter
    splitter.moveSplitter(splitter.sizes()[0] - 200, 1)   # drag "today, left" up
    assert not window.board.auto_split
    reset = window.findChild(QAction, "resetLayout")
    assert reset is not None
    reset.trigger()
    assert window.auto_layout and window.board.auto_split
    qtbot.waitUntil(lambda: window.dockWidgetArea(bar) == Qt.DockWidgetArea.RightDockWidgetArea
                    and whole_rows(window) >= MIN_ACTIVE_ROWS)
    assert window.docks["dock_rotation"].isVisible()
    assert not window.docks["dock_hotline"].isFloating()
    assert_board_fits(window)


def test_another_dock_under_the_board_never_squeezes_it(
        qtbot, open_desk, services: Services) -> None:
    fill_the_building(services)
    window = open_desk(1920, 1080)
    hotline = window.docks["dock_hotline"]
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, hotline)
    window.splitDockWidget(window.docks["dock_arrivals"], hotline, Qt.Orientation.Vertical)
    window.resizeDocks([hotline], [900], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: global_rect(hotline).top() > global_rect(window.board).top())
    qtbot.waitUntil(lambda: hotline.height() > 150)
    assert_board_fits(window)


def test_a_layout_saved_by_an_earlier_version_gives_way_to_the_new_default(
        qtbot, open_desk, services: Services) -> None:
    window = open_desk(1366, 768)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.docks["dock_bar"])
    prefs = make_prefs()
    prefs.setValue(MAIN_STATE, window.saveState(0))  # what version 0 wrote
    prefs.sync()
    fill_the_building(services)
    again = open_desk(1366, 768)
    assert again.dockWidgetArea(again.docks["dock_bar"]) == \
        Qt.DockWidgetArea.RightDockWidgetArea
    assert again.auto_layout
    assert_board_fits(again)


@pytest.mark.parametrize(("screen", "size", "maximised"), [
    (QRect(0, 0, 1366, 728), None, True),          # a 1366x768 laptop with its taskbar
    (QRect(0, 0, 1920, 1040), QSize(1440, 880), False),
])
def test_the_first_start_fits_the_screen(
        qtbot, monkeypatch, language: str, services: Services, screen: QRect,
        size: QSize | None, maximised: bool) -> None:
    """No layout saved on this PC yet: on a small screen the desk starts maximised, never
    larger than the screen; on a large one at 1440x880."""
    from reception_desk.ui import main_window

    monkeypatch.setattr(main_window, "available_screen_area", lambda _window: screen)
    fill_the_building(services)
    desk = DeskApp(QApplication.instance(), services, "main",  # type: ignore[arg-type]
                   interactive=False)
    window = desk.main
    assert window is not None
    window.remember_layout = False
    qtbot.addWidget(window)
    try:
        assert bool(window.windowState() & Qt.WindowState.WindowMaximized) == maximised
        assert window.width() <= screen.width() and window.height() <= screen.height()
        if size is not None:
            assert window.size() == size
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.board.active_model.rowCount() == 12)
        qtbot.waitUntil(lambda: window.board.visible_rows() >= MIN_ACTIVE_ROWS)
    finally:
        desk.close()


def test_elided_cells_show_in_full_on_hover(open_desk, services: Services) -> None:
    fill_the_building(services, 1)
    window = open_desk(1366, 768)
    model = window.board.active_model
    tip = str(model.index(0, Col.SOURCE).data(Qt.ItemDataRole.ToolTipRole))
    assert str(model.index(0, Col.SOURCE).data()) in tip
    assert "穿灰色外套，带着两个小孩，想看三房，问了学区和车位" in tip
    header_tip = model.headerData(Col.SOURCE, Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.ToolTipRole)
    assert header_tip == model.headers()[Col.SOURCE]


# -- the notice area -------------------------------------------------------------------------

def cards_of(window: MainWindow) -> list[NoticeCard]:
    return [c for c in window.notices.cards() if c.isVisible()]


def assert_clear_of_the_cards(window: MainWindow) -> None:
    area = global_rect(window.notices)
    for card in (window.rotation.up_card, window.rotation.deck_card):
        assert card.isVisible()
        assert not area.intersects(global_rect(card))


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_notices_stack_clear_of_the_up_and_on_deck_cards_and_close(
        qtbot, open_desk, services: Services, width: int, height: int) -> None:
    fill_the_building(services, 3)
    window = open_desk(width, height)
    # The closing count alone sits under the rotation's queue, not over it.
    window.closing_reminder.show_notices()
    [reminder] = cards_of(window)
    assert isinstance(reminder, ReminderNotice)
    assert not global_rect(reminder).intersects(global_rect(window.rotation.view))
    assert_clear_of_the_cards(window)

    # Two arrivals: three cards stacked one above the other, none over another.
    for record in window.board.active_model.records()[:2]:
        window.announcer.announce(record)
    qtbot.waitUntil(lambda: len(cards_of(window)) == 3)
    cards = cards_of(window)
    assert [type(c) for c in cards] == [ReminderNotice, ArrivalNotice, ArrivalNotice]
    rects = [global_rect(c) for c in cards]
    for upper, lower in itertools.pairwise(rects):
        assert upper.bottom() < lower.top()
    assert_clear_of_the_cards(window)
    assert not any(c.hasFocus() for c in cards)

    # Esc closes the newest, the close button another, "Later" the reminder.
    newest = cards[-1]
    window.board.active_view.setFocus()
    qtbot.keyClick(window.board.active_view, Qt.Key.Key_Escape)
    assert newest.is_closed()
    qtbot.mouseClick(cards[1].close_button, Qt.MouseButton.LeftButton)
    assert cards_of(window) == [reminder]
    qtbot.mouseClick(reminder.later_button, Qt.MouseButton.LeftButton)
    assert cards_of(window) == []
    qtbot.waitUntil(lambda: not window.notices.isVisible())
    assert not window.notices.close_newest.isEnabled()  # Esc is free again


def test_notices_keep_clear_of_the_field_being_typed_in(
        qtbot, open_desk, services: Services) -> None:
    fill_the_building(services, 1)
    window = open_desk(1366, 768)
    # The hotline's search, in the corner the notices take first.
    window.docks["dock_hotline"].raise_()
    field = window.hotline.search
    qtbot.waitUntil(field.isVisible)
    field.setFocus()
    qtbot.keyClicks(field, "138")
    window.closing_reminder.show_notices()
    window.announcer.announce(window.board.active_model.records()[0])
    qtbot.waitUntil(lambda: len(cards_of(window)) == 2)
    assert field.hasFocus() and field.text() == "138"
    assert not global_rect(window.notices).intersects(global_rect(field))
    assert_clear_of_the_cards(window)
    # Typing goes on into the field; the notices stay.
    qtbot.keyClicks(field, "00")
    assert field.text() == "13800"
    assert len(cards_of(window)) == 2


def test_an_arrival_notice_closes_by_itself(
        qtbot, open_desk, services: Services) -> None:
    from dataclasses import replace

    from tests.conftest import TEST_ACTOR

    services.settings.save(replace(services.settings.current(), arrival_notice_seconds=5),
                           TEST_ACTOR)
    fill_the_building(services, 1)
    window = open_desk(1366, 768)
    window.announcer.announce(window.board.active_model.records()[0])
    [card] = window.announcer.arrival_notices(window)
    timer = card._timer
    assert timer.isActive() and timer.interval() == 5000  # the setting's seconds
    with qtbot.waitSignal(card.dismissed):
        timer.timeout.emit()                              # as 5 s later
    assert window.announcer.arrival_notices(window) == []
    assert not window.notices.isVisible()

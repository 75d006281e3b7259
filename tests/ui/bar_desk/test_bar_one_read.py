"""One bar event, one read: the desk's bar dock and the bar window, both open, show an
order and a serve after the database answered them once (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reception_desk.domain.bar import OrderLine
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from tests.sql_watch import read_transactions
from tests.ui.bar_desk.test_desk_ordering import make_menu, seat


def test_an_order_and_a_serve_each_read_the_database_once_for_both_windows(
        qtbot, main_window: MainWindow, services: Services) -> None:
    menu = make_menu(services)
    party = seat(services, "王", "VIP1")
    bar = main_window.open_bar_window()
    qtbot.waitExposed(bar)
    dock = main_window.bar_desk
    qtbot.wait(50)

    with read_transactions(services) as reads:
        order = services.bar.order(party.id, [OrderLine(menu[0].id, 1)])
        qtbot.waitUntil(lambda: [o.id for o in bar.model.rows] == [order.id])
        assert dock.model.row_of(order.id) >= 0
        qtbot.wait(50)  # anything else the event made the windows do
    assert reads == ["read"]

    bar.activateWindow()
    qtbot.waitUntil(bar.isActiveWindow)
    with read_transactions(services) as reads:
        qtbot.keyClick(bar, Qt.Key.Key_Space)  # served (one event: the order and the stock)
        qtbot.waitUntil(lambda: not bar.model.rows)
        assert dock.last_served.isVisibleTo(dock) and "王先生" in dock.last_served.text()
        assert dock.model.rows()[0].served
        qtbot.wait(50)
    assert reads == ["read"]

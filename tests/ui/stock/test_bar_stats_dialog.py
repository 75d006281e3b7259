"""Bar › Bar statistics…: the period picker and the figures the service computes; and every
action of the Bar menu opens its dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from reception_desk.domain.bar import DrinkCategory, OrderLine, RefillOutcome
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.stock.bar_stats_dialog import BarStatsDialog
from reception_desk.ui.stock.closing_dialog import ClosingDialog
from reception_desk.ui.stock.menu_dialog import MenuDialog
from reception_desk.ui.stock.stock_dialog import GoodsInDialog, StockDialog
from tests.conftest import TEST_ACTOR, FakeClock

TODAY = date(2026, 11, 28)  # a Saturday

#: Roster, menu, stock and settings ask for a PIN unless someone who may is signed in.
pytestmark = pytest.mark.usefixtures("signed_in_admin")


def seat(services: Services, surname: str, place: str) -> int:
    party = services.arrivals.register(PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN,
                                                  "网络")).id
    services.arrivals.move(party, Stage.SEATED, place=place)
    return party


def test_figures_for_today_and_the_week(qtbot, main_window: MainWindow,
                                        services: Services, clock: FakeClock) -> None:
    cups = services.stock.save_item("纸杯", "个", 20, quantity=100, actor=TEST_ACTOR).id
    tea = services.bar.save_menu_item("绿茶", DrinkCategory.TEA, [(cups, 1)], actor=TEST_ACTOR).id
    clock.advance(days=-2)                                  # Thursday: one order, 4 min
    old = seat(services, "古", "VIP3")
    order = services.bar.order(old, [OrderLine(tea, 1)]).id
    clock.advance(minutes=4)
    services.bar.bump(order)
    services.arrivals.move(old, Stage.DEPARTED)
    clock.advance(days=2, minutes=-4)

    wang = seat(services, "王", "VIP1")                     # today: 2 orders, 3 drinks
    first = services.bar.order(wang, [OrderLine(tea, 2)]).id
    clock.advance(seconds=90)
    services.bar.bump(first)
    second = services.bar.order(wang, [OrderLine(tea, 1)]).id
    clock.advance(seconds=150)
    services.bar.bump(second)
    clock.advance(minutes=15)
    check = services.bar.board().refills_due[0].id
    services.bar.refill_done(check, RefillOutcome.REFILLED)

    dialog = main_window.bar_menu.open_stats()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, BarStatsDialog)
    assert dialog.dates() == (TODAY, TODAY)
    text = {key: label.text() for key, label in dialog.values.items()}
    assert (text["orders"], text["items"], text["served"]) == ("2", "3", "2")
    assert text["median"] == "2:00"                         # of 1:30 and 2:30
    assert text["p90"] == "2:30"
    assert text["in_time"].startswith("100%")
    assert text["refills"].startswith("1.00")
    assert dialog.consumption.rowCount() == 1
    assert (dialog.consumption.item(0, 0).text(), dialog.consumption.item(0, 1).text()) == (
        "纸杯", "3")

    dialog.set_period("week")                               # Monday 23rd to today
    assert dialog.dates() == (TODAY - timedelta(days=5), TODAY)
    assert dialog.current is not None
    assert (dialog.current.orders, dialog.current.served, dialog.current.in_time) == (3, 3, 2)
    assert dialog.values["p90"].text() == "4:00"
    assert dialog.consumption.item(0, 1).text() == "4"

    dialog.set_dates(TODAY, TODAY - timedelta(days=1))      # backwards: told, no figures
    assert dialog.error.isVisible() and dialog.current is None
    dialog.set_dates(TODAY - timedelta(days=3), TODAY - timedelta(days=3))
    assert dialog.values["orders"].text() == "0" and dialog.values["median"].text() == "—"

    # Served while open: the figures follow.
    dialog.set_period("today")
    services.bar.order(wang, [OrderLine(tea, 1)])
    qtbot.waitUntil(lambda: dialog.values["orders"].text() == "3")
    dialog.close()


def test_every_bar_menu_action_opens_its_dialog(qtbot, main_window: MainWindow,
                                                services: Services) -> None:
    services.stock.save_item("纸杯", "个", 20, quantity=5, actor=TEST_ACTOR)
    menu = main_window.bar_menu
    expected = {"barMenuDrinks": MenuDialog, "barStock": StockDialog, "barGoodsIn": GoodsInDialog,
                "barClosing": ClosingDialog, "barStats": BarStatsDialog}
    for action in menu.menu.actions():
        kind = expected.get(action.objectName())
        if kind is None:
            continue
        action.trigger()
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()]
        assert len(found) == 1, action.objectName()
        found[0].close()
    # One of a kind: asking again raises the open one.
    first = menu.open_stock()
    assert menu.open_stock() is first
    first.close()
    qtbot.waitUntil(lambda: menu._existing("stock") is None)
    assert isinstance(menu.open_closing(), QDialog)

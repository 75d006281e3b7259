"""Drinks ordered from the desk by keys: D, a digit, Enter; refusals stay in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reception_desk.domain.bar import DrinkCategory, OrderSource
from reception_desk.domain.bar_records import MenuRecord
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.model import Col as BoardCol
from reception_desk.ui.bar_desk.order_dialog import DrinkOrderDialog
from reception_desk.ui.bar_desk.remark_dialog import RemarkDialog
from reception_desk.ui.main_window import MainWindow
from tests.conftest import TEST_ACTOR
from tests.ui.typing import type_text


def make_menu(services: Services) -> list[MenuRecord]:
    """龙井茶 (tea), 美式咖啡, 矿泉水: keys 1, 2, 3."""
    leaves = services.stock.save_item("龙井茶叶", "克", 50, quantity=500, actor=TEST_ACTOR)
    beans = services.stock.save_item("咖啡豆", "克", 100, quantity=1000, actor=TEST_ACTOR)
    water = services.stock.save_item("矿泉水", "瓶", 5, quantity=48, actor=TEST_ACTOR)
    return [services.bar.save_menu_item("龙井茶", DrinkCategory.TEA, [(leaves.id, 5)],
                                        actor=TEST_ACTOR),
            services.bar.save_menu_item("美式咖啡", DrinkCategory.COFFEE, [(beans.id, 15)],
                                        actor=TEST_ACTOR),
            services.bar.save_menu_item("矿泉水", DrinkCategory.WATER, [(water.id, 1)],
                                        actor=TEST_ACTOR)]


def seat(services: Services, surname: str = "王", place: str = "VIP1",
         honorific: Honorific = Honorific.MR) -> PartyRecord:
    party = services.arrivals.register(PartyDraft(surname, honorific, 3, VisitKind.WALK_IN,
                                                  "网络"))
    return services.arrivals.move(party.id, Stage.SEATED, place)


def visible_dialog(qtbot, kind: type) -> object:
    def find() -> object | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, kind) and w.isVisible()), None)

    qtbot.waitUntil(lambda: find() is not None)
    return find()


def press_d(qtbot, window: MainWindow, party_id: int) -> DrinkOrderDialog:
    board = window.board
    assert board.select_party(party_id)
    board.active_view.setFocus()
    qtbot.keyClick(board.active_view, Qt.Key.Key_D)
    dialog = visible_dialog(qtbot, DrinkOrderDialog)
    assert isinstance(dialog, DrinkOrderDialog)
    return dialog


def test_d_digit_enter_orders_a_drink_for_the_selected_party(
        qtbot, main_window: MainWindow, services: Services) -> None:
    menu = make_menu(services)
    seat(services, "李", "洽谈区2", Honorific.MS)
    party = seat(services, "王", "VIP1")
    dialog = press_d(qtbot, main_window, party.id)
    assert dialog.record.id == party.id
    assert "王先生" in dialog.party.text() and "VIP1" in dialog.party.text()
    # Tea is filled to 80%, other drinks to 70% (site settings).
    assert "80%" in dialog.table.item(0, dialog.FILL_COL).text()
    assert "70%" in dialog.table.item(1, dialog.FILL_COL).text()
    assert dialog.source() is OrderSource.DESK

    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.bar.board().orders) == 1)
    order = services.bar.board().orders[0]
    assert (order.party_id, order.place, order.lines) == (party.id, "VIP1", ((menu[0].name, 1),))
    assert order.source is OrderSource.DESK
    assert dialog.placed is not None and dialog.placed.id == order.id


def test_a_digit_twice_gives_two_and_the_keys_change_counts(
        qtbot, main_window: MainWindow, services: Services) -> None:
    menu = make_menu(services)
    party = seat(services)
    dialog = press_d(qtbot, main_window, party.id)
    table = dialog.table
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.keyClick(table, Qt.Key.Key_2)
    assert dialog.counts() == {menu[1].id: 2}
    assert table.item(1, dialog.COUNT_COL).text() == "×2"
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    assert dialog.counts() == {menu[1].id: 2, menu[2].id: 2}
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # the highlighted drink (water) goes
    qtbot.keyClick(table, Qt.Key.Key_9)  # no ninth drink: nothing happens
    assert dialog.counts() == {menu[1].id: 2}
    dialog.source_consultant.setChecked(True)  # X1 called S1
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: len(services.bar.board().orders) == 1)
    order = services.bar.board().orders[0]
    assert order.lines == (("美式咖啡", 2),)
    assert order.source is OrderSource.CONSULTANT


def test_an_empty_order_shows_the_error_and_keeps_the_dialog(
        qtbot, main_window: MainWindow, services: Services) -> None:
    menu = make_menu(services)
    party = seat(services)
    dialog = press_d(qtbot, main_window, party.id)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.items_error.isVisible()
    assert services.bar.board().orders == ()
    # It stays usable: choose a drink and Enter again.
    qtbot.keyClick(dialog.table, Qt.Key.Key_3)
    assert not dialog.items_error.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(services.bar.board().orders) == 1)
    assert services.bar.board().orders[0].lines == ((menu[2].name, 1),)


def test_ordering_for_a_party_that_left_is_refused_in_the_dialog(
        qtbot, main_window: MainWindow, services: Services) -> None:
    menu = make_menu(services)
    party = seat(services)
    dialog = press_d(qtbot, main_window, party.id)
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    services.arrivals.move(party.id, Stage.DEPARTED)  # left meanwhile (another PC said so)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.counts() == {menu[0].id: 1}
    assert services.bar.orders_of_party(party.id) == []
    dialog.reject()
    # A party that has left cannot be served: D is off for it.
    assert main_window.board.select_party(party.id)
    assert not main_window.board.act_drinks.isEnabled()
    assert main_window.board.act_remark.isEnabled()


def test_drinks_button_and_party_menu_carry_the_same_action(
        qtbot, main_window: MainWindow, services: Services) -> None:
    make_menu(services)
    party = seat(services)
    board = main_window.board
    assert board.act_drinks in board.party_actions()
    assert board.act_remark in board.party_actions()
    board.select_party(party.id)
    button = main_window.bar_desk.order_button
    assert button.isEnabled()
    button.click()
    dialog = visible_dialog(qtbot, DrinkOrderDialog)
    assert isinstance(dialog, DrinkOrderDialog) and dialog.record.id == party.id
    dialog.reject()


def test_a_remark_shows_in_the_board_status_and_tooltip(
        qtbot, main_window: MainWindow, services: Services) -> None:
    party = seat(services, "周", "VIP2", Honorific.MS)
    other = seat(services, "吴", "VIP3")
    board = main_window.board
    board.select_party(party.id)
    board.active_view.setFocus()
    qtbot.keyClick(board.active_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(qtbot, RemarkDialog)
    assert isinstance(dialog, RemarkDialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # nothing written: refused, stays open
    assert dialog.isVisible() and dialog.text_error.isVisible()
    type_text(dialog.text, "茶太浓")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.text for r in services.bar.remarks(party.id)] == ["茶太浓"])

    model = board.active_model
    row = model.row_of(party.id)
    assert "✎" in str(model.index(row, BoardCol.STATUS).data())
    tooltip = str(model.index(row, BoardCol.NAME).data(Qt.ItemDataRole.ToolTipRole))
    assert "茶太浓" in tooltip
    other_row = model.row_of(other.id)
    assert "✎" not in str(model.index(other_row, BoardCol.STATUS).data())
    # A remark noted elsewhere (the bar) reaches the board through the event.
    services.bar.add_remark(other.id, "想要热水")
    assert "想要热水" in str(model.index(model.row_of(other.id), BoardCol.NAME)
                             .data(Qt.ItemDataRole.ToolTipRole))

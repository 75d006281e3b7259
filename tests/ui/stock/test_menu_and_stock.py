"""Bar › Stock… and Bar › Menu…: stock items and drinks added by typing, bad input kept
in the form with the problem beside its field, goods in, low stock marked, the
requisition printed."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from reception_desk.domain.bar import DrinkCategory
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.stock.menu_dialog import DrinkEditDialog, MenuDialog
from reception_desk.ui.stock.stock_dialog import (
    LOW_ROLE,
    GoodsInDialog,
    StockDialog,
    StockItemDialog,
)
from tests.conftest import TEST_ACTOR
from tests.ui.typing import type_text

#: Roster, menu, stock and settings ask for a PIN unless someone who may is signed in.
pytestmark = pytest.mark.usefixtures("signed_in_admin")


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_stock(qtbot, window: MainWindow) -> StockDialog:
    dialog = window.bar_menu.open_stock()
    qtbot.waitExposed(dialog)
    return dialog


def test_bar_menu_lists_the_actions(main_window: MainWindow) -> None:
    menu = main_window.bar_menu.menu
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["barMenuDrinks", "barStock", "barGoodsIn", "barClosing", "barRequisition",
                     "barStats"]
    titles = [m.menuAction().objectName() or m.title() for m in
              main_window.menuBar().findChildren(type(menu))]
    assert titles  # the menu bar holds it
    top = [a.menu().objectName() for a in main_window.menuBar().actions() if a.menu()]
    assert top.index("barMenu") == top.index("rotationMenu") + 1
    assert main_window.closing_reminder is main_window.bar_menu.reminder


def test_add_a_stock_item_by_typing(qtbot, main_window: MainWindow,
                                    services: Services) -> None:
    dialog = open_stock(qtbot, main_window)
    assert dialog.table.rowCount() == 0
    form = dialog.add()
    qtbot.waitExposed(form)
    type_text(form.name, "铁观音茶叶")
    type_text(form.unit, "克")
    type_text(form.low_threshold, "100")
    type_text(form.quantity, "250")
    enter(qtbot, form.quantity)
    qtbot.waitUntil(lambda: not form.isVisible())
    [item] = services.stock.items()
    assert (item.name, item.unit, item.low_threshold, item.quantity) == (
        "铁观音茶叶", "克", 100, 250)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "铁观音茶叶"
    assert dialog.table.item(0, 1).text() == "250"
    assert dialog.selected_id() == item.id
    dialog.close()


def test_bad_stock_input_stays_in_the_form(qtbot, main_window: MainWindow,
                                           services: Services) -> None:
    dialog = open_stock(qtbot, main_window)
    form = dialog.add()
    qtbot.waitExposed(form)
    type_text(form.unit, "包")
    type_text(form.low_threshold, "5")
    enter(qtbot, form.unit)                      # no name
    assert form.isVisible()
    assert form.errors["name"].isVisible() and form.errors["name"].text()
    assert form.name.property("invalid") is True
    assert form.unit.text() == "包" and form.low_threshold.text() == "5"
    assert not form.errors["unit"].isVisible()
    assert services.stock.items() == []

    type_text(form.name, "纸巾")
    form.low_threshold.clear()
    type_text(form.low_threshold, "五")          # not a number
    enter(qtbot, form.name)
    assert form.isVisible()
    assert form.errors["low_threshold"].isVisible()
    assert not form.errors["name"].isVisible()
    assert services.stock.items() == []

    form.low_threshold.clear()
    type_text(form.low_threshold, "５")          # full-width digit from the IME is fine
    enter(qtbot, form.low_threshold)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert [(s.name, s.low_threshold, s.quantity) for s in services.stock.items()] == [
        ("纸巾", 5, 0)]
    dialog.close()


def test_goods_in_increases_the_quantity(qtbot, main_window: MainWindow,
                                         services: Services) -> None:
    cups = services.stock.save_item("纸杯", "个", 20, quantity=12, actor=TEST_ACTOR).id
    services.stock.save_item("茶叶", "克", 50, quantity=400, actor=TEST_ACTOR)
    dialog = open_stock(qtbot, main_window)
    dialog.select(cups)
    low_row = next(r for r in range(dialog.table.rowCount())
                   if dialog.table.item(r, 0).text() == "纸杯")
    assert dialog.table.item(low_row, 4).data(LOW_ROLE) is True

    form = dialog.goods_in()
    qtbot.waitExposed(form)
    assert form.item_id() == cups                  # the selected item
    assert form.unit.text() == "个"
    type_text(form.quantity, "0")                  # zero: refused beside the field
    enter(qtbot, form.quantity)
    assert form.isVisible()
    assert form.errors["quantity"].isVisible()
    assert form.quantity.property("invalid") is True
    assert {s.id: s.quantity for s in services.stock.items()}[cups] == 12

    form.quantity.clear()
    type_text(form.quantity, "50")
    type_text(form.note, "供应商送货")
    enter(qtbot, form.note)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert {s.id: s.quantity for s in services.stock.items()}[cups] == 62
    qtbot.waitUntil(lambda: dialog.table.item(
        next(r for r in range(dialog.table.rowCount())
             if dialog.table.item(r, 0).text() == "纸杯"), 1).text() == "62")
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text() == "纸杯")
    assert dialog.table.item(row, 4).data(LOW_ROLE) is False
    dialog.close()


def test_low_stock_is_marked_in_colour_and_words(qtbot, main_window: MainWindow,
                                                 services: Services) -> None:
    services.stock.save_item("纸巾", "包", 5, quantity=5,
                             actor=TEST_ACTOR)        # at the threshold: low
    services.stock.save_item("矿泉水", "瓶", 12, quantity=48, actor=TEST_ACTOR)
    dialog = open_stock(qtbot, main_window)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    low, ok = rows["纸巾"], rows["矿泉水"]
    assert low == 0                                                # low items first
    translate = QCoreApplication.translate
    assert dialog.table.item(low, 4).text() == translate("StockDialog", "⚠ Low — order more")
    assert dialog.table.item(ok, 4).text() == translate("StockDialog", "OK")
    assert dialog.table.item(low, 1).foreground().color().name() == "#b42318"
    assert dialog.table.item(ok, 1).foreground().color().name() != "#b42318"
    dialog.close()


def test_print_requisition(qtbot, main_window: MainWindow, services: Services,
                           tmp_path: Path) -> None:
    services.stock.save_item("铁观音茶叶", "克", 100, quantity=40, actor=TEST_ACTOR)
    services.stock.save_item("矿泉水", "瓶", 12, quantity=48, actor=TEST_ACTOR)
    dialog = open_stock(qtbot, main_window)
    target = tmp_path / "requisition.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=20000) as signal:
        assert dialog.print_to(str(target))
    assert signal.args == [str(target)]
    assert str(target) in dialog.result_label.text()
    with pdfplumber.open(target) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "物资领用申请表" in text and "铁观音茶叶" in text and "160" in text
    assert "矿泉水" not in text

    with qtbot.waitSignal(dialog.failed):
        assert not dialog.print_to(str(tmp_path / "missing" / "x.pdf"))
    assert dialog.error.isVisible()
    dialog.close()


def choose(qtbot, combo, value) -> None:
    combo.setFocus()
    if combo.currentData() != value:
        qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def open_menu(qtbot, window: MainWindow) -> MenuDialog:
    dialog = window.bar_menu.open_menu()
    qtbot.waitExposed(dialog)
    return dialog


def test_add_a_drink_with_a_recipe(qtbot, main_window: MainWindow,
                                   services: Services) -> None:
    leaves = services.stock.save_item("铁观音茶叶", "克", 100, quantity=500, actor=TEST_ACTOR).id
    cups = services.stock.save_item("纸杯", "个", 20, quantity=100, actor=TEST_ACTOR).id
    dialog = open_menu(qtbot, main_window)
    form = dialog.add()
    qtbot.waitExposed(form)
    assert isinstance(form, DrinkEditDialog)
    type_text(form.name, "铁观音")
    choose(qtbot, form.category, DrinkCategory.TEA.value)
    assert "80%" in form.fill.text()
    choose(qtbot, form.category, DrinkCategory.COFFEE.value)
    assert "70%" in form.fill.text()
    choose(qtbot, form.category, DrinkCategory.TEA.value)

    qtbot.mouseClick(form.recipe.add_button, Qt.MouseButton.LeftButton)
    first = form.recipe.rows[0]
    choose(qtbot, first.item, leaves)
    assert first.unit.text() == "克"
    type_text(first.quantity, "5")
    qtbot.mouseClick(form.recipe.add_button, Qt.MouseButton.LeftButton)
    second = form.recipe.rows[1]
    assert second.stock_id() == cups               # the next item not used yet
    type_text(second.quantity, "1")
    enter(qtbot, second.quantity)
    qtbot.waitUntil(lambda: not form.isVisible())

    [drink] = services.bar.menu()
    assert (drink.name, drink.category, drink.available) == ("铁观音", DrinkCategory.TEA, True)
    assert [(r.stock_item_id, r.quantity) for r in drink.recipe] == [(leaves, 5), (cups, 1)]
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "80%"
    assert dialog.table.item(0, 4).text() == "铁观音茶叶 5 克、纸杯 1 个"

    # Take it off the menu and put it back.
    dialog.toggle_available()
    assert services.bar.menu()[0].available is False
    dialog.toggle_available()
    assert services.bar.menu()[0].available is True
    dialog.close()


def test_bad_drink_input_stays_in_the_form(qtbot, main_window: MainWindow,
                                           services: Services) -> None:
    leaves = services.stock.save_item("茶叶", "克", 100, quantity=500, actor=TEST_ACTOR).id
    dialog = open_menu(qtbot, main_window)
    form = dialog.add()
    qtbot.waitExposed(form)
    qtbot.mouseClick(form.recipe.add_button, Qt.MouseButton.LeftButton)
    row = form.recipe.rows[0]
    type_text(row.quantity, "0")                      # zero, and no name
    enter(qtbot, row.quantity)
    assert form.isVisible()
    assert form.errors["name"].isVisible()
    assert form.errors["recipe"].isVisible()
    assert row.quantity.property("invalid") is True
    assert services.bar.menu() == []

    type_text(form.name, "绿茶")
    row.quantity.clear()
    type_text(row.quantity, "abc")                    # not a number
    enter(qtbot, form.name)
    assert form.isVisible() and form.errors["recipe"].isVisible()
    assert form.name.text() == "绿茶"

    row.quantity.clear()
    type_text(row.quantity, "3")
    enter(qtbot, row.quantity)
    qtbot.waitUntil(lambda: not form.isVisible())
    [drink] = services.bar.menu()
    assert [(r.stock_item_id, r.quantity) for r in drink.recipe] == [(leaves, 3)]

    # The same name again is refused beside the name.
    again = dialog.add()
    qtbot.waitExposed(again)
    type_text(again.name, "绿茶")
    enter(qtbot, again.name)
    assert again.isVisible() and again.errors["name"].isVisible()
    again.reject()
    dialog.close()


def test_edit_a_drink_keeps_its_recipe(qtbot, main_window: MainWindow,
                                       services: Services) -> None:
    leaves = services.stock.save_item("茶叶", "克", 100, quantity=500, actor=TEST_ACTOR).id
    cups = services.stock.save_item("纸杯", "个", 20, quantity=100, actor=TEST_ACTOR).id
    drink = services.bar.save_menu_item("普洱", DrinkCategory.TEA, [(leaves, 4), (cups, 1)],
                                        actor=TEST_ACTOR)
    dialog = open_menu(qtbot, main_window)
    dialog.select(drink.id)
    form = dialog.edit()
    assert form is not None
    qtbot.waitExposed(form)
    assert form.name.text() == "普洱"
    assert [(r.stock_id(), r.quantity.text()) for r in form.recipe.rows] == [
        (leaves, "4"), (cups, "1")]
    qtbot.mouseClick(form.recipe.rows[1].remove, Qt.MouseButton.LeftButton)
    form.recipe.rows[0].quantity.clear()
    type_text(form.recipe.rows[0].quantity, "6")
    enter(qtbot, form.recipe.rows[0].quantity)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert [(r.stock_item_id, r.quantity) for r in services.bar.menu()[0].recipe] == [
        (leaves, 6)]
    dialog.close()


def test_goods_in_from_the_bar_menu(qtbot, main_window: MainWindow,
                                    services: Services) -> None:
    services.stock.save_item("纸杯", "个", 20, quantity=10, actor=TEST_ACTOR)
    form = main_window.bar_menu.open_goods_in()
    qtbot.waitExposed(form)
    assert isinstance(form, GoodsInDialog)
    assert form.focusWidget() is form.quantity
    type_text(form.quantity, "2.5")
    enter(qtbot, form.quantity)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert services.stock.items()[0].quantity == 12.5


@pytest.mark.parametrize("record", [False, True])
def test_stock_item_form_for_an_existing_item(qtbot, main_window: MainWindow,
                                              services: Services, record: bool) -> None:
    item = services.stock.save_item("纸杯", "个", 20, quantity=10, actor=TEST_ACTOR)
    form = StockItemDialog(services, item if record else None, main_window)
    qtbot.addWidget(form)
    form.show()
    if record:
        assert form.name.text() == "纸杯" and form.low_threshold.text() == "20"
        form.low_threshold.clear()
        type_text(form.low_threshold, "8")
        enter(qtbot, form.low_threshold)
        assert not form.isVisible()
        assert services.stock.items()[0].low_threshold == 8
        assert services.stock.items()[0].quantity == 10   # unchanged by editing
    else:
        type_text(form.name, "纸杯")
        type_text(form.unit, "个")
        type_text(form.low_threshold, "1")
        enter(qtbot, form.name)
        assert form.isVisible() and form.errors["name"].isVisible()  # already listed

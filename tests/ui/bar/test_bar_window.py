"""The bar window driven as the attendant does: orders arrive, timers turn, keys serve.

The clock is a FakeClock moved by hand (never waiting minutes); the 1 s timer
repaints what it says. Sounds are counted by the window's BarSounds.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from reception_desk.app import DeskApp
from reception_desk.domain.bar import DrinkCategory, OrderLine, OrderSource, TimerState
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.ui.bar import BarWindow
from reception_desk.ui.bar.dialogs import DrinkPicker, PartyPicker, RefillDialog, RemarkEntry
from reception_desk.ui.bar.model import Role
from reception_desk.ui.bar.sounds import ALERT, ORDER, BarSounds
from reception_desk.ui.prefs import BAR_MUTED, make_prefs
from tests.conftest import TEST_ACTOR, FakeClock
from tests.ui.typing import type_text

PHONE = "13811112222"


@pytest.fixture
def bar_app(zh_app: QApplication, services: Services, qtbot) -> Iterator[DeskApp]:
    """The standalone bar process (`--window bar`), change feed running."""
    app = DeskApp(zh_app, services, "bar", interactive=False)
    assert app.bar is not None
    qtbot.addWidget(app.bar)
    app.show()
    qtbot.waitExposed(app.bar)
    app.bar.activateWindow()
    qtbot.waitUntil(app.bar.isActiveWindow)
    yield app
    app.close()


@pytest.fixture
def bar(bar_app: DeskApp) -> BarWindow:
    assert bar_app.bar is not None
    return bar_app.bar


def set_up_menu(services: Services) -> dict[str, int]:
    tea = services.stock.save_item("龙井茶叶", "克", 50, quantity=500, actor=TEST_ACTOR).id
    water = services.stock.save_item("矿泉水", "瓶", 6, quantity=48, actor=TEST_ACTOR).id
    beans = services.stock.save_item("咖啡豆", "克", 100, quantity=900, actor=TEST_ACTOR).id
    return {
        "龙井": services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea, 5)],
                                          actor=TEST_ACTOR).id,
        "矿泉水": services.bar.save_menu_item("矿泉水", DrinkCategory.WATER, [(water, 1)],
                                           actor=TEST_ACTOR).id,
        "美式咖啡": services.bar.save_menu_item("美式咖啡", DrinkCategory.COFFEE,
                                              [(beans, 18)], actor=TEST_ACTOR).id,
    }


def seat(services: Services, surname: str, place: str, phone: str = PHONE,
         honorific: Honorific = Honorific.MR) -> int:
    party = services.arrivals.register(PartyDraft(surname, honorific, 2, VisitKind.WALK_IN,
                                                  "网络", phone=phone))
    services.arrivals.move(party.id, Stage.SEATED, place)
    return party.id


def order(services: Services, party_id: int, menu: dict[str, int],
          *items: tuple[str, int]) -> int:
    return services.bar.order(party_id, [OrderLine(menu[n], c) for n, c in items]).id


def card(bar: BarWindow, row: int = 0) -> dict[str, object]:
    index = bar.model.index(row, 0)
    return {role.name.lower(): index.data(role) for role in Role if role is not Role.ORDER}


def ticks(qtbot, bar: BarWindow, count: int) -> None:
    """Wait for the window's 1 s timer to fire `count` times (its tick has run then)."""
    for _ in range(count):
        with qtbot.waitSignal(bar.tick_timer.timeout, timeout=5000):
            pass


def press(qtbot, bar: BarWindow, key: Qt.Key) -> None:
    qtbot.keyClick(bar, key)


def test_order_from_the_desk_appears_with_fill_level_and_a_chime(
        qtbot, bar: BarWindow, services: Services) -> None:
    menu = set_up_menu(services)
    party = seat(services, "王", "VIP1")
    assert bar.model.rowCount() == 0
    assert bar.stack.currentWidget() is bar.empty
    order(services, party, menu, ("龙井", 2), ("矿泉水", 1))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    shown = card(bar)
    assert shown["place"] == "VIP1"
    assert shown["guest"] == "王先生"
    assert shown["drinks"] == "龙井×2、矿泉水"
    assert "80% 龙井" in str(shown["fill"]) and "70% 矿泉水" in str(shown["fill"])
    assert shown["elapsed"] == "0:00"
    assert shown["state"] == TimerState.IN_TIME.value
    assert shown["flash"] is False
    assert bar.stack.currentWidget() is bar.view
    assert bar.sounds.count(ORDER) == 1
    assert bar.counts["waiting"].text().endswith("1")


def test_timer_turns_amber_then_late_flashes_and_alerts_once(
        qtbot, bar: BarWindow, services: Services, clock: FakeClock) -> None:
    menu = set_up_menu(services)
    order(services, seat(services, "李", "VIP2", honorific=Honorific.MS), menu, ("美式咖啡", 1))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    clock.advance(minutes=2)
    qtbot.waitUntil(lambda: card(bar)["state"] == TimerState.AMBER.value)
    assert card(bar)["elapsed"] == "2:00"
    assert not bar.flash_timer.isActive()
    assert bar.sounds.count(ALERT) == 0

    clock.advance(minutes=1)  # 3:00 exactly: the promise is "within 3 minutes"
    qtbot.waitUntil(lambda: card(bar)["state"] == TimerState.LATE.value)
    assert card(bar)["elapsed"] == "3:00"
    assert card(bar)["flash"] is True
    qtbot.waitUntil(bar.flash_timer.isActive)  # the next tick notices it turned late
    phase = bar.flash_on
    qtbot.waitUntil(lambda: bar.flash_on != phase, timeout=2000)  # alternates every 500 ms
    assert bar.sounds.count(ALERT) == 1
    assert bar.counts["late"].property("tone") == "late"
    clock.advance(seconds=30)
    ticks(qtbot, bar, 2)  # more ticks while it stays late: no second alert
    assert bar.sounds.count(ALERT) == 1
    assert card(bar)["elapsed"] == "3:30"


def test_space_bumps_the_oldest_and_backspace_recalls_within_the_window(
        qtbot, bar: BarWindow, services: Services, clock: FakeClock) -> None:
    menu = set_up_menu(services)
    first = order(services, seat(services, "王", "VIP1"), menu, ("龙井", 1))
    clock.advance(seconds=20)
    second = order(services, seat(services, "赵", "VIP3", phone="13900001111"), menu,
                   ("矿泉水", 2))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 2)
    assert [r.id for r in bar.model.rows] == [first, second]  # oldest first

    press(qtbot, bar, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    assert bar.model.rows[0].id == second
    last = services.bar.board().last_served
    assert last is not None and last.id == first
    assert bar.message.isVisible() and bar.message.property("tone") == "done"

    clock.advance(seconds=30)
    press(qtbot, bar, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: bar.model.rowCount() == 2)
    assert bar.model.rows[0].id == first
    assert services.bar.board().last_served is None

    press(qtbot, bar, Qt.Key.Key_Return)  # Enter serves too
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    clock.advance(seconds=61)
    press(qtbot, bar, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: bar.message.property("tone") == "warning")
    assert bar.message.isVisible()
    assert "60" in bar.message.text()
    assert bar.model.rowCount() == 1
    last = services.bar.board().last_served
    assert last is not None and last.id == first


def test_arrow_keys_choose_which_order_is_served(
        qtbot, bar: BarWindow, services: Services, clock: FakeClock) -> None:
    menu = set_up_menu(services)
    ids = []
    for surname, place, phone in (("王", "VIP1", "13800000001"), ("赵", "VIP2", "13800000002"),
                                  ("钱", "VIP3", "13800000003")):
        ids.append(order(services, seat(services, surname, place, phone), menu, ("龙井", 1)))
        clock.advance(seconds=10)
    qtbot.waitUntil(lambda: bar.model.rowCount() == 3)
    assert bar.selected_order() is not None and bar.selected_order().id == ids[0]
    press(qtbot, bar, Qt.Key.Key_Down)
    press(qtbot, bar, Qt.Key.Key_Down)
    press(qtbot, bar, Qt.Key.Key_Up)
    assert bar.view.currentIndex().row() == 1
    press(qtbot, bar, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bar.model.rowCount() == 2)
    assert [r.id for r in bar.model.rows] == [ids[0], ids[2]]
    assert bar.selected_order().id == ids[0]  # back to the oldest after serving


def test_due_refill_declined_by_keys_disappears_and_the_next_round_is_planned(
        qtbot, bar: BarWindow, services: Services, clock: FakeClock) -> None:
    menu = set_up_menu(services)
    served = order(services, seat(services, "王", "VIP1"), menu, ("龙井", 1))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    press(qtbot, bar, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bar.model.rowCount() == 0)
    assert services.bar.board().last_served.id == served
    qtbot.waitUntil(lambda: bar.side.later.rows.count() == 1)
    assert not bar.side.refill_buttons

    clock.advance(minutes=15)  # the 1 s tick notices the round falling due, no reading
    qtbot.waitUntil(lambda: len(bar.side.refill_buttons) == 1)
    assert bar.counts["refills"].text().endswith("1")
    press(qtbot, bar, Qt.Key.Key_R)
    dialog = bar.refill_dialog
    assert isinstance(dialog, RefillDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_3)  # not needed
    qtbot.waitUntil(lambda: not bar.side.refill_buttons)
    board = services.bar.board()
    assert board.refills_due == ()
    assert len(board.refills_later) == 1  # the round repeats while they sit
    assert bar.message.property("tone") == "done"


def test_refill_round_with_a_new_drink_becomes_a_new_order(
        qtbot, bar: BarWindow, services: Services, clock: FakeClock) -> None:
    menu = set_up_menu(services)
    order(services, seat(services, "王", "VIP1"), menu, ("龙井", 1))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    press(qtbot, bar, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bar.model.rowCount() == 0)
    clock.advance(minutes=16)
    qtbot.waitUntil(lambda: len(bar.side.refill_buttons) == 1)
    chimes = bar.sounds.count(ORDER)
    (buttons,) = bar.side.refill_buttons.values()
    assert all(b.minimumHeight() >= 56 for b in buttons.values())
    from reception_desk.domain.bar import RefillOutcome

    qtbot.mouseClick(buttons[RefillOutcome.NEW_DRINK], Qt.MouseButton.LeftButton)  # a tap
    picker = bar.drink_picker
    assert isinstance(picker, DrinkPicker)
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClick(picker, Qt.Key.Key_3)  # 美式咖啡
    qtbot.keyClick(picker, Qt.Key.Key_3)
    qtbot.keyClick(picker, Qt.Key.Key_2)
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)  # changed their mind about the water
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    shown = card(bar)
    assert shown["drinks"] == "美式咖啡×2"
    assert shown["tag"]  # marked as a new cup from the refill round
    assert bar.sounds.count(ORDER) == chimes  # ordered here: no chime
    assert not bar.side.refill_buttons


def test_departure_closes_orders_and_c_clears_the_table(
        qtbot, bar: BarWindow, services: Services) -> None:
    menu = set_up_menu(services)
    party = seat(services, "孙", "VIP2")
    order(services, party, menu, ("矿泉水", 2))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    services.arrivals.move(party, Stage.DEPARTED)
    qtbot.waitUntil(lambda: bar.model.rowCount() == 0)
    qtbot.waitUntil(lambda: len(bar.side.task_buttons) == 1)
    titles = [label.text() for label in bar.side.tasks.findChildren(QLabel)
              if label.objectName() == "cardTitle"]
    assert titles == ["VIP2   孙先生"]
    assert bar.counts["tables"].text().endswith("1")
    press(qtbot, bar, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: not bar.side.task_buttons)
    assert services.bar.board().tasks == ()
    press(qtbot, bar, Qt.Key.Key_C)  # nothing left: says so, no error
    assert bar.message.isVisible()


def test_serving_an_order_leaves_the_tables_to_clear_as_they_are(
        qtbot, bar: BarWindow, services: Services) -> None:
    menu = set_up_menu(services)
    gone = seat(services, "孙", "VIP2")
    services.arrivals.move(gone, Stage.DEPARTED)
    qtbot.waitUntil(lambda: len(bar.side.task_buttons) == 1)
    (cleared,) = bar.side.task_buttons.values()
    party = seat(services, "周", "VIP3", phone="13912345678")
    order(services, party, menu, ("矿泉水", 1))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    press(qtbot, bar, Qt.Key.Key_Space)                  # served: a refill round is planned
    qtbot.waitUntil(lambda: bar.model.rowCount() == 0)
    qtbot.waitUntil(lambda: any(label.objectName() == "upcomingRefill"
                                for label in bar.side.later.findChildren(QLabel)))
    assert list(bar.side.task_buttons.values()) == [cleared]   # the same card, not rebuilt


def test_low_stock_is_listed_with_quantity_and_unit(
        qtbot, bar: BarWindow, services: Services) -> None:
    services.stock.save_item("矿泉水", "瓶", 12, quantity=3, actor=TEST_ACTOR)
    services.stock.save_item("纸杯", "个", 50, quantity=300, actor=TEST_ACTOR)
    qtbot.waitUntil(lambda: bar.side.stock.empty.isHidden())
    names = [lbl.text() for lbl in bar.side.stock.findChildren(QLabel)
             if lbl.objectName() == "stockName"]
    amounts = [lbl.text() for lbl in bar.side.stock.findChildren(QLabel)
               if lbl.objectName() == "stockQuantity"]
    assert names == ["矿泉水"]
    assert amounts == ["3 瓶"]


def test_mute_is_remembered_and_a_late_order_still_flashes(
        qtbot, bar: BarWindow, services: Services, clock: FakeClock) -> None:
    menu = set_up_menu(services)
    press(qtbot, bar, Qt.Key.Key_M)
    assert bar.sounds.muted
    assert str(make_prefs().value(BAR_MUTED)) == "true"
    assert BarSounds().muted  # the next start on this PC is muted too
    order(services, seat(services, "周", "VIP1"), menu, ("龙井", 1))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    clock.advance(minutes=4)
    qtbot.waitUntil(lambda: card(bar)["state"] == TimerState.LATE.value)
    assert card(bar)["flash"] is True
    qtbot.waitUntil(bar.flash_timer.isActive)
    assert bar.sounds.played == []  # muted: neither the chime nor the alert
    press(qtbot, bar, Qt.Key.Key_M)
    assert not bar.sounds.muted


def test_the_second_timer_repaints_without_reading_the_database(
        qtbot, bar: BarWindow, services: Services, clock: FakeClock, monkeypatch) -> None:
    menu = set_up_menu(services)
    order(services, seat(services, "王", "VIP1"), menu, ("龙井", 1))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    reads: list[str] = []
    real_board = services.bar.board

    def counted_board() -> object:
        reads.append("board")
        return real_board()

    monkeypatch.setattr(services.bar, "board", counted_board)
    clock.advance(seconds=42)
    qtbot.waitUntil(lambda: card(bar)["elapsed"] == "0:42")
    ticks(qtbot, bar, 1)
    assert reads == []


def test_the_bar_never_shows_a_phone_number_or_more_than_surname(
        qtbot, bar: BarWindow, services: Services, clock: FakeClock) -> None:
    menu = set_up_menu(services)
    served = seat(services, "欧阳", "VIP1", phone="13811112222")
    waiting = seat(services, "马", "VIP2", phone="13955556666", honorific=Honorific.MS)
    leaving = seat(services, "林", "VIP3", phone="13677778888")
    services.bar.bump(order(services, served, menu, ("龙井", 1)))
    order(services, waiting, menu, ("矿泉水", 1))
    order(services, leaving, menu, ("美式咖啡", 1))
    services.arrivals.move(leaving, Stage.DEPARTED)
    clock.advance(minutes=15)
    qtbot.waitUntil(lambda: len(bar.side.refill_buttons) == 1 and len(bar.side.task_buttons) == 1
                    and bar.model.rowCount() == 1)
    texts = [bar.windowTitle()]
    texts += [w.text() for w in bar.findChildren(QLabel)]
    texts += [w.text() for w in bar.findChildren(QAbstractButton)]
    for row in range(bar.model.rowCount()):
        index = bar.model.index(row, 0)
        texts += [str(index.data(role)) for role in (*Role, Qt.ItemDataRole.DisplayRole)]
    visible = "\n".join(texts)
    assert "欧阳先生" in visible and "马女士" in visible and "林先生" in visible
    for phone in ("13811112222", "13955556666", "13677778888"):
        for start in range(len(phone) - 3):
            assert phone[start:start + 4] not in visible


def test_an_order_from_another_process_appears_and_a_bump_goes_back(
        qtbot, bar: BarWindow, services: Services, db_url: str, clock: FakeClock) -> None:
    other_db, _ = open_database(db_url)
    try:
        desk = Services.open(other_db, clock=clock)  # the control-desk PC
        menu = set_up_menu(desk)
        party = seat(desk, "韩", "VIP3", honorific=Honorific.MS)
        made = desk.bar.order(party, [OrderLine(menu["龙井"], 1)], OrderSource.CONSULTANT)
        qtbot.waitUntil(lambda: bar.model.rowCount() == 1, timeout=5000)
        assert card(bar)["guest"] == "韩女士"
        assert bar.sounds.count(ORDER) == 1  # the remote order chimes too
        press(qtbot, bar, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: bar.model.rowCount() == 0)
        there = desk.bar.board()
        assert there.orders == ()
        assert there.last_served is not None and there.last_served.id == made.id
    finally:
        other_db.dispose()


def test_f11_toggles_full_screen_and_the_footer_lists_the_keys(
        qtbot, bar: BarWindow) -> None:
    press(qtbot, bar, Qt.Key.Key_F11)
    qtbot.waitUntil(bar.isFullScreen)
    press(qtbot, bar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not bar.isFullScreen())
    for key in ("Space", "Backspace", "F11", "<b>N</b>", "<b>K</b>"):
        assert key in bar.keys.text()
    assert not bar.served_button.isEnabled()  # nothing waiting
    buttons = [bar.served_button, bar.recall_button, bar.new_order_button, bar.remark_button,
               bar.mute_button]
    assert all(b.minimumHeight() >= 56 for b in buttons)
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)


def open_party_picker(qtbot, bar: BarWindow, key: Qt.Key) -> PartyPicker:
    press(qtbot, bar, key)
    picker = bar.party_picker
    assert isinstance(picker, PartyPicker)
    qtbot.waitUntil(picker.isVisible)
    return picker


def test_n_orders_drinks_for_a_seated_party_chosen_by_arrows(
        qtbot, bar: BarWindow, services: Services) -> None:
    set_up_menu(services)
    seat(services, "王", "VIP1", phone="13811112222")
    second = seat(services, "马", "VIP2", phone="13955556666", honorific=Honorific.MS)
    touring = seat(services, "林", "VIP3", phone="13677778888")
    services.arrivals.move(touring, Stage.SHOW_FLAT)  # away from the table: not offered
    picker = open_party_picker(qtbot, bar, Qt.Key.Key_N)
    labels = [picker.list.item(row).text() for row in range(picker.list.count())]
    assert labels == ["VIP1   王先生", "VIP2   马女士"]
    assert not any(phone[:4] in "".join(labels) for phone in ("1381", "1395", "1367"))
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    drinks = bar.drink_picker
    assert isinstance(drinks, DrinkPicker)
    qtbot.waitUntil(drinks.isVisible)
    qtbot.keyClick(drinks, Qt.Key.Key_1)  # 龙井
    qtbot.keyClick(drinks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    (made,) = services.bar.board().orders
    assert made.party_id == second
    assert made.source is OrderSource.BAR
    assert made.items_text == "龙井"
    assert bar.message.property("tone") == "done"
    assert bar.sounds.count(ORDER) == 0  # ordered here: no chime


def test_n_with_nobody_seated_says_so(qtbot, bar: BarWindow) -> None:
    press(qtbot, bar, Qt.Key.Key_N)
    assert bar.party_picker is None
    assert bar.message.isVisible() and bar.message.property("tone") == "info"


def test_an_order_for_a_party_that_left_meanwhile_is_refused_in_words(
        qtbot, bar: BarWindow, services: Services) -> None:
    set_up_menu(services)
    party = seat(services, "王", "VIP1")
    picker = open_party_picker(qtbot, bar, Qt.Key.Key_N)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    drinks = bar.drink_picker
    assert isinstance(drinks, DrinkPicker)
    qtbot.waitUntil(drinks.isVisible)
    services.arrivals.move(party, Stage.DEPARTED)
    qtbot.keyClick(drinks, Qt.Key.Key_2)
    qtbot.keyClick(drinks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.message.property("tone") == "warning")
    assert bar.message.isVisible() and bar.message.text()
    assert services.bar.board().orders == ()


def test_k_notes_a_customer_remark_and_an_empty_one_keeps_the_dialog(
        qtbot, bar: BarWindow, services: Services) -> None:
    first = seat(services, "王", "VIP1", phone="13811112222")
    second = seat(services, "马", "VIP2", phone="13955556666", honorific=Honorific.MS)
    picker = open_party_picker(qtbot, bar, Qt.Key.Key_K)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    entry = bar.remark_entry
    assert isinstance(entry, RemarkEntry)
    qtbot.waitUntil(entry.isVisible)
    assert "马女士" in entry.findChild(QLabel, "dialogTitle").text()
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)  # nothing written yet
    assert entry.isVisible()
    assert entry.error.isVisible() and entry.error.text()
    assert services.bar.remarks(second) == []
    type_text(entry.text, "茶太浓了")
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not entry.isVisible())
    assert [r.text for r in services.bar.remarks(second)] == ["茶太浓了"]
    assert services.bar.remarks(first) == []
    assert bar.message.property("tone") == "done"


def test_a_whitespace_remark_shows_the_services_message_and_keeps_the_text(
        qtbot, bar: BarWindow, services: Services) -> None:
    party = seat(services, "王", "VIP1")
    qtbot.mouseClick(bar.remark_button, Qt.MouseButton.LeftButton)  # a tap works like K
    picker = bar.party_picker
    assert isinstance(picker, PartyPicker)
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    entry = bar.remark_entry
    assert isinstance(entry, RemarkEntry)
    qtbot.waitUntil(entry.isVisible)
    type_text(entry.text, "   ")
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)
    assert entry.isVisible()
    assert "300" in entry.error.text()  # the service's own message, with its limit
    assert entry.text.text() == "   "
    assert services.bar.remarks(party) == []


def test_the_bar_window_follows_the_parties_it_shows_and_no_others(
        qtbot, bar: BarWindow, services: Services, monkeypatch) -> None:
    menu = set_up_menu(services)
    party = seat(services, "王", "VIP1")
    order(services, party, menu, ("龙井", 1))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    reloads: list[None] = []
    real_reload = bar.reload

    def counted_reload() -> None:
        reloads.append(None)
        real_reload()

    monkeypatch.setattr(bar, "reload", counted_reload)

    # A walk-in registered and parked at the desk is nothing for the bar to read.
    other = services.arrivals.register(PartyDraft("李", Honorific.MS, 2, VisitKind.WALK_IN,
                                                  "网络"))
    services.arrivals.move(other.id, Stage.PARKED)
    QApplication.processEvents()  # a reload would have been queued for the next pass
    assert reloads == [] and not bar._reload_queued

    # The guest with the order is renamed: the card says the new name.
    services.arrivals.edit(party, PartyDraft("黄", Honorific.MR, 2, VisitKind.WALK_IN,
                                             "网络", phone=PHONE))
    qtbot.waitUntil(lambda: card(bar)["guest"] == "黄先生")
    assert reloads

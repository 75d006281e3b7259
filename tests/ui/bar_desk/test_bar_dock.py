"""The water-bar dock at the desk: timers in colour and words, served, refills, tables."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from reception_desk.domain.bar import OrderLine, TimerState
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.bar_desk.model import STATE_ROLE, Col, served_text, timer_word
from reception_desk.ui.bar_desk.panel import SERVED_KEEP_MINUTES, BarDeskPanel
from reception_desk.ui.main_window import MainWindow
from tests.conftest import TEST_ACTOR, FakeClock
from tests.ui.bar_desk.test_desk_ordering import make_menu, seat


def state_of(panel: BarDeskPanel, order_id: int) -> str:
    row = panel.model.row_of(order_id)
    return str(panel.model.index(row, Col.TIME).data(STATE_ROLE))


def test_the_dock_is_the_water_bar_panel(main_window: MainWindow) -> None:
    dock = main_window.docks["dock_bar"]
    assert dock.objectName() == "dock_bar"
    # The panel sits in a scroll area so the dock can be made low.
    scroll = dock.widget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is main_window.bar_desk
    assert main_window.bar_desk.empty.isVisible()


def test_an_order_turns_amber_then_late_as_time_passes(
        qtbot, main_window: MainWindow, services: Services, clock: FakeClock) -> None:
    menu = make_menu(services)
    party = seat(services, "王", "VIP1")
    later = seat(services, "李", "VIP2", Honorific.MS)
    first = services.bar.order(party.id, [OrderLine(menu[0].id, 2)])
    clock.advance(seconds=30)
    second = services.bar.order(later.id, [OrderLine(menu[1].id, 1)])
    panel = main_window.bar_desk
    assert panel.view.isVisible() and not panel.empty.isVisible()
    # Oldest first, with place, guest and drinks.
    rows = [[str(panel.model.index(r, c).data()) for c in Col] for r in range(2)]
    assert rows[0][Col.PLACE:] == ["VIP1", "王先生", "龙井茶×2"]
    assert rows[1][Col.PLACE:] == ["VIP2", "李女士", "美式咖啡"]
    assert panel.time_text(first.id) == f"0:30  {timer_word(TimerState.IN_TIME)}"
    assert state_of(panel, first.id) == "in_time"

    clock.advance(minutes=1, seconds=30)  # the first order is 2:00 old: amber
    panel._on_tick()
    assert state_of(panel, first.id) == "amber"
    assert panel.time_text(first.id) == f"2:00  {timer_word(TimerState.AMBER)}"
    assert state_of(panel, second.id) == "in_time"
    assert not panel.summary.property("alarm")

    clock.advance(minutes=1, seconds=1)  # 3:01: the 3-minute promise is broken
    panel._on_tick()
    assert state_of(panel, first.id) == "late"
    assert panel.time_text(first.id) == f"3:01  {timer_word(TimerState.LATE)}"
    assert state_of(panel, second.id) == "amber"
    assert panel.summary.property("alarm") is True


def test_a_bump_at_the_bar_moves_the_order_to_served(
        qtbot, main_window: MainWindow, services: Services, clock: FakeClock) -> None:
    menu = make_menu(services)
    party = seat(services)
    order = services.bar.order(party.id, [OrderLine(menu[2].id, 3)])
    panel = main_window.bar_desk
    clock.advance(minutes=1, seconds=20)
    served = services.bar.bump(order.id)
    assert state_of(panel, order.id) == "served"
    assert panel.time_text(order.id) == served_text(served)
    assert "1:20" in panel.time_text(order.id)
    assert panel.last_served.isVisible()
    assert "VIP1" in panel.last_served.text()
    # The "served" line goes after two minutes; the greyed row after the keep window.
    clock.advance(minutes=2, seconds=1)
    panel._on_tick()
    assert not panel.last_served.isVisible()
    assert panel.model.row_of(order.id) == 0
    clock.advance(minutes=SERVED_KEEP_MINUTES)
    panel._on_tick()
    assert panel.model.row_of(order.id) == -1


def test_an_order_read_both_open_and_served_shows_once_as_served(
        qtbot, main_window: MainWindow, services: Services, clock: FakeClock) -> None:
    # The open orders may come from the board read before another PC's serve reached
    # this one, the served list from a read after it: the order is in both.
    menu = make_menu(services)
    order = services.bar.order(seat(services).id, [OrderLine(menu[0].id, 1)])
    clock.advance(minutes=1)
    served = services.bar.bump(order.id)
    panel = main_window.bar_desk
    panel.model.set_orders([order], [served])
    assert panel.model.rowCount() == 1
    assert state_of(panel, order.id) == "served"
    panel.model.set_orders([order], [])
    assert panel.model.rowCount() == 1 and state_of(panel, order.id) != "served"


def test_refill_rounds_tables_to_clear_and_low_stock_are_listed(
        qtbot, main_window: MainWindow, services: Services, clock: FakeClock) -> None:
    menu = make_menu(services)
    party = seat(services, "王", "VIP1")
    order = services.bar.order(party.id, [OrderLine(menu[0].id, 1)])
    services.bar.bump(order.id)
    panel = main_window.bar_desk
    assert any("VIP1" in text for text in panel.todo_texts())  # the next round, not yet due
    assert panel.board() is not None and not panel.board().refills_due
    clock.advance(minutes=15)  # the refill round falls due without any event
    panel._on_tick()
    assert panel.board() is not None and len(panel.board().refills_due) == 1
    services.arrivals.move(party.id, Stage.DEPARTED)
    board = panel.board()
    assert board is not None and not board.refills_due and len(board.tasks) == 1
    assert any("VIP1" in text for text in panel.todo_texts())
    assert not panel.low_stock.isVisible()
    water = next(s for s in services.stock.items() if s.name == "矿泉水")
    services.stock.save_item("矿泉水", "瓶", 60, item_id=water.id,
                             actor=TEST_ACTOR)  # threshold above stock
    assert panel.low_stock.isVisible()
    assert "矿泉水" in panel.low_stock.text()


def test_a_party_the_bar_shows_is_followed_and_other_parties_cost_it_nothing(
        qtbot, main_window: MainWindow, services: Services, monkeypatch) -> None:
    menu = make_menu(services)
    party = seat(services, "王", "VIP1")
    services.bar.order(party.id, [OrderLine(menu[0].id, 1)])
    panel = main_window.bar_desk
    reads: list[object] = []
    real_board = services.bar.board

    def counted_board(**kw: bool) -> object:
        reads.append(kw)
        return real_board(**kw)

    monkeypatch.setattr(services.bar, "board", counted_board)

    # Registering and moving a party with no drinks leaves the bar dock as it was.
    other = services.arrivals.register(PartyDraft("李", Honorific.MS, 2, VisitKind.WALK_IN,
                                                  "网络"))
    services.arrivals.move(other.id, Stage.PARKED)
    assert reads == []

    # A guest the dock shows is renamed: the dock says the new name at once.
    services.arrivals.edit(party.id, PartyDraft("黄", Honorific.MR, 3, VisitKind.WALK_IN,
                                                "网络"))
    assert reads
    row = panel.model.row_of(services.bar.board().orders[0].id)
    assert panel.model.index(row, Col.GUEST).data() == "黄先生"

"""The bar service: orders and bumps move stock, recall undoes a bump, refill rounds
repeat while the party sits, departure closes the table, and every bar setting counts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from reception_desk.domain.bar import (
    DrinkCategory,
    OrderLine,
    OrderSource,
    OrderStatus,
    RefillOutcome,
    TimerState,
)
from reception_desk.domain.errors import DomainError, NotFoundError, ValidationError
from reception_desk.domain.events import BAR, PARTIES, STOCK, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.store.models import DrinkOrder, RefillCheck, StockMovement, TableTask
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock


@dataclass
class Bar:
    tea: int  # 龙井茶叶, 包
    cups: int  # 茶杯, 个
    beans: int  # 咖啡豆, 克
    milk: int  # 牛奶, 毫升
    longjing: int  # menu: 龙井 = 1 包 + 1 茶杯
    latte: int  # menu: 拿铁 = 18 克 + 150 毫升
    water: int  # menu: 矿泉水, nothing counted


@pytest.fixture
def bar(services: Services) -> Bar:
    stock = services.stock
    tea = stock.save_item("龙井茶叶", "包", 10, quantity=50, actor=TEST_ACTOR).id
    cups = stock.save_item("茶杯", "个", 50, quantity=200, actor=TEST_ACTOR).id
    beans = stock.save_item("咖啡豆", "克", 300, quantity=1000, actor=TEST_ACTOR).id
    milk = stock.save_item("牛奶", "毫升", 500, quantity=2000, actor=TEST_ACTOR).id
    menu = services.bar
    return Bar(
        tea, cups, beans, milk,
        menu.save_menu_item("龙井", DrinkCategory.TEA, [(tea, 1), (cups, 1)], actor=TEST_ACTOR).id,
        menu.save_menu_item("拿铁", DrinkCategory.COFFEE, [(beans, 18), (milk, 150)],
                            actor=TEST_ACTOR).id,
        menu.save_menu_item("矿泉水", DrinkCategory.WATER, [], actor=TEST_ACTOR).id,
    )


def seated(services: Services, surname: str = "王", place: str = "VIP1",
           honorific: Honorific = Honorific.MR) -> int:
    party = services.arrivals.register(PartyDraft(
        surname, honorific, 3, VisitKind.WALK_IN, "网络", phone="13812345678"))
    services.arrivals.move(party.id, Stage.SEATED, place)
    return party.id


def quantities(services: Services) -> dict[str, float]:
    return {s.name: s.quantity for s in services.stock.items()}


def open_checks(services: Services, party_id: int) -> list[RefillCheck]:
    with services.db.read() as session:
        rows = list(session.scalars(select(RefillCheck).where(
            RefillCheck.party_id == party_id, RefillCheck.done_at.is_(None))))
        session.expunge_all()
        return rows


# -- orders and bumps ---------------------------------------------------------------------

def test_an_order_waits_with_the_party_place_and_drinks(services: Services, bar: Bar,
                                                         clock: FakeClock) -> None:
    heard: list[Event] = []
    services.bus.subscribe(heard.append)
    party = seated(services, "欧阳", "VIP2", Honorific.MS)
    order = services.bar.order(party, [OrderLine(bar.longjing, 2), OrderLine(bar.water, 1),
                                       OrderLine(bar.longjing, 1)], OrderSource.CONSULTANT)
    assert (order.guest, order.place, order.source, order.status) == (
        "欧阳女士", "VIP2", OrderSource.CONSULTANT, OrderStatus.OPEN)
    assert order.lines == (("龙井", 3), ("矿泉水", 1))
    assert order.created_at == clock.now and order.served_at is None
    assert not order.from_refill
    assert heard[-1] == Event(BAR, (order.id,), data={"kind": "ordered"})
    board = services.bar.board()
    assert [o.id for o in board.orders] == [order.id]
    assert "13812345678" not in repr(board)  # the bar never sees phone numbers
    assert quantities(services)["龙井茶叶"] == 50  # nothing leaves the stock until served


def test_bump_subtracts_the_recipe_times_the_count(services: Services, bar: Bar,
                                                   clock: FakeClock) -> None:
    party = seated(services)
    order = services.bar.order(party, [OrderLine(bar.longjing, 2), OrderLine(bar.latte, 3),
                                       OrderLine(bar.water, 1)])
    clock.advance(minutes=1, seconds=40)
    served = services.bar.bump(order.id)
    assert served.status is OrderStatus.SERVED and served.served_at == clock.now
    assert served.timer(clock.now + timedelta(hours=1), services.bar.rules()) \
        is TimerState.IN_TIME
    assert quantities(services) == {"龙井茶叶": 48, "茶杯": 198, "咖啡豆": 1000 - 54,
                                    "牛奶": 2000 - 450}
    with services.db.read() as session:
        moves = session.scalars(select(StockMovement).where(
            StockMovement.kind == "serve")).all()
        assert sorted((m.stock_item_id, m.quantity) for m in moves) == sorted([
            (bar.tea, -2), (bar.cups, -2), (bar.beans, -54), (bar.milk, -450)])
        assert {m.order_id for m in moves} == {order.id}
        assert all(m.at == clock.now for m in moves)
    assert services.bar.board().orders == ()
    assert services.bar.board().last_served == served
    with pytest.raises(DomainError, match="no longer waiting"):
        services.bar.bump(order.id)
    assert quantities(services)["龙井茶叶"] == 48  # a second bump takes nothing more


def test_orders_are_refused_for_gone_parties_and_drinks_off_the_menu(
        services: Services, bar: Bar) -> None:
    party = seated(services)
    services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(bar.tea, 1)], available=False,
                                menu_id=bar.longjing, actor=TEST_ACTOR)
    with pytest.raises(ValidationError, match="not on the menu"):
        services.bar.order(party, [OrderLine(bar.longjing, 1)])
    with pytest.raises(NotFoundError):
        services.bar.order(party + 100, [OrderLine(bar.water, 1)])
    services.arrivals.move(party, Stage.DEPARTED)
    with pytest.raises(DomainError, match="already left"):
        services.bar.order(party, [OrderLine(bar.water, 1)])
    with pytest.raises(NotFoundError):
        services.bar.bump(999)
    assert services.bar.orders_of_party(party) == []


def test_the_menu_refuses_duplicates_and_empty_quantities(services: Services,
                                                          bar: Bar) -> None:
    with pytest.raises(ValidationError, match="already on the menu"):
        services.bar.save_menu_item("龙井", DrinkCategory.TEA, [], actor=TEST_ACTOR)
    with pytest.raises(ValidationError, match="above zero"):
        services.bar.save_menu_item("普洱", DrinkCategory.TEA, [(bar.tea, 0)], actor=TEST_ACTOR)
    with pytest.raises(ValidationError, match="no longer exists"):
        services.bar.save_menu_item("普洱", DrinkCategory.TEA, [(999, 1)], actor=TEST_ACTOR)
    changed = services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(bar.tea, 2)],
                                          menu_id=bar.longjing, actor=TEST_ACTOR)
    assert [(r.stock_name, r.quantity) for r in changed.recipe] == [("龙井茶叶", 2)]
    assert [m.name for m in services.bar.menu()] == ["龙井", "拿铁", "矿泉水"]


# -- recall ------------------------------------------------------------------------------

def test_recall_restores_stock_and_removes_the_scheduled_refill(
        services: Services, bar: Bar, clock: FakeClock) -> None:
    party = seated(services)
    order = services.bar.order(party, [OrderLine(bar.longjing, 2), OrderLine(bar.latte, 1)])
    clock.advance(minutes=1)
    services.bar.bump(order.id)
    assert len(open_checks(services, party)) == 1
    clock.advance(seconds=60)  # exactly the recall window
    recalled = services.bar.recall()
    assert recalled.id == order.id
    assert recalled.status is OrderStatus.OPEN and recalled.served_at is None
    assert quantities(services) == {"龙井茶叶": 50, "茶杯": 200, "咖啡豆": 1000, "牛奶": 2000}
    assert open_checks(services, party) == []
    assert [o.id for o in services.bar.board().orders] == [order.id]
    with services.db.read() as session:
        kinds = sorted(m.kind for m in session.scalars(select(StockMovement).where(
            StockMovement.order_id == order.id)))
    assert kinds == ["recall"] * 4 + ["serve"] * 4
    # Served again later: the stock goes down once more and the round is back.
    clock.advance(seconds=30)
    services.bar.bump(order.id)
    assert quantities(services)["龙井茶叶"] == 48
    assert [c.due_at for c in open_checks(services, party)] == [clock.now + timedelta(minutes=15)]


def test_recall_after_the_window_is_refused(services: Services, bar: Bar,
                                            clock: FakeClock) -> None:
    party = seated(services)
    order = services.bar.order(party, [OrderLine(bar.longjing, 1)])
    services.bar.bump(order.id)
    clock.advance(seconds=60, milliseconds=1)
    with pytest.raises(DomainError, match="Too late to recall"):
        services.bar.recall(order.id)
    assert quantities(services)["龙井茶叶"] == 49
    assert services.bar.orders_of_party(party)[0].status is OrderStatus.SERVED
    with pytest.raises(DomainError, match="Nothing served"):
        services.bar.recall(999)


def test_recall_keeps_a_refill_round_scheduled_by_an_earlier_serving(
        services: Services, bar: Bar, clock: FakeClock) -> None:
    party = seated(services)
    first = services.bar.order(party, [OrderLine(bar.longjing, 1)])
    services.bar.bump(first.id)
    due = clock.now + timedelta(minutes=15)
    clock.advance(minutes=5)
    second = services.bar.order(party, [OrderLine(bar.water, 1)])
    clock.advance(minutes=1)
    services.bar.bump(second.id)
    clock.advance(seconds=10)
    assert services.bar.recall().id == second.id
    assert [c.due_at for c in open_checks(services, party)] == [due]


# -- refill rounds ------------------------------------------------------------------------

def test_refill_rounds_repeat_while_seated_and_stop_after_departure(
        services: Services, bar: Bar, clock: FakeClock) -> None:
    party = seated(services)
    order = services.bar.order(party, [OrderLine(bar.longjing, 3)])
    clock.advance(minutes=2)
    services.bar.bump(order.id)
    served = clock.now
    board = services.bar.board()
    assert board.refills_due == ()
    assert [(r.due_at, r.drinks, r.guest) for r in board.refills_later] == [
        (served + timedelta(minutes=15), "龙井", "王先生")]
    clock.advance(minutes=15)
    (due,) = services.bar.board().refills_due
    clock.advance(minutes=1)
    assert services.bar.refill_done(due.id, RefillOutcome.REFILLED) is None
    assert services.bar.board().refills_due == ()
    (second,) = services.bar.board().refills_later
    assert second.due_at == clock.now + timedelta(minutes=15)
    clock.advance(minutes=16)
    services.bar.refill_done(second.id, RefillOutcome.DECLINED)
    (third,) = open_checks(services, party)
    assert third.due_at == clock.now + timedelta(minutes=15)
    with pytest.raises(DomainError, match="already done"):
        services.bar.refill_done(second.id, RefillOutcome.REFILLED)
    clock.advance(minutes=3)
    services.arrivals.move(party, Stage.DEPARTED)
    assert open_checks(services, party) == []
    with services.db.read() as session:
        outcomes = [c.outcome for c in session.scalars(
            select(RefillCheck).where(RefillCheck.party_id == party).order_by(RefillCheck.id))]
    assert outcomes == ["refilled", "declined", "closed"]
    assert services.bar.board().refills_due == services.bar.board().refills_later == ()
    # Stock is only taken by serving: refills of the same cup take nothing counted.
    assert quantities(services)["龙井茶叶"] == 47


def test_no_new_round_once_the_party_left_the_seat(services: Services, bar: Bar,
                                                   clock: FakeClock) -> None:
    party = seated(services)
    services.bar.bump(services.bar.order(party, [OrderLine(bar.water, 2)]).id)
    clock.advance(minutes=15)
    services.arrivals.move(party, Stage.SHOW_FLAT)
    (check,) = open_checks(services, party)
    services.bar.refill_done(check.id, RefillOutcome.DECLINED)
    assert open_checks(services, party) == []


def test_a_new_drink_from_a_refill_round_is_a_new_order(services: Services, bar: Bar,
                                                        clock: FakeClock) -> None:
    party = seated(services)
    first = services.bar.order(party, [OrderLine(bar.longjing, 2)])
    services.bar.bump(first.id)
    clock.advance(minutes=16)
    (check,) = open_checks(services, party)
    with pytest.raises(ValidationError, match="at least one drink"):
        services.bar.refill_done(check.id, RefillOutcome.NEW_DRINK, [])
    assert len(services.bar.orders_of_party(party)) == 1  # nothing was written
    new = services.bar.refill_done(check.id, RefillOutcome.NEW_DRINK,
                                   [OrderLine(bar.latte, 1)])
    assert new is not None
    assert (new.from_refill, new.source, new.status, new.lines) == (
        True, OrderSource.BAR, OrderStatus.OPEN, (("拿铁", 1),))
    assert new.created_at == clock.now
    assert [o.id for o in services.bar.orders_of_party(party)] == [first.id, new.id]
    # The new cup's own serving schedules the next round.
    assert open_checks(services, party) == []
    clock.advance(minutes=2)
    services.bar.bump(new.id)
    assert [c.due_at for c in open_checks(services, party)] == [
        clock.now + timedelta(minutes=15)]
    with services.db.read() as session:
        assert session.get(RefillCheck, check.id).outcome == "new_drink"


def test_a_done_round_takes_no_new_drink(services: Services, bar: Bar,
                                         clock: FakeClock) -> None:
    """Answering the same round twice (two bar PCs) must not order a second cup."""
    party = seated(services)
    services.bar.bump(services.bar.order(party, [OrderLine(bar.longjing, 1)]).id)
    clock.advance(minutes=15)
    (check,) = open_checks(services, party)
    services.bar.refill_done(check.id, RefillOutcome.NEW_DRINK, [OrderLine(bar.latte, 1)])
    with pytest.raises(DomainError, match="already done"):
        services.bar.refill_done(check.id, RefillOutcome.NEW_DRINK, [OrderLine(bar.latte, 1)])
    assert len(services.bar.orders_of_party(party)) == 2
    with pytest.raises(NotFoundError):
        services.bar.refill_done(999, RefillOutcome.NEW_DRINK, [OrderLine(bar.latte, 1)])


# -- departure, tables and remarks ------------------------------------------------------------

def test_departure_closes_open_orders_and_asks_to_clear_the_table(
        services: Services, bar: Bar, clock: FakeClock) -> None:
    party = seated(services, place="洽谈区2")
    served = services.bar.order(party, [OrderLine(bar.longjing, 1)])
    services.bar.bump(served.id)
    clock.advance(minutes=5)
    waiting = services.bar.order(party, [OrderLine(bar.latte, 2)])
    clock.advance(minutes=1)
    services.arrivals.move(party, Stage.DEPARTED)
    left = clock.now
    statuses = {o.id: o.status for o in services.bar.orders_of_party(party)}
    assert statuses == {served.id: OrderStatus.SERVED, waiting.id: OrderStatus.CLOSED}
    with services.db.read() as session:
        assert session.get(DrinkOrder, waiting.id).closed_at == left
    assert quantities(services)["咖啡豆"] == 1000  # closed unserved: nothing used
    board = services.bar.board()
    assert board.orders == ()
    (task,) = board.tasks
    assert (task.place, task.guest, task.created_at) == ("洽谈区2", "王先生", left)
    with pytest.raises(DomainError, match="no longer waiting"):
        services.bar.bump(waiting.id)
    with pytest.raises(DomainError, match="already left"):
        services.bar.order(party, [OrderLine(bar.water, 1)])
    clock.advance(minutes=3)
    services.bar.table_cleared(task.id)
    assert services.bar.board().tasks == ()
    with services.db.read() as session:
        assert session.get(TableTask, task.id).done_at == clock.now
    with pytest.raises(DomainError, match="already clear"):
        services.bar.table_cleared(task.id)


def test_no_table_to_clear_where_another_party_sits_now(services: Services, bar: Bar,
                                                        clock: FakeClock) -> None:
    """Gone on the show-flat tour, the table was cleared for the next party: when the
    first party leaves the site there is no table of theirs to clear."""
    touring = seated(services, "王", "VIP1")
    services.bar.bump(services.bar.order(touring, [OrderLine(bar.longjing, 2)]).id)
    clock.advance(minutes=20)
    services.arrivals.move(touring, Stage.SHOW_FLAT)
    clock.advance(minutes=5)
    newcomer = seated(services, "李", "VIP1", Honorific.MS)
    clock.advance(minutes=15)
    services.arrivals.move(touring, Stage.DEPARTED)
    assert services.bar.board().tasks == ()
    assert open_checks(services, touring) == []  # its round closed all the same
    clock.advance(minutes=10)
    services.arrivals.move(newcomer, Stage.DEPARTED)
    assert [(t.place, t.guest) for t in services.bar.board().tasks] == [("VIP1", "李女士")]
    # Toured and nobody took the table: it still needs clearing when they leave.
    other = seated(services, "赵", "VIP2")
    services.arrivals.move(other, Stage.SHOW_FLAT)
    services.arrivals.move(other, Stage.DEPARTED)
    assert [t.place for t in services.bar.board().tasks] == ["VIP1", "VIP2"]


def test_a_party_that_never_sat_leaves_no_table(services: Services, bar: Bar) -> None:
    party = services.arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN,
                                                  "路过"))
    services.arrivals.move(party.id, Stage.DEPARTED)
    assert services.bar.board().tasks == ()


def test_remarks_are_attached_to_the_party(services: Services, bar: Bar,
                                           clock: FakeClock) -> None:
    heard: list[Event] = []
    services.bus.subscribe(heard.append)
    party = seated(services)
    first = services.bar.add_remark(party, "  茶很好喝 ")
    clock.advance(minutes=7)
    services.bar.add_remark(party, "空调有点冷")
    assert first.text == "茶很好喝" and first.at == clock.now - timedelta(minutes=7)
    assert [r.text for r in services.bar.remarks(party)] == ["茶很好喝", "空调有点冷"]
    assert heard[-1] == Event(PARTIES, (party,), data={"kind": "remark"})
    for bad in ("", "   ", "长" * 301):
        with pytest.raises(ValidationError, match="at most 300"):
            services.bar.add_remark(party, bad)
    with pytest.raises(NotFoundError):
        services.bar.add_remark(party + 100, "希望有无糖饮品")
    assert len(services.bar.remarks(party)) == 2


def test_bump_publishes_one_event_for_bar_and_stock(services: Services, bar: Bar) -> None:
    party = seated(services)
    order = services.bar.order(party, [OrderLine(bar.longjing, 1)])
    heard: list[Event] = []
    services.bus.subscribe(heard.append)
    services.bar.bump(order.id)
    assert heard == [Event(BAR, (order.id,), data={"kind": "served"},
                           also={STOCK: (bar.tea, bar.cups)})]
    assert heard[0].concerns(STOCK)


# -- every bar setting, changed from its default -------------------------------------------

def change(services: Services, **values: Any) -> None:  # any setting, each of its own type
    services.settings.save(replace(services.settings.current(), **values), TEST_ACTOR)


def test_serve_and_amber_minutes(services: Services, bar: Bar, clock: FakeClock) -> None:
    party = seated(services)
    order = services.bar.order(party, [OrderLine(bar.longjing, 1)])
    clock.advance(minutes=3, seconds=30)

    def state() -> TimerState:
        (shown,) = services.bar.board().orders
        return shown.timer(clock.now, services.bar.rules())

    assert state() is TimerState.LATE  # default: late after 3 minutes
    change(services, serve_minutes=5, serve_amber_minutes=4)
    assert state() is TimerState.IN_TIME
    clock.advance(seconds=30)
    assert state() is TimerState.AMBER
    clock.advance(seconds=59, milliseconds=999)
    assert state() is TimerState.AMBER  # 4:59.999
    clock.advance(milliseconds=1)
    assert state() is TimerState.LATE  # 5:00 exactly: the promise is "within 5 minutes"
    services.bar.bump(order.id)
    assert services.bar.orders_of_party(party)[0].timer(
        clock.now, services.bar.rules()) is TimerState.LATE


def test_amber_minutes_alone(services: Services, bar: Bar, clock: FakeClock) -> None:
    party = seated(services)
    services.bar.order(party, [OrderLine(bar.longjing, 1)])
    clock.advance(minutes=1, seconds=30)
    (shown,) = services.bar.board().orders
    assert shown.timer(clock.now, services.bar.rules()) is TimerState.IN_TIME
    change(services, serve_amber_minutes=1)
    assert shown.timer(clock.now, services.bar.rules()) is TimerState.AMBER


def test_recall_seconds(services: Services, bar: Bar, clock: FakeClock) -> None:
    party = seated(services)
    order = services.bar.order(party, [OrderLine(bar.longjing, 1)])
    services.bar.bump(order.id)
    clock.advance(seconds=75)
    with pytest.raises(DomainError, match="over 60 s ago"):
        services.bar.recall(order.id)
    change(services, recall_seconds=90)
    assert services.bar.recall(order.id).status is OrderStatus.OPEN
    services.bar.bump(order.id)
    clock.advance(seconds=90, milliseconds=1)
    with pytest.raises(DomainError, match="over 90 s ago"):
        services.bar.recall(order.id)


def test_refill_minutes(services: Services, bar: Bar, clock: FakeClock) -> None:
    change(services, refill_minutes=10)
    party = seated(services)
    order = services.bar.order(party, [OrderLine(bar.longjing, 1)])
    services.bar.bump(order.id)
    (check,) = open_checks(services, party)
    assert check.due_at == clock.now + timedelta(minutes=10)
    clock.advance(minutes=10)
    assert [r.id for r in services.bar.board().refills_due] == [check.id]
    services.bar.refill_done(check.id, RefillOutcome.REFILLED)
    (again,) = open_checks(services, party)
    assert again.due_at == clock.now + timedelta(minutes=10)
    # A recall finds the round by the setting in force, so it is removed too.
    clock.advance(minutes=1)
    other = seated(services, "李", "VIP2")
    second = services.bar.order(other, [OrderLine(bar.water, 1)])
    services.bar.bump(second.id)
    services.bar.recall(second.id)
    assert open_checks(services, other) == []

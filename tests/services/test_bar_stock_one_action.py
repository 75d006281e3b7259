"""Each action of the water bar and its stock register is one write transaction, one
change row and one event, the same here and on other PCs (the other topics it touched in
`Event.also`): a stock item added or changed, goods in, the closing count, a drink added
to the menu or taken off it, an order, serving it and recalling it, each answer to a
refill round, a table cleared and a remark. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from reception_desk.domain.bar import DrinkCategory, OrderLine, OrderStatus, RefillOutcome
from reception_desk.domain.events import BAR, PARTIES, STOCK, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.conftest import TEST_ACTOR, FakeClock
from tests.services.one_action import one_action


@pytest.fixture
def desk(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


@dataclass(frozen=True)
class Bar:
    tea: int
    cups: int
    longjing: int
    party: int


@pytest.fixture
def bar(desk: Services) -> Bar:
    """Tea leaves and cups in stock, 龙井 on the menu, a party seated at VIP1."""
    tea = desk.stock.save_item("龙井茶叶", "包", 10, quantity=50, actor=TEST_ACTOR).id
    cups = desk.stock.save_item("茶杯", "个", 50, quantity=200, actor=TEST_ACTOR).id
    longjing = desk.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea, 1), (cups, 1)],
                                       actor=TEST_ACTOR).id
    # Another party came first, so the party's id and its refill round's differ.
    desk.arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN, "网络"))
    party = desk.arrivals.register(PartyDraft("王", Honorific.MR, 3, VisitKind.WALK_IN,
                                              "网络")).id
    desk.arrivals.move(party, Stage.SEATED, "VIP1")
    return Bar(tea, cups, longjing, party)


def quantities(desk: Services) -> dict[str, float]:
    return {s.name: s.quantity for s in desk.stock.items(include_inactive=True)}


# -- the stock register ----------------------------------------------------------------------

def test_adding_and_changing_a_stock_item_are_one_commit_and_one_event_each(
        desk: Services, commits: list[str], published: list[Event]) -> None:
    # A new item with its opening stock: the item and its first movement together.
    added, one = one_action(desk, commits, published, lambda: desk.stock.save_item(
        "咖啡豆", "克", 500, quantity=2000, actor=TEST_ACTOR))
    assert one == Event(STOCK, (added.id,))
    assert quantities(desk) == {"咖啡豆": 2000}

    changed, one = one_action(desk, commits, published, lambda: desk.stock.save_item(
        "咖啡豆", "克", 800, item_id=added.id, actor=TEST_ACTOR, version=added.version))
    assert one == Event(STOCK, (added.id,))
    assert changed.low_threshold == 800


def test_goods_in_and_the_closing_count_are_one_commit_and_one_event_each(
        desk: Services, bar: Bar, commits: list[str], published: list[Event]) -> None:
    _, one = one_action(desk, commits, published,
                        lambda: desk.stock.receive(bar.tea, 20, "周一到货"))
    assert one == Event(STOCK, (bar.tea,))
    assert quantities(desk)["龙井茶叶"] == 70

    # Both items counted, one with a variance: one count, one change row, one event.
    lines, one = one_action(desk, commits, published, lambda: desk.stock.close_day(
        desk.arrivals.today(), {bar.tea: 68, bar.cups: 200}))
    assert one == Event(STOCK, (bar.tea, bar.cups))
    assert [(line.counted, line.variance) for line in lines] == [(68, -2), (200, 0)]
    assert quantities(desk) == {"龙井茶叶": 68, "茶杯": 200}


# -- the menu ------------------------------------------------------------------------------

def test_adding_a_drink_and_taking_it_off_the_menu_are_one_commit_and_one_event_each(
        desk: Services, bar: Bar, commits: list[str], published: list[Event]) -> None:
    added, one = one_action(desk, commits, published, lambda: desk.bar.save_menu_item(
        "碧螺春", DrinkCategory.TEA, [(bar.tea, 1), (bar.cups, 1)], actor=TEST_ACTOR))
    assert one == Event(BAR, (added.id,), data={"kind": "menu"})

    taken_off, one = one_action(desk, commits, published, lambda: desk.bar.save_menu_item(
        "碧螺春", DrinkCategory.TEA, [(bar.tea, 1), (bar.cups, 1)], False, added.id,
        actor=TEST_ACTOR, version=added.version))
    assert one == Event(BAR, (added.id,), data={"kind": "menu"})
    assert not taken_off.available
    assert [m.name for m in desk.bar.menu(only_available=True)] == ["龙井"]


# -- orders and refill rounds ----------------------------------------------------------------

def test_ordering_serving_and_recalling_are_one_commit_and_one_event_each(
        desk: Services, bar: Bar, commits: list[str], published: list[Event]) -> None:
    order, one = one_action(desk, commits, published, lambda: desk.bar.order(
        bar.party, [OrderLine(bar.longjing, 2)]))
    assert one == Event(BAR, (order.id,), data={"kind": "ordered"})
    assert [o.id for o in desk.bar.board().orders] == [order.id]

    _, one = one_action(desk, commits, published, lambda: desk.bar.bump(order.id))
    assert one == Event(BAR, (order.id,), data={"kind": "served"},
                        also={STOCK: (bar.tea, bar.cups)})
    assert quantities(desk) == {"龙井茶叶": 48, "茶杯": 198}

    recalled, one = one_action(desk, commits, published, lambda: desk.bar.recall(order.id))
    assert one == Event(BAR, (order.id,), data={"kind": "recalled"},
                        also={STOCK: (bar.tea, bar.cups)})
    assert recalled.status is OrderStatus.OPEN
    assert quantities(desk) == {"龙井茶叶": 50, "茶杯": 200}


@pytest.mark.parametrize("outcome", [RefillOutcome.REFILLED, RefillOutcome.DECLINED,
                                     RefillOutcome.NEW_DRINK])
def test_each_answer_to_a_refill_round_is_one_commit_and_one_event(
        desk: Services, bar: Bar, clock: FakeClock, outcome: RefillOutcome,
        commits: list[str], published: list[Event]) -> None:
    desk.bar.bump(desk.bar.order(bar.party, [OrderLine(bar.longjing, 1)]).id)
    (check,) = desk.bar.board().refills_later
    clock.advance(minutes=desk.bar.rules().refill_minutes)
    assert [c.id for c in desk.bar.board().refills_due] == [check.id]

    new, one = one_action(desk, commits, published, lambda: desk.bar.refill_done(
        check.id, outcome, [OrderLine(bar.longjing, 1)]))

    board = desk.bar.board()
    assert board.refills_due == ()
    if outcome is RefillOutcome.NEW_DRINK:
        assert new is not None
        assert one == Event(BAR, (new.id,), data={"kind": "ordered", "refill": check.id})
        assert [o.id for o in board.orders] == [new.id]
        assert board.refills_later == ()
    else:
        # The same round here and on other PCs; the next one is already scheduled.
        assert new is None
        assert one == Event(BAR, (check.id,), data={"kind": "refill"})
        assert len(board.refills_later) == 1


# -- tables and remarks ----------------------------------------------------------------------

def test_clearing_a_table_and_a_remark_are_one_commit_and_one_event_each(
        desk: Services, bar: Bar, commits: list[str], published: list[Event]) -> None:
    remark, one = one_action(desk, commits, published,
                             lambda: desk.bar.add_remark(bar.party, "不要太烫"))
    assert one == Event(PARTIES, (bar.party,), data={"kind": "remark"})
    assert desk.bar.remarks(bar.party) == [remark]

    desk.arrivals.move(bar.party, Stage.DEPARTED)
    (task,) = desk.bar.board().tasks
    _, one = one_action(desk, commits, published, lambda: desk.bar.table_cleared(task.id))
    assert one == Event(BAR, (task.id,), data={"kind": "cleared"})
    assert desk.bar.board().tasks == ()

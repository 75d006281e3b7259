"""One bar action, one transaction, one event, on SQLite and PostgreSQL.

Serving an order takes its recipe off the stock; recalling it puts it back; a new
drink at a refill round orders a new cup and answers the round. Each commits once
and publishes one event (other topics in `Event.also`), and a failure half-way
leaves nothing written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import event, func, select

from reception_desk.domain.bar import DrinkCategory, OrderLine, OrderStatus, RefillOutcome
from reception_desk.domain.events import BAR, STOCK, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.bar_repo import BarRepository
from reception_desk.store.database import Database
from reception_desk.store.models import Change, DrinkOrder, RefillCheck, StockMovement
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock


@dataclass
class Counted:
    services: Services
    #: Write transactions committed.
    commits: list[int]
    events: list[Event]
    tea: int
    cups: int
    longjing: int
    party: int

    def reset(self) -> None:
        self.commits.clear()
        self.events.clear()

    def changes(self) -> int:
        with self.services.db.read() as session:
            return session.scalar(select(func.count()).select_from(Change)) or 0

    def stock(self) -> dict[int, float]:
        return {s.id: s.quantity for s in self.services.stock.items()}

    def movements(self) -> int:
        with self.services.db.read() as session:
            return session.scalar(select(func.count()).select_from(StockMovement)) or 0


@pytest.fixture
def counted(any_db_url: str, clock: FakeClock) -> Iterator[Counted]:
    db: Database
    db, _ = open_database(any_db_url)
    services = Services.open(db, clock=clock)
    tea = services.stock.save_item("龙井茶叶", "包", 10, quantity=50, actor=TEST_ACTOR).id
    cups = services.stock.save_item("茶杯", "个", 50, quantity=200, actor=TEST_ACTOR).id
    longjing = services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea, 1), (cups, 1)],
                                           actor=TEST_ACTOR).id
    party = services.arrivals.register(PartyDraft(
        "王", Honorific.MR, 3, VisitKind.WALK_IN, "网络", phone="13812345678")).id
    services.arrivals.move(party, Stage.SEATED, "VIP1")
    commits: list[int] = []
    # Write transactions only (reads commit too, and change nothing).
    event.listen(db.engine, "commit", lambda conn: commits.append(1)
                 if conn.get_execution_options().get("rd_write") else None)
    events: list[Event] = []
    services.bus.subscribe(events.append)
    try:
        yield Counted(services, commits, events, tea, cups, longjing, party)
    finally:
        db.dispose()


def test_serving_takes_the_stock_in_one_commit_and_one_event(counted: Counted) -> None:
    bar = counted.services.bar
    order = bar.order(counted.party, [OrderLine(counted.longjing, 2)])
    counted.reset()
    before = counted.changes()
    bar.bump(order.id)
    assert len(counted.commits) == 1
    assert counted.events == [Event(BAR, (order.id,), data={"kind": "served"},
                                    also={STOCK: (counted.tea, counted.cups)})]
    assert counted.changes() == before + 1
    assert counted.stock() == {counted.tea: 48, counted.cups: 198}

    counted.reset()
    bar.recall(order.id)
    assert len(counted.commits) == 1
    assert counted.events == [Event(BAR, (order.id,), data={"kind": "recalled"},
                                    also={STOCK: (counted.tea, counted.cups)})]
    assert counted.changes() == before + 2
    assert counted.stock() == {counted.tea: 50, counted.cups: 200}


def test_a_failure_while_taking_the_stock_leaves_the_order_waiting(
        counted: Counted, monkeypatch: pytest.MonkeyPatch) -> None:
    bar = counted.services.bar
    order = bar.order(counted.party, [OrderLine(counted.longjing, 1)])
    movements, changes = counted.movements(), counted.changes()
    real = BarRepository.add_movement
    calls: list[int] = []

    def second_fails(self: BarRepository, *args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 2:  # the tea left the stock, the cup did not: the disk is full
            raise OSError("disk full")
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BarRepository, "add_movement", second_fails)
    counted.reset()
    with pytest.raises(OSError):
        bar.bump(order.id)
    assert counted.events == [] and counted.commits == []
    (still,) = bar.orders_of_party(counted.party)
    assert still.status is OrderStatus.OPEN and still.served_at is None
    assert counted.stock() == {counted.tea: 50, counted.cups: 200}
    assert (counted.movements(), counted.changes()) == (movements, changes)
    with counted.services.db.read() as session:
        assert session.scalars(select(RefillCheck)).all() == []


def refill_round(counted: Counted) -> int:
    """The party's first drink served, the refill round it scheduled due now."""
    bar = counted.services.bar
    bar.bump(bar.order(counted.party, [OrderLine(counted.longjing, 1)]).id)
    (check,) = bar.board().refills_later
    return check.id


def test_a_new_drink_at_a_refill_round_is_one_commit_and_one_event(counted: Counted) -> None:
    check = refill_round(counted)
    bar = counted.services.bar
    before = counted.changes()
    counted.reset()
    new = bar.refill_done(check, RefillOutcome.NEW_DRINK, [OrderLine(counted.longjing, 1)])
    assert new is not None and new.from_refill
    assert len(counted.commits) == 1
    assert counted.events == [Event(BAR, (new.id,), data={"kind": "ordered",
                                                          "refill": check})]
    assert counted.changes() == before + 1
    assert [o.id for o in bar.board().orders] == [new.id]
    assert bar.board().refills_later == () and bar.board().refills_due == ()


def test_a_failure_answering_the_round_leaves_no_new_cup(
        counted: Counted, monkeypatch: pytest.MonkeyPatch) -> None:
    check = refill_round(counted)
    bar = counted.services.bar
    changes = counted.changes()

    def fails(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    # The new cup is ordered and the round answered; then writing that fails.
    monkeypatch.setattr(BarRepository, "flush", fails)
    counted.reset()
    with pytest.raises(OSError):
        bar.refill_done(check, RefillOutcome.NEW_DRINK, [OrderLine(counted.longjing, 1)])
    assert counted.events == [] and counted.commits == []
    assert counted.changes() == changes
    with counted.services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(DrinkOrder)) == 1
        (open_check,) = session.scalars(select(RefillCheck)).all()
        assert open_check.id == check and open_check.done_at is None

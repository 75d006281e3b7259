"""The water bar's rows on SQLite and PostgreSQL: what one database connection (or one
process) writes, another sees, and the change feed tells it with topic and kind."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from reception_desk.domain.bar import DrinkCategory, OrderLine, OrderSource, OrderStatus
from reception_desk.domain.events import BAR, PARTIES, STOCK
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.change_feed import ChangeFeed
from reception_desk.store.database import Database
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2]


def set_up_bar(services: Services) -> tuple[int, int]:
    """A seated party and a menu of one drink (half a lemon and a paper cup); ids."""
    lemon = services.stock.save_item("柠檬", "个", 10, quantity=30, actor=TEST_ACTOR)
    cup = services.stock.save_item("纸杯", "个", 100, quantity=500, actor=TEST_ACTOR)
    drink = services.bar.save_menu_item("柠檬水", DrinkCategory.JUICE,
                                        [(lemon.id, 0.5), (cup.id, 1)], actor=TEST_ACTOR)
    party = services.arrivals.register(PartyDraft("欧阳", Honorific.MS, 3, VisitKind.WALK_IN,
                                                  "网络", phone="13812345678"))
    services.arrivals.move(party.id, Stage.SEATED, "VIP3")
    return party.id, drink.id


def kinds(feed: ChangeFeed) -> list[tuple[str, tuple[int, ...], str, object]]:
    return [(e.topic, e.ids, e.origin, e.data.get("kind")) for e in feed.poll()]


def test_an_order_written_by_one_database_is_seen_by_another(any_db_url: str,
                                                              clock: FakeClock) -> None:
    desk_db, _ = open_database(any_db_url)
    bar_db, _ = open_database(any_db_url)
    desk, bar = Services.open(desk_db, clock=clock), Services.open(bar_db, clock=clock)
    bar_feed, desk_feed = ChangeFeed(bar_db), ChangeFeed(desk_db)
    try:
        party, drink = set_up_bar(desk)
        assert {e.topic for e in bar_feed.poll()} >= {BAR, STOCK}
        desk_feed.poll()
        order = desk.bar.order(party, [OrderLine(drink, 3)], OrderSource.CONSULTANT)
        assert kinds(bar_feed) == [(BAR, (order.id,), "remote", "ordered")]
        assert kinds(desk_feed) == []  # its own change is not sent back
        (seen,) = bar.bar.board().orders
        assert (seen.id, seen.guest, seen.place, seen.lines, seen.source) == (
            order.id, "欧阳女士", "VIP3", (("柠檬水", 3),), OrderSource.CONSULTANT)
        assert seen.created_at == clock.now
        # The bar serves it: the desk hears it and sees the stock go down.
        clock.advance(minutes=2, microseconds=123456)
        bar.bar.bump(order.id)
        (served_event,) = desk_feed.poll()  # one action, one event: served and stock
        assert (served_event.topic, served_event.ids, served_event.origin,
                served_event.data.get("kind")) == (BAR, (order.id,), "remote", "served")
        assert served_event.concerns(STOCK)
        (served,) = desk.bar.orders_of_party(party)
        assert served.status is OrderStatus.SERVED and served.served_at == clock.now
        assert {s.name: s.quantity for s in desk.stock.items()} == {"柠檬": 28.5, "纸杯": 497}
        # The refill round the bump scheduled is on the desk's side too, to the microsecond.
        (later,) = desk.bar.board().refills_later
        assert later.due_at == clock.now + timedelta(minutes=15)
        clock.advance(minutes=20)
        desk.arrivals.move(party, Stage.DEPARTED)
        # One action, one event: the departure, `also` what it closed at the bar.
        [left] = [e for e in bar_feed.poll() if e.concerns(BAR)]
        assert (left.topic, left.ids, left.origin) == (PARTIES, (party,), "remote")
        assert left.ids_of(BAR) == (party,)
        (task,) = bar.bar.board().tasks
        assert task.place == "VIP3"
    finally:
        bar_feed.close()
        desk_feed.close()
        desk_db.dispose()
        bar_db.dispose()


def test_counts_and_movements_keep_fractions(any_db_url: str, clock: FakeClock) -> None:
    db, _ = open_database(any_db_url)
    try:
        services = Services.open(db, clock=clock)
        beans = services.stock.save_item("咖啡豆", "克", 800, quantity=2500.5, actor=TEST_ACTOR)
        services.stock.receive(beans.id, 0.25)
        (count,) = services.stock.close_day(clock.now.date(), {beans.id: 2488.75})
        assert count.variance == -12
    finally:
        db.dispose()
    again, _ = open_database(any_db_url)
    try:
        services = Services.open(again, clock=clock)
        (line,) = services.stock.day(clock.now.date())
        assert (line.receipts, line.expected, line.counted, line.variance) == (
            2500.75, 2500.75, 2488.75, -12)
        assert services.stock.items()[0].quantity == 2488.75
    finally:
        again.dispose()


SUBPROCESS_ORDER = textwrap.dedent("""
    import sys
    from reception_desk.domain.bar import OrderLine, OrderSource
    from reception_desk.services.context import Services
    from reception_desk.startup import open_database

    db, _ = open_database(sys.argv[1])
    try:
        order = Services.open(db).bar.order(
            int(sys.argv[2]), [OrderLine(int(sys.argv[3]), 2)], OrderSource.CONSULTANT)
        print(order.id)
    finally:
        db.dispose()
""")


def test_an_order_placed_in_another_process_reaches_this_one(db_url: str,
                                                             clock: FakeClock) -> None:
    """The bar window as its own process: a subprocess orders on the same SQLite file."""
    db: Database
    db, _ = open_database(db_url)
    services = Services.open(db, clock=clock)
    party, drink = set_up_bar(services)
    feed = ChangeFeed(db)
    try:
        assert feed.poll() == []  # nothing new since the feed started
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        done = subprocess.run([sys.executable, "-c", SUBPROCESS_ORDER, db_url, str(party),
                               str(drink)], env=env, capture_output=True, text=True,
                              timeout=60, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        order_id = int(done.stdout.strip())
        # The child committed before it exited, so the first poll (the window's, every
        # second) sees the order: no waiting.
        events = [(e.topic, e.ids, e.origin, e.data.get("kind")) for e in feed.poll()]
        assert events == [(BAR, (order_id,), "remote", "ordered")]
        (shown,) = services.bar.board().orders
        assert (shown.id, shown.lines, shown.place) == (order_id, (("柠檬水", 2),), "VIP3")
        assert feed.poll() == []
    finally:
        feed.close()
        db.dispose()


def test_drink_categories_name_every_drink_of_the_menu(any_db_url: str,
                                                       clock: FakeClock) -> None:
    database, _ = open_database(any_db_url)
    services = Services.open(database, clock=clock)
    try:
        set_up_bar(services)
        services.bar.save_menu_item("龙井", DrinkCategory.TEA, [], available=False,
                                    actor=TEST_ACTOR)
        assert services.bar.categories() == {m.name: m.category
                                             for m in services.bar.menu()}
        assert services.bar.categories() == {"柠檬水": DrinkCategory.JUICE,
                                             "龙井": DrinkCategory.TEA}
    finally:
        database.dispose()

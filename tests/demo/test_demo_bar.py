"""Demo data at the water bar: menu, stock, orders, refills, counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from reception_desk.demo.bar_plan import DEMO_MENU, DEMO_STOCK, LOW_ITEM, REMARKS
from reception_desk.demo.fill import (
    fill_demo,
)
from reception_desk.domain.bar import DrinkCategory, OrderLine, TimerState
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.domain.timeutil import local_date
from reception_desk.services.context import Services
from reception_desk.store.models import (
    Party,
    RefillCheck,
    StockCount,
    StockMovement,
)
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock


from tests.demo.demo_helpers import (
    Demo,
    all_records,
    bar_rows,
    seated_spans,
)


def test_the_bar_has_the_demo_menu_and_stock(demo: Demo) -> None:
    services = demo.services
    menu = services.bar.menu()
    assert [m.name for m in menu] == [d.name for d in DEMO_MENU] == [
        "龙井", "碧螺春", "普洱", "美式咖啡", "拿铁", "橙汁", "柠檬水", "矿泉水"]
    assert {m.category for m in menu} == set(DrinkCategory) - {DrinkCategory.OTHER}
    assert all(m.available and m.recipe for m in menu)
    latte = next(m for m in menu if m.name == "拿铁")
    assert {(r.stock_name, r.unit, r.quantity) for r in latte.recipe} == {
        ("咖啡豆", "克", 18), ("牛奶", "毫升", 150), ("纸杯", "个", 1)}
    stock = {s.name: s for s in services.stock.items()}
    assert set(stock) == {s.name for s in DEMO_STOCK}
    assert {stock[n].unit for n in ("龙井茶叶", "碧螺春茶叶", "普洱茶叶")} == {"包"}
    assert (stock["咖啡豆"].unit, stock["牛奶"].unit, stock["橙子"].unit,
            stock["矿泉水"].unit, stock["纸杯"].unit) == ("克", "毫升", "个", "瓶", "个")
    # One item below its threshold: the bar warns and the requisition lists it.
    assert [s.name for s in services.bar.board().low_stock] == [LOW_ITEM]
    assert [r.name for r in services.stock.requisition()] == [LOW_ITEM]
    rows = bar_rows(services)
    assert all(m.demo for m in rows["menu"]) and all(s.demo for s in rows["stock"])


def test_drinks_only_for_seated_parties_in_time_order(demo: Demo) -> None:
    services = demo.services
    rows = bar_rows(services)
    orders = rows["orders"]
    spans = seated_spans(services.db, demo.now)
    assert len(orders) >= 40
    assert all(o.demo for o in orders)
    for order in orders:
        # Ordered while the party sat at that table (not in its first moments).
        assert any(start + timedelta(seconds=20) <= order.created_at < stop
                   and place == order.place
                   for start, stop, place in spans[order.party_id]), order.id
        assert order.created_at <= demo.now
        assert order.lines and all(1 <= line.count <= 10 for line in order.lines)
    # Written as they happened: ids follow the clock.
    assert [o.id for o in sorted(orders, key=lambda o: (o.created_at, o.id))] == \
        [o.id for o in orders]
    # Every past party that sat for a while had drinks, about one a person.
    sizes = {r.id: r.size for r in all_records(services)}
    first_orders = {o.party_id: o for o in reversed(orders) if not o.from_refill}
    zone = services.settings.current().zone()
    for party, party_spans in spans.items():
        start, stop, _ = party_spans[0]
        if local_date(start, zone) < demo.summary.last_day and stop - start >= timedelta(
                minutes=5):
            cups = sum(line.count for line in first_orders[party].lines)
            assert sizes[party] <= cups <= 2 * sizes[party]
            assert first_orders[party].created_at - start <= timedelta(minutes=2, seconds=1)
    sources = Counter(o.source for o in orders)
    assert set(sources) == {"desk", "consultant", "bar"}


def test_most_drinks_are_served_within_three_minutes(demo: Demo) -> None:
    rows = bar_rows(demo.services)
    served = [o for o in rows["orders"] if o.served_at is not None]
    waits = [(o.served_at - o.created_at).total_seconds() for o in served]
    assert all(20 <= w <= 6 * 60 + 1 for w in waits)
    late = [w for w in waits if w > 180]
    assert 1 <= len(late) <= 0.25 * len(waits)
    assert all(w >= 4 * 60 for w in late)  # a few are late: 4-6 minutes
    assert sum(60 <= w <= 180 for w in waits) >= 0.6 * len(waits)
    # Orders still open at departure were closed by it, at that moment.
    departed = {r.id: r.departed_at for r in all_records(demo.services)}
    for order in rows["orders"]:
        if order.status == "closed":
            assert order.closed_at == departed[order.party_id]
        if order.served_at is not None and departed[order.party_id] is not None:
            assert order.served_at < departed[order.party_id]


def test_refill_rounds_while_the_party_sits(demo: Demo) -> None:
    services = demo.services
    rows = bar_rows(services)
    spans = seated_spans(services.db, demo.now)
    departed = {r.id: r.departed_at for r in all_records(services)}
    outcomes = Counter(c.outcome for c in rows["checks"])
    assert outcomes["refilled"] > outcomes["declined"] > 0
    assert outcomes["new_drink"] > 0 and outcomes["closed"] > 0
    refill_orders = {(o.party_id, o.created_at) for o in rows["orders"] if o.from_refill}
    rule = timedelta(minutes=services.settings.current().refill_minutes)
    for check in rows["checks"]:
        if check.outcome is None:
            assert check.done_at is None
            continue
        assert check.done_at is not None
        if check.outcome == "closed":
            assert check.done_at == departed[check.party_id]
            continue
        assert check.done_at >= check.due_at
        if check.outcome == "new_drink":
            assert (check.party_id, check.done_at) in refill_orders
        else:
            # The attendant went round while the party was at the table, or just after
            # it got up for the tour (then no new round).
            assert any(start <= check.done_at for start, _, _ in spans[check.party_id])
    assert len(refill_orders) == outcomes["new_drink"]
    # A round falls due the set time after the serving or the last round.
    by_party: dict[int, list[RefillCheck]] = defaultdict(list)
    for check in rows["checks"]:
        by_party[check.party_id].append(check)
    for checks in by_party.values():
        assert sum(c.done_at is None for c in checks) <= 1
        for before, after in pairwise(checks):
            if before.outcome in ("refilled", "declined"):
                assert after.due_at == before.done_at + rule  # type: ignore[operator]


def test_tables_are_cleared_and_remarks_noted(demo: Demo) -> None:
    services = demo.services
    rows = bar_rows(services)
    zone = services.settings.current().zone()
    records = {r.id: r for r in all_records(services)}
    assert rows["tasks"]
    for task in rows["tasks"]:
        assert task.party_id is not None and records[task.party_id].departed_at == \
            task.created_at
        if local_date(task.created_at, zone) < demo.summary.last_day:
            assert task.done_at is not None
            assert timedelta(minutes=1) <= task.done_at - task.created_at <= timedelta(
                minutes=7)
    remarks = rows["remarks"]
    assert remarks and all(r.text in REMARKS for r in remarks)
    spans = seated_spans(services.db, demo.now)
    for remark in remarks:
        assert any(start <= remark.at < stop for start, stop, _ in spans[remark.party_id])
    assert services.bar.remarks(remarks[0].party_id)[0].text == remarks[0].text


def test_goods_in_each_morning_and_a_closing_count_each_evening(demo: Demo) -> None:
    services = demo.services
    rows = bar_rows(services)
    zone = services.settings.current().zone()
    first, today = demo.summary.first_day, demo.summary.last_day
    items = {s.id: s for s in rows["stock"]}
    receipts: dict[date, list[StockMovement]] = defaultdict(list)
    for move in rows["movements"]:
        if move.kind == "receipt":
            receipts[local_date(move.at, zone)].append(move)
    assert {m.note for m in receipts[first]} == {"opening stock"}
    assert len(receipts[first]) == len(items)
    for offset in range(1, (today - first).days):
        day = first + timedelta(days=offset)
        assert receipts[day], day
        for move in receipts[day]:
            assert time(8, 40) <= move.at.astimezone(zone).time() < time(9)
            assert move.actor == "水吧" and move.quantity > 0
    counts: dict[date, list[StockCount]] = defaultdict(list)
    for count in rows["counts"]:
        counts[date.fromisoformat(count.day)].append(count)
    assert sorted(counts) == [first + timedelta(days=n) for n in range((today - first).days)]
    variances = []
    for day_counts in counts.values():
        assert {c.stock_item_id for c in day_counts} == set(items)
        for count in day_counts:
            assert time(18, 50) <= count.at.astimezone(zone).time() <= time(18, 59)
            assert count.variance == pytest.approx(count.counted - count.expected)
            variances.append(count.variance)
    assert any(v < 0 for v in variances) and variances.count(0) > len(variances) / 2
    # The register adds up: every item's quantity is the sum of its movements.
    for item in items.values():
        moved = sum(m.quantity for m in rows["movements"] if m.stock_item_id == item.id)
        assert item.quantity == pytest.approx(moved)
    # A day's lines: the count's expected is what the register expected then.
    (line,) = [x for x in services.stock.day(first) if x.name == "龙井茶叶"]
    assert line.opening == 0 and line.receipts == 100 and line.consumed > 0
    assert line.counted is not None


def test_today_at_the_bar(demo: Demo) -> None:
    services, now = demo.services, demo.now
    board = services.bar.board()
    rules = services.bar.rules()
    states = Counter(o.timer(now, rules) for o in board.orders)
    assert states[TimerState.LATE] == 1 and states[TimerState.AMBER] >= 1
    assert states[TimerState.IN_TIME] >= 1
    seated = {r.id: r for r in services.arrivals.list_day(services.arrivals.today())
              if r.stage is Stage.SEATED}
    assert all(o.party_id in seated and o.place == seated[o.party_id].place
               for o in board.orders)
    assert board.refills_due
    assert any(r.party_id in seated for r in board.refills_due)
    assert len(board.tasks) >= 1
    assert all(t.place not in {r.place for r in seated.values()} for t in board.tasks)
    assert board.last_served is not None


def test_bar_demo_data_is_replaced_and_real_data_kept(services: Services,
                                                      clock: FakeClock) -> None:
    """A real menu and real orders beside the demo: forced twice, nothing real goes and
    nothing of the first demo is left."""
    tea = services.stock.save_item("龙井茶叶", "包", 5, quantity=30, actor=TEST_ACTOR)
    longjing = services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea.id, 1)],
                                           actor=TEST_ACTOR)
    real = services.arrivals.register(PartyDraft("钱", Honorific.MR, 2, VisitKind.WALK_IN,
                                                 "网络"))
    services.arrivals.move(real.id, Stage.SEATED, "洽谈区4")
    real_order = services.bar.order(real.id, [OrderLine(longjing.id, 2)])
    services.bar.bump(real_order.id)
    services.bar.add_remark(real.id, "真实意见")
    fill_demo(services, 2, True, rng_seed=3)
    names = {m.name: m for m in services.bar.menu()}
    assert "龙井（演示）" in names and not names["龙井"].recipe[0].stock_name.endswith("）")
    # Someone tries the demo on real work: a real order of a demo drink.
    services.bar.order(real.id, [OrderLine(names["拿铁"].id, 1)])
    clock.advance(minutes=1)
    summary = fill_demo(services, 2, True, rng_seed=4)
    rows = bar_rows(services)
    assert summary.parties == sum(1 for r in all_records(services) if r.id != real.id)
    menu = {m.name: m.demo for m in rows["menu"]}
    assert menu == {"龙井": False, "拿铁": False} | {
        f"{d.name}（演示）" if d.name in ("龙井", "拿铁") else d.name: True for d in DEMO_MENU}
    stock = {s.name: s.demo for s in rows["stock"]}
    assert stock["龙井茶叶"] is False and stock["龙井茶叶（演示）"] is True
    # The adopted drink keeps what it is made of.
    assert {n for n, demo_flag in stock.items() if not demo_flag} == {
        "龙井茶叶", "咖啡豆", "牛奶", "纸杯"}
    assert len(rows["stock"]) == len(DEMO_STOCK) + 4
    with services.db.read() as session:
        parties = set(session.scalars(select(Party.id)))
    for table in ("orders", "checks", "remarks"):
        assert {r.party_id for r in rows[table]} <= parties
    assert all(t.party_id in parties for t in rows["tasks"])  # none orphaned
    items = {s.id for s in rows["stock"]}
    assert all(m.stock_item_id in items for m in rows["movements"])
    real_orders = [o for o in rows["orders"] if o.party_id == real.id]
    assert (real_orders[0].id, real_orders[0].demo) == (real_order.id, False)
    assert services.stock.items()  # still readable
    assert [r.text for r in services.bar.remarks(real.id)] == ["真实意见"]
    assert next(s for s in services.stock.items() if s.name == "龙井茶叶").quantity == 28

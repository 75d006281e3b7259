"""Seats and stock under two writers (issue 11), on SQLite and on PostgreSQL.

Two desks seat two parties in the same VIP room at the same instant: one gets it, the
other is told the room is taken. Two desks serve the bar's orders at the same instant:
each order's recipe leaves the stock exactly once, so the count adds up.
"""

from __future__ import annotations

import pytest

from reception_desk.domain.bar import DrinkCategory, OrderLine
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.concurrency.workers import desks, seat_or_serve
from tests.conftest import TEST_ACTOR

ROUNDS = 12

pytestmark = pytest.mark.slow


def test_one_seat_one_party_and_stock_counts_add_up(any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    services = Services.open(db)
    tea = services.stock.save_item("龙井茶叶", "克", 50, quantity=10000, actor=TEST_ACTOR)
    menu = services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea.id, 5)],
                                       actor=TEST_ACTOR)
    try:
        with desks(any_db_url, seat_or_serve) as pipes:
            place = services.settings.current().places[0]
            double_seated = served = 0
            for round_no in range(ROUNDS):
                parties = [services.arrivals.register(PartyDraft(
                    surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络")).id
                    for surname in ("王", "李")]
                for pipe, party in zip(pipes, parties, strict=True):
                    pipe.send(("seat", party, place))
                results = sorted(pipe.recv()[0] for pipe in pipes)
                assert results == ["conflict", "ok"], f"round {round_no}: {results}"
                seated = [p for p in parties if services.arrivals.get(p).place == place]
                double_seated += len(seated) - 1
                orders = [services.bar.order(seated[0], [OrderLine(menu.id, 2)]).id
                          for _ in pipes]
                for pipe, order in zip(pipes, orders, strict=True):
                    pipe.send(("serve", order))
                assert [pipe.recv()[0] for pipe in pipes] == ["ok", "ok"]
                served += 2
                for party in parties:
                    services.arrivals.move(party, Stage.DEPARTED)
        assert double_seated == 0
        left = next(s for s in services.stock.items() if s.id == tea.id).quantity
        assert left == 10000 - served * 2 * 5
    finally:
        db.dispose()

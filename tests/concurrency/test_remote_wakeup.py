"""Another process commits bursts while this window follows it: every change arrives,
once and in order, woken by the commit alone (the poll tick, the safety net, is
stopped): on SQLite by the touch of the write-ahead log after each commit, on
PostgreSQL by NOTIFY. A burst races the follower's own reads and its own commits (which
wake it too, and which it passes over): a touch or NOTIFY that comes while it is
reading must still bring in what was committed after its read."""

from __future__ import annotations

from multiprocessing.synchronize import Barrier
from typing import Any

import pytest

from reception_desk.domain.events import PARTIES, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.ui.events import EventBridge
from tests.concurrency.workers import desks

ROUNDS = 5
BURST = 10

pytestmark = pytest.mark.slow


def register_burst(services: Any, round_no: int, _barrier: Barrier) -> list[int]:
    """Register BURST parties, one commit each, as fast as they go; their ids."""
    return [services.arrivals.register(PartyDraft(
        "赵钱孙李"[i % 4], Honorific.MS, 1, VisitKind.WALK_IN, "路过")).id
        for i in range(BURST)]


def test_bursts_from_another_process_all_arrive_without_the_tick(
        qtbot, any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    here = Services.open(db)
    bridge = EventBridge(here)
    seen: list[int] = []

    def on_event(event: Event) -> None:
        if event.origin == "remote" and event.topic == PARTIES:
            seen.extend(event.ids)

    bridge.changed.connect(on_event)
    try:
        bridge.start_feed()
        bridge._timer.stop()
        sent: list[int] = []

        def all_in() -> bool:
            return len(seen) >= len(sent)

        with desks(any_db_url, register_burst, extras=((),)) as pipes:
            for round_no in range(ROUNDS):
                pipes[0].send(round_no)
                for _ in range(3):  # this desk's own, among the other's
                    here.arrivals.register(PartyDraft("周", Honorific.MR, 1, VisitKind.WALK_IN,
                                                      "路过"))
                # The loop runs while the burst commits: the follower reads between them.
                qtbot.waitUntil(pipes[0].poll, timeout=30000)
                sent += pipes[0].recv()
                qtbot.waitUntil(all_in, timeout=30000)
        assert seen == sent
        assert not bridge._timer.isActive()
    finally:
        bridge.stop()
        db.dispose()

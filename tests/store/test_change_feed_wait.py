"""PostgreSQL: the feed's wait sees a NOTIFY at once, even one psycopg already read."""

from __future__ import annotations

import select
import time

import pytest

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.change_feed import ChangeFeed

#: Only stops a test whose NOTIFY never comes; nothing depends on how soon it comes.
HANG_S = 60.0


@pytest.fixture
def two_pcs(pg_url: str):
    here, _ = open_database(pg_url)
    there, _ = open_database(pg_url)
    yield here, there
    here.dispose()
    there.dispose()


def test_a_notify_read_with_a_ping_wakes_the_next_wait(two_pcs) -> None:
    here, there = two_pcs
    feed = ChangeFeed(here)
    feed.listen()
    try:
        assert not feed.wait(0)
        Services.open(there).arrivals.register(PartyDraft("王", Honorific.MR, 2,
                                                          VisitKind.WALK_IN, "网络"))
        deadline = time.monotonic() + HANG_S
        feed.ping()  # the keep-alive's answer may bring the NOTIFY into psycopg's buffer
        while not feed.wait(0.5):
            assert time.monotonic() < deadline, "the NOTIFY never woke the feed"
        assert [e.topic for e in feed.fetch()] == ["parties"]
        assert not feed.wait(0)  # drained
    finally:
        feed.close()


def test_a_buffered_notify_is_seen_without_waiting(two_pcs) -> None:
    here, there = two_pcs
    feed = ChangeFeed(here)
    feed.listen()
    try:
        Services.open(there).arrivals.register(PartyDraft("李", Honorific.MS, 1,
                                                          VisitKind.WALK_IN, "网络"))
        # Once the NOTIFY has reached this PC's socket (select reads nothing from it) ...
        assert feed._pg_conn is not None
        readable, _, _ = select.select([feed._pg_conn.fileno()], [], [], HANG_S)
        assert readable, "the NOTIFY never reached the socket"
        feed.ping()  # ... the ping's answer reads it into psycopg's buffer
        assert feed.wait(0)  # waiting on the socket alone would not see it
    finally:
        feed.close()

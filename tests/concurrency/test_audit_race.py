"""Two desks append to the audit log at the same instant: the hash chain never forks.

Each round both processes meet at a barrier and append a burst of entries at
once (an export, a sign-in, a print). Inside the write lock each append reads the
head the other desk just committed, so the chain stays one line. Runs on SQLite
and on PostgreSQL.
"""

from __future__ import annotations

from multiprocessing.synchronize import Barrier
from typing import Any

import pytest

from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.concurrency.workers import desks
from tests.conftest import TEST_ACTOR

ROUNDS = 10
BURST = 5

pytestmark = pytest.mark.slow


def append_burst(services: Any, round_no: int, barrier: Barrier, desk: str) -> int:
    """Wait for the other desk, then append BURST entries; return how many."""
    from reception_desk.domain.roles import Actor, Role
    from reception_desk.services.audit import Output

    actor = Actor(f"经理{desk}", Role.MANAGER)
    barrier.wait(timeout=30)
    for i in range(BURST):
        services.audit.record_output(actor, Output.EXPORT, "calls", i, masked=False,
                                     detail=f"round {round_no}")
    return BURST


def test_two_desks_appending_at_once_keep_one_chain(any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    services = Services.open(db)
    try:
        with desks(any_db_url, append_burst, extras=(("A",), ("B",))) as pipes:
            for round_no in range(ROUNDS):
                for pipe in pipes:
                    pipe.send(round_no)
                assert [pipe.recv() for pipe in pipes] == [BURST, BURST]
        report = services.audit.verify()
        assert report.ok, f"chain forked at row {report.broken and report.broken.row.id}"
        assert report.rows == 2 * ROUNDS * BURST
        # Every entry of both desks is in the one chain.
        actors = [e.actor for e in services.audit.entries(TEST_ACTOR)]
        assert actors.count("经理A") == actors.count("经理B") == ROUNDS * BURST
    finally:
        db.dispose()


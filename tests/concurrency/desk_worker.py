"""A desk process for the kill and load tests: real service actions, each id printed
only after its commit, so the test knows exactly what was acknowledged.

    python -m tests.concurrency.desk_worker URL SEED

It works until its standard input closes (the test closes it to stop the desk) or it
is killed, so a test waits for a number of acknowledged actions, never for a time.
Lines: "party ID", "stage ID STAGE", "order ID", "served ID". Any error ends the
process with a traceback and exit 1 (the load test requires none).
"""

from __future__ import annotations

import random
import sys
import threading

from reception_desk.domain.bar import OrderLine
from reception_desk.domain.errors import ConflictError
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database


def say(line: str) -> None:
    print(line, flush=True)


def main(url: str, seed: int) -> int:
    rng = random.Random(seed)
    stop = threading.Event()

    def wait_for_eof() -> None:
        sys.stdin.read()
        stop.set()

    threading.Thread(target=wait_for_eof, daemon=True, name="stdin").start()
    db, _ = open_database(url, migrate=False)
    services = Services.open(db)
    menu = [m.id for m in services.bar.menu(only_available=True)]
    while not stop.is_set():
        party = services.arrivals.register(PartyDraft(
            rng.choice("王李张刘陈"), Honorific.MR, rng.randint(1, 4), VisitKind.WALK_IN, "网络"))
        say(f"party {party.id}")
        for stage in (Stage.GREETED, Stage.RECEIVED):
            services.arrivals.move(party.id, stage)
            say(f"stage {party.id} {stage.value}")
        order = services.bar.order(party.id, [OrderLine(rng.choice(menu), 1)])
        say(f"order {order.id}")
        services.bar.bump(order.id)
        say(f"served {order.id}")
        try:
            services.arrivals.move(party.id, Stage.DEPARTED)
            say(f"stage {party.id} departed")
        except ConflictError:
            pass
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))

"""Child processes for the two-process tests: each opens the database itself, as a
second PC would, and acts through the public service API on a command from the test.

`desks(url, worker, extras)` starts one spawned process per entry of `extras`; each
runs `serve`, which answers every job sent down its pipe with `worker(services, job,
barrier, *extra)`. The shared barrier makes the desks act at the same instant.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Barrier
from typing import Any

Worker = Callable[..., Any]


def open_services(url: str) -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reception_desk.services.context import Services
    from reception_desk.startup import open_database

    db, _ = open_database(url, migrate=False)
    return Services.open(db)


def serve(url: str, conn: Connection, barrier: Barrier, worker: Worker,
          *extra: object) -> None:
    """A desk process: open the database, say ready, answer jobs until None arrives."""
    services = open_services(url)
    conn.send("ready")
    while (job := conn.recv()) is not None:
        conn.send(worker(services, job, barrier, *extra))
    services.db.dispose()


@contextmanager
def desks(url: str, worker: Worker,
          extras: Sequence[tuple[object, ...]] = ((), ())) -> Iterator[list[Connection]]:
    """Start the desk processes; yield one pipe per desk; stop them afterwards."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(extras))
    started = []
    for extra in extras:
        ours, theirs = ctx.Pipe()
        process = ctx.Process(target=serve, args=(url, theirs, barrier, worker, *extra))
        process.start()
        started.append((process, ours))
    try:
        for _process, pipe in started:
            assert pipe.poll(60), "a desk process did not start"
            assert pipe.recv() == "ready"
        yield [pipe for _process, pipe in started]
    finally:
        for process, pipe in started:
            pipe.send(None)
            process.join(30)


def assign_up(services: Any, party_id: int, barrier: Barrier) -> tuple[str, Any, str]:
    """Read the proposal, wait for the other desk, then assign the proposed consultant."""
    from reception_desk.domain.errors import DomainError, RotationMovedError

    proposal = services.rotation.propose("", party_id)
    barrier.wait(timeout=30)
    if proposal.consultant_id is None:
        return ("nobody", None, "")
    try:
        services.rotation.assign(party_id, proposal.consultant_id, proposed=True)
        return ("ok", proposal.consultant_id, "")
    except RotationMovedError as exc:
        return ("moved", exc.next_up, str(exc))
    except DomainError as exc:
        return ("refused", type(exc).__name__, str(exc))


def edit_field(services: Any, job: tuple[int, str], barrier: Barrier, desk: str,
               field: str) -> tuple[str, Any, str]:
    """Read the party into a form (its version), wait, then save `field` = value."""
    from dataclasses import replace

    from reception_desk.domain.edits import StaleEditError
    from reception_desk.domain.party import PartyDraft

    party_id, value = job
    record = services.arrivals.get(party_id)
    draft = PartyDraft(record.surname, record.honorific, record.size, record.kind,
                       record.channel, phone=record.phone, plate=record.plate,
                       description=record.description, note=record.note,
                       consultant=record.consultant)
    barrier.wait(timeout=30)
    try:
        change: dict[str, Any] = {field: value}  # the field is named at run time
        saved = services.arrivals.edit(party_id, replace(draft, **change),
                                       version=record.version, actor=desk)
        return ("saved", saved.version, "")
    except StaleEditError as exc:
        return ("stale", [(e.actor, [(c.field, c.old, c.new) for c in e.changes])
                          for e in exc.edits], str(exc))


def seat_or_serve(services: Any, job: tuple[Any, ...], barrier: Barrier) -> tuple[str, str]:
    """("seat", party, place) or ("serve", order): wait for the other desk, then act."""
    from reception_desk.domain.errors import ConflictError, DomainError
    from reception_desk.domain.stages import Stage

    barrier.wait(timeout=30)
    try:
        if job[0] == "seat":
            services.arrivals.move(job[1], Stage.SEATED, job[2])
        else:
            services.bar.bump(job[1])
        return ("ok", "")
    except ConflictError as exc:
        return ("conflict", str(exc))
    except DomainError as exc:
        return ("refused", str(exc))

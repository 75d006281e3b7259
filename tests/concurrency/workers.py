"""Child processes for the two-process tests: each opens the database itself, as a
second PC would, and acts through the public service API on a command from the test."""

from __future__ import annotations

import os
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Barrier
from typing import Any


def open_services(url: str) -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reception_desk.services.context import Services
    from reception_desk.startup import open_database

    db, _ = open_database(url, migrate=False)
    return Services.open(db)


def assign_up_worker(url: str, conn: Connection, barrier: Barrier) -> None:
    """Per party id received: read the proposal, wait for the other desk, then assign."""
    from reception_desk.domain.errors import DomainError, RotationMovedError

    services = open_services(url)
    conn.send("ready")
    while True:
        party_id = conn.recv()
        if party_id is None:
            break
        proposal = services.rotation.propose("", party_id)
        barrier.wait(timeout=30)
        if proposal.consultant_id is None:
            conn.send(("nobody", None, ""))
            continue
        try:
            services.rotation.assign(party_id, proposal.consultant_id, proposed=True)
            conn.send(("ok", proposal.consultant_id, ""))
        except RotationMovedError as exc:
            conn.send(("moved", exc.next_up, str(exc)))
        except DomainError as exc:
            conn.send(("refused", type(exc).__name__, str(exc)))
    services.db.dispose()


def edit_worker(url: str, conn: Connection, barrier: Barrier, desk: str, field: str) -> None:
    """Per (party id, value): read the party into a form, wait, then save `field`."""
    from dataclasses import replace

    from reception_desk.domain.edits import StaleEditError
    from reception_desk.domain.party import PartyDraft

    services = open_services(url)
    conn.send("ready")
    while True:
        job = conn.recv()
        if job is None:
            break
        party_id, value = job
        record = services.arrivals.get(party_id)  # the form opens with this version
        draft = PartyDraft(record.surname, record.honorific, record.size, record.kind,
                           record.channel, phone=record.phone, plate=record.plate,
                           description=record.description, note=record.note,
                           consultant=record.consultant)
        barrier.wait(timeout=30)
        try:
            saved = services.arrivals.edit(party_id, replace(draft, **{field: value}),
                                           version=record.version, actor=desk)
            conn.send(("saved", saved.version, ""))
        except StaleEditError as exc:
            conn.send(("stale", [(e.actor, [(c.field, c.old, c.new) for c in e.changes])
                                 for e in exc.edits], str(exc)))
    services.db.dispose()


def seat_and_serve_worker(url: str, conn: Connection, barrier: Barrier) -> None:
    """Per job: ("seat", party, place) or ("serve", order): wait for the other desk, act."""
    from reception_desk.domain.errors import ConflictError, DomainError
    from reception_desk.domain.stages import Stage

    services = open_services(url)
    conn.send("ready")
    while True:
        job = conn.recv()
        if job is None:
            break
        barrier.wait(timeout=30)
        try:
            if job[0] == "seat":
                services.arrivals.move(job[1], Stage.SEATED, job[2])
            else:
                services.bar.bump(job[1])
            conn.send(("ok", ""))
        except ConflictError as exc:
            conn.send(("conflict", str(exc)))
        except DomainError as exc:
            conn.send(("refused", str(exc)))
    services.db.dispose()

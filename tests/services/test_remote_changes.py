"""The services' door to the change feed: what another PC commits reaches this one, on
SQLite by polling and on PostgreSQL by NOTIFY; an in-memory database has nobody to follow."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from reception_desk.domain.events import PARTIES
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.timeutil import utc_now
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.database import Database
from reception_desk.store.models import Change


def draft(surname: str) -> PartyDraft:
    return PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络")


def test_an_in_memory_database_has_no_other_pc_to_follow(clock) -> None:
    db, _ = open_database("sqlite://")
    try:
        assert Services.open(db, clock=clock).remote_changes() is None
    finally:
        db.dispose()


def test_another_pcs_registration_reaches_this_one(any_db_url: str, clock) -> None:
    here_db, _ = open_database(any_db_url)
    there_db, _ = open_database(any_db_url)
    here, there = Services.open(here_db, clock=clock), Services.open(there_db, clock=clock)
    changes = here.remote_changes()
    assert changes is not None
    try:
        assert changes.pushes == any_db_url.startswith("postgresql")
        if changes.pushes:
            changes.listen()
        here.arrivals.register(draft("本"))
        party = there.arrivals.register(draft("外"))
        if changes.pushes:
            # wait() returns at the first NOTIFY; its timeout only stops a lost one hanging.
            assert changes.wait(60)
            changes.ping()
            events = changes.fetch()
        else:
            events = changes.poll()
        assert [(e.topic, e.ids, e.origin) for e in events] == [
            (PARTIES, (party.id,), "remote")], "this PC's own registration is not sent back"
        assert changes.fetch() == []
    finally:
        changes.close()
        here_db.dispose()
        there_db.dispose()


def _change_rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Change)) or 0)


def test_pruning_drops_only_rows_older_than_two_days_by_the_services_clock(
        any_db_url: str, clock) -> None:
    db, _ = open_database(any_db_url)
    try:
        Services.open(db, clock=clock).arrivals.register(draft("旧"))
        late = {"now": utc_now() + timedelta(days=1)}  # feed rows carry the real commit time
        changes = Services.open(db, clock=lambda: late["now"]).remote_changes()
        assert changes is not None
        changes.prune()
        assert _change_rows(db) == 1, "a day-old change is kept"
        late["now"] += timedelta(days=2)
        changes.prune()
        assert _change_rows(db) == 0, "a three-day-old change is dropped"
        changes.close()
    finally:
        db.dispose()

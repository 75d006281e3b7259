"""The store on SQLite (a file) and PostgreSQL: durability set-up, the change feed, one seat."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from reception_desk.domain.events import BAR, PARTIES, STOCK, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.change_feed import ChangeFeed
from reception_desk.store.database import SQLITE_CACHE_KIB, Database, StoreError
from reception_desk.store.migrate import current_revision, head_revision
from reception_desk.store.models import Change


def draft(surname: str = "王") -> PartyDraft:
    return PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络")


def test_fresh_database_is_migrated_to_head(any_db_url: str) -> None:
    db, result = open_database(any_db_url)
    try:
        assert result is not None and result.after == head_revision()
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()


def test_sqlite_is_set_up_not_to_lose_a_visit(db_url: str) -> None:
    db, _ = open_database(db_url)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            busy_timeout = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
            assert busy_timeout is not None and busy_timeout >= 5000
    finally:
        db.dispose()


def test_a_search_that_reads_the_customer_index_whole_reads_it_from_memory_again(
        db_url: str) -> None:
    """Each connection's page cache holds the customer search's index of three years
    (about 2.3 MB; SQLite's own default holds 2 MB): a second search that reads it whole
    does not read it from the system again."""
    db, _ = open_database(db_url)
    try:
        with db.engine.connect() as first, db.engine.connect() as second:
            for conn in (first, second):
                assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -SQLITE_CACHE_KIB
        assert SQLITE_CACHE_KIB * 1024 >= 4 * 2_300_000
    finally:
        db.dispose()


def test_a_committed_arrival_survives_an_abrupt_stop(db_url: str, clock) -> None:
    db, _ = open_database(db_url)
    Services.open(db, clock=clock).arrivals.register(draft("赵"))
    # No clean shutdown: drop the pool without closing anything gracefully.
    db.engine.pool.dispose()
    again, _ = open_database(db_url)
    try:
        found = Services.open(again, clock=clock).arrivals.search("赵")
        assert [r.name for r in found] == ["赵先生"]
    finally:
        again.dispose()
        db.dispose()


def test_two_parties_can_never_hold_one_place(any_db_url: str, clock) -> None:
    db, _ = open_database(any_db_url)
    try:
        services = Services.open(db, clock=clock)
        first = services.arrivals.register(draft("王"))
        second = services.arrivals.register(draft("李"))
        with db.write() as session:
            session.execute(text("UPDATE parties SET place = 'VIP1' WHERE id = :id"),
                            {"id": first.id})
        with pytest.raises(IntegrityError), db.write() as session:
            session.execute(text("UPDATE parties SET place = 'VIP1' WHERE id = :id"),
                            {"id": second.id})
    finally:
        db.dispose()


def test_change_feed_reports_other_processes_only(any_db_url: str, clock) -> None:
    here, _ = open_database(any_db_url)
    there, _ = open_database(any_db_url)
    try:
        feed = ChangeFeed(here)
        Services.open(here, clock=clock).arrivals.register(draft("本"))
        assert feed.fetch() == [], "a process never hears its own changes back"
        party = Services.open(there, clock=clock).arrivals.register(draft("外"))
        events = feed.poll()
        assert [(e.topic, e.ids, e.origin, e.data.get("kind")) for e in events] == [
            (PARTIES, (party.id,), "remote", "registered")]
        assert feed.poll() == []
        feed.close()
    finally:
        here.dispose()
        there.dispose()


def test_one_action_over_several_topics_is_one_event_in_another_process(
        any_db_url: str) -> None:
    here, _ = open_database(any_db_url)
    there, _ = open_database(any_db_url)
    try:
        feed = ChangeFeed(here)
        with there.write() as session:
            there.record_change(session, BAR, (7,), {"kind": "served"}, also={STOCK: (3, 4)})
        events = feed.poll()
        assert events == [Event(BAR, (7,), "remote", {"kind": "served"}, {STOCK: (3, 4)})]
        assert events[0].concerns(STOCK) and events[0].concerns(BAR, PARTIES)
        assert not events[0].concerns(PARTIES)
        assert events[0].ids_of(STOCK) == (3, 4) and events[0].ids_of(PARTIES) == ()
        feed.close()
    finally:
        here.dispose()
        there.dispose()


def test_a_change_row_holds_what_the_action_said(any_db_url: str, clock) -> None:
    db, _ = open_database(any_db_url)
    try:
        before = datetime.now(UTC)
        with db.write() as session:
            db.record_change(session, BAR, (7, 8), {"kind": "served", "名": "茶"},
                             also={STOCK: (3,)})
            db.record_change(session, PARTIES)
        with db.read() as session:
            rows = session.scalars(select(Change).order_by(Change.id)).all()
        assert [(r.origin, r.topic, r.ids, json.loads(r.data)) for r in rows] == [
            (db.origin, BAR, "7,8", {"kind": "served", "名": "茶", "also": {STOCK: [3]}}),
            (db.origin, PARTIES, "", {}),
        ]
        assert '"名"' in rows[0].data  # not escaped
        assert all(before <= r.at <= datetime.now(UTC) for r in rows)
    finally:
        db.dispose()


def test_postgresql_notify_wakes_the_listener(pg_url: str, clock) -> None:
    here, _ = open_database(pg_url)
    there, _ = open_database(pg_url)
    feed = ChangeFeed(here)
    try:
        feed.listen()
        Services.open(there, clock=clock).arrivals.register(draft("欧"))
        # wait() returns at the first NOTIFY; its timeout only stops a lost one from hanging.
        assert feed.wait(60)
        assert [e.origin for e in feed.fetch()] == ["remote"]
    finally:
        feed.close()
        here.dispose()
        there.dispose()


def test_damaged_file_gives_a_clear_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"\x00garbage" * 512)
    with pytest.raises(StoreError) as caught:
        open_database(f"sqlite:///{broken}")
    assert str(broken) in str(caught.value)
    assert "backup" in str(caught.value)


def test_database_from_a_newer_version_is_refused(db_url: str) -> None:
    db, _ = open_database(db_url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff'")
    db.dispose()
    with pytest.raises(StoreError, match="newer version"):
        open_database(db_url)


def test_urls_that_cannot_work_are_explained(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        Database("desk.db")
    with pytest.raises(StoreError, match="not supported"):
        Database("mysql://root@localhost/test")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder"):
        Database(f"sqlite:///{blocker}/sub/desk.db")


def test_old_change_feed_rows_are_pruned(db_url: str, clock) -> None:
    from datetime import timedelta

    from sqlalchemy import func, select

    from reception_desk.domain.timeutil import utc_now
    from reception_desk.store.models import Change

    db, _ = open_database(db_url)
    try:
        Services.open(db, clock=clock).arrivals.register(draft("旧"))
        feed = ChangeFeed(db)
        now = utc_now()  # feed rows carry the real commit time
        feed.prune(now + timedelta(days=1))
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Change)) == 1
        feed.prune(now + timedelta(days=3))
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Change)) == 0
        feed.close()
    finally:
        db.dispose()

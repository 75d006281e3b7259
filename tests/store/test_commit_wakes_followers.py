"""A commit with a change-feed row wakes the other processes' followers: on SQLite
by touching the write-ahead log once committed (their file watcher), on PostgreSQL by
NOTIFY. A write that is rolled back wakes nobody; a follower woken by the touch finds
the commit already there (woken earlier, it would find `data_version` unchanged); the
database file itself keeps its time (the start-up check's answer holds)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reception_desk.domain.events import PARTIES, Event
from reception_desk.startup import open_database
from reception_desk.store.change_feed import ChangeFeed
from reception_desk.store.database import Database

#: Only stops a test whose NOTIFY never comes; nothing depends on how soon it comes.
HANG_S = 60.0


class Boom(Exception):
    pass


@pytest.fixture
def two_pcs(any_db_url: str) -> Iterator[tuple[Database, Database]]:
    here, _ = open_database(any_db_url)
    there, _ = open_database(any_db_url)
    yield here, there
    here.dispose()
    there.dispose()


def record(db: Database, ids: tuple[int, ...]) -> None:
    with db.write() as session:
        db.record_change(session, PARTIES, ids)


def age(db: Database) -> tuple[Path, Path]:
    """The file's and its log's times set far back: any touch now moves them, however
    coarse the clock. The log is emptied first, so no commit here reaches the file."""
    assert db.path is not None and db.wake_path is not None
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in (db.path, db.wake_path):
        os.utime(path, ns=(0, 0))
    return db.path, db.wake_path


def wait_for_notify(feed: ChangeFeed) -> None:
    deadline = time.monotonic() + HANG_S
    while not feed.wait(0.5):
        assert time.monotonic() < deadline, "the NOTIFY never woke the feed"


def test_a_committed_change_wakes_a_follower(two_pcs: tuple[Database, Database]) -> None:
    here, there = two_pcs
    feed = ChangeFeed(here)
    try:
        if here.is_sqlite:
            file, log = age(here)
            record(there, (7,))
            assert log.stat().st_mtime_ns > 0
            assert file.stat().st_mtime_ns == 0
        else:
            feed.listen()
            record(there, (7,))
            wait_for_notify(feed)
        assert [e.ids for e in feed.poll()] == [(7,)]
    finally:
        feed.close()


def test_a_rolled_back_change_wakes_nobody(two_pcs: tuple[Database, Database]) -> None:
    here, there = two_pcs
    feed = ChangeFeed(here)
    try:
        if not here.is_sqlite:
            feed.listen()
        else:
            _file, log = age(here)
        with pytest.raises(Boom), there.write() as session:
            there.record_change(session, PARTIES, (1,))
            raise Boom
        if here.is_sqlite:
            assert log.stat().st_mtime_ns == 0
        record(there, (2,))  # a commit after it: the one wake-up there is
        if not here.is_sqlite:
            wait_for_notify(feed)
            assert not feed.wait(0)  # drained: the rolled-back write sent none
        assert [e.ids for e in feed.poll()] == [(2,)]
    finally:
        feed.close()


def test_the_touch_comes_once_the_commit_is_seen(
        two_pcs: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch) -> None:
    here, there = two_pcs
    if not here.is_sqlite:
        pytest.skip("PostgreSQL sends NOTIFY at commit itself")
    feed = ChangeFeed(here)
    seen_at_touch: list[list[tuple[int, ...]]] = []
    touch = os.utime

    def spy(path: object, *args: object, **kwargs: object) -> None:
        seen_at_touch.append([e.ids for e in feed.poll()])
        touch(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "utime", spy)
    try:
        record(there, (3,))
        record(there, (4, 5))
    finally:
        monkeypatch.undo()
        feed.close()
    assert seen_at_touch == [[(3,)], [(4, 5)]]


def test_a_file_that_cannot_be_touched_still_commits(
        two_pcs: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch) -> None:
    here, there = two_pcs
    if not here.is_sqlite:
        pytest.skip("PostgreSQL has no file to touch")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError("not the owner")

    feed = ChangeFeed(here)
    monkeypatch.setattr(os, "utime", refuse)
    try:
        record(there, (9,))
    finally:
        monkeypatch.undo()
    try:
        assert [e.ids for e in feed.poll()] == [(9,)]  # the poll finds it all the same
    finally:
        feed.close()


def test_own_commits_are_passed_over_without_the_full_read(
        two_pcs: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch) -> None:
    """A poll after this process's own commit (its touch wakes its own watcher too)
    reads no rows on SQLite; another process's commit, alone or among its own, is
    fetched whole; on PostgreSQL the poll (LISTEN's fallback) fetches each time."""
    here, there = two_pcs
    feed = ChangeFeed(here)
    full_reads: list[int] = []
    fetch = feed.fetch

    def counted() -> list[Event]:
        full_reads.append(feed.last_id)
        return fetch()

    monkeypatch.setattr(feed, "fetch", counted)
    try:
        record(here, (1,))
        assert feed.poll() == []
        assert len(full_reads) == (0 if here.is_sqlite else 1)
        record(here, (2,))
        record(there, (3,))
        record(here, (4,))
        assert [e.ids for e in feed.poll()] == [(3,)]
        record(here, (5,))
        assert feed.poll() == []
        record(there, (6,))
        assert [e.ids for e in feed.poll()] == [(6,)]
        assert feed.poll() == []
        assert len(full_reads) == (2 if here.is_sqlite else 5)
    finally:
        feed.close()

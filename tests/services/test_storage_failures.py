"""The services tell the windows which database failure a person can act on, and in which
words: a full disk, a read-only database, a lost server; anything else is not theirs."""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

import psycopg
import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.storage import (
    CONNECTION_LOST,
    DISK_FULL,
    READ_ONLY,
    STORAGE_MESSAGES,
)
from reception_desk.services.context import Services
from reception_desk.services.storage import storage_failure, storage_failure_message
from reception_desk.startup import open_database


def test_a_write_to_a_read_only_database_is_told_as_read_only(any_db_url: str,
                                                              clock) -> None:
    db, _ = open_database(any_db_url)
    statement = ("PRAGMA query_only = ON" if db.is_sqlite
                 else "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    def read_only(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(statement)
        cursor.close()
        if not db.is_sqlite:
            dbapi_connection.commit()

    event.listen(db.engine, "connect", read_only)
    db.engine.dispose()
    try:
        with pytest.raises(Exception) as caught:
            Services.open(db, clock=clock).arrivals.register(
                PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    finally:
        db.dispose()
    assert storage_failure(caught.value) == READ_ONLY
    message = storage_failure_message(caught.value)
    assert message is not None and "read-only" in message
    assert "everything saved before is safe" in message


@pytest.mark.parametrize(("error", "kind"), [
    (OperationalError("INSERT ...", {}, sqlite3.OperationalError("database or disk is full")),
     DISK_FULL),
    (OperationalError("INSERT ...", {}, psycopg.OperationalError(
        "connection failed: Connection refused")), CONNECTION_LOST),
])
def test_each_kind_has_its_own_words(error: Exception, kind: str) -> None:
    assert storage_failure(error) == kind
    assert storage_failure_message(error) == STORAGE_MESSAGES[kind]


def test_a_failure_found_among_the_causes_counts() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise RuntimeError("saving the visit failed") from exc
    except RuntimeError as outer:
        assert storage_failure(outer) == DISK_FULL
        assert storage_failure_message(outer) == STORAGE_MESSAGES[DISK_FULL]


def test_other_errors_are_not_storage_failures() -> None:
    assert storage_failure(RuntimeError("boom")) is None
    assert storage_failure_message(ValueError("bad input")) is None
    assert set(STORAGE_MESSAGES) == {DISK_FULL, READ_ONLY, CONNECTION_LOST}

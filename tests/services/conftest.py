"""Fixtures of the one-action-one-event tests: what a test module's `desk` (its own
Services fixture, on SQLite and PostgreSQL) commits and publishes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, event

from reception_desk.domain.events import Event
from reception_desk.services.context import Services


@pytest.fixture
def commits(desk: Services) -> Iterator[list[str]]:
    """Every write transaction the desk's database commits, from now on."""
    seen: list[str] = []

    def on_commit(conn: Connection) -> None:
        if conn.get_execution_options().get("rd_write", False):
            seen.append("commit")

    event.listen(desk.db.engine, "commit", on_commit)
    yield seen
    event.remove(desk.db.engine, "commit", on_commit)


@pytest.fixture
def published(desk: Services) -> Iterator[list[Event]]:
    """Every event the desk publishes, from now on."""
    seen: list[Event] = []
    stop = desk.bus.subscribe(seen.append)
    yield seen
    stop()

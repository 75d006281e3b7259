"""What a test's code asks the database: read transactions begun and SQL statements run.

Shared by the tests that check an action or a view reads once (the bar's lean read, the
customer search): each listens on the services' engine only while inside the block.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, event

from reception_desk.services.context import Services


@contextmanager
def read_transactions(services: Services) -> Iterator[list[str]]:
    """One entry per read transaction begun on the services' database while inside."""
    reads: list[str] = []

    def on_begin(conn: Connection) -> None:
        if not conn.get_execution_options().get("rd_write", False):
            reads.append("read")

    event.listen(services.db.engine, "begin", on_begin)
    try:
        yield reads
    finally:
        event.remove(services.db.engine, "begin", on_begin)


@contextmanager
def statements(services: Services) -> Iterator[list[str]]:
    """Every SQL statement run on the services' database while inside, on one line."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(services.db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(services.db.engine, "before_cursor_execute", note)

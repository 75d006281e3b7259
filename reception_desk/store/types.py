"""Column types shared by the models."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_from_text = datetime.fromisoformat


def _utc_from_sqlite(value: str | None) -> datetime | None:
    """A SQLite column's text as an aware UTC datetime, in one call for the usual text
    (what `process_bind_param` writes): `replace(tzinfo=…)` took longer than reading
    the text, and a search reads a thousand of them."""
    if value is None:
        return None
    try:
        moment = _from_text(value + "+00:00")
    except ValueError:  # a text naming its own offset
        moment = _from_text(value)
    if moment.tzinfo is UTC:
        return moment
    # A date alone reads as a naive midnight.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and always returns them aware (UTC).

    SQLite has no time zone type; PostgreSQL gets `timestamptz`.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)

    def result_processor(self, dialect: Dialect,
                         coltype: object) -> Callable[[Any], datetime | None] | None:
        # SQLite hands over text: read it straight to the same aware datetime.
        if dialect.name == "sqlite":
            return _utc_from_sqlite
        return super().result_processor(dialect, coltype)

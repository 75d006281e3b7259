"""The bulk writer stores what the ORM stores: the same datetime text on SQLite (its fast
formatting checked against UtcDateTime and SQLAlchemy's own), the same values read back
on SQLite and PostgreSQL, and model defaults for the columns a row leaves out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import DateTime, select, text
from sqlalchemy.dialects import sqlite

from reception_desk.startup import open_database
from reception_desk.store.bulk import Batch, Ids, _sqlite_moment, _sqlite_moments, write_batch
from reception_desk.store.models_customers import Customer
from reception_desk.store.types import UtcDateTime

_DIALECT = sqlite.dialect()
_STORE = DateTime().dialect_impl(_DIALECT).bind_processor(_DIALECT)
_ZONES = st.sampled_from([UTC, ZoneInfo("Asia/Shanghai"), ZoneInfo("America/New_York"),
                          timezone(timedelta(hours=5, minutes=45)),
                          timezone(-timedelta(hours=9, minutes=30))])


def _orm_text(value: datetime) -> str:
    """What the ORM writes to SQLite for this moment: UtcDateTime, then DATETIME's text."""
    naive = UtcDateTime().process_bind_param(value, _DIALECT)
    assert _STORE is not None
    stored: str = _STORE(naive)
    return stored


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1),
                    timezones=_ZONES))
def test_sqlite_moment_is_the_orms_text(value: datetime) -> None:
    assert _sqlite_moment(value) == _orm_text(value)


@pytest.mark.parametrize("convert", [_sqlite_moment, _sqlite_moments()],
                         ids=["one", "batch"])
def test_a_naive_moment_is_refused(convert: Callable[[datetime], object]) -> None:
    aware = datetime(2026, 1, 1, tzinfo=UTC)
    assert convert(aware) == "2026-01-01 00:00:00.000000"
    with pytest.raises(ValueError, match="naive"):
        convert(aware.replace(tzinfo=None))


def test_bulk_rows_read_back_as_written(any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    try:
        zone = ZoneInfo("Asia/Shanghai")
        moments = [datetime(2026, 3, 1, 9, 0, tzinfo=zone) + timedelta(minutes=37 * i,
                                                                        microseconds=i)
                   for i in range(50)]

        def build(ids: Ids) -> Batch:
            batch = Batch()
            for index, at in enumerate(moments):
                row = {"id": ids.take("customers"), "name": f"王{index}", "phone": "",
                       "created_at": at, "updated_at": at + timedelta(days=1),
                       "owner_until": None if index % 2 else at}
                batch.add("customers", row)
            return batch

        write_batch(db, build)
        with db.read() as session:
            stored = list(session.scalars(select(Customer).order_by(Customer.id)))
        assert [c.created_at for c in stored] == moments
        assert [c.updated_at for c in stored] == [m + timedelta(days=1) for m in moments]
        assert [c.owner_until for c in stored] == [
            None if i % 2 else m for i, m in enumerate(moments)]
        # Columns left out get the model's defaults.
        assert {(c.version, c.demo, c.district) for c in stored} == {(1, False, "")}
        if db.is_sqlite:
            with db.read() as session:
                raw = session.execute(text(
                    "SELECT created_at FROM customers ORDER BY id")).scalars().all()
            assert raw == [_orm_text(m) for m in moments]
    finally:
        db.dispose()


def test_bulk_updates_change_only_the_columns_named(any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    try:
        at = datetime(2026, 3, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
        made: list[int] = []

        def build(ids: Ids) -> Batch:
            batch = Batch()
            for index in range(3):
                made.append(ids.take("customers"))
                batch.add("customers", {"id": made[-1], "name": f"王{index}", "phone": "",
                                        "plate": "京A12345", "created_at": at,
                                        "updated_at": at})
            return batch

        write_batch(db, build)
        until = at + timedelta(days=90, microseconds=7)

        def update(_ids: Ids) -> Batch:
            batch = Batch()
            batch.updates["customers"] = [
                {"id": made[0], "name": "王小明", "owner_until": until},
                {"id": made[2], "name": "王大明", "owner_until": None}]
            return batch

        write_batch(db, update)
        with db.read() as session:
            stored = list(session.scalars(select(Customer).order_by(Customer.id)))
        assert [(c.name, c.owner_until, c.plate, c.created_at) for c in stored] == [
            ("王小明", until, "京A12345", at), ("王1", None, "京A12345", at),
            ("王大明", None, "京A12345", at)]
        if db.is_sqlite:
            with db.read() as session:
                raw = session.execute(text(
                    "SELECT owner_until FROM customers ORDER BY id")).scalars().all()
            assert raw == [_orm_text(until), None, None]
    finally:
        db.dispose()

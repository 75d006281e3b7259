"""The audit hash chain: a fixed format, and the first broken row is found."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from reception_desk.domain.audit_chain import GENESIS, ChainRow, chain_hash, row_hash, verify

T0 = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def chain(n: int) -> list[ChainRow]:
    rows: list[ChainRow] = []
    previous = GENESIS
    for i in range(1, n + 1):
        row = ChainRow(i, T0 + timedelta(minutes=i), "王经理", 3, "export", "calls",
                       f"{i} rows, full", "")
        row = replace(row, hash=row_hash(previous, row))
        rows.append(row)
        previous = row.hash
    return rows


def test_the_format_never_changes() -> None:
    # Stored data depends on it: a change here breaks every existing log.
    assert chain_hash("", T0, "王经理", 3, "export", "calls", "12 rows, full") == (
        "ca4ab62e3019a66548ae8f40ce83994d8a275a283f9f5b6982285b708fd81bb7")
    first = chain_hash("", T0, "a", None, "login", "", "")
    assert len(first) == 64 and first == chain_hash(GENESIS, T0, "a", None, "login", "", "")


def test_the_same_moment_in_any_zone_hashes_the_same() -> None:
    shanghai = timezone(timedelta(hours=8))
    naive_utc = T0.replace(tzinfo=None)
    assert chain_hash("", T0.astimezone(shanghai), "a", 1, "x", "", "") == \
        chain_hash("", T0, "a", 1, "x", "", "") == chain_hash("", naive_utc, "a", 1, "x", "", "")


def test_an_intact_chain_verifies() -> None:
    report = verify(chain(5))
    assert report.ok and report.rows == 5 and report.head == chain(5)[-1].hash
    assert verify([]).ok and verify([]).head == GENESIS


def test_an_edited_row_is_the_first_break() -> None:
    rows = chain(5)
    rows[2] = replace(rows[2], detail="0 rows, full")
    report = verify(rows)
    assert not report.ok and report.broken is not None
    assert report.broken.row.id == 3


def test_a_deleted_row_breaks_the_next() -> None:
    rows = chain(5)
    del rows[1]
    report = verify(rows)
    assert report.broken is not None and report.broken.row.id == 3


def test_an_inserted_row_is_found() -> None:
    rows = chain(4)
    forged = ChainRow(99, T0, "someone", None, "export", "calls", "", "f" * 64)
    rows.insert(2, forged)
    report = verify(rows)
    assert report.broken is not None and report.broken.row.id == 99


def test_a_rehashed_edit_breaks_the_row_after_it() -> None:
    rows = chain(5)
    edited = replace(rows[1], actor="someone else")
    rows[1] = replace(edited, hash=row_hash(rows[0].hash, edited))
    report = verify(rows)
    assert report.broken is not None and report.broken.row.id == 3

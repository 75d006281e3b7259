"""The audit log's hash chain: each row's hash covers the previous row's hash and its own fields.

    hash(row n) = sha256( hash(row n-1) + "\\n" + canonical(row n) )   (row 1: previous "")

`canonical` is a JSON array of the row's fields in a fixed order: the time in
UTC with microseconds, who, their account id, the action, target and detail.
Editing a row changes its hash; deleting or inserting a row breaks the link of
the row after it; both are found by `first_break`. The row id is not hashed
(a renumbering that keeps the order changes nothing that matters), so the hash
can be computed before the database assigns the id.

This format is part of the stored data: never change it (a new format would
need a new column and a migration). Pure Python, no I/O.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

#: The "previous hash" of the first row.
GENESIS = ""


@dataclass(frozen=True)
class ChainRow:
    """One audit row as stored, with the hash stored beside it."""

    id: int
    at: datetime
    actor: str
    account_id: int | None
    action: str
    target: str
    detail: str
    hash: str


@dataclass(frozen=True)
class ChainBreak:
    """The first row whose stored hash does not follow from the rows before it."""

    row: ChainRow
    #: The hash the row should carry after the rows before it.
    expected: str


def _utc_text(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)  # stored as UTC without a zone (SQLite)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(at: datetime, actor: str, account_id: int | None, action: str, target: str,
              detail: str) -> str:
    """The fields of one row as one fixed text."""
    return json.dumps([_utc_text(at), actor, account_id, action, target, detail],
                      ensure_ascii=False, separators=(",", ":"))


def chain_hash(previous: str, at: datetime, actor: str, account_id: int | None, action: str,
               target: str, detail: str) -> str:
    """The hash of a row that follows a row hashed `previous` (GENESIS for the first)."""
    text = previous + "\n" + canonical(at, actor, account_id, action, target, detail)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_hash(previous: str, row: ChainRow) -> str:
    return chain_hash(previous, row.at, row.actor, row.account_id, row.action, row.target,
                      row.detail)


@dataclass(frozen=True)
class ChainReport:
    """What walking the chain found."""

    rows: int
    head: str
    broken: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify(rows: Iterable[ChainRow]) -> ChainReport:
    """Walk the rows in id order; report the first one that does not follow."""
    previous = GENESIS
    count = 0
    for row in rows:
        count += 1
        expected = row_hash(previous, row)
        if row.hash != expected:
            # This row was edited, or a row before it was deleted or inserted.
            return ChainReport(count, previous, ChainBreak(row, expected))
        previous = row.hash
    return ChainReport(count, previous, None)

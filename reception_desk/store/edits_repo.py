"""The version check and the edit log behind every form save (optimistic locking)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.edits import RECORD_NAMES, Edit, FieldChange, StaleEditError, field_changes
from .models import RecordEdit


class EditLog:
    """Checks the version a form read and records each saved edit."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def since(self, table: str, record_id: int, version: int) -> list[Edit]:
        rows = self.session.scalars(
            select(RecordEdit).where(RecordEdit.table_name == table,
                                     RecordEdit.record_id == record_id,
                                     RecordEdit.version > version)
            .order_by(RecordEdit.version)).all()
        return [Edit(r.version, r.at, r.actor,
                     tuple(FieldChange(*change) for change in json.loads(r.changes)))
                for r in rows]

    def check(self, table: str, record_id: int, current: int, expected: int | None) -> None:
        """Refuse a save over a newer version (expected None: the caller does not check)."""
        if expected is not None and expected != current:
            raise StaleEditError(RECORD_NAMES.get(table, table), expected, current,
                                 self.since(table, record_id, expected))

    def save(self, table: str, row: Any, expected: int | None, before: Mapping[str, object],
             after: Mapping[str, object], labels: Mapping[str, str], actor: str,
             at: datetime) -> None:
        """Check `expected` against the row's version, then bump it and log what changed.

        Runs inside the caller's write transaction, which holds the site's write lock,
        so the check and the bump cannot interleave with another PC's save.
        """
        row.version = self.save_values(table, row.id, row.version, expected, before, after,
                                       labels, actor, at)

    def save_values(self, table: str, record_id: int, current: int, expected: int | None,
                    before: Mapping[str, object], after: Mapping[str, object],
                    labels: Mapping[str, str], actor: str, at: datetime) -> int:
        """As `save` for a record kept elsewhere (the site settings): the new version."""
        self.check(table, record_id, current, expected)
        changes = field_changes(before, after, labels)
        if not changes:
            return current
        self.session.add(RecordEdit(
            at=at, table_name=table, record_id=record_id, version=current + 1,
            actor=actor[:60], changes=json.dumps([[c.field, c.old, c.new] for c in changes],
                                                 ensure_ascii=False)))
        return current + 1

"""A window prunes the change feed's old rows once it is up, not before its first paint
(the prune is a write that may wait for another PC's lock)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.timeutil import utc_now
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.database import Database
from reception_desk.store.models import Change
from reception_desk.ui import events
from reception_desk.ui.events import EventBridge


def change_rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Change)) or 0)


def test_old_feed_rows_go_once_the_window_is_up(
        qtbot, any_db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = open_database(any_db_url)
    try:
        # Three days later: the row the registration writes now is past keeping.
        services = Services.open(db, clock=lambda: utc_now() + timedelta(days=3))
        services.arrivals.register(PartyDraft("旧", Honorific.MR, 1, VisitKind.WALK_IN, "网络"))
        assert change_rows(db) == 1
        monkeypatch.setattr(events, "PRUNE_AFTER_MS", 50)
        bridge = EventBridge(services)
        bridge.start_feed()
        assert change_rows(db) == 1                      # not while the window starts
        qtbot.waitUntil(lambda: change_rows(db) == 0)
        bridge.stop()
    finally:
        db.dispose()

"""A demo that fails part-way through its history keeps the whole days before the failure
and nothing of the day that failed (one transaction a day), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from reception_desk.demo import history, history_calls
from reception_desk.demo.fill import fill_demo
from reception_desk.domain.timeutil import local_date
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.models import Party, StageMove
from reception_desk.store.models_customers import Call
from tests.demo.demo_helpers import NOW, ZONE


class _Broken(RuntimeError):
    pass


def test_a_failure_keeps_the_earlier_days_whole(any_db_url: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db, _ = open_database(any_db_url)
    try:
        services = Services.open(db, clock=lambda: NOW)
        real_calls = history_calls.day_calls
        built: list[date] = []

        def calls_failing_on_the_third_day(days: history.History, ids: Any, batch: Any,
                                           day: date, touched: set[str]) -> None:
            # The third day's parties, rotation and bar rows are built: then it fails.
            if len(built) == 2:
                raise _Broken("disk full")
            real_calls(days, ids, batch, day, touched)
            built.append(day)

        monkeypatch.setattr(history, "day_calls", calls_failing_on_the_third_day)
        with pytest.raises(_Broken):
            fill_demo(services, 6, False, rng_seed=3)

        with db.read() as session:
            parties = list(session.scalars(select(Party)))
            moves = Counter(m.party_id for m in session.scalars(select(StageMove)))
            calls = list(session.scalars(select(Call)))
        days = {local_date(p.arrived_at, ZONE) for p in parties}
        assert days == set(built)
        # Every stored party is whole: arrived and left, with its moves.
        assert all(p.departed_at is not None and moves[p.id] >= 2 for p in parties)
        assert {local_date(c.at, ZONE) for c in calls} <= set(built)
        assert calls
    finally:
        db.dispose()

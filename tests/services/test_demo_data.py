"""Demo data: refuses real data, writes N realistic days, and never double-books a place."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from reception_desk.domain.events import EVERYTHING, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.stages import STAGE_ORDER, UNRECEIVED, Stage
from reception_desk.domain.timeutil import local_date
from reception_desk.services.context import Services
from reception_desk.services.demo import (
    DEMO_FLAG,
    DemoRefusedError,
    DemoSummary,
    fill_demo,
)
from reception_desk.services.demo_pool import CONSULTANTS
from reception_desk.startup import open_database
from reception_desk.store.database import Database
from reception_desk.store.models import Party, StageMove
from reception_desk.store.parties import PartyRepository, to_record

if TYPE_CHECKING:
    from conftest import FakeClock


def all_records(services: Services) -> list[PartyRecord]:
    with services.db.read() as session:
        parties = session.scalars(select(Party).order_by(Party.arrived_at, Party.id)).all()
        return [to_record(p) for p in parties]


def seat_intervals(db: Database, end: datetime) -> dict[str, list[tuple[datetime, datetime]]]:
    """Who sat where, from the append-only move log: (seated at, stood up at)."""
    with db.read() as session:
        moves = session.scalars(select(StageMove).where(StageMove.undone_at.is_(None))
                                .order_by(StageMove.party_id, StageMove.id)).all()
    by_party: dict[int, list[StageMove]] = defaultdict(list)
    for move in moves:
        by_party[move.party_id].append(move)
    taken: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for party_moves in by_party.values():
        for index, move in enumerate(party_moves):
            if move.to_place:
                later = party_moves[index + 1:]
                taken[move.to_place].append((move.at, later[0].at if later else end))
    return taken


NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # Saturday 10:00 in Shanghai


@dataclass
class Demo:
    services: Services
    summary: DemoSummary
    now: datetime


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """Four days of demo data, made once for the tests that only read it."""
    db, _ = open_database(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}")
    services = Services.open(db, clock=lambda: NOW)
    yield Demo(services, fill_demo(services, 4, False, rng_seed=7), NOW)
    db.dispose()


def test_refuses_real_data_and_writes_nothing(services: Services) -> None:
    services.arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    with pytest.raises(DemoRefusedError) as caught:
        fill_demo(services, 3, False, rng_seed=1)
    assert caught.value.real_parties == 1
    assert "1 real visits" in str(caught.value)
    assert len(all_records(services)) == 1
    assert services.settings.flag(DEMO_FLAG) is None


def test_force_adds_demo_data_beside_real_data(services: Services) -> None:
    real = services.arrivals.register(
        PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    services.arrivals.move(real.id, Stage.SEATED, "VIP1")
    summary = fill_demo(services, 2, True, rng_seed=1)
    records = all_records(services)
    assert len(records) == summary.parties + 1
    assert services.arrivals.get(real.id).place == "VIP1"  # untouched
    # The real party keeps VIP1: no demo party sits there now.
    assert services.arrivals.occupied_places()["VIP1"] == real.id
    with services.db.read() as session:
        assert PartyRepository(session).count_real() == 1


def test_four_days_ending_today(demo: Demo) -> None:
    services, summary = demo.services, demo.summary
    zone = services.settings.current().zone()
    today = local_date(demo.now, zone)
    records = all_records(services)
    days = sorted({local_date(r.arrived_at, zone) for r in records})
    assert days == [today - timedelta(days=n) for n in (3, 2, 1, 0)]
    assert (summary.days, summary.first_day, summary.last_day) == (4, days[0], today)
    assert summary.parties == len(records)
    assert summary.people == sum(r.size for r in records)
    with services.db.read() as session:
        assert session.scalars(select(Party.demo)).all() == [True] * len(records)
    assert services.settings.flag(DEMO_FLAG) is True


def test_nothing_happens_in_the_future(demo: Demo) -> None:
    for record in all_records(demo.services):
        assert record.arrived_at <= demo.now
        assert all(at <= demo.now for at in record.stage_times.values())


def test_past_days_are_realistic(demo: Demo) -> None:
    zone = demo.services.settings.current().zone()
    today = local_date(demo.now, zone)
    past = [r for r in all_records(demo.services) if local_date(r.arrived_at, zone) < today]
    assert past
    per_day = Counter(local_date(r.arrived_at, zone) for r in past)
    assert all(9 <= n <= 27 for n in per_day.values())  # 8-25 parties + 1-2 invalid
    invalid_per_day = Counter(local_date(r.arrived_at, zone) for r in past if r.invalid_reason)
    assert set(invalid_per_day) == set(per_day)
    assert all(1 <= n <= 2 for n in invalid_per_day.values())
    for record in past:
        local = record.arrived_at.astimezone(zone).time()
        assert time(9) <= local < time(18)
        assert record.departed and record.departed_at is not None
        assert record.place is None
        assert 1 <= record.size <= 5
        minutes = (record.departed_at - record.arrived_at).total_seconds() / 60
        if record.invalid_reason is None:
            assert 20 <= minutes <= 125
            assert record.consultant in CONSULTANTS
            assert Stage.SAND_TABLE in record.stage_times
        # Stages were visited in their natural order.
        by_time = sorted(record.stage_times, key=lambda s: record.stage_times[s])
        assert by_time == sorted(record.stage_times, key=STAGE_ORDER.index)
    kinds = Counter(r.kind for r in past)
    assert kinds[VisitKind.APPOINTMENT] and kinds[VisitKind.WALK_IN]
    assert any(r.plate for r in past) and any(r.phone for r in past)
    assert any(r.last_place for r in past)
    assert any(Stage.SHOW_FLAT in r.stage_times for r in past)
    assert len({r.consultant for r in past if r.consultant}) >= 5  # the whole team works


def test_returning_customers_keep_their_consultant(demo: Demo) -> None:
    records = all_records(demo.services)
    returning = [r for r in records if r.returning]
    assert returning
    by_id = {r.id: r for r in records}
    for record in returning:
        assert record.previous_party_id in by_id
        earlier = by_id[record.previous_party_id]  # type: ignore[index]
        assert earlier.phone == record.phone and earlier.arrived_at < record.arrived_at
        assert earlier.surname == record.surname
        if earlier.consultant and record.consultant:
            assert record.consultant == earlier.consultant


def test_today_shows_every_kind_of_state(demo: Demo) -> None:
    services, now = demo.services, demo.now
    settings = services.settings.current()
    board = services.arrivals.list_day(services.arrivals.today())
    stages = Counter(r.stage for r in board)
    assert stages[Stage.DEPARTED] >= 2
    assert stages[Stage.ARRIVED] + stages[Stage.PARKED] >= 2  # just arrived
    assert stages[Stage.RECEIVED] >= 2
    assert 3 <= stages[Stage.SEATED] <= 4
    assert stages[Stage.SHOW_FLAT] >= 1
    assert any(r.waiting_too_long(now, settings.wait_alert_minutes) for r in board)
    assert any(r.unreceived and not r.waiting_too_long(now, settings.wait_alert_minutes)
               for r in board)
    seated = [r for r in board if r.stage is Stage.SEATED]
    assert all(r.place in settings.places for r in seated)
    assert len({r.place for r in seated}) == len(seated)
    assert all(r.consultant for r in board if r.stage not in UNRECEIVED and not r.departed)
    assert demo.summary.in_building == sum(1 for r in board if not r.departed)
    assert demo.summary.today_parties == len(board)


def test_no_place_is_ever_double_booked(demo: Demo) -> None:
    spans_by_place = seat_intervals(demo.services.db, demo.now)
    assert len(spans_by_place) >= 3
    for place, spans in spans_by_place.items():
        spans.sort()
        for (_, first_end), (second_start, _) in pairwise(spans):
            assert first_end <= second_start, f"{place} double-booked at {second_start}"


def test_early_morning_puts_today_in_the_last_hour(db: Database, clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # 07:30 in Shanghai
    services = Services.open(db, clock=clock)
    fill_demo(services, 1, False, rng_seed=5)
    board = services.arrivals.list_day(services.arrivals.today())
    assert board
    assert all(clock.now - timedelta(minutes=61) <= r.arrived_at <= clock.now for r in board)
    assert Counter(r.stage for r in board)[Stage.SEATED] >= 3


def test_running_again_replaces_the_earlier_demo(services: Services) -> None:
    heard: list[Event] = []
    services.bus.subscribe(heard.append)
    first = fill_demo(services, 2, False, rng_seed=1)
    second = fill_demo(services, 2, False, rng_seed=2)
    assert second.deleted == first.parties
    assert len(all_records(services)) == second.parties
    assert [e.topic for e in heard] == [EVERYTHING, EVERYTHING]  # one refresh per run


def test_same_seed_same_data(tmp_path: Path, clock: FakeClock) -> None:
    def snapshot(name: str) -> list[tuple[object, ...]]:
        db, _ = open_database(f"sqlite:///{tmp_path / name}")
        try:
            services = Services.open(db, clock=clock)
            fill_demo(services, 2, False, rng_seed=42)
            return [(r.arrived_at, r.name, r.size, r.phone, r.plate, r.stage, r.place,
                     r.consultant, tuple(sorted(r.stage_times.items())))
                    for r in all_records(services)]
        finally:
            db.dispose()

    assert snapshot("a.db") == snapshot("b.db")


def test_progress_is_reported(services: Services) -> None:
    seen: list[tuple[int, int]] = []
    fill_demo(services, 1, False, rng_seed=1, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]


def test_days_out_of_range(services: Services) -> None:
    for days in (0, 366):
        with pytest.raises(Exception, match="1 to 365"):
            fill_demo(services, days, False)


@pytest.mark.postgres
def test_demo_on_postgres(pg_url: str, clock: FakeClock) -> None:
    db, _ = open_database(pg_url)
    try:
        services = Services.open(db, clock=clock)
        summary = fill_demo(services, 1, False, rng_seed=9)
        assert len(all_records(services)) == summary.parties
        again = fill_demo(services, 1, False, rng_seed=9)
        assert again.deleted == summary.parties
    finally:
        db.dispose()

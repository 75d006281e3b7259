"""Demo data: refuses real data, writes N realistic days, and never double-books a place."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from reception_desk.demo.fill import (
    DEMO_FLAG,
    DemoRefusedError,
    fill_demo,
)
from reception_desk.demo.sample_values import CONSULTANTS
from reception_desk.domain.events import EVERYTHING, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.rotation import (
    AssignMode,
)
from reception_desk.domain.stages import STAGE_ORDER, UNRECEIVED, Stage
from reception_desk.domain.timeutil import local_date
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.database import Database
from reception_desk.store.models import (
    Party,
)
from reception_desk.store.parties import PartyRepository

if TYPE_CHECKING:
    from tests.conftest import FakeClock


from tests.demo.demo_helpers import (
    Demo,
    all_records,
    assign_modes,
    bar_rows,
    party_rows,
    seat_intervals,
)


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
    for day, n in per_day.items():  # weekdays 20-40 parties, weekends 60-120, + 1-2 invalid
        assert (61 <= n <= 122) if day.weekday() >= 5 else (21 <= n <= 42), (day, n)
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


def test_returning_customers_keep_their_owner(demo: Demo) -> None:
    """A returning customer goes to the owner of their last visit (rule 5), without a
    turn; when the owner is away a stand-in receives them and the owner stays the owner."""
    records = all_records(demo.services)
    returning = [r for r in records if r.returning]
    assert returning
    by_id = {r.id: r for r in records}
    rows = party_rows(demo.services)
    modes = assign_modes(demo.services)
    days = demo.services.settings.current().ownership_visit_days
    names = demo.services.rotation.names()
    kept = stood_in = 0
    for record in returning:
        assert record.previous_party_id in by_id
        earlier = by_id[record.previous_party_id]
        assert earlier.phone == record.phone and earlier.arrived_at < record.arrived_at
        assert earlier.surname == record.surname
        row, before = rows[record.id], rows[earlier.id]
        if row.consultant_id is None or before.owner_id is None:
            continue  # not received yet (today's board)
        assert record.arrived_at - earlier.arrived_at <= timedelta(days=days)
        assert row.owner_id == before.owner_id
        if row.consultant_id == before.owner_id:
            assert modes[record.id] is AssignMode.RETURNING
            assert record.consultant == names[before.owner_id]
            kept += 1
        else:
            assert modes[record.id] is AssignMode.STAND_IN
            stood_in += 1
    assert kept and stood_in >= 0


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
            bar = bar_rows(services)
            return [(r.arrived_at, r.name, r.size, r.phone, r.plate, r.stage, r.place,
                     r.consultant, tuple(sorted(r.stage_times.items())))
                    for r in all_records(services)] + [
                (e.at, e.kind, e.consultant, e.party, e.mode, e.status, e.position_before,
                 e.position_after, e.actor, e.reason)
                for e in services.rotation.log(date(2026, 11, 1), date(2026, 11, 30))] + [
                (o.id, o.party_id, o.place, o.source, o.status, o.from_refill, o.created_at,
                 o.served_at, tuple((x.name, x.count) for x in o.lines))
                for o in bar["orders"]] + [
                (c.party_id, c.due_at, c.done_at, c.outcome) for c in bar["checks"]] + [
                (m.stock_item_id, m.at, m.kind, m.quantity) for m in bar["movements"]] + [
                (c.day, c.expected, c.counted) for c in bar["counts"]] + [
                (r.party_id, r.at, r.text) for r in bar["remarks"]]
        finally:
            db.dispose()

    assert snapshot("a.db") == snapshot("b.db")


def test_progress_is_reported(services: Services) -> None:
    seen: list[tuple[int, int]] = []
    fill_demo(services, 1, False, rng_seed=1, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]


def test_days_out_of_range(services: Services) -> None:
    for days in (0, 1101):
        with pytest.raises(Exception, match="1 to 1100"):
            fill_demo(services, days, False)

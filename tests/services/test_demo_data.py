"""Demo data: refuses real data, writes N realistic days, and never double-books a place."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.events import EVERYTHING, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.rotation import (
    AssignMode,
    DutyStatus,
    EventKind,
    RotationRules,
    apply,
    classify,
    replay,
)
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
from reception_desk.store.models import Consultant, Party, RotationEntry, StageMove
from reception_desk.store.parties import PartyRepository, to_record
from reception_desk.store.rotation_repo import to_event

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


@dataclass(frozen=True)
class PartyRow:
    consultant_id: int | None
    owner_id: int | None
    demo: bool


def party_rows(services: Services) -> dict[int, PartyRow]:
    with services.db.read() as session:
        return {p.id: PartyRow(p.consultant_id, p.owner_id, p.demo)
                for p in session.scalars(select(Party))}


def rotation_rows(services: Services) -> list[RotationEntry]:
    with services.db.read() as session:
        rows = session.scalars(select(RotationEntry).order_by(RotationEntry.at,
                                                               RotationEntry.id)).all()
        session.expunge_all()
        return list(rows)


def assign_modes(services: Services) -> dict[int, AssignMode]:
    """The mode of each party's (last) assignment."""
    return {r.party_id: AssignMode(r.mode) for r in rotation_rows(services)
            if r.kind == EventKind.ASSIGN.value and r.party_id is not None and r.mode}


NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # Saturday 10:00 in Shanghai
ZONE = ZoneInfo("Asia/Shanghai")


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
        earlier = by_id[record.previous_party_id]  # type: ignore[index]
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
            return [(r.arrived_at, r.name, r.size, r.phone, r.plate, r.stage, r.place,
                     r.consultant, tuple(sorted(r.stage_times.items())))
                    for r in all_records(services)] + [
                (e.at, e.kind, e.consultant, e.party, e.mode, e.status, e.position_before,
                 e.position_after, e.actor, e.reason)
                for e in services.rotation.log(date(2026, 11, 1), date(2026, 11, 30))]
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


def rows_by_day(demo: Demo) -> dict[date, list[RotationEntry]]:
    zone = demo.services.settings.current().zone()
    days: dict[date, list[RotationEntry]] = defaultdict(list)
    for row in rotation_rows(demo.services):
        days[local_date(row.at, zone)].append(row)
    return days


def test_a_roster_of_eight_demo_consultants(demo: Demo) -> None:
    with demo.services.db.read() as session:
        roster = session.scalars(select(Consultant).order_by(Consultant.staff_no)).all()
        assert [c.staff_no for c in roster] == [f"XS{n:03d}" for n in range(1, 9)]
        assert sorted(c.name for c in roster) == sorted(CONSULTANTS)
        assert all(c.demo and c.active and len(c.phone) == 11 for c in roster)


def test_each_day_the_team_signs_in_before_the_first_customer(demo: Demo) -> None:
    days = rows_by_day(demo)
    today = demo.summary.last_day
    assert sorted(days) == [today - timedelta(days=n) for n in (3, 2, 1, 0)]
    orders = []
    for day, rows in days.items():
        signed = [r.consultant_id for r in rows if r.kind == EventKind.SIGN_IN.value]
        first_assign = next(r.at for r in rows if r.kind == EventKind.ASSIGN.value)
        team = [r.consultant_id for r in rows
                if r.kind == EventKind.SIGN_IN.value and r.at < first_assign]
        assert len(set(team)) == len(team)
        assert (len(team) == 8) if day == today else (6 <= len(team) <= 8), day
        assert team == signed[:len(team)]
        assert all(r.actor == "前台" for r in rows if r.kind == EventKind.SIGN_IN.value)
        orders.append(tuple(team))
    assert len(set(orders)) == len(orders)  # a different order every day


def test_lunch_in_turns_errands_and_signing_off(demo: Demo) -> None:
    zone = demo.services.settings.current().zone()
    past = {d: rows for d, rows in rows_by_day(demo).items() if d < demo.summary.last_day}
    errands = 0
    for day, rows in past.items():
        statuses = [r for r in rows if r.kind == EventKind.STATUS.value]
        breaks = [r for r in statuses if r.status == DutyStatus.BREAK.value]
        assert 1 <= len(breaks) <= 2, day
        for gone in breaks:
            back = next(r for r in statuses if r.consultant_id == gone.consultant_id
                        and r.at > gone.at)
            assert back.status == DutyStatus.AVAILABLE.value
            assert time(11, 30) <= gone.at.astimezone(zone).time()
            assert back.at.astimezone(zone).time() <= time(13, 0)
        errands += sum(r.status == DutyStatus.OUT.value for r in statuses)
        # At the end of the day everyone signs off (下班) and nobody is left on duty.
        state = replay([to_event(r) for r in rows], RotationRules())
        assert state.order == []
        assert statuses[-1].status == DutyStatus.OFF.value
        assert statuses[-1].at.astimezone(zone).time() >= time(18)
    assert errands >= 1


def test_every_reception_follows_the_rotation_rules(demo: Demo) -> None:
    """Replaying each day, every assignment is what the rules call it at that moment."""
    parties = party_rows(demo.services)
    records = {r.id: r for r in all_records(demo.services)}
    names = demo.services.rotation.names()
    modes: Counter[AssignMode] = Counter()
    rules = RotationRules()
    for rows in rows_by_day(demo).values():
        state = replay([], rules)
        for row in rows:
            event = to_event(row)
            if row.kind == EventKind.ASSIGN.value:
                assert row.party_id is not None
                mode = AssignMode(row.mode)
                modes[mode] += 1
                party = parties[row.party_id]
                owner = party.owner_id if mode in (AssignMode.RETURNING,
                                                   AssignMode.STAND_IN) else None
                assert classify(state, row.consultant_id, owner) is mode, row.id
                if mode in (AssignMode.TURN, AssignMode.FILL_IN):
                    # The up consultant, or (nobody free) the head of the queue.
                    assert row.consultant_id == (state.up() or state.order[0])
                assert row.position_before == state.position(row.consultant_id)
                assert party.consultant_id == row.consultant_id
                assert records[row.party_id].consultant == names[row.consultant_id]
            state = apply(state, event, rules)
    assert modes[AssignMode.TURN] > modes[AssignMode.FILL_IN] > 0
    assert modes[AssignMode.RETURNING] > 0
    assert modes[AssignMode.OVERRIDE] == 1
    received = [r for r in records.values() if Stage.RECEIVED in r.stage_times]
    assert received and all(parties[r.id].consultant_id is not None for r in received)
    # Nobody else has a consultant: the rotation is the only way to get one.
    assert all(parties[r.id].consultant_id is None for r in records.values()
               if Stage.RECEIVED not in r.stage_times)


def test_one_manager_override_and_now_and_then_a_missed_turn(demo: Demo) -> None:
    rows = rotation_rows(demo.services)
    overrides = [r for r in rows if r.mode == AssignMode.OVERRIDE.value]
    assert len(overrides) == 1
    assert (overrides[0].actor, overrides[0].reason) == ("李经理", "客户指定置业顾问")
    missed = [r for r in rows if r.kind == EventKind.MISSED.value]
    assert missed
    for row in missed:
        # Called while up, absent: to the back of the queue; the next one takes the party.
        day = [r for r in rows_by_day(demo)[local_date(row.at, ZONE)] if r.id < row.id]
        before = replay([to_event(r) for r in day], RotationRules())
        assert before.up() == row.consultant_id
        assert row.position_after == len(before.order)
        taker = next(r for r in rows if r.id > row.id)
        assert taker.kind == EventKind.ASSIGN.value and taker.at == row.at
        assert taker.consultant_id == before.on_deck()


def test_an_invalid_reception_a_day_gives_the_turn_back(demo: Demo) -> None:
    for day, rows in rows_by_day(demo).items():
        restores = [r for r in rows if r.kind == EventKind.RESTORE.value]
        if day < demo.summary.last_day:
            assert len(restores) == 1, day
        for restore in restores:
            assigned = next(r for r in rows if r.kind == EventKind.ASSIGN.value
                            and r.party_id == restore.party_id)
            assert restore.at - assigned.at <= timedelta(minutes=10)
            assert restore.position_after == assigned.position_before
            assert restore.reason == "invalid reception"


def test_the_demo_log_exports_and_counts(demo: Demo) -> None:
    first, last = demo.summary.first_day, demo.summary.last_day
    log = demo.services.rotation.log(first, last)
    assert len(log) == len(rotation_rows(demo.services))
    stats = demo.services.rotation.stats(first, last)
    assert len(stats) == 8
    assert sum(s.overrides for s in stats) == 1
    assert sum(s.invalid for s in stats) >= 3
    assigned = Counter(e.consultant_id for e in log if e.kind is EventKind.ASSIGN
                       and e.mode in (AssignMode.TURN, AssignMode.FILL_IN,
                                      AssignMode.OVERRIDE, AssignMode.STAND_IN))
    for row in stats:
        assert row.valid + row.invalid == assigned[row.consultant_id]


def test_running_again_keeps_real_consultants(services: Services, clock: FakeClock) -> None:
    real = services.rotation.save_consultant(ConsultantDraft("何真", "XS001"))
    first = fill_demo(services, 2, False, rng_seed=3)  # a real consultant is no real visit
    with services.db.read() as session:
        numbers = sorted(c.staff_no for c in session.scalars(
            select(Consultant).where(Consultant.demo.is_(True))))
    assert numbers == [f"XS{n:03d}" for n in range(2, 10)]
    # Someone tries the demo on real work: a real party received by a demo consultant.
    party = services.arrivals.register(
        PartyDraft("钱", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    proposal = services.rotation.propose("", party.id)
    assert proposal.consultant_id is not None
    services.rotation.sign_in(real.id)
    services.rotation.assign(party.id, proposal.consultant_id)
    with pytest.raises(DemoRefusedError):
        fill_demo(services, 2, False, rng_seed=4)
    second = fill_demo(services, 2, True, rng_seed=4)
    assert second.deleted == first.parties
    with services.db.read() as session:
        consultants = session.scalars(select(Consultant)).all()
        assert len(consultants) == 9
        assert [(c.id, c.name, c.demo) for c in consultants if not c.demo] == \
            [(real.id, "何真", False)]
        kept = session.get(Party, party.id)
        assert kept is not None and kept.consultant_id is None and kept.owner_id is None
        assert kept.consultant == services.arrivals.get(party.id).consultant != ""
        ids = {c.id for c in consultants}
        events = session.scalars(select(RotationEntry)).all()
        assert all(e.consultant_id in ids for e in events)
        # The real consultant's own sign-in survives; the demo consultant's
        # assignment of the real party went with the demo.
        assert [e.kind for e in events if e.consultant_id == real.id] == ["sign_in"]
        assert not [e for e in events if e.party_id == party.id]


@pytest.mark.postgres
def test_demo_on_postgres(pg_url: str, clock: FakeClock) -> None:
    db, _ = open_database(pg_url)
    try:
        services = Services.open(db, clock=clock)
        summary = fill_demo(services, 1, False, rng_seed=9)
        assert len(all_records(services)) == summary.parties
        again = fill_demo(services, 1, False, rng_seed=9)
        assert again.deleted == summary.parties
        with db.read() as session:
            assert len(session.scalars(select(Consultant)).all()) == 8
            assert session.scalars(select(RotationEntry)).first() is not None
    finally:
        db.dispose()

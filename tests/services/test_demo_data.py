"""Demo data: refuses real data, writes N realistic days, and never double-books a place."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from reception_desk.domain.bar import DrinkCategory, OrderLine, TimerState
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
from reception_desk.services.demo_bar import DEMO_MENU, DEMO_STOCK, LOW_ITEM, REMARKS
from reception_desk.services.demo_pool import CONSULTANTS
from reception_desk.startup import open_database
from reception_desk.store.database import Database
from reception_desk.store.models import (
    Consultant,
    DrinkOrder,
    MenuItem,
    Party,
    RefillCheck,
    Remark,
    RotationEntry,
    StageMove,
    StockCount,
    StockItem,
    StockMovement,
    TableTask,
)
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
        first_bar = bar_rows(services)
        assert first_bar["orders"] and first_bar["movements"] and first_bar["tasks"]
        again = fill_demo(services, 1, False, rng_seed=9)
        assert again.deleted == summary.parties
        with db.read() as session:
            assert len(session.scalars(select(Consultant)).all()) == 8
            assert session.scalars(select(RotationEntry)).first() is not None
        # The bar's demo rows were deleted in an order PostgreSQL's foreign keys accept.
        second_bar = bar_rows(services)
        assert len(second_bar["menu"]) == len(DEMO_MENU)
        assert len(second_bar["stock"]) == len(DEMO_STOCK)
        assert not {o.id for o in first_bar["orders"]} & {o.id for o in second_bar["orders"]}
    finally:
        db.dispose()


# -- the water bar ------------------------------------------------------------------------

def bar_rows(services: Services) -> dict[str, list[Any]]:
    """Every bar row, detached, by table."""
    models = {"orders": DrinkOrder, "checks": RefillCheck, "tasks": TableTask,
              "movements": StockMovement, "counts": StockCount, "remarks": Remark,
              "menu": MenuItem, "stock": StockItem}
    with services.db.read() as session:
        found = {name: list(session.scalars(select(model).order_by(model.id)))
                 for name, model in models.items()}
        for order in found["orders"]:
            _ = order.lines
        session.expunge_all()
        return found


def seated_spans(db: Database, end: datetime) -> dict[int, list[tuple[datetime, datetime, str]]]:
    """Each party's seated spans from the move log: (sat down, got up, place)."""
    spans: dict[int, list[tuple[datetime, datetime, str]]] = defaultdict(list)
    for place, taken in seat_intervals_by_party(db, end).items():
        for party, start, stop in taken:
            spans[party].append((start, stop, place))
    return spans


def seat_intervals_by_party(db: Database,
                            end: datetime) -> dict[str, list[tuple[int, datetime, datetime]]]:
    with db.read() as session:
        moves = session.scalars(select(StageMove).where(StageMove.undone_at.is_(None))
                                .order_by(StageMove.party_id, StageMove.id)).all()
    by_party: dict[int, list[StageMove]] = defaultdict(list)
    for move in moves:
        by_party[move.party_id].append(move)
    taken: dict[str, list[tuple[int, datetime, datetime]]] = defaultdict(list)
    for party, party_moves in by_party.items():
        for index, move in enumerate(party_moves):
            if move.to_place:
                later = party_moves[index + 1:]
                taken[move.to_place].append((party, move.at, later[0].at if later else end))
    return taken


def test_the_bar_has_the_demo_menu_and_stock(demo: Demo) -> None:
    services = demo.services
    menu = services.bar.menu()
    assert [m.name for m in menu] == [d.name for d in DEMO_MENU] == [
        "龙井", "碧螺春", "普洱", "美式咖啡", "拿铁", "橙汁", "柠檬水", "矿泉水"]
    assert {m.category for m in menu} == set(DrinkCategory) - {DrinkCategory.OTHER}
    assert all(m.available and m.recipe for m in menu)
    latte = next(m for m in menu if m.name == "拿铁")
    assert {(r.stock_name, r.unit, r.quantity) for r in latte.recipe} == {
        ("咖啡豆", "克", 18), ("牛奶", "毫升", 150), ("纸杯", "个", 1)}
    stock = {s.name: s for s in services.stock.items()}
    assert set(stock) == {s.name for s in DEMO_STOCK}
    assert {stock[n].unit for n in ("龙井茶叶", "碧螺春茶叶", "普洱茶叶")} == {"包"}
    assert (stock["咖啡豆"].unit, stock["牛奶"].unit, stock["橙子"].unit,
            stock["矿泉水"].unit, stock["纸杯"].unit) == ("克", "毫升", "个", "瓶", "个")
    # One item below its threshold: the bar warns and the requisition lists it.
    assert [s.name for s in services.bar.board().low_stock] == [LOW_ITEM]
    assert [r.name for r in services.stock.requisition()] == [LOW_ITEM]
    rows = bar_rows(services)
    assert all(m.demo for m in rows["menu"]) and all(s.demo for s in rows["stock"])


def test_drinks_only_for_seated_parties_in_time_order(demo: Demo) -> None:
    services = demo.services
    rows = bar_rows(services)
    orders = rows["orders"]
    spans = seated_spans(services.db, demo.now)
    assert len(orders) >= 40
    assert all(o.demo for o in orders)
    for order in orders:
        # Ordered while the party sat at that table (not in its first moments).
        assert any(start + timedelta(seconds=20) <= order.created_at < stop
                   and place == order.place
                   for start, stop, place in spans[order.party_id]), order.id
        assert order.created_at <= demo.now
        assert order.lines and all(1 <= line.count <= 10 for line in order.lines)
    # Written as they happened: ids follow the clock.
    assert [o.id for o in sorted(orders, key=lambda o: (o.created_at, o.id))] == \
        [o.id for o in orders]
    # Every past party that sat for a while had drinks, about one a person.
    sizes = {r.id: r.size for r in all_records(services)}
    first_orders = {o.party_id: o for o in reversed(orders) if not o.from_refill}
    zone = services.settings.current().zone()
    for party, party_spans in spans.items():
        start, stop, _ = party_spans[0]
        if local_date(start, zone) < demo.summary.last_day and stop - start >= timedelta(
                minutes=5):
            cups = sum(line.count for line in first_orders[party].lines)
            assert sizes[party] <= cups <= 2 * sizes[party]
            assert first_orders[party].created_at - start <= timedelta(minutes=2, seconds=1)
    sources = Counter(o.source for o in orders)
    assert set(sources) == {"desk", "consultant", "bar"}


def test_most_drinks_are_served_within_three_minutes(demo: Demo) -> None:
    rows = bar_rows(demo.services)
    served = [o for o in rows["orders"] if o.served_at is not None]
    waits = [(o.served_at - o.created_at).total_seconds() for o in served]
    assert all(20 <= w <= 6 * 60 + 1 for w in waits)
    late = [w for w in waits if w > 180]
    assert 1 <= len(late) <= 0.25 * len(waits)
    assert all(w >= 4 * 60 for w in late)  # a few are late: 4-6 minutes
    assert sum(60 <= w <= 180 for w in waits) >= 0.6 * len(waits)
    # Orders still open at departure were closed by it, at that moment.
    departed = {r.id: r.departed_at for r in all_records(demo.services)}
    for order in rows["orders"]:
        if order.status == "closed":
            assert order.closed_at == departed[order.party_id]
        if order.served_at is not None and departed[order.party_id] is not None:
            assert order.served_at < departed[order.party_id]  # type: ignore[operator]


def test_refill_rounds_while_the_party_sits(demo: Demo) -> None:
    services = demo.services
    rows = bar_rows(services)
    spans = seated_spans(services.db, demo.now)
    departed = {r.id: r.departed_at for r in all_records(services)}
    outcomes = Counter(c.outcome for c in rows["checks"])
    assert outcomes["refilled"] > outcomes["declined"] > 0
    assert outcomes["new_drink"] > 0 and outcomes["closed"] > 0
    refill_orders = {(o.party_id, o.created_at) for o in rows["orders"] if o.from_refill}
    rule = timedelta(minutes=services.settings.current().refill_minutes)
    for check in rows["checks"]:
        if check.outcome is None:
            assert check.done_at is None
            continue
        assert check.done_at is not None
        if check.outcome == "closed":
            assert check.done_at == departed[check.party_id]
            continue
        assert check.done_at >= check.due_at
        if check.outcome == "new_drink":
            assert (check.party_id, check.done_at) in refill_orders
        else:
            # The attendant went round while the party was at the table, or just after
            # it got up for the tour (then no new round).
            assert any(start <= check.done_at for start, _, _ in spans[check.party_id])
    assert len(refill_orders) == outcomes["new_drink"]
    # A round falls due the set time after the serving or the last round.
    by_party: dict[int, list[RefillCheck]] = defaultdict(list)
    for check in rows["checks"]:
        by_party[check.party_id].append(check)
    for checks in by_party.values():
        assert sum(c.done_at is None for c in checks) <= 1
        for before, after in pairwise(checks):
            if before.outcome in ("refilled", "declined"):
                assert after.due_at == before.done_at + rule  # type: ignore[operator]


def test_tables_are_cleared_and_remarks_noted(demo: Demo) -> None:
    services = demo.services
    rows = bar_rows(services)
    zone = services.settings.current().zone()
    records = {r.id: r for r in all_records(services)}
    assert rows["tasks"]
    for task in rows["tasks"]:
        assert task.party_id is not None and records[task.party_id].departed_at == \
            task.created_at
        if local_date(task.created_at, zone) < demo.summary.last_day:
            assert task.done_at is not None
            assert timedelta(minutes=1) <= task.done_at - task.created_at <= timedelta(
                minutes=7)
    remarks = rows["remarks"]
    assert remarks and all(r.text in REMARKS for r in remarks)
    spans = seated_spans(services.db, demo.now)
    for remark in remarks:
        assert any(start <= remark.at < stop for start, stop, _ in spans[remark.party_id])
    assert services.bar.remarks(remarks[0].party_id)[0].text == remarks[0].text


def test_goods_in_each_morning_and_a_closing_count_each_evening(demo: Demo) -> None:
    services = demo.services
    rows = bar_rows(services)
    zone = services.settings.current().zone()
    first, today = demo.summary.first_day, demo.summary.last_day
    items = {s.id: s for s in rows["stock"]}
    receipts: dict[date, list[StockMovement]] = defaultdict(list)
    for move in rows["movements"]:
        if move.kind == "receipt":
            receipts[local_date(move.at, zone)].append(move)
    assert {m.note for m in receipts[first]} == {"opening stock"}
    assert len(receipts[first]) == len(items)
    for offset in range(1, (today - first).days):
        day = first + timedelta(days=offset)
        assert receipts[day], day
        for move in receipts[day]:
            assert time(8, 40) <= move.at.astimezone(zone).time() < time(9)
            assert move.actor == "水吧" and move.quantity > 0
    counts: dict[date, list[StockCount]] = defaultdict(list)
    for count in rows["counts"]:
        counts[date.fromisoformat(count.day)].append(count)
    assert sorted(counts) == [first + timedelta(days=n) for n in range((today - first).days)]
    variances = []
    for day_counts in counts.values():
        assert {c.stock_item_id for c in day_counts} == set(items)
        for count in day_counts:
            assert time(18, 50) <= count.at.astimezone(zone).time() <= time(18, 59)
            assert count.variance == pytest.approx(count.counted - count.expected)
            variances.append(count.variance)
    assert any(v < 0 for v in variances) and variances.count(0) > len(variances) / 2
    # The register adds up: every item's quantity is the sum of its movements.
    for item in items.values():
        moved = sum(m.quantity for m in rows["movements"] if m.stock_item_id == item.id)
        assert item.quantity == pytest.approx(moved)
    # A day's lines: the count's expected is what the register expected then.
    (line,) = [x for x in services.stock.day(first) if x.name == "龙井茶叶"]
    assert line.opening == 0 and line.receipts == 100 and line.consumed > 0
    assert line.counted is not None


def test_today_at_the_bar(demo: Demo) -> None:
    services, now = demo.services, demo.now
    board = services.bar.board()
    rules = services.bar.rules()
    states = Counter(o.timer(now, rules) for o in board.orders)
    assert states[TimerState.LATE] == 1 and states[TimerState.AMBER] >= 1
    assert states[TimerState.IN_TIME] >= 1
    seated = {r.id: r for r in services.arrivals.list_day(services.arrivals.today())
              if r.stage is Stage.SEATED}
    assert all(o.party_id in seated and o.place == seated[o.party_id].place
               for o in board.orders)
    assert board.refills_due
    assert any(r.party_id in seated for r in board.refills_due)
    assert len(board.tasks) >= 1
    assert all(t.place not in {r.place for r in seated.values()} for t in board.tasks)
    assert board.last_served is not None


def test_bar_demo_data_is_replaced_and_real_data_kept(services: Services,
                                                      clock: FakeClock) -> None:
    """A real menu and real orders beside the demo: forced twice, nothing real goes and
    nothing of the first demo is left."""
    tea = services.stock.save_item("龙井茶叶", "包", 5, quantity=30)
    longjing = services.bar.save_menu_item("龙井", DrinkCategory.TEA, [(tea.id, 1)])
    real = services.arrivals.register(PartyDraft("钱", Honorific.MR, 2, VisitKind.WALK_IN,
                                                 "网络"))
    services.arrivals.move(real.id, Stage.SEATED, "洽谈区4")
    real_order = services.bar.order(real.id, [OrderLine(longjing.id, 2)])
    services.bar.bump(real_order.id)
    services.bar.add_remark(real.id, "真实意见")
    fill_demo(services, 2, True, rng_seed=3)
    names = {m.name: m for m in services.bar.menu()}
    assert "龙井（演示）" in names and not names["龙井"].recipe[0].stock_name.endswith("）")
    # Someone tries the demo on real work: a real order of a demo drink.
    services.bar.order(real.id, [OrderLine(names["拿铁"].id, 1)])
    clock.advance(minutes=1)
    summary = fill_demo(services, 2, True, rng_seed=4)
    rows = bar_rows(services)
    assert summary.parties == sum(1 for r in all_records(services) if r.id != real.id)
    menu = {m.name: m.demo for m in rows["menu"]}
    assert menu == {"龙井": False, "拿铁": False} | {
        f"{d.name}（演示）" if d.name in ("龙井", "拿铁") else d.name: True for d in DEMO_MENU}
    stock = {s.name: s.demo for s in rows["stock"]}
    assert stock["龙井茶叶"] is False and stock["龙井茶叶（演示）"] is True
    # The adopted drink keeps what it is made of.
    assert {n for n, demo_flag in stock.items() if not demo_flag} == {
        "龙井茶叶", "咖啡豆", "牛奶", "纸杯"}
    assert len(rows["stock"]) == len(DEMO_STOCK) + 4
    with services.db.read() as session:
        parties = set(session.scalars(select(Party.id)))
    for table in ("orders", "checks", "remarks"):
        assert {r.party_id for r in rows[table]} <= parties
    assert all(t.party_id in parties for t in rows["tasks"])  # none orphaned
    items = {s.id for s in rows["stock"]}
    assert all(m.stock_item_id in items for m in rows["movements"])
    real_orders = [o for o in rows["orders"] if o.party_id == real.id]
    assert (real_orders[0].id, real_orders[0].demo) == (real_order.id, False)
    assert services.stock.items()  # still readable
    assert [r.text for r in services.bar.remarks(real.id)] == ["真实意见"]
    assert next(s for s in services.stock.items() if s.name == "龙井茶叶").quantity == 28

"""Shared by the demo-data tests: the demo database fixture and ways to read it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from reception_desk.demo.fill import (
    DemoSummary,
    fill_demo,
)
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.rotation import (
    AssignMode,
    EventKind,
)
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.database import Database
from reception_desk.store.models import (
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
from reception_desk.store.parties import to_record

if TYPE_CHECKING:
    pass


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


def bar_rows(services: Services) -> dict[str, list[Any]]:
    """Every bar row, detached, by table."""
    models: dict[str, type[Any]] = {"orders": DrinkOrder, "checks": RefillCheck, "tasks": TableTask,
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

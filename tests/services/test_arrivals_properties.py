"""Any sequence of moves and undos keeps the board consistent with its history.

A Hypothesis state machine drives the real ArrivalService on one SQLite file
per test function (emptied at the start of each example) and compares it, step
by step, with a small model of the rules: two parties compete for two places.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import delete, select

from reception_desk.domain.errors import ConflictError, DomainError
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.site_settings import SiteSettings
from reception_desk.domain.stages import STAGE_ORDER, Stage
from reception_desk.services.context import Services
from reception_desk.store.models import Change, Party, StageMove
from tests.conftest import TEST_ACTOR

if TYPE_CHECKING:
    from tests.conftest import FakeClock

PLACES = ["VIP1", "VIP2"]


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """The usual SQLite file, on a RAM disk when there is one.

    The machine makes about a thousand commits, each synced to disk
    (synchronous=FULL); on a busy disk that alone would take half a minute.
    """
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield f"sqlite:///{tmp_path / 'desk.db'}"
        return
    folder = Path(tempfile.mkdtemp(prefix="reception-desk-", dir=shm))
    try:
        yield f"sqlite:///{folder / 'desk.db'}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# Mostly the one place both parties want; sometimes the other, sometimes none chosen.
places = st.sampled_from(["VIP1", "VIP1", "VIP2", None])
# Getting up from a seat: to the show flat, back to the sand table, or leaving.
getting_up = st.sampled_from([Stage.SHOW_FLAT, Stage.SAND_TABLE, Stage.DEPARTED])
which = st.integers(0, 1)


@dataclass
class ModelParty:
    """What the rules say a party's history is: (stage, place) per effective move."""

    history: list[tuple[Stage, str | None]] = field(
        default_factory=lambda: [(Stage.ARRIVED, None)]
    )

    @property
    def stage(self) -> Stage:
        return self.history[-1][0]

    @property
    def place(self) -> str | None:
        return self.history[-1][1]


Outcome = tuple[type[DomainError] | None, tuple[Stage, str | None] | None]


def expected_outcome(
    parties: dict[int, ModelParty], pid: int, op: str, target: Stage, place: str | None
) -> Outcome:
    """(the refusal, None) or (None, the new (stage, place)) for a move, advance or undo."""
    me = parties[pid]
    held = {p.place: i for i, p in parties.items() if p.place is not None}
    if op == "undo":
        if len(me.history) == 1:
            return DomainError, None
        previous = me.history[-2]
        if previous[1] is not None and held.get(previous[1], pid) != pid:
            return ConflictError, None
        return None, previous
    if op == "advance":
        if me.stage is Stage.DEPARTED:
            return DomainError, None
        target = STAGE_ORDER[STAGE_ORDER.index(me.stage) + 1]
    if target is Stage.SEATED and place is None:
        return DomainError, None
    if me.stage is Stage.DEPARTED or target is me.stage:
        return DomainError, None
    new_place = place if target is Stage.SEATED else None
    if new_place is not None and held.get(new_place, pid) != pid:
        return ConflictError, None
    return None, (target, new_place)


def check_store_matches_history(services: Services, parties: dict[int, ModelParty]) -> None:
    with services.db.read() as session:
        rows = list(session.scalars(select(Party)))
        holders = [row.place for row in rows if row.place is not None]
        assert len(holders) == len(set(holders)), f"a place is held twice: {holders}"
        for row in rows:
            moves = list(session.scalars(
                select(StageMove)
                .where(StageMove.party_id == row.id, StageMove.undone_at.is_(None))
                .order_by(StageMove.id)
            ))
            assert row.stage == moves[-1].to_stage
            assert row.place == moves[-1].to_place
            assert (row.departed_at is not None) == (row.stage == Stage.DEPARTED)
            assert [(Stage(m.to_stage), m.to_place) for m in moves] == parties[row.id].history


def test_any_sequence_of_moves_and_undos_keeps_the_board_consistent(
    services: Services, clock: FakeClock
) -> None:
    services.settings.save(SiteSettings(places=list(PLACES)), TEST_ACTOR)
    arrivals = services.arrivals

    class Board(RuleBasedStateMachine):
        parties: dict[int, ModelParty]

        @initialize()
        def empty_board_with_two_parties(self) -> None:
            with services.db.write() as session:
                for model in (StageMove, Change, Party):
                    session.execute(delete(model))
            self.parties = {}
            self.register()
            self.register()

        @rule()
        def register(self) -> None:
            clock.advance(seconds=30)
            record = arrivals.register(PartyDraft(
                surname="王", honorific=Honorific.MR, size=2, kind=VisitKind.WALK_IN,
                channel="网络"))
            self.parties[record.id] = ModelParty()

        def party(self, index: int) -> int:
            return sorted(self.parties)[index % len(self.parties)]

        def act(self, op: str, pid: int, target: Stage, place: str | None) -> None:
            clock.advance(seconds=30)
            refusal, after = expected_outcome(self.parties, pid, op, target, place)
            record: PartyRecord | None = None
            try:
                if op == "undo":
                    record = arrivals.undo_last_move(pid)
                elif op == "advance":
                    record = arrivals.advance(pid, place)
                else:
                    record = arrivals.move(pid, target, place)
            except DomainError as exc:
                assert refusal is type(exc), f"refused with {exc!r}"
            else:
                assert refusal is None, f"should have been refused with {refusal}"
                assert after is not None and record is not None
                if op == "undo":
                    self.parties[pid].history.pop()
                else:
                    self.parties[pid].history.append(after)
                assert (record.stage, record.place) == after
            check_store_matches_history(services, self.parties)

        def pick(self, data: st.DataObject, wanted: Callable[[ModelParty], bool]) -> int:
            return data.draw(st.sampled_from(
                [pid for pid, p in sorted(self.parties.items()) if wanted(p)]))

        # Anything, for anyone: most of these are refused, and must change nothing.
        @rule(index=which, stage=st.sampled_from(STAGE_ORDER), place=places)
        def move(self, index: int, stage: Stage, place: str | None) -> None:
            self.act("move", self.party(index), stage, place)

        @rule(index=which, place=places)
        def advance(self, index: int, place: str | None) -> None:
            self.act("advance", self.party(index), Stage.ARRIVED, place)

        @rule(index=which)
        def undo(self, index: int) -> None:
            self.act("undo", self.party(index), Stage.ARRIVED, None)

        # What the desk does all day, chosen among the parties it makes sense for,
        # so that places change hands often enough to meet every conflict.
        @precondition(lambda self: any(p.stage not in (Stage.SEATED, Stage.DEPARTED)
                                       for p in self.parties.values()))
        @rule(data=st.data(), place=st.sampled_from(["VIP1", "VIP1", "VIP2"]))
        def seat_someone(self, data: st.DataObject, place: str) -> None:
            pid = self.pick(data, lambda p: p.stage not in (Stage.SEATED, Stage.DEPARTED))
            self.act("move", pid, Stage.SEATED, place)

        @precondition(lambda self: any(p.stage is Stage.SEATED for p in self.parties.values()))
        @rule(data=st.data(), stage=getting_up)
        def someone_gets_up(self, data: st.DataObject, stage: Stage) -> None:
            self.act("move", self.pick(data, lambda p: p.stage is Stage.SEATED), stage, None)

        @precondition(lambda self: any(len(p.history) > 1 for p in self.parties.values()))
        @rule(data=st.data())
        def undo_someone(self, data: st.DataObject) -> None:
            self.act("undo", self.pick(data, lambda p: len(p.history) > 1), Stage.ARRIVED, None)

    run_state_machine_as_test(
        Board, settings=settings(max_examples=30, stateful_step_count=30, deadline=None,
                                 phases=[Phase.explicit, Phase.reuse, Phase.generate,
                                         Phase.target, Phase.shrink])
    )

"""A demo party's plan and a customer who may come back: the pure records the day
planner (visit_plan.py) makes and the replay (replay_desk.py, history*.py) reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain.party import Honorific, InvalidReason, VisitKind
from ..domain.stages import Stage


@dataclass
class Plan:
    """One party's visit, decided before anything is written."""

    arrive: datetime
    surname: str
    honorific: Honorific
    size: int
    kind: VisitKind
    channel: str
    phone: str = ""
    plate: str = ""
    description: str = ""
    note: str = ""
    #: Moves after the arrival, in time order.
    steps: list[tuple[datetime, Stage]] = field(default_factory=list)
    place: str | None = None
    #: Came before (same phone): the rotation gives them to their owner, if any.
    returning: bool = False
    invalid: tuple[datetime, InvalidReason, str] | None = None
    #: The up consultant is absent when called (过号) before this party is received.
    miss_turn: bool = False
    #: The manager assigns a consultant of the customer's choosing (经理指定).
    override: bool = False
    party_id: int | None = None

    def time_of(self, stage: Stage) -> datetime | None:
        for at, step in self.steps:
            if step is stage:
                return at
        return None

    def leaves(self, stage: Stage) -> datetime | None:
        """When the party moved on from a stage (None: still there)."""
        found = False
        for at, s in self.steps:
            if found:
                return at
            found = s is stage
        return None

    @property
    def departed(self) -> datetime | None:
        return self.time_of(Stage.DEPARTED)


@dataclass(frozen=True)
class Visitor:
    """A customer who came (or called) before: who may come back."""

    phone: str
    surname: str
    honorific: Honorific
    channel: str
    plate: str = ""


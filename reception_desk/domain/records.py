"""Plain read-only snapshots of stored records, handed from services to views."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .party import Honorific, InvalidReason, VisitKind, display_name
from .stages import UNRECEIVED, Stage


@dataclass(frozen=True)
class PartyRecord:
    id: int
    arrived_at: datetime
    surname: str
    honorific: Honorific
    size: int
    kind: VisitKind
    channel: str
    phone: str
    plate: str
    description: str
    note: str
    consultant: str
    stage: Stage
    stage_at: datetime
    place: str | None
    last_place: str
    invalid_reason: InvalidReason | None
    invalid_note: str
    departed_at: datetime | None
    returning: bool
    previous_party_id: int | None
    #: When the party first reached each stage it visited (undone moves excluded).
    stage_times: dict[Stage, datetime] = field(default_factory=dict)
    #: The version of the form's fields (optimistic locking; see domain/edits.py).
    version: int = 1

    @property
    def name(self) -> str:
        return display_name(self.surname, self.honorific)

    @property
    def departed(self) -> bool:
        return self.stage is Stage.DEPARTED

    @property
    def unreceived(self) -> bool:
        return self.stage in UNRECEIVED

    def seconds_in_building(self, now: datetime) -> float:
        end = self.departed_at or now
        return (end - self.arrived_at).total_seconds()

    def seconds_in_stage(self, now: datetime) -> float:
        return (now - self.stage_at).total_seconds()

    def waiting_too_long(self, now: datetime, alert_minutes: int) -> bool:
        """Not yet received by a consultant after the alert time (default 2 minutes).

        An invalid reception (a delivery, someone asking the way) raises no alarm.
        """
        return (self.unreceived and self.invalid_reason is None
                and self.seconds_in_building(now) > alert_minutes * 60)


@dataclass(frozen=True)
class PriorVisit:
    """An earlier visit of the same phone number, shown when a returning party arrives."""

    party_id: int
    arrived_at: datetime
    name: str
    size: int
    consultant: str


@dataclass(frozen=True)
class DayCounts:
    parties: int
    people: int
    in_building_parties: int
    in_building_people: int

"""What the board derives from a stored party: its name, time inside, and the waiting alarm."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from reception_desk.domain.party import Honorific, VisitKind
from reception_desk.domain.records import PartyRecord
from reception_desk.domain.stages import Stage

ARRIVED = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)


def record(stage: Stage = Stage.ARRIVED, departed_at: datetime | None = None,
           stage_at: datetime = ARRIVED) -> PartyRecord:
    return PartyRecord(
        id=1, arrived_at=ARRIVED, surname="王", honorific=Honorific.MS, size=3,
        kind=VisitKind.WALK_IN, channel="网络", phone="", plate="", description="",
        note="", consultant="", stage=stage, stage_at=stage_at, place=None, last_place="",
        invalid_reason=None, invalid_note="", departed_at=departed_at, returning=False,
        previous_party_id=None,
    )


def test_name_is_surname_and_honorific() -> None:
    assert record().name == "王女士"


@pytest.mark.parametrize("stage", [Stage.ARRIVED, Stage.PARKED, Stage.GREETED])
def test_waiting_alarm_at_exactly_two_minutes_is_not_yet_raised(stage: Stage) -> None:
    party = record(stage)
    assert not party.waiting_too_long(ARRIVED + timedelta(minutes=2), 2)
    assert party.waiting_too_long(ARRIVED + timedelta(minutes=2, seconds=1), 2)


def test_waiting_alarm_follows_the_site_setting() -> None:
    party = record()
    assert not party.waiting_too_long(ARRIVED + timedelta(minutes=4), 5)
    assert party.waiting_too_long(ARRIVED + timedelta(minutes=5, seconds=1), 5)


@pytest.mark.parametrize("stage", [Stage.RECEIVED, Stage.SEATED, Stage.SHOW_FLAT])
def test_no_alarm_once_a_consultant_has_the_party(stage: Stage) -> None:
    assert not record(stage).waiting_too_long(ARRIVED + timedelta(hours=1), 2)


def test_no_alarm_for_a_party_that_left() -> None:
    gone = record(Stage.DEPARTED, departed_at=ARRIVED + timedelta(minutes=1))
    assert gone.departed
    assert not gone.waiting_too_long(ARRIVED + timedelta(hours=1), 2)


def test_time_inside_stops_at_departure() -> None:
    gone = record(Stage.DEPARTED, departed_at=ARRIVED + timedelta(minutes=40))
    assert gone.seconds_in_building(ARRIVED + timedelta(hours=3)) == 40 * 60
    inside = record(Stage.SEATED, stage_at=ARRIVED + timedelta(minutes=10))
    assert inside.seconds_in_building(ARRIVED + timedelta(minutes=25)) == 25 * 60
    assert inside.seconds_in_stage(ARRIVED + timedelta(minutes=25)) == 15 * 60

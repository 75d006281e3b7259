"""The stages a party passes through: one step on with Space, jumps, and departure as the end."""

from __future__ import annotations

import pytest

from reception_desk.domain.errors import DomainError
from reception_desk.domain.stages import (
    STAGE_LABELS,
    STAGE_ORDER,
    UNRECEIVED,
    Stage,
    check_move,
    next_stage,
)


def test_space_walks_the_party_through_the_procedure_in_order() -> None:
    walked = [Stage.ARRIVED]
    while walked[-1] is not Stage.DEPARTED:
        walked.append(next_stage(walked[-1]))
    assert walked == [
        Stage.ARRIVED,
        Stage.PARKED,
        Stage.GREETED,
        Stage.RECEIVED,
        Stage.SAND_TABLE,
        Stage.SEATED,
        Stage.SHOW_FLAT,
        Stage.DEPARTED,
    ]
    assert tuple(walked) == STAGE_ORDER


def test_nothing_comes_after_departure() -> None:
    with pytest.raises(DomainError, match="already left"):
        next_stage(Stage.DEPARTED)


@pytest.mark.parametrize("target", list(Stage))
def test_a_departed_party_cannot_be_moved_without_undoing_first(target: Stage) -> None:
    with pytest.raises(DomainError, match="undo the departure"):
        check_move(Stage.DEPARTED, target)


@pytest.mark.parametrize("stage", [s for s in Stage if s is not Stage.DEPARTED])
def test_moving_to_the_stage_the_party_is_in_is_refused(stage: Stage) -> None:
    with pytest.raises(DomainError, match="already at that stage"):
        check_move(stage, stage)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Stage.ARRIVED, Stage.SEATED),  # straight to the VIP room
        (Stage.ARRIVED, Stage.DEPARTED),  # left at the gate
        (Stage.SHOW_FLAT, Stage.SEATED),  # back from the tour to sit down again
        (Stage.SEATED, Stage.SAND_TABLE),
        (Stage.GREETED, Stage.RECEIVED),
    ],
)
def test_jumps_forward_and_back_are_allowed(current: Stage, target: Stage) -> None:
    check_move(current, target)


def test_the_wait_alarm_runs_only_until_a_consultant_receives() -> None:
    assert UNRECEIVED == {Stage.ARRIVED, Stage.PARKED, Stage.GREETED}
    assert Stage.RECEIVED not in UNRECEIVED and Stage.DEPARTED not in UNRECEIVED


def test_every_stage_has_a_label_for_the_board() -> None:
    assert set(STAGE_LABELS) == set(Stage)
    assert all(label.strip() for label in STAGE_LABELS.values())

"""The stages a party passes through, from the gate to departure.

案场物业接待流程: gate (L1) -> parking (L2) -> door (Y1/Y2) -> consultant (X1)
-> sand table -> seated (VIP room / negotiation area) -> show flat -> departed.
Not every party visits every stage; a party may move to any later or earlier
stage, but nothing moves after departure except an undo.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import DomainError
from .i18n import QT_TRANSLATE_NOOP


class Stage(StrEnum):
    ARRIVED = "arrived"
    PARKED = "parked"
    GREETED = "greeted"
    RECEIVED = "received"
    SAND_TABLE = "sand_table"
    SEATED = "seated"
    SHOW_FLAT = "show_flat"
    DEPARTED = "departed"


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)

STAGE_LABELS: dict[Stage, str] = {
    Stage.ARRIVED: QT_TRANSLATE_NOOP("Stage", "At the gate"),
    Stage.PARKED: QT_TRANSLATE_NOOP("Stage", "Parked"),
    Stage.GREETED: QT_TRANSLATE_NOOP("Stage", "Greeted at door"),
    Stage.RECEIVED: QT_TRANSLATE_NOOP("Stage", "With consultant"),
    Stage.SAND_TABLE: QT_TRANSLATE_NOOP("Stage", "Sand table"),
    Stage.SEATED: QT_TRANSLATE_NOOP("Stage", "Seated"),
    Stage.SHOW_FLAT: QT_TRANSLATE_NOOP("Stage", "Show flat tour"),
    Stage.DEPARTED: QT_TRANSLATE_NOOP("Stage", "Departed"),
}

#: Stages in which nobody has received the party yet (the wait alarm runs).
UNRECEIVED: frozenset[Stage] = frozenset({Stage.ARRIVED, Stage.PARKED, Stage.GREETED})


def next_stage(current: Stage) -> Stage:
    """The stage one step on; departed is the end."""
    if current is Stage.DEPARTED:
        raise DomainError(QT_TRANSLATE_NOOP("Messages", "The party has already left."))
    return STAGE_ORDER[STAGE_ORDER.index(current) + 1]


def check_move(current: Stage, target: Stage) -> None:
    """Refuse moves that make no sense; any other jump is allowed."""
    if current is Stage.DEPARTED:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Messages", "The party has already left; undo the departure first."
            )
        )
    if target is current:
        raise DomainError(QT_TRANSLATE_NOOP("Messages", "The party is already at that stage."))

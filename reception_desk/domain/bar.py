"""Water bar (水吧) rules: serve timers, refill rounds, stock arithmetic.

From the procedures: serve the ordered drink within 3 minutes; tea filled to
80% of the cup, other drinks to 70%; when a cup is down to a third, ask about
a refill (a second, different drink gets a new cup); when the guest leaves,
clear the table; count consumption at 18:50. Every number is a site setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .errors import FieldProblem, ValidationError
from .i18n import QT_TRANSLATE_NOOP


class DrinkCategory(StrEnum):
    TEA = "tea"
    COFFEE = "coffee"
    JUICE = "juice"
    WATER = "water"
    OTHER = "other"


CATEGORY_LABELS: dict[DrinkCategory, str] = {
    DrinkCategory.TEA: QT_TRANSLATE_NOOP("DrinkCategory", "Tea"),
    DrinkCategory.COFFEE: QT_TRANSLATE_NOOP("DrinkCategory", "Coffee"),
    DrinkCategory.JUICE: QT_TRANSLATE_NOOP("DrinkCategory", "Juice"),
    DrinkCategory.WATER: QT_TRANSLATE_NOOP("DrinkCategory", "Water"),
    DrinkCategory.OTHER: QT_TRANSLATE_NOOP("DrinkCategory", "Other"),
}


class TimerState(StrEnum):
    """Colour plus words: green in time, amber soon due, red late."""

    IN_TIME = "in_time"
    AMBER = "amber"
    LATE = "late"


class OrderStatus(StrEnum):
    OPEN = "open"
    SERVED = "served"
    CLOSED = "closed"


class OrderSource(StrEnum):
    DESK = "desk"
    CONSULTANT = "consultant"
    BAR = "bar"


class RefillOutcome(StrEnum):
    REFILLED = "refilled"
    NEW_DRINK = "new_drink"
    DECLINED = "declined"
    CLOSED = "closed"


@dataclass(frozen=True)
class BarRules:
    serve_minutes: int = 3
    amber_minutes: int = 2
    recall_seconds: int = 60
    refill_minutes: int = 15


def timer_state(ordered_at: datetime, now: datetime, rules: BarRules) -> TimerState:
    """In time until the amber mark, amber until the promise, late from it on.

    The promise is "within 3 minutes": at 3:00 the drink is already late.
    """
    elapsed = now - ordered_at
    if elapsed >= timedelta(minutes=rules.serve_minutes):
        return TimerState.LATE
    if elapsed >= timedelta(minutes=rules.amber_minutes):
        return TimerState.AMBER
    return TimerState.IN_TIME


def served_late(ordered_at: datetime, served_at: datetime, rules: BarRules) -> bool:
    """Served at or after the promise (3:00 is late, as the timer shows it)."""
    return served_at - ordered_at >= timedelta(minutes=rules.serve_minutes)


def recall_allowed(served_at: datetime, now: datetime, rules: BarRules) -> bool:
    """A bump made by mistake can be taken back within the setting (60 s)."""
    return timedelta(0) <= now - served_at <= timedelta(seconds=rules.recall_seconds)


def next_refill_due(last: datetime, rules: BarRules) -> datetime:
    """The next refill round for a table, counted from serving or the last round."""
    return last + timedelta(minutes=rules.refill_minutes)


def fill_percent(category: DrinkCategory, tea_percent: int, other_percent: int) -> int:
    """Tea to 80% of the cup, other drinks to 70% (settings)."""
    return tea_percent if category is DrinkCategory.TEA else other_percent


@dataclass(frozen=True)
class CountLine:
    """One stock item at the closing count."""

    stock_item_id: int
    expected: float
    counted: float

    @property
    def variance(self) -> float:
        """Counted minus expected: negative is a shortage."""
        return round(self.counted - self.expected, 3)


def expected_quantity(opening: float, receipts: float, consumed: float) -> float:
    return round(opening + receipts - consumed, 3)


def is_low(quantity: float, threshold: float) -> bool:
    return quantity <= threshold


def suggested_order(quantity: float, threshold: float) -> float:
    """For the requisition sheet: enough to reach twice the threshold."""
    return max(0.0, round(2 * threshold - quantity, 3))


@dataclass(frozen=True)
class OrderLine:
    menu_id: int
    count: int


def validate_order_lines(lines: list[OrderLine], available: set[int]) -> list[OrderLine]:
    """Merge repeated drinks; refuse empty orders, bad counts and drinks not on the menu."""
    problems: list[FieldProblem] = []
    merged: dict[int, int] = {}
    for line in lines:
        if line.menu_id not in available:
            problems.append(FieldProblem("items", QT_TRANSLATE_NOOP(
                "Messages", "That drink is not on the menu (or not available now).")))
            continue
        if not 1 <= line.count <= 50:
            problems.append(FieldProblem("items", QT_TRANSLATE_NOOP(
                "Messages", "A drink's count must be between 1 and 50.")))
            continue
        merged[line.menu_id] = merged.get(line.menu_id, 0) + line.count
    if any(count > 50 for count in merged.values()):  # repeated lines of one drink
        problems.append(FieldProblem("items", QT_TRANSLATE_NOOP(
            "Messages", "A drink's count must be between 1 and 50.")))
    if not merged and not problems:
        problems.append(FieldProblem("items", QT_TRANSLATE_NOOP(
            "Messages", "Choose at least one drink.")))
    if problems:
        raise ValidationError(problems)
    return [OrderLine(menu_id, count) for menu_id, count in merged.items()]

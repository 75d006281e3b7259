"""Plain snapshots of the water bar's records, handed from services to views.

Privacy: `guest` is the surname with honorific only; the bar never sees
phone numbers or full names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .bar import BarRules, DrinkCategory, OrderSource, OrderStatus, TimerState, timer_state


@dataclass(frozen=True)
class RecipeRecord:
    stock_item_id: int
    stock_name: str
    unit: str
    quantity: float


@dataclass(frozen=True)
class MenuRecord:
    id: int
    name: str
    category: DrinkCategory
    available: bool
    recipe: tuple[RecipeRecord, ...] = ()
    version: int = 1


@dataclass(frozen=True)
class StockRecord:
    id: int
    name: str
    unit: str
    quantity: float
    low_threshold: float
    active: bool
    version: int = 1

    @property
    def low(self) -> bool:
        return self.quantity <= self.low_threshold


@dataclass(frozen=True)
class OrderRecord:
    id: int
    party_id: int
    guest: str
    place: str
    source: OrderSource
    status: OrderStatus
    from_refill: bool
    created_at: datetime
    served_at: datetime | None
    lines: tuple[tuple[str, int], ...]

    def timer(self, now: datetime, rules: BarRules) -> TimerState:
        return timer_state(self.created_at, self.served_at or now, rules)

    def seconds_waiting(self, now: datetime) -> float:
        return ((self.served_at or now) - self.created_at).total_seconds()

    @property
    def items_text(self) -> str:
        return "、".join(f"{name}×{count}" if count > 1 else name for name, count in self.lines)


@dataclass(frozen=True)
class RefillRecord:
    id: int
    party_id: int
    guest: str
    place: str
    due_at: datetime
    drinks: str


@dataclass(frozen=True)
class TableTaskRecord:
    id: int
    place: str
    guest: str
    created_at: datetime
    #: The party that left the table (None once that party was erased).
    party_id: int | None = None


@dataclass(frozen=True)
class RemarkRecord:
    id: int
    party_id: int
    at: datetime
    text: str


@dataclass(frozen=True)
class BarBoard:
    """Everything the bar window shows at one moment."""

    orders: tuple[OrderRecord, ...]
    refills_due: tuple[RefillRecord, ...]
    refills_later: tuple[RefillRecord, ...]
    tasks: tuple[TableTaskRecord, ...]
    low_stock: tuple[StockRecord, ...]
    last_served: OrderRecord | None

    def party_ids(self) -> frozenset[int]:
        """The parties whose name or place the board shows: a change to any other party
        leaves it as it is."""
        ids = {o.party_id for o in self.orders}
        ids.update(r.party_id for r in (*self.refills_due, *self.refills_later))
        ids.update(t.party_id for t in self.tasks if t.party_id is not None)
        if self.last_served is not None:
            ids.add(self.last_served.party_id)
        return frozenset(ids)

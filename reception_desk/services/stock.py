"""The bar's stock register (物耗): items, goods in, the closing count and its variance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.bar import CountLine, expected_quantity, suggested_order
from ..domain.bar_records import StockRecord
from ..domain.edits import STOCK_FIELDS
from ..domain.errors import FieldProblem, ValidationError
from ..domain.events import STOCK, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Actor, Permission, require
from ..domain.text import check_text, checked_text
from ..domain.timeutil import Clock, local_day_bounds, utc_now
from ..store.audit_repo import AuditRepository
from ..store.bar_repo import BarRepository, stock_record
from ..store.database import Database
from ..store.edits_repo import EditLog
from .site_settings import SettingsService

MAX_QUANTITY = 1_000_000


@dataclass(frozen=True)
class DayLine:
    """One item's day: opening, goods in, used, expected now, and the count if made."""

    stock_item_id: int
    name: str
    unit: str
    opening: float
    receipts: float
    consumed: float
    expected: float
    counted: float | None
    variance: float | None


@dataclass(frozen=True)
class RequisitionLine:
    name: str
    unit: str
    quantity: float
    threshold: float
    suggested: float


def _quantity_problem(field: str) -> FieldProblem:
    return FieldProblem(field, QT_TRANSLATE_NOOP(
        "Messages", "Enter a quantity from 0 to 1,000,000."))


class StockService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 clock: Clock = utc_now) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.clock = clock

    def items(self, include_inactive: bool = False) -> list[StockRecord]:
        with self.db.read() as session:
            return BarRepository(session).stock(include_inactive)

    def save_item(self, name: str, unit: str, low_threshold: float, active: bool = True,
                  item_id: int | None = None, *, quantity: float = 0.0,
                  actor: Actor, demo: bool = False, version: int | None = None) -> StockRecord:
        """Add or change a stock item (a manager's or the bar's stock edit). `version` is
        the one the form read: a save over a newer one raises StaleEditError."""
        require(actor, Permission.STOCK_EDIT)
        problems: list[FieldProblem] = []
        name = check_text(problems, "name", name, 20)
        unit = check_text(problems, "unit", unit, 6)
        bad = {p.field for p in problems}
        if "name" not in bad and not name:
            problems.append(FieldProblem("name", QT_TRANSLATE_NOOP(
                "Messages", "Enter the item's name (at most {max} characters)."), {"max": 20}))
        if "unit" not in bad and not unit:
            problems.append(FieldProblem("unit", QT_TRANSLATE_NOOP(
                "Messages", "Enter the unit, e.g. 包, 克, 个 (at most 6 characters).")))
        if not 0 <= low_threshold <= MAX_QUANTITY:
            problems.append(_quantity_problem("low_threshold"))
        if not 0 <= quantity <= MAX_QUANTITY:
            problems.append(_quantity_problem("quantity"))
        if problems:
            raise ValidationError(problems)
        with self.db.write() as session:
            repo = BarRepository(session)
            same = repo.stock_by_name(name)
            if same is not None and same.id != item_id:
                raise ValidationError([FieldProblem("name", QT_TRANSLATE_NOOP(
                    "Messages", "“{name}” is already in the stock list."), {"name": name})])
            if item_id is None:
                item = repo.add_stock_item(name, unit, quantity, low_threshold, active, demo)
                if quantity:
                    repo.add_movement(item.id, self.clock(), "receipt", quantity,
                                      note="opening stock")
            else:
                item = repo.require_stock_item(item_id)
                before = {field: getattr(item, field) for field in STOCK_FIELDS}
                item.name, item.unit, item.low_threshold, item.active = (
                    name, unit, low_threshold, active)
                EditLog(session).save("stock_items", item, version, before,
                                      {field: getattr(item, field) for field in STOCK_FIELDS},
                                      STOCK_FIELDS, actor.name, self.clock())
            repo.flush()
            self.db.record_change(session, STOCK, (item.id,))
            record = stock_record(item)
            AuditRepository(session).add(self.clock(), actor, "stock", name,
                                         "added" if item_id is None else "changed")
        self.bus.publish(Event(STOCK, (record.id,)))
        return record

    def receive(self, item_id: int, quantity: float, note: str = "",
                actor: str = "") -> StockRecord:
        """Goods in (入库)."""
        if not 0 < quantity <= MAX_QUANTITY:
            raise ValidationError([_quantity_problem("quantity")])
        note = checked_text("note", note, 200)
        with self.db.write() as session:
            repo = BarRepository(session)
            item = repo.require_stock_item(item_id)
            item.quantity = round(item.quantity + quantity, 3)
            repo.add_movement(item.id, self.clock(), "receipt", quantity, note=note,
                              actor=actor)
            self.db.record_change(session, STOCK, (item.id,))
            record = stock_record(item)
        self.bus.publish(Event(STOCK, (item_id,)))
        return record

    def day(self, day: date) -> list[DayLine]:
        """Each item's movements of a local day and, if made, that day's count."""
        zone = self.settings.current().zone()
        start, end = local_day_bounds(day, zone)
        with self.db.read() as session:
            repo = BarRepository(session)
            moves = repo.movements_between(start, end)
            counts = {c.stock_item_id: c for c in repo.counts_of_day(day.isoformat())}
            lines: list[DayLine] = []
            for item in repo.stock():
                own = [m for m in moves if m.stock_item_id == item.id]
                receipts = sum(m.quantity for m in own if m.kind == "receipt")
                consumed = -sum(m.quantity for m in own if m.kind in ("serve", "recall"))
                adjusted = sum(m.quantity for m in own if m.kind == "count")
                after_day = repo.net_movement_since(item.id, end)
                closing = item.quantity - after_day
                opening = round(closing - receipts + consumed - adjusted, 3)
                count = counts.get(item.id)
                lines.append(DayLine(
                    item.id, item.name, item.unit, opening, round(receipts, 3),
                    round(consumed, 3), expected_quantity(opening, receipts, consumed),
                    count.counted if count else None, count.variance if count else None))
            return lines

    def close_day(self, day: date, counted: dict[int, float], actor: str = "") -> list[CountLine]:
        """The closing count (18:50): store each variance and set stock to what was counted."""
        problems = [_quantity_problem(f"count:{item_id}") for item_id, value in counted.items()
                    if not 0 <= value <= MAX_QUANTITY]
        if problems:
            raise ValidationError(problems)
        now = self.clock()
        result: list[CountLine] = []
        with self.db.write() as session:
            repo = BarRepository(session)
            for item_id, value in counted.items():
                item = repo.require_stock_item(item_id)
                line = CountLine(item.id, round(item.quantity, 3), round(value, 3))
                repo.add_count(day.isoformat(), item.id, line.expected, line.counted,
                               line.variance, now, actor)
                if line.variance:
                    repo.add_movement(item.id, now, "count", line.variance, actor=actor,
                                      note="closing count")
                item.quantity = line.counted
                result.append(line)
            self.db.record_change(session, STOCK, tuple(counted))
        self.bus.publish(Event(STOCK, tuple(counted)))
        return result

    def requisition(self) -> list[RequisitionLine]:
        """Items at or below their threshold, with a suggested quantity (物资领用申请)."""
        return [RequisitionLine(s.name, s.unit, s.quantity, s.low_threshold,
                                suggested_order(s.quantity, s.low_threshold))
                for s in self.items() if s.low]

"""The water bar's actions: menu, drink orders with serve timers, refill rounds,
table clearing and customer remarks. Stock lives in `services.stock`."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ..domain.bar import (
    BarRules,
    DrinkCategory,
    OrderLine,
    OrderSource,
    OrderStatus,
    RefillOutcome,
    next_refill_due,
    recall_allowed,
    validate_order_lines,
)
from ..domain.bar_records import BarBoard, MenuRecord, OrderRecord, RefillRecord, RemarkRecord
from ..domain.edits import MENU_FIELDS
from ..domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from ..domain.events import BAR, PARTIES, STOCK, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Actor, Permission, require
from ..domain.stages import Stage
from ..domain.text import check_text
from ..domain.timeutil import Clock, utc_now
from ..store.audit_repo import AuditRepository
from ..store.bar_repo import BarRepository
from ..store.database import Database
from ..store.edits_repo import EditLog
from ..store.models import (
    DrinkOrder,
    DrinkOrderLine,
    MenuItem,
    Party,
    RecipeLine,
    RefillCheck,
    Remark,
    StockItem,
    StockMovement,
)
from .site_settings import SettingsService

MAX_NAME = 20
MAX_REMARK = 300


def rules_of(settings: SettingsService) -> BarRules:
    s = settings.current()
    return BarRules(serve_minutes=s.serve_minutes, amber_minutes=s.serve_amber_minutes,
                    recall_seconds=s.recall_seconds, refill_minutes=s.refill_minutes)


def _missing(text: str) -> NotFoundError:
    return NotFoundError(text)


class BarService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 clock: Clock = utc_now) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.clock = clock
        #: The board as last read for the windows, with every refill check in one list;
        #: any event (a change here or one the change feed brought) forgets it.
        self._shared: tuple[BarBoard, tuple[RefillRecord, ...]] | None = None
        bus.subscribe(self._forget_board)

    def _forget_board(self, _event: Event) -> None:
        self._shared = None

    def rules(self) -> BarRules:
        return rules_of(self.settings)

    def _publish(self, topic: str, ids: tuple[int, ...] = (), **data: object) -> None:
        self.bus.publish(Event(topic, ids, data=dict(data)))

    # -- menu ----------------------------------------------------------------------
    def menu(self, only_available: bool = False) -> list[MenuRecord]:
        with self.db.read() as session:
            return BarRepository(session).menu(only_available)

    def save_menu_item(self, name: str, category: DrinkCategory,
                       recipe: list[tuple[int, float]], available: bool = True,
                       menu_id: int | None = None, *, actor: Actor,
                       demo: bool = False, version: int | None = None) -> MenuRecord:
        """Add or change a drink; `recipe` lists (stock item id, quantity per serving).
        `version` is the one the form read: a save over a newer one raises StaleEditError."""
        require(actor, Permission.MENU_EDIT)
        problems: list[FieldProblem] = []
        name = check_text(problems, "name", name, MAX_NAME)
        if problems:
            pass
        elif not name:
            problems.append(FieldProblem("name", QT_TRANSLATE_NOOP(
                "Messages", "Enter the drink's name (at most {max} characters)."),
                {"max": MAX_NAME}))
        if any(quantity <= 0 for _item, quantity in recipe):
            problems.append(FieldProblem("recipe", QT_TRANSLATE_NOOP(
                "Messages", "Each stock item of a serving needs a quantity above zero.")))
        if problems:
            raise ValidationError(problems)
        with self.db.write() as session:
            repo = BarRepository(session)
            same = repo.menu_by_name(name)
            if same is not None and same.id != menu_id:
                raise ValidationError([FieldProblem("name", QT_TRANSLATE_NOOP(
                    "Messages", "“{name}” is already on the menu."), {"name": name})])
            for stock_id, _quantity in recipe:
                if repo.stock_item(stock_id) is None:
                    raise ValidationError([FieldProblem("recipe", QT_TRANSLATE_NOOP(
                        "Messages", "A stock item of the recipe no longer exists."))])
            if menu_id is None:
                item = MenuItem(name=name, category=category.value, available=available,
                                sort_order=len(repo.menu()), demo=demo)
                session.add(item)
            else:
                found = repo.menu_item(menu_id)
                if found is None:
                    raise _missing(QT_TRANSLATE_NOOP("Messages", "That drink is gone."))
                item = found
                before = _menu_values(item)
                item.name, item.category, item.available = name, category.value, available
                EditLog(session).save("menu_items", item, version, before, {
                    "name": name, "category": category.value, "available": available,
                    "recipe": _recipe_text(recipe)}, MENU_FIELDS, actor.name, self.clock())
                item.recipe.clear()
            session.flush()
            for stock_id, quantity in recipe:
                item.recipe.append(RecipeLine(stock_item_id=stock_id, quantity=quantity))
            session.flush()
            self.db.record_change(session, BAR, (item.id,), {"kind": "menu"})
            record = next(m for m in repo.menu() if m.id == item.id)
            AuditRepository(session).add(self.clock(), actor, "menu", name,
                                         "added" if menu_id is None else "changed")
        self._publish(BAR, (record.id,), kind="menu")
        return record

    # -- orders ----------------------------------------------------------------------
    def order(self, party_id: int, lines: list[OrderLine],
              source: OrderSource = OrderSource.DESK, *, from_refill: bool = False,
              at: datetime | None = None, demo: bool = False) -> OrderRecord:
        """Drinks for a seated party; the timer starts now."""
        now = at or self.clock()
        with self.db.write() as session:
            repo = BarRepository(session)
            party = session.get(Party, party_id)
            if party is None:
                raise _missing(QT_TRANSLATE_NOOP(
                    "Messages",
                    "That party is no longer on the board (deleted on another PC?)."))
            if party.stage == Stage.DEPARTED.value:
                raise DomainError(QT_TRANSLATE_NOOP("Messages", "The party has already left."))
            available = {m.id for m in repo.menu(only_available=True)}
            clean = validate_order_lines(lines, available)
            place = party.place or party.last_place
            order = DrinkOrder(party_id=party.id, place=place, source=source.value,
                               status=OrderStatus.OPEN.value, from_refill=from_refill,
                               created_at=now, demo=demo)
            session.add(order)
            session.flush()
            for line in clean:
                menu_item = repo.menu_item(line.menu_id)
                assert menu_item is not None
                session.add(DrinkOrderLine(order_id=order.id, menu_item_id=menu_item.id,
                                           name=menu_item.name, count=line.count))
            session.flush()
            session.refresh(order)
            self.db.record_change(session, BAR, (order.id,), {"kind": "ordered"})
            record = repo.order_record(order)
        self._publish(BAR, (record.id,), kind="ordered")
        return record

    def bump(self, order_id: int, at: datetime | None = None) -> OrderRecord:
        """Served: the recipe leaves the stock and the table's refill round is scheduled."""
        now = at or self.clock()
        rules = self.rules()
        with self.db.write() as session:
            repo = BarRepository(session)
            order = repo.order(order_id)
            if order is None:
                raise _missing(QT_TRANSLATE_NOOP("Messages", "That order is gone."))
            if order.status != OrderStatus.OPEN.value:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "That order is no longer waiting (served or closed)."))
            order.status = OrderStatus.SERVED.value
            order.served_at = now
            for line in order.lines:
                for part in repo.recipe(line.menu_item_id):
                    item = session.get(StockItem, part.stock_item_id)
                    if item is None:
                        continue
                    used = part.quantity * line.count
                    item.quantity = round(item.quantity - used, 3)
                    session.add(StockMovement(stock_item_id=item.id, at=now, kind="serve",
                                              quantity=-used, order_id=order.id))
            if not repo.open_checks(order.party_id):
                session.add(RefillCheck(party_id=order.party_id, place=order.place,
                                        due_at=next_refill_due(now, rules)))
            session.flush()
            self.db.record_change(session, BAR, (order.id,), {"kind": "served"})
            self.db.record_change(session, STOCK, ())
            record = repo.order_record(order)
        self._publish(BAR, (order_id,), kind="served")
        self._publish(STOCK)
        return record

    def recall(self, order_id: int | None = None) -> OrderRecord:
        """Undo the last bump (or this order's) within the recall window (60 s)."""
        now = self.clock()
        rules = self.rules()
        with self.db.write() as session:
            repo = BarRepository(session)
            order = repo.order(order_id) if order_id is not None else repo.last_served()
            if order is None or order.status != OrderStatus.SERVED.value \
                    or order.served_at is None:
                raise DomainError(QT_TRANSLATE_NOOP("Messages", "Nothing served to recall."))
            if not recall_allowed(order.served_at, now, rules):
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "Too late to recall: it was served over {seconds} s ago."),
                    seconds=rules.recall_seconds)
            for movement in repo.movements_of_order(order.id):
                item = session.get(StockItem, movement.stock_item_id)
                if item is not None:
                    item.quantity = round(item.quantity - movement.quantity, 3)
                session.add(StockMovement(stock_item_id=movement.stock_item_id, at=now,
                                          kind="recall", quantity=-movement.quantity,
                                          order_id=order.id))
            served_at = order.served_at
            order.status = OrderStatus.OPEN.value
            order.served_at = None
            for check in repo.open_checks(order.party_id):
                if check.due_at == next_refill_due(served_at, rules):
                    session.delete(check)
            session.flush()
            self.db.record_change(session, BAR, (order.id,), {"kind": "recalled"})
            self.db.record_change(session, STOCK, ())
            record = repo.order_record(order)
        self._publish(BAR, (record.id,), kind="recalled")
        self._publish(STOCK)
        return record

    # -- refill rounds -----------------------------------------------------------------
    def refill_done(self, check_id: int, outcome: RefillOutcome,
                    new_drinks: list[OrderLine] | None = None, *,
                    demo: bool = False) -> OrderRecord | None:
        """Refilled (same cup), a new drink (a new cup: a new order) or declined."""
        now = self.clock()
        rules = self.rules()
        new_order: OrderRecord | None = None
        if outcome is RefillOutcome.NEW_DRINK:
            with self.db.read() as session:
                check = BarRepository(session).check(check_id)
                party_id = check.party_id if check is not None else None
                already_done = check is not None and check.done_at is not None
            if party_id is None:
                raise _missing(QT_TRANSLATE_NOOP("Messages", "That refill round is gone."))
            if already_done:  # answered on another PC: no second cup
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "That refill round is already done."))
            new_order = self.order(party_id, new_drinks or [], OrderSource.BAR,
                                   from_refill=True, demo=demo)
        with self.db.write() as session:
            repo = BarRepository(session)
            check = repo.check(check_id)
            if check is None or check.done_at is not None:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "That refill round is already done."))
            check.done_at = now
            check.outcome = outcome.value
            party = session.get(Party, check.party_id)
            still_seated = party is not None and party.stage == Stage.SEATED.value
            if still_seated and outcome is not RefillOutcome.NEW_DRINK:
                # The round repeats while the party sits; a new drink's bump schedules its own.
                session.add(RefillCheck(party_id=check.party_id, place=check.place,
                                        due_at=next_refill_due(now, rules)))
            session.flush()
            self.db.record_change(session, BAR, (check.party_id,), {"kind": "refill"})
        self._publish(BAR, (check_id,), kind="refill")
        return new_order

    # -- tables and remarks -------------------------------------------------------------
    def table_cleared(self, task_id: int) -> None:
        now = self.clock()
        with self.db.write() as session:
            task = BarRepository(session).task(task_id)
            if task is None or task.done_at is not None:
                raise DomainError(QT_TRANSLATE_NOOP("Messages", "That table is already clear."))
            task.done_at = now
            self.db.record_change(session, BAR, (task_id,), {"kind": "cleared"})
        self._publish(BAR, (task_id,), kind="cleared")

    def add_remark(self, party_id: int, text: str) -> RemarkRecord:
        problems: list[FieldProblem] = []
        text = check_text(problems, "text", text, MAX_REMARK)
        if not problems and not text:
            problems.append(FieldProblem("text", QT_TRANSLATE_NOOP(
                "Messages", "Write the remark (at most {max} characters)."),
                {"max": MAX_REMARK}))
        if problems:
            raise ValidationError(problems)
        now = self.clock()
        with self.db.write() as session:
            if session.get(Party, party_id) is None:
                raise _missing(QT_TRANSLATE_NOOP(
                    "Messages",
                    "That party is no longer on the board (deleted on another PC?)."))
            remark = Remark(party_id=party_id, at=now, text=text)
            session.add(remark)
            session.flush()
            self.db.record_change(session, PARTIES, (party_id,), {"kind": "remark"})
            record = RemarkRecord(remark.id, party_id, now, text)
        self._publish(PARTIES, (party_id,), kind="remark")
        return record

    def remarks(self, party_id: int) -> list[RemarkRecord]:
        with self.db.read() as session:
            return BarRepository(session).remarks(party_id)

    # -- what the bar window shows ------------------------------------------------------
    def board(self, *, shared: bool = False) -> BarBoard:
        """What the bar window shows now. With `shared` (the windows, which reload on
        events) a board read since the last event is reused: the bar window and the
        desk's bar dock then read the database once per change, not once each."""
        now = self.clock()
        if shared and self._shared is not None:
            board, checks = self._shared
        else:
            with self.db.read() as session:
                repo = BarRepository(session)
                last = repo.last_served()
                checks = tuple(repo.refill_records(repo.open_checks()))
                board = BarBoard(
                    orders=tuple(repo.order_records(repo.open_orders())),
                    refills_due=(),
                    refills_later=(),
                    tasks=tuple(repo.task_record(t) for t in repo.open_tasks()),
                    low_stock=tuple(s for s in repo.stock() if s.low),
                    last_served=repo.order_record(last) if last is not None else None,
                )
            self._shared = (board, checks)
        return replace(board, refills_due=tuple(c for c in checks if c.due_at <= now),
                       refills_later=tuple(c for c in checks if c.due_at > now))

    def orders_of_party(self, party_id: int) -> list[OrderRecord]:
        with self.db.read() as session:
            repo = BarRepository(session)
            return [repo.order_record(o) for o in repo.orders_of_party(party_id)]

    def served_since(self, since: datetime) -> list[OrderRecord]:
        """Orders served at or after `since`, the latest first (the desk's recent list)."""
        with self.db.read() as session:
            repo = BarRepository(session)
            return [repo.order_record(o) for o in repo.served_since(since)]

    def parties_with_remarks(self, party_ids: list[int]) -> dict[int, list[str]]:
        """Remark texts by party for the parties given (one query, for the board)."""
        with self.db.read() as session:
            return BarRepository(session).remarks_of_parties(list(party_ids))


def _recipe_text(recipe: list[tuple[int, float]]) -> str:
    return ", ".join(f"{stock_id}×{quantity:g}" for stock_id, quantity in sorted(recipe))


def _menu_values(item: MenuItem) -> dict[str, object]:
    return {"name": item.name, "category": item.category, "available": item.available,
            "recipe": _recipe_text([(r.stock_item_id, r.quantity) for r in item.recipe])}

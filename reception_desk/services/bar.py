"""The water bar's actions: menu, drink orders with serve timers, refill rounds,
table clearing and customer remarks. Stock lives in `services.stock`."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

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
from ..domain.bar_records import BarBoard, MenuRecord, OrderRecord, RemarkRecord
from ..domain.edits import MENU_FIELDS
from ..domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from ..domain.events import BAR, PARTIES, STOCK, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Actor, Permission, require
from ..domain.stages import Stage
from ..domain.text import check_text
from ..domain.timeutil import Clock, utc_now
from ..store.audit_repo import AuditRepository
from ..store.bar_board import BoardRead, read_board
from ..store.bar_board import served_since as read_served_since
from ..store.bar_repo import BarRepository
from ..store.database import Database
from ..store.edits_repo import EditLog
from ..store.parties import PartyRepository
from .site_settings import SettingsService

if TYPE_CHECKING:
    from ..store.models import MenuItem

MAX_NAME = 20
MAX_REMARK = 300
#: How long a served order stays on the desk's list (greyed): the windows' shared read
#: brings the orders served this long ago.
RECENT_SERVED = timedelta(minutes=10)
#: The shared read reaches this much further back: a window asks for the orders served
#: since its own `now`, taken a moment before the read began.
_SHARED_MARGIN = timedelta(minutes=1)


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
        #: What the windows show as last read for them (board, every refill check in one
        #: list, orders served lately, categories); any event (a change here or one the
        #: change feed brought) forgets it.
        self._shared: BoardRead | None = None
        bus.subscribe(self._forget_board)

    def _forget_board(self, _event: Event) -> None:
        self._shared = None

    def rules(self) -> BarRules:
        return rules_of(self.settings)

    def _publish(self, topic: str, ids: tuple[int, ...] = (),
                 also: dict[str, tuple[int, ...]] | None = None, **data: object) -> None:
        self.bus.publish(Event(topic, ids, data=dict(data), also=dict(also or {})))

    # -- menu ----------------------------------------------------------------------
    def menu(self, only_available: bool = False) -> list[MenuRecord]:
        with self.db.read() as session:
            return BarRepository(session).menu(only_available)

    def categories(self, *, shared: bool = False) -> dict[str, DrinkCategory]:
        """Each drink's category by name: one plain query, no recipes. With `shared`
        (the bar window, after an event) it comes with the shared read of the board."""
        if shared:
            return dict(self._shared_read().categories)
        with self.db.read() as session:
            return BarRepository(session).categories()

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
                item = repo.add_menu_item(name, category.value, available, demo)
            else:
                item = repo.require_menu_item(menu_id)
                before = _menu_values(item)
                item.name, item.category, item.available = name, category.value, available
                EditLog(session).save("menu_items", item, version, before, {
                    "name": name, "category": category.value, "available": available,
                    "recipe": _recipe_text(recipe)}, MENU_FIELDS, actor.name, self.clock())
            repo.set_recipe(item, recipe)
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
            record = self._place_order(repo, party_id, lines, source, from_refill, now, demo)
            self.db.record_change(session, BAR, (record.id,), {"kind": "ordered"})
        self._publish(BAR, (record.id,), kind="ordered")
        return record

    def _place_order(self, repo: BarRepository, party_id: int, lines: list[OrderLine],
                     source: OrderSource, from_refill: bool, now: datetime,
                     demo: bool) -> OrderRecord:
        """The order written inside the caller's transaction (nothing committed yet):
        its party and the drinks asked for are read with one plain query each."""
        party = repo.order_party(party_id)
        if party.stage == Stage.DEPARTED.value:
            raise DomainError(QT_TRANSLATE_NOOP("Messages", "The party has already left."))
        available = repo.available_drinks(line.menu_id for line in lines)
        clean = validate_order_lines(lines, set(available))
        order = repo.add_order(party_id, party.place, source, from_refill, now,
                               [(line.menu_id, available[line.menu_id], line.count)
                                for line in clean], demo)
        return repo.order_record(order, party.guest)

    def bump(self, order_id: int, at: datetime | None = None) -> OrderRecord:
        """Served: the recipe leaves the stock and the table's refill round is scheduled,
        in one transaction with one event (BAR, also STOCK with the items it took)."""
        now = at or self.clock()
        rules = self.rules()
        with self.db.write() as session:
            repo = BarRepository(session)
            order = repo.require_order(order_id)
            if order.status != OrderStatus.OPEN.value:
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "That order is no longer waiting (served or closed)."))
            # Recipes and stock items first, with one query each: the changes below are
            # then written in one flush.
            recipes = repo.recipes(line.menu_item_id for line in order.lines)
            items = repo.stock_items_by_id(
                part.stock_item_id for parts in recipes.values() for part in parts)
            order.status = OrderStatus.SERVED.value
            order.served_at = now
            taken: dict[int, None] = {}
            for line in order.lines:
                for part in recipes.get(line.menu_item_id, ()):
                    item = items.get(part.stock_item_id)
                    if item is None:
                        continue
                    used = part.quantity * line.count
                    item.quantity = round(item.quantity - used, 3)
                    repo.add_movement(item.id, now, "serve", -used, order_id=order.id)
                    taken.setdefault(item.id)
            if not repo.open_checks(order.party_id):
                repo.add_check(order.party_id, order.place, next_refill_due(now, rules))
            repo.flush()
            also = {STOCK: tuple(taken)}
            self.db.record_change(session, BAR, (order.id,), {"kind": "served"}, also=also)
            record = repo.order_record(order)
        self._publish(BAR, (order_id,), also, kind="served")
        return record

    def recall(self, order_id: int | None = None) -> OrderRecord:
        """Undo the last bump (or this order's) within the recall window (60 s): the
        stock comes back in the same transaction, with one event (BAR, also STOCK)."""
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
            returned: dict[int, None] = {}
            movements = repo.movements_of_order(order.id)
            items = repo.stock_items_by_id(movement.stock_item_id for movement in movements)
            for movement in movements:
                item = items.get(movement.stock_item_id)
                if item is not None:
                    item.quantity = round(item.quantity - movement.quantity, 3)
                repo.add_movement(movement.stock_item_id, now, "recall", -movement.quantity,
                                  order_id=order.id)
                returned.setdefault(movement.stock_item_id)
            served_at = order.served_at
            order.status = OrderStatus.OPEN.value
            order.served_at = None
            for check in repo.open_checks(order.party_id):
                if check.due_at == next_refill_due(served_at, rules):
                    repo.drop_check(check)
            repo.flush()
            also = {STOCK: tuple(returned)}
            self.db.record_change(session, BAR, (order.id,), {"kind": "recalled"}, also=also)
            record = repo.order_record(order)
        self._publish(BAR, (record.id,), also, kind="recalled")
        return record

    # -- refill rounds -----------------------------------------------------------------
    def refill_done(self, check_id: int, outcome: RefillOutcome,
                    new_drinks: list[OrderLine] | None = None, *,
                    demo: bool = False) -> OrderRecord | None:
        """Refilled (same cup), a new drink (a new cup: a new order) or declined. A new
        drink's order and the round's answer commit together, with one event."""
        now = self.clock()
        rules = self.rules()
        new_order: OrderRecord | None = None
        with self.db.write() as session:
            repo = BarRepository(session)
            check = repo.check(check_id)
            if check is None and outcome is RefillOutcome.NEW_DRINK:
                raise _missing(QT_TRANSLATE_NOOP("Messages", "That refill round is gone."))
            if check is None or check.done_at is not None:
                # Answered on another PC: no second cup.
                raise DomainError(QT_TRANSLATE_NOOP(
                    "Messages", "That refill round is already done."))
            if outcome is RefillOutcome.NEW_DRINK:
                new_order = self._place_order(repo, check.party_id, new_drinks or [],
                                              OrderSource.BAR, True, now, demo)
            check.done_at = now
            check.outcome = outcome.value
            party = PartyRepository(session).get(check.party_id)
            still_seated = party is not None and party.stage == Stage.SEATED.value
            if still_seated and outcome is not RefillOutcome.NEW_DRINK:
                # The round repeats while the party sits; a new drink's bump schedules its own.
                repo.add_check(check.party_id, check.place, next_refill_due(now, rules))
            repo.flush()
            if new_order is not None:
                self.db.record_change(session, BAR, (new_order.id,),
                                      {"kind": "ordered", "refill": check_id})
            else:
                self.db.record_change(session, BAR, (check_id,), {"kind": "refill"})
        if new_order is not None:
            self._publish(BAR, (new_order.id,), kind="ordered", refill=check_id)
        else:
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
            PartyRepository(session).require(party_id)
            record = BarRepository(session).add_remark(party_id, now, text)
            self.db.record_change(session, PARTIES, (party_id,), {"kind": "remark"})
        self._publish(PARTIES, (party_id,), kind="remark")
        return record

    def remarks(self, party_id: int) -> list[RemarkRecord]:
        with self.db.read() as session:
            return BarRepository(session).remarks(party_id)

    # -- what the bar window shows ------------------------------------------------------
    def _read(self) -> BoardRead:
        with self.db.read() as session:
            return read_board(session, self.clock() - RECENT_SERVED - _SHARED_MARGIN)

    def _shared_read(self) -> BoardRead:
        """The windows' read since the last event, or a new one."""
        if self._shared is None:
            self._shared = self._read()
        return self._shared

    def board(self, *, shared: bool = False) -> BarBoard:
        """What the bar window shows now. With `shared` (the windows, which reload on
        events) a board read since the last event is reused: the bar window and the
        desk's bar dock then read the database once per change, not once each."""
        now = self.clock()
        read = self._shared_read() if shared else self._read()
        return BarBoard(
            orders=read.orders,
            refills_due=tuple(c for c in read.checks if c.due_at <= now),
            refills_later=tuple(c for c in read.checks if c.due_at > now),
            tasks=read.tasks,
            low_stock=read.low_stock,
            last_served=read.last_served,
        )

    def orders_of_party(self, party_id: int) -> list[OrderRecord]:
        with self.db.read() as session:
            repo = BarRepository(session)
            return repo.order_records(repo.orders_of_party(party_id))

    def served_since(self, since: datetime, *, shared: bool = False) -> list[OrderRecord]:
        """Orders served at or after `since`, the latest first (the desk's recent list).
        With `shared` and `since` at most `RECENT_SERVED` ago, they come from the windows'
        shared read (no order is served without an event, which forgets it)."""
        if shared:
            read = self._shared_read()
            if since >= read.served_since:
                return [o for o in read.served
                        if o.served_at is not None and o.served_at >= since]
        with self.db.read() as session:
            return read_served_since(session, since)

    def parties_with_remarks(self, party_ids: list[int]) -> dict[int, list[str]]:
        """Remark texts by party for the parties given (one query, for the board)."""
        with self.db.read() as session:
            return BarRepository(session).remarks_of_parties(list(party_ids))


def _recipe_text(recipe: list[tuple[int, float]]) -> str:
    return ", ".join(f"{stock_id}×{quantity:g}" for stock_id, quantity in sorted(recipe))


def _menu_values(item: MenuItem) -> dict[str, object]:
    return {"name": item.name, "category": item.category, "available": item.available,
            "recipe": _recipe_text([(r.stock_item_id, r.quantity) for r in item.recipe])}

"""The tables, as typed SQLAlchemy 2 declarative models.

Every schema change comes with an Alembic migration in `migrations/versions`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import UtcDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime()}


#: Two parties can never sit in one place at once, even from two PCs: a unique index over
#: the seated parties (``place IS NOT NULL``), on SQLite and PostgreSQL alike. Its
#: PostgreSQL option is named only once a PostgreSQL database is in play
#: (`declare_dialect_options`): a ``postgresql_where=`` here would import SQLAlchemy's
#: PostgreSQL dialect at every start, on SQLite too (about 30 ms, issue 14). The
#: migration (0001) creates the index the same way on both engines.
SEATED_PLACE = Index("uq_parties_seated_place", "place", unique=True,
                     sqlite_where=text("place IS NOT NULL"))


def declare_dialect_options(dialect_name: str) -> None:
    """The models' options for `dialect_name` that are not declared up front (only
    PostgreSQL has one); before the models create their schema, compare it or render it
    on a database of that dialect. Idempotent."""
    if dialect_name == "postgresql":
        SEATED_PLACE.dialect_kwargs["postgresql_where"] = text("place IS NOT NULL")


@event.listens_for(SEATED_PLACE, "before_create")
def _declare_before_create(index: Index, connection: Connection, **_kw: object) -> None:
    declare_dialect_options(connection.dialect.name)


class Party(Base):
    """One group of people arriving together (来访组)."""

    __tablename__ = "parties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Optimistic lock: raised by every form edit; a save names the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    arrived_at: Mapped[datetime] = mapped_column(index=True)
    surname: Mapped[str] = mapped_column(String(16))
    honorific: Mapped[str] = mapped_column(String(8))
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    plate: Mapped[str] = mapped_column(String(12), default="", index=True)
    description: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    consultant: Mapped[str] = mapped_column(String(40), default="")
    stage: Mapped[str] = mapped_column(String(16))
    stage_at: Mapped[datetime]
    #: Where the party sits now; None unless seated.
    place: Mapped[str | None] = mapped_column(String(40), default=None)
    #: The last place the party sat, kept after it stood up (for the record).
    last_place: Mapped[str] = mapped_column(String(40), default="")
    invalid_reason: Mapped[str | None] = mapped_column(String(24), default=None)
    invalid_note: Mapped[str] = mapped_column(String(200), default="")
    departed_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    is_returning: Mapped[bool] = mapped_column(Boolean, default=False)
    previous_party_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="SET NULL"), default=None
    )
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    #: The consultant receiving this party (the rotation's choice).
    consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultants.id"), default=None, index=True)
    #: Who owns the customer as of this visit (归属): differs from the receiving
    #: consultant when a stand-in received the party for an absent owner.
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultants.id"), default=None, index=True)
    #: The customer record (by phone) this visit belongs to; None for anonymous walk-ins.
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id"), default=None, index=True)
    #: The channel agency credited with this visit (from a pre-registration).
    agency: Mapped[str] = mapped_column(String(60), default="")

    moves: Mapped[list[StageMove]] = relationship(
        back_populates="party", order_by="StageMove.id", cascade="all, delete-orphan"
    )

    __table_args__ = (
        SEATED_PLACE,
        # The board's search (any part of the surname, plate or phone, newest first)
        # reads this index alone, newest first, and stops at the rows it shows: a
        # search finding few reads a narrow index of every year, not every row (0010).
        Index("ix_parties_search", "arrived_at", "id", "surname", "plate", "phone"),
    )


class StageMove(Base):
    """One move of a party from a stage to another; append-only, undo marks it."""

    __tablename__ = "stage_moves"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party_id: Mapped[int] = mapped_column(
        ForeignKey("parties.id", ondelete="CASCADE"), index=True
    )
    from_stage: Mapped[str | None] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    from_place: Mapped[str | None] = mapped_column(String(40), default=None)
    to_place: Mapped[str | None] = mapped_column(String(40), default=None)
    at: Mapped[datetime]
    undone_at: Mapped[datetime | None] = mapped_column(default=None)

    party: Mapped[Party] = relationship(back_populates="moves")


class SiteSetting(Base):
    """One site setting as JSON text; shared by every PC of the site."""

    __tablename__ = "site_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Change(Base):
    """The change feed: what each process committed, so others can follow."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    origin: Mapped[str] = mapped_column(String(36))
    topic: Mapped[str] = mapped_column(String(40))
    ids: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text, default="{}")


class Consultant(Base):
    """A sales consultant (置业顾问) of the roster; shown on screen, not a user."""

    __tablename__ = "consultants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Optimistic lock: raised by every form edit; a save names the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    name: Mapped[str] = mapped_column(String(40))
    staff_no: Mapped[str] = mapped_column(String(20), unique=True)
    phone: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]


class RotationEntry(Base):
    """One append-only entry of the rotation log (轮接记录); never updated or deleted."""

    __tablename__ = "rotation_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16))
    consultant_id: Mapped[int] = mapped_column(ForeignKey("consultants.id"), index=True)
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="SET NULL"), default=None, index=True)
    mode: Mapped[str | None] = mapped_column(String(16), default=None)
    status: Mapped[str | None] = mapped_column(String(16), default=None)
    position: Mapped[int | None] = mapped_column(Integer, default=None)
    position_before: Mapped[int | None] = mapped_column(Integer, default=None)
    position_after: Mapped[int | None] = mapped_column(Integer, default=None)
    actor: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")


class StockItem(Base):
    """Something the bar keeps and counts (物耗): tea leaves, cups, milk..."""

    __tablename__ = "stock_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Optimistic lock: raised by every form edit; a save names the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    name: Mapped[str] = mapped_column(String(40), unique=True)
    unit: Mapped[str] = mapped_column(String(12))
    quantity: Mapped[float] = mapped_column(Float, default=0.0)
    low_threshold: Mapped[float] = mapped_column(Float, default=0.0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)


class MenuItem(Base):
    """A drink on the bar's menu, with what one serving uses."""

    __tablename__ = "menu_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Optimistic lock: raised by every form edit; a save names the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    name: Mapped[str] = mapped_column(String(40), unique=True)
    category: Mapped[str] = mapped_column(String(12))
    available: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)

    recipe: Mapped[list[RecipeLine]] = relationship(
        back_populates="menu_item", cascade="all, delete-orphan", order_by="RecipeLine.id")


class RecipeLine(Base):
    __tablename__ = "recipe_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    menu_item_id: Mapped[int] = mapped_column(
        ForeignKey("menu_items.id", ondelete="CASCADE"), index=True)
    stock_item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"))
    quantity: Mapped[float] = mapped_column(Float)

    menu_item: Mapped[MenuItem] = relationship(back_populates="recipe")


class DrinkOrder(Base):
    """Drinks ordered for one party at one place; its timer runs from created_at."""

    __tablename__ = "drink_orders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"),
                                          index=True)
    place: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(12), index=True)
    #: True when the order came from a refill round (a new cup of another drink).
    from_refill: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(index=True)
    served_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)

    lines: Mapped[list[DrinkOrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="DrinkOrderLine.id")

    # The bar board's last order served and today's served list (migration 0009).
    __table_args__ = (Index("ix_drink_orders_status_served_at", "status", "served_at"),)


class DrinkOrderLine(Base):
    __tablename__ = "drink_order_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("drink_orders.id", ondelete="CASCADE"),
                                          index=True)
    menu_item_id: Mapped[int] = mapped_column(ForeignKey("menu_items.id"))
    #: The drink's name when ordered (the menu may change later).
    name: Mapped[str] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(Integer)

    order: Mapped[DrinkOrder] = relationship(back_populates="lines")


class RefillCheck(Base):
    """A refill round due for a table (续杯巡台); repeats while the party is seated."""

    __tablename__ = "refill_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"),
                                          index=True)
    place: Mapped[str] = mapped_column(String(40), default="")
    due_at: Mapped[datetime] = mapped_column(index=True)
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome: Mapped[str | None] = mapped_column(String(12), default=None)

    # The rounds still open, soonest first (migration 0009).
    __table_args__ = (Index("ix_refill_checks_done_at_due_at", "done_at", "due_at"),)


class TableTask(Base):
    """Clear the table (清台) after a party left; open until done."""

    __tablename__ = "table_tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place: Mapped[str] = mapped_column(String(40))
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="SET NULL"), default=None)
    created_at: Mapped[datetime]
    done_at: Mapped[datetime | None] = mapped_column(default=None, index=True)


class StockMovement(Base):
    """Every change of a stock quantity: goods in, a serving, a recall, a count."""

    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stock_item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"), index=True)
    at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(12))
    quantity: Mapped[float] = mapped_column(Float)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("drink_orders.id", ondelete="SET NULL"), default=None)
    note: Mapped[str] = mapped_column(String(200), default="")
    actor: Mapped[str] = mapped_column(String(60), default="")

    # An item's movements since its last count (migration 0009).
    __table_args__ = (Index("ix_stock_movements_item_at", "stock_item_id", "at"),)


class StockCount(Base):
    """The closing count of one item on one day, with its variance."""

    __tablename__ = "stock_counts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[str] = mapped_column(String(10), index=True)
    stock_item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"))
    expected: Mapped[float] = mapped_column(Float)
    counted: Mapped[float] = mapped_column(Float)
    variance: Mapped[float] = mapped_column(Float)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(60), default="")


class Remark(Base):
    """A customer's remark noted at the bar (客户意见), attached to the party."""

    __tablename__ = "remarks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"),
                                          index=True)
    at: Mapped[datetime]
    text: Mapped[str] = mapped_column(String(300))


class RecordEdit(Base):
    """Who changed which fields of an edited record, and when (one row per saved edit).

    A save over a newer version is refused with the edits made since the version
    the form read, so the person sees who changed what and can re-apply theirs.
    """

    __tablename__ = "record_edits"
    __table_args__ = (Index("ix_record_edits_record", "table_name", "record_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime]
    table_name: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int] = mapped_column(Integer)
    #: The record's version after this edit.
    version: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(60), default="")
    #: JSON list of [field, old, new].
    changes: Mapped[str] = mapped_column(Text, default="[]")


# The other feature tables share this Base; importing them here keeps the
# metadata complete wherever the models are used.
from . import models_customers, models_people, models_requests  # noqa: E402, F401

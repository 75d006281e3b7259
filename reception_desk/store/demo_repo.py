"""Repository for the demo data's own rows: clearing earlier demo data and small look-ups.

The demo package (`reception_desk.demo`) writes its visits, drinks, calls and
requests through the services; what it needs beyond them goes through here, so
that only store/ speaks SQLAlchemy: the clean-up of earlier demo rows (the bar's,
the hotline's, the rotation log's, parties and consultants, reception requests),
the consultants a demo call may name, marking a checked-in party as demo, and a
party's open table task. Every method works in the caller's transaction.
Real records are never deleted: those that point at demo rows lose the link, and
demo drinks or stock that real records use become real ones.
"""

from __future__ import annotations

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from .models import (
    Consultant,
    DrinkOrder,
    DrinkOrderLine,
    MenuItem,
    Party,
    RecipeLine,
    RefillCheck,
    Remark,
    RotationEntry,
    StockCount,
    StockItem,
    StockMovement,
    TableTask,
)
from .models_customers import Appointment, Call, Customer, VipCard
from .models_requests import ReceptionRequest


def _rows(result: object) -> int:
    """How many rows a bulk DELETE or UPDATE touched (0 where the driver cannot tell)."""
    return int(getattr(result, "rowcount", 0) or 0)


class DemoRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def delete_demo_bar(self) -> int:
        """The bar's demo records, children before parents; return how many rows went.

        Orders, refill rounds, table tasks and remarks of demo parties go (and demo
        orders of any party); then the demo menu and the demo stock with their
        movements and counts. A demo drink or stock item that real records still
        use (someone tried the demo on real work: a real order of a demo drink, a
        real drink made from demo stock) is kept as a real one.
        """
        session = self.session
        demo_parties = select(Party.id).where(Party.demo.is_(True))
        demo_orders = select(DrinkOrder.id).where(or_(DrinkOrder.demo.is_(True),
                                                      DrinkOrder.party_id.in_(demo_parties)))
        gone = 0
        for model in (Remark, RefillCheck, TableTask):
            gone += _rows(session.execute(delete(model).where(
                model.party_id.in_(demo_parties))))
        # Stock a demo order took from a real item stays in that item's history, unlinked.
        session.execute(update(StockMovement).where(StockMovement.order_id.in_(demo_orders))
                        .values(order_id=None))
        gone += _rows(session.execute(delete(DrinkOrderLine).where(
            DrinkOrderLine.order_id.in_(demo_orders))))
        gone += _rows(session.execute(delete(DrinkOrder).where(DrinkOrder.id.in_(demo_orders))))
        # Adopt what real records depend on.
        session.execute(update(MenuItem).where(MenuItem.demo.is_(True), MenuItem.id.in_(
            select(DrinkOrderLine.menu_item_id))).values(demo=False))
        real_menu = select(MenuItem.id).where(MenuItem.demo.is_(False))
        session.execute(update(StockItem).where(StockItem.demo.is_(True), StockItem.id.in_(
            select(RecipeLine.stock_item_id).where(RecipeLine.menu_item_id.in_(real_menu))))
            .values(demo=False))
        demo_menu = select(MenuItem.id).where(MenuItem.demo.is_(True))
        demo_stock = select(StockItem.id).where(StockItem.demo.is_(True))
        gone += _rows(session.execute(delete(RecipeLine).where(
            RecipeLine.menu_item_id.in_(demo_menu))))
        gone += _rows(session.execute(delete(MenuItem).where(MenuItem.demo.is_(True))))
        for stock_model in (StockMovement, StockCount):
            gone += _rows(session.execute(delete(stock_model).where(
                stock_model.stock_item_id.in_(demo_stock))))
        gone += _rows(session.execute(delete(StockItem).where(StockItem.demo.is_(True))))
        return gone

    def delete_demo_hotline(self) -> int:
        """Remove demo calls, appointments and customers, and every link to demo consultants;
        return how many rows went.

        Call it before demo parties and consultants go.
        """
        session = self.session
        demo_customers = select(Customer.id).where(Customer.demo.is_(True))
        gone = 0
        gone += _rows(session.execute(delete(Appointment).where(Appointment.demo.is_(True))))
        gone += _rows(session.execute(delete(Call).where(Call.demo.is_(True))))
        gone += _rows(session.execute(delete(VipCard).where(
            VipCard.customer_id.in_(demo_customers))))
        session.execute(update(Party).where(Party.customer_id.in_(demo_customers))
                        .values(customer_id=None))
        session.execute(update(Customer).where(Customer.merged_into_id.in_(demo_customers))
                        .values(merged_into_id=None))
        gone += _rows(session.execute(delete(Customer).where(Customer.demo.is_(True))))
        # Real customers and calls keep their history but lose links to demo consultants.
        demo_consultants = select(Consultant.id).where(Consultant.demo.is_(True))
        session.execute(update(Customer).where(Customer.owner_id.in_(demo_consultants))
                        .values(owner_id=None, owner_source="", owner_since=None,
                                owner_until=None))
        session.execute(update(Call).where(Call.consultant_id.in_(demo_consultants))
                        .values(consultant_id=None))
        return gone

    def delete_demo_parties_and_consultants(self) -> tuple[int, int]:
        """Delete demo parties, demo consultants and their rotation log; return how many
        parties and how many consultants went.

        Run after the bar's and the hotline's demo rows are gone (they name parties).
        A real party a demo consultant received (someone tried the demo on real work)
        keeps the name but loses the link.
        """
        session = self.session
        demo_consultants = select(Consultant.id).where(Consultant.demo.is_(True))
        demo_parties = select(Party.id).where(Party.demo.is_(True))
        session.execute(delete(RotationEntry).where(or_(
            RotationEntry.consultant_id.in_(demo_consultants),
            RotationEntry.party_id.in_(demo_parties))))
        for column in (Party.consultant_id, Party.owner_id):
            session.execute(update(Party).where(
                Party.demo.is_(False), column.in_(demo_consultants)).values({column: None}))
        parties = _rows(session.execute(delete(Party).where(Party.demo.is_(True))))
        consultants = _rows(session.execute(delete(Consultant).where(
            Consultant.demo.is_(True))))
        return parties, consultants

    def delete_demo_requests(self) -> int:
        """Delete demo reception requests and their expected parties (appointments);
        return how many requests went. Guests, itinerary and steps go with each request.
        """
        session = self.session
        ids = list(session.scalars(select(ReceptionRequest.id).where(
            ReceptionRequest.demo.is_(True))))
        if not ids:
            return 0
        session.execute(delete(Appointment).where(Appointment.request_id.in_(ids)))
        for row in session.scalars(select(ReceptionRequest).where(ReceptionRequest.id.in_(ids))):
            session.delete(row)   # guests, itinerary and steps go with it (ORM cascade)
        return len(ids)

    def active_consultant_ids(self) -> list[int]:
        """Ids of the active consultants, lowest first (whom a demo call may name)."""
        return list(self.session.scalars(select(Consultant.id).where(
            Consultant.active.is_(True)).order_by(Consultant.id)))

    def mark_demo(self, party_id: int) -> None:
        """Flag a party as demo data (so the next clean-up removes it); a gone party is skipped."""
        row = self.session.get(Party, party_id)
        if row is not None:
            row.demo = True

    def open_table_task(self, party_id: int) -> int | None:
        """The id of the party's first table task not yet done, or None."""
        return self.session.scalars(select(TableTask.id).where(
            TableTask.party_id == party_id, TableTask.done_at.is_(None))).first()

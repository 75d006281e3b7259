"""What a party's departure means for the bar, inside the departure's transaction.

Its open orders and refill rounds close by themselves, and a "clear the
table" task appears for the place it sat in until the bar marks it done
(none if another party sits there by then: it left that table earlier, for
the show-flat tour, and the table was cleared for the newcomers).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.bar import OrderStatus, RefillOutcome
from ..domain.events import BAR
from ..store.bar_repo import BarRepository
from ..store.database import Database
from ..store.models import Party, TableTask


def close_for_departure(db: Database, session: Session, party: Party, place: str,
                        now: datetime) -> None:
    repo = BarRepository(session)
    touched = False
    for order in repo.orders_of_party(party.id):
        if order.status == OrderStatus.OPEN.value:
            order.status = OrderStatus.CLOSED.value
            order.closed_at = now
            touched = True
    for check in repo.open_checks(party.id):
        check.done_at = now
        check.outcome = RefillOutcome.CLOSED.value
        touched = True
    # Left for the tour earlier and someone sits there now: that table was cleared for them.
    if place and session.scalar(select(Party.id).where(
            Party.place == place, Party.id != party.id)) is None:
        session.add(TableTask(place=place, party_id=party.id, created_at=now))
        touched = True
    if touched:
        session.flush()
        db.record_change(session, BAR, (party.id,), {"kind": "departed"})

"""What a party's departure means for the bar, inside the departure's transaction.

Its open orders and refill rounds close by themselves, and a "clear the
table" task appears for the place it sat in until the bar marks it done
(none if another party sits there by then: it left that table earlier, for
the show-flat tour, and the table was cleared for the newcomers).
"""

from __future__ import annotations

from datetime import datetime

from ..domain.bar import OrderStatus, RefillOutcome
from ..store.bar_repo import BarRepository
from ..store.session import Session


def close_for_departure(session: Session, party_id: int, place: str, now: datetime) -> bool:
    """Close the bar's side of a party leaving from `place` (its last seat): its open
    orders and refill rounds, and a table to clear. Whether anything changed (the
    departure's one event then names BAR too)."""
    repo = BarRepository(session)
    touched = False
    for order in repo.orders_of_party(party_id):
        if order.status == OrderStatus.OPEN.value:
            order.status = OrderStatus.CLOSED.value
            order.closed_at = now
            touched = True
    for check in repo.open_checks(party_id):
        check.done_at = now
        check.outcome = RefillOutcome.CLOSED.value
        touched = True
    # Left for the tour earlier and someone sits there now: that table was cleared for them.
    if place and not repo.place_taken_by_other(place, party_id):
        repo.add_task(place, party_id, now)
        touched = True
    if touched:
        repo.flush()
    return touched

"""The windows share one read of the bar board per change (issue 14)."""

from __future__ import annotations

from reception_desk.domain.bar import OrderLine
from reception_desk.domain.events import BAR, Event
from reception_desk.services.context import Services
from tests.conftest import FakeClock
from tests.services.test_bar_service import Bar, bar, seated

__all__ = ["bar"]  # the fixture


def test_a_shared_board_is_read_once_per_change(services: Services, bar: Bar) -> None:
    party = seated(services)
    first = services.bar.board(shared=True)
    reads: list[object] = []
    real_read = services.db.read

    def counting_read():
        reads.append(1)
        return real_read()

    services.db.read = counting_read  # type: ignore[method-assign]
    try:
        assert services.bar.board(shared=True) == first
        assert reads == []  # the second window reuses the first one's read
    finally:
        services.db.read = real_read  # type: ignore[method-assign]
    order = services.bar.order(party, [OrderLine(bar.longjing, 1)])  # publishes: forgotten
    assert [o.id for o in services.bar.board(shared=True).orders] == [order.id]
    services.bus.publish(Event(BAR, (), origin="remote"))  # another PC's change, too
    assert services.bar.board(shared=True).orders == services.bar.board().orders


def test_the_shared_board_splits_refills_by_the_time_asked(services: Services, bar: Bar,
                                                          clock: FakeClock) -> None:
    party = seated(services)
    services.bar.bump(services.bar.order(party, [OrderLine(bar.longjing, 1)]).id)
    board = services.bar.board(shared=True)
    assert board.refills_later and not board.refills_due
    clock.advance(minutes=services.settings.current().refill_minutes + 1)
    later = services.bar.board(shared=True)  # no event: the same read, split anew
    assert later.refills_due and not later.refills_later
    assert later == services.bar.board()

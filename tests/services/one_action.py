"""Helpers of the one-action-one-event tests: what another PC's change feed sees of an
action, and the check that an action commits once and publishes one event, the same one
here and elsewhere (use with the `commits` and `published` fixtures of conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from reception_desk.domain.events import Event
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.change_feed import ChangeFeed

T = TypeVar("T")


def seen_elsewhere(desk: Services, action: Callable[[], T]) -> tuple[T, list[Event]]:
    """Run `action` on the desk; what another PC's change feed sees of it."""
    other_pc, _ = open_database(desk.db.url)
    feed = ChangeFeed(other_pc)
    try:
        feed.fetch()   # what came before is not this action's
        result = action()
        return result, feed.fetch()
    finally:
        feed.close()
        other_pc.dispose()


def remote(one: Event) -> Event:
    """`one` as another PC's change feed hands it over."""
    return Event(one.topic, one.ids, origin="remote", data=one.data, also=one.also)


def one_action(desk: Services, commits: list[str], published: list[Event],
               action: Callable[[], T]) -> tuple[T, Event]:
    """Run `action` and check it was one write transaction and one event, which another
    PC's change feed sees the same; the action's result and its event."""
    commits.clear()
    published.clear()
    result, elsewhere = seen_elsewhere(desk, action)
    assert commits == ["commit"]
    assert len(published) == 1, published
    assert elsewhere == [remote(published[0])]
    return result, published[0]

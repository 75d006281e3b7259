"""The event bus that tells every open view a party or a setting changed."""

from __future__ import annotations

from reception_desk.domain.events import BAR, PARTIES, Event, EventBus


def test_every_listener_hears_each_event_until_it_unsubscribes() -> None:
    bus = EventBus()
    board: list[Event] = []
    bar: list[Event] = []
    bus.subscribe(board.append)
    stop_bar = bus.subscribe(bar.append)
    bus.publish(Event(PARTIES, (1,)))
    stop_bar()
    stop_bar()  # closing a window twice is harmless
    bus.publish(Event(PARTIES, (2,)))
    assert [e.ids for e in board] == [(1,), (2,)]
    assert [e.ids for e in bar] == [(1,)]


def test_a_listener_may_unsubscribe_while_an_event_is_delivered() -> None:
    bus = EventBus()
    heard: list[str] = []
    stop_first: list[object] = []

    def first(event: Event) -> None:
        heard.append("first")
        stop_first[0]()  # type: ignore[operator]

    stop_first.append(bus.subscribe(first))
    bus.subscribe(lambda event: heard.append("second"))
    bus.publish(Event(PARTIES))
    bus.publish(Event(PARTIES))
    assert heard == ["first", "second", "second"]


def test_local_events_are_marked_local() -> None:
    assert Event(PARTIES, (3,)).origin == "local"


def test_an_action_changes_a_shown_row_only_when_it_names_one_or_names_none() -> None:
    shown = {3, 4}
    assert Event(PARTIES, (4,)).changes_any(PARTIES, shown)
    assert not Event(PARTIES, (7,)).changes_any(PARTIES, shown)
    # The party is among the action's other topics (an order served for it).
    assert Event(BAR, (1,), also={PARTIES: (3,)}).changes_any(PARTIES, shown)
    assert not Event(BAR, (1,)).changes_any(PARTIES, shown)
    # No ids named: any row may have changed.
    assert Event(PARTIES).changes_any(PARTIES, shown)
    assert Event(PARTIES).changes_any(PARTIES, set())

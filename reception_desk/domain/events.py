"""A small synchronous event bus: services publish after commit, views listen.

Pure Python so services can publish without Qt; the UI adapts it to signals.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from threading import RLock

PARTIES = "parties"
SETTINGS = "settings"
ROTATION = "rotation"
BAR = "bar"
STOCK = "stock"
ACCOUNTS = "accounts"
REQUESTS = "requests"
CUSTOMERS = "customers"
APPOINTMENTS = "appointments"
#: Another process changed something we cannot name: refresh everything.
EVERYTHING = "*"


@dataclass(frozen=True)
class Event:
    topic: str
    ids: tuple[int, ...] = ()
    #: "local" for this process, "remote" when the change feed saw it.
    origin: str = "local"
    data: dict[str, object] = field(default_factory=dict)
    #: The other topics the same user action changed, with their ids: one action is one
    #: event (an order served and the stock it used; a request approved and the visit it
    #: put on the arrival board). Listeners ask `concerns(...)` rather than `topic`.
    also: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def concerns(self, *topics: str) -> bool:
        """Whether this action changed any of `topics` (its own or one of `also`)."""
        return self.topic in topics or any(topic in topics for topic in self.also)

    def ids_of(self, topic: str) -> tuple[int, ...]:
        """The ids the action changed under `topic` (empty when not that topic)."""
        return self.ids if topic == self.topic else self.also.get(topic, ())

    def changes_any(self, topic: str, shown: Collection[int]) -> bool:
        """Whether the action changed a `topic` row among `shown`. An event of the topic
        that names no ids may have changed any of them, so it counts."""
        if not self.concerns(topic):
            return False
        ids = self.ids_of(topic)
        return not ids or any(i in shown for i in ids)


Listener = Callable[[Event], None]


class EventBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = RLock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(event)

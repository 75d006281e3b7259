"""Following the services' event bus from a dialog: events re-emitted through a Qt signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...domain.events import Event
from ...services.context import Services


def follow_bus(services: Services, relay: Any) -> Callable[[], None]:
    """Re-emit the services' events through `relay` (a bound signal) until unsubscribed.

    Through a signal, an event published off the GUI thread arrives queued; a
    dialog deleted without being hidden first stops listening instead of failing.
    """
    unsubscribe: Callable[[], None] = lambda: None  # noqa: E731

    def listener(event: Event) -> None:
        try:
            relay.emit(event)
        except RuntimeError:  # the dialog is gone
            unsubscribe()

    unsubscribe = services.bus.subscribe(listener)
    return unsubscribe

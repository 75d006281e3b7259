"""Who is acting at this PC, as the edit log and conflict messages name them."""

from __future__ import annotations

import socket

from .accounts.session import SignInSession


def station_actor() -> str:
    """The signed-in person's name, else this PC's network name (a shared station)."""
    actor = SignInSession.instance().actor()
    if actor is not None:
        return actor.name
    return socket.gethostname() or "?"

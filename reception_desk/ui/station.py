"""Who is acting at this PC, as the edit log and conflict messages name them."""

from __future__ import annotations

import socket

from ..domain.roles import Actor, Role
from .accounts import SignInSession


def station_actor() -> str:
    """The signed-in person's name, else this PC's network name (a shared station)."""
    actor = SignInSession.instance().actor()
    if actor is not None:
        return actor.name
    return socket.gethostname() or "?"


def present_actor() -> Actor:
    """Who is at this PC for the audit log: the signed-in person, else the shared desk
    (named by the PC, with a receptionist's permissions)."""
    actor = SignInSession.instance().actor()
    if actor is not None:
        return actor
    return Actor(name=socket.gethostname() or "?", role=Role.RECEPTIONIST)

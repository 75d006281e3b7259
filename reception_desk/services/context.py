"""The services of one open database, wired together (no Qt).

`Services.open` builds the services the windows' first paint needs and every service
that subscribes to the event bus; the others (accounts, requests, customers,
appointments, ...) are built on first use, their modules imported then (issue 14:
start-up). A service built on first use hears no event published before it, so it must
not subscribe to the bus: tests/services/test_services_on_first_use.py checks it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from ..domain.customer_records import AppointmentRecord
from ..domain.events import EventBus
from ..domain.roles import Actor, Role
from ..domain.timeutil import Clock, utc_now
from ..store.database import Database
from ..store.session import Session
from .arrivals import ArrivalService
from .bar import BarService
from .feed import RemoteChanges, open_remote_changes
from .rotation import RotationService
from .site_settings import SettingsService
from .stock import StockService

if TYPE_CHECKING:
    from .accounts import AccountService
    from .appointment_import import AppointmentImportService
    from .appointments import AppointmentService
    from .audit import AuditService
    from .backup import BackupService
    from .calls import CallService
    from .customers import CustomerService
    from .privacy import PrivacyService
    from .requests import RequestService

#: Who acts for steps the shared desk takes without a PIN (recorded in the request's steps).
DESK = Actor(name="前台", role=Role.RECEPTIONIST)

S = TypeVar("S")


class OnFirstUse(Generic[S]):
    """A service of `Services` built by `build` the first time it is asked for, then
    kept in the instance (a plain attribute from then on: no cost per use)."""

    def __init__(self, build: Callable[[Services], S]) -> None:
        self.build = build
        self.name = build.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, services: None, owner: type) -> OnFirstUse[S]: ...
    @overload
    def __get__(self, services: Services, owner: type) -> S: ...
    def __get__(self, services: Services | None, owner: type) -> OnFirstUse[S] | S:
        if services is None:
            return self
        # Two threads asking first get one service; reentrant, as a service's build may
        # ask for another.
        with services._building:
            built: S | None = services.__dict__.get(self.name)
            if built is None:
                built = self.build(services)
                services.__dict__[self.name] = built
        return built


def _accounts(s: Services) -> AccountService:
    from .accounts import AccountService

    return AccountService(s.db, s.bus, s.settings, s.clock)


def _audit(s: Services) -> AuditService:
    from .audit import AuditService

    return AuditService(s.db, s.clock)


def _requests(s: Services) -> RequestService:
    from .requests import RequestService

    return RequestService(s.db, s.bus, s.settings, s.clock)


def _customers(s: Services) -> CustomerService:
    from .customers import CustomerService

    return CustomerService(s.db, s.bus, s.settings, s.clock)


def _calls(s: Services) -> CallService:
    from .calls import CallService

    return CallService(s.db, s.bus, s.settings, s.clock)


def _appointments(s: Services) -> AppointmentService:
    from .appointments import AppointmentService

    appointments = AppointmentService(s.db, s.bus, s.settings, s.arrivals, s.clock)
    appointments.check_in_steps.append(s._request_arrived)
    return appointments


def _appointment_import(s: Services) -> AppointmentImportService:
    from .appointment_import import AppointmentImportService

    return AppointmentImportService(s.db, s.bus, s.settings, s.clock)


def _privacy(s: Services) -> PrivacyService:
    from .privacy import PrivacyService

    return PrivacyService(s.db, s.bus, s.settings, s.clock)


def _backup(s: Services) -> BackupService:
    from .backup import BackupService

    return BackupService(s.db, s.settings, s.clock)


@dataclass
class Services:
    db: Database
    bus: EventBus
    settings: SettingsService
    arrivals: ArrivalService
    rotation: RotationService
    bar: BarService
    stock: StockService
    clock: Clock = field(default=utc_now)
    _building: threading.RLock = field(default_factory=threading.RLock, repr=False,
                                      compare=False)

    # Built on first use: no window needs them for its first paint, none subscribes.
    accounts = OnFirstUse(_accounts)
    audit = OnFirstUse(_audit)
    requests = OnFirstUse(_requests)
    customers = OnFirstUse(_customers)
    calls = OnFirstUse(_calls)
    appointments = OnFirstUse(_appointments)
    appointment_import = OnFirstUse(_appointment_import)
    privacy = OnFirstUse(_privacy)
    backup = OnFirstUse(_backup)

    @classmethod
    def open(cls, db: Database, clock: Clock = utc_now) -> Services:
        bus = EventBus()
        settings = SettingsService(db, bus, clock)
        arrivals = ArrivalService(db, bus, settings, clock)
        rotation = RotationService(db, bus, settings, clock, day=arrivals.day)
        return cls(db=db, bus=bus, settings=settings, arrivals=arrivals, rotation=rotation,
                   bar=BarService(db, bus, settings, clock),
                   stock=StockService(db, bus, settings, clock),
                   clock=clock)

    def remote_changes(self) -> RemoteChanges | None:
        """A follower of what other processes commit (None for an in-memory database)."""
        return open_remote_changes(self.db, self.clock)

    def _request_arrived(self, session: Session, appointment: AppointmentRecord,
                         party_id: int) -> dict[str, tuple[int, ...]]:
        """A reception request's visitors checked in: link the party, the visit happened
        (in the check-in's transaction; REQUESTS joins its one event)."""
        if appointment.request_id is None:
            return {}
        return self.requests.link_party_within(session, DESK, appointment.request_id,
                                               party_id)

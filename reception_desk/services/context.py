"""The services of one open database, wired together (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.customer_records import AppointmentRecord
from ..domain.events import EventBus
from ..domain.roles import Actor, Role
from ..domain.timeutil import Clock, utc_now
from ..store.database import Database
from ..store.session import Session
from .accounts import AccountService
from .appointment_import import AppointmentImportService
from .appointments import AppointmentService
from .arrivals import ArrivalService
from .audit import AuditService
from .backup import BackupService
from .bar import BarService
from .calls import CallService
from .customers import CustomerService
from .feed import RemoteChanges, open_remote_changes
from .privacy import PrivacyService
from .requests import RequestService
from .rotation import RotationService
from .site_settings import SettingsService
from .stock import StockService

#: Who acts for steps the shared desk takes without a PIN (recorded in the request's steps).
DESK = Actor(name="前台", role=Role.RECEPTIONIST)


@dataclass
class Services:
    db: Database
    bus: EventBus
    settings: SettingsService
    arrivals: ArrivalService
    rotation: RotationService
    bar: BarService
    stock: StockService
    accounts: AccountService
    audit: AuditService
    requests: RequestService
    customers: CustomerService
    calls: CallService
    appointments: AppointmentService
    appointment_import: AppointmentImportService
    privacy: PrivacyService
    backup: BackupService
    clock: Clock = field(default=utc_now)

    @classmethod
    def open(cls, db: Database, clock: Clock = utc_now) -> Services:
        bus = EventBus()
        settings = SettingsService(db, bus, clock)
        arrivals = ArrivalService(db, bus, settings, clock)
        rotation = RotationService(db, bus, settings, clock, day=arrivals.day)
        services = cls(db=db, bus=bus, settings=settings, arrivals=arrivals, rotation=rotation,
                   bar=BarService(db, bus, settings, clock),
                   stock=StockService(db, bus, settings, clock),
                   accounts=AccountService(db, bus, settings, clock),
                   audit=AuditService(db, clock),
                   requests=RequestService(db, bus, settings, clock),
                   customers=CustomerService(db, bus, settings, clock),
                   calls=CallService(db, bus, settings, clock),
                   appointments=AppointmentService(db, bus, settings, arrivals, clock),
                   appointment_import=AppointmentImportService(db, bus, settings, clock),
                   privacy=PrivacyService(db, bus, settings, clock),
                   backup=BackupService(db, settings, clock),
                   clock=clock)
        services.appointments.check_in_steps.append(services._request_arrived)
        return services

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

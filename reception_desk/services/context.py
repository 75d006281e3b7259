"""The services of one open database, wired together (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.events import EventBus
from ..domain.timeutil import Clock, utc_now
from ..store.database import Database
from .arrivals import ArrivalService
from .bar import BarService
from .rotation import RotationService
from .site_settings import SettingsService
from .stock import StockService


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

    @classmethod
    def open(cls, db: Database, clock: Clock = utc_now) -> Services:
        bus = EventBus()
        settings = SettingsService(db, bus)
        arrivals = ArrivalService(db, bus, settings, clock)
        rotation = RotationService(db, bus, settings, clock)
        return cls(db=db, bus=bus, settings=settings, arrivals=arrivals, rotation=rotation,
                   bar=BarService(db, bus, settings, clock),
                   stock=StockService(db, bus, settings, clock), clock=clock)

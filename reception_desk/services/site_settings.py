"""Reading and changing the site settings shared by every PC."""

from __future__ import annotations

from ..domain.events import SETTINGS, Event, EventBus
from ..domain.roles import Actor, Permission, require
from ..domain.site_settings import SiteSettings, validate_settings
from ..domain.timeutil import Clock, utc_now
from ..store.audit_repo import AuditRepository
from ..store.database import Database
from ..store.settings_repo import SITE_KEY, SettingsRepository


class SettingsService:
    def __init__(self, db: Database, bus: EventBus, clock: Clock = utc_now) -> None:
        self.db = db
        self.clock = clock
        self.bus = bus
        self._cache: SiteSettings | None = None
        bus.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        if event.topic in (SETTINGS, "*"):
            self._cache = None

    def current(self) -> SiteSettings:
        if self._cache is None:
            with self.db.read() as session:
                stored = SettingsRepository(session).get(SITE_KEY)
            self._cache = SiteSettings.from_dict(stored if isinstance(stored, dict) else {})
        return self._cache

    def save(self, settings: SiteSettings, actor: Actor) -> SiteSettings:
        """Store new site settings; only someone holding SETTINGS_EDIT may."""
        require(actor, Permission.SETTINGS_EDIT)
        clean = validate_settings(settings)
        before = self.current().to_dict()
        changed = sorted(k for k, v in clean.to_dict().items() if before.get(k) != v)
        with self.db.write() as session:
            SettingsRepository(session).put(SITE_KEY, clean.to_dict())
            AuditRepository(session).add(self.clock(), actor, "settings", "site",
                                         ", ".join(changed))
            self.db.record_change(session, SETTINGS)
        self._cache = clean
        self.bus.publish(Event(SETTINGS))
        return clean

    def flag(self, key: str) -> object:
        with self.db.read() as session:
            return SettingsRepository(session).get(f"flag.{key}")

    def set_flag(self, key: str, value: object) -> None:
        with self.db.write() as session:
            SettingsRepository(session).put(f"flag.{key}", value)

"""Reading and changing the site settings shared by every PC."""

from __future__ import annotations

from ..domain.events import SETTINGS, Event, EventBus
from ..domain.site_settings import SiteSettings, validate_settings
from ..store.database import Database
from ..store.settings_repo import SITE_KEY, SettingsRepository


class SettingsService:
    def __init__(self, db: Database, bus: EventBus) -> None:
        self.db = db
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

    def save(self, settings: SiteSettings) -> SiteSettings:
        clean = validate_settings(settings)
        with self.db.write() as session:
            SettingsRepository(session).put(SITE_KEY, clean.to_dict())
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

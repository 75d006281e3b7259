"""Reading and changing the site settings shared by every PC."""

from __future__ import annotations

from ..domain.events import SETTINGS, Event, EventBus
from ..domain.roles import Actor, Permission, require
from ..domain.site_settings import SiteSettings, validate_settings
from ..domain.timeutil import Clock, utc_now
from ..store.audit_repo import AuditRepository
from ..store.database import Database
from ..store.edits_repo import EditLog
from ..store.settings_repo import SITE_KEY, SettingsRepository

#: Where the settings' version (optimistic locking) is kept beside them.
VERSION_KEY = "site.version"


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

    def version(self) -> int:
        """The settings' version, for a settings form to name when it saves."""
        with self.db.read() as session:
            return int(SettingsRepository(session).get(VERSION_KEY) or 1)

    def save(self, settings: SiteSettings, actor: Actor,
             version: int | None = None) -> SiteSettings:
        """Store new site settings; only someone holding SETTINGS_EDIT may. `version` is
        the one the form read: a save over a newer version raises StaleEditError."""
        require(actor, Permission.SETTINGS_EDIT)
        clean = validate_settings(settings)
        with self.db.write() as session:
            repo = SettingsRepository(session)
            stored = repo.get(SITE_KEY)
            before = SiteSettings.from_dict(stored if isinstance(stored, dict) else {}).to_dict()
            after = clean.to_dict()
            changed = sorted(k for k, v in after.items() if before.get(k) != v)
            current = int(repo.get(VERSION_KEY) or 1)
            new_version = EditLog(session).save_values(
                "site_settings", 0, current, version, before, after,
                {key: key for key in after}, actor.name, self.clock())
            if new_version != current:
                repo.put(VERSION_KEY, new_version)
            repo.put(SITE_KEY, after)
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

"""Personal data over time (PIPL): retention (automatic anonymisation) and a person's rights.

Retention: a customer with no visit, call or appointment for `retention_days`
(site setting, default 730) is anonymised: name, phones, plate, address and free
text removed from the customer and from its parties, calls, appointments and the
guests of its reception requests; every row stays, so counts and statistics are
the same before and after. Records with no customer (a competitor's call, a party
without a phone) older than the period lose their personal text too. The main
window runs it once a day (`run_daily`), the command line on demand; each run is
in the audit log with its counts, never with a name or phone.

A person's rights: an admin exports everything held about one customer into one
file (JSON or XLSX) and can erase it (anonymise now); both are audited.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

from ..domain.customer_records import honorific_of, person_name
from ..domain.errors import DomainError, NotFoundError
from ..domain.events import APPOINTMENTS, CUSTOMERS, PARTIES, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.phone import mask_phone
from ..domain.roles import Actor, Permission, Role, require
from ..domain.text import export_safe
from ..domain.timeutil import Clock, local_date, utc_now
from ..store.audit_repo import AuditRepository
from ..store.customers_repo import CustomerRepository
from ..store.database import Database
from ..store.privacy_repo import PrivacyRepository
from ..store.session import Session
from ..store.settings_repo import SettingsRepository
from .site_settings import SettingsService

#: Who the automatic daily run is in the audit log.
RETENTION_ACTOR = Actor(name="auto:retention", role=Role.ADMIN, unrestricted=True)
#: The site-local day of the last daily run (a flag beside the site settings).
LAST_RUN_KEY = "flag.privacy.retention_day"

PersonFormat = Literal["json", "xlsx"]
PERSON_FORMATS: tuple[str, ...] = ("json", "xlsx")

_GONE = QT_TRANSLATE_NOOP("Messages", "That customer no longer exists (merged or deleted?).")
#: What an anonymisation changes besides the customers: any visit or appointment may show
#: a blanked name or phone (no ids: the views read theirs again).
_ALSO: dict[str, tuple[int, ...]] = {PARTIES: (), APPOINTMENTS: ()}


class AlreadyAnonymisedError(DomainError):
    def __init__(self, when: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "This customer's personal data was already removed on {when}."),
            when=when)


@dataclass(frozen=True)
class RetentionCandidate:
    """A customer the next run anonymises (the admin's preview; the phone masked)."""

    customer_id: int
    name: str
    phone: str
    last_activity: datetime
    calls: int
    visits: int
    appointments: int


@dataclass(frozen=True)
class RetentionPreview:
    days: int
    #: Activity before this instant is too old.
    cutoff: datetime
    customers: tuple[RetentionCandidate, ...]
    #: Records with no customer that still hold personal text and are older than the cutoff.
    orphan_calls: int = 0
    orphan_visits: int = 0
    orphan_appointments: int = 0

    @property
    def total(self) -> int:
        return (len(self.customers) + self.orphan_calls + self.orphan_visits
                + self.orphan_appointments)


@dataclass(frozen=True)
class RetentionResult:
    days: int
    cutoff: datetime
    #: Customers anonymised (records merged into them included).
    customers: tuple[int, ...]
    orphan_calls: int = 0
    orphan_visits: int = 0
    orphan_appointments: int = 0

    def changed(self) -> bool:
        """Whether the run anonymised anything."""
        return bool(self.customers or self.orphan_calls or self.orphan_visits
                    or self.orphan_appointments)

    def detail(self) -> str:
        """The audit entry's text: counts only, never a name or a phone."""
        return (f"{len(self.customers)} customers, {self.orphan_calls} calls, "
                f"{self.orphan_visits} visits, {self.orphan_appointments} appointments "
                f"without a customer; inactive since before "
                f"{self.cutoff.date().isoformat()} ({self.days} days)")


def _jsonable(value: object, zone: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(zone).isoformat(timespec="seconds")  # type: ignore[arg-type]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return export_safe(value)
    return value


class PrivacyService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 clock: Clock = utc_now) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.clock = clock

    # -- retention ---------------------------------------------------------------------------
    def cutoff(self, now: datetime | None = None) -> datetime:
        return (now or self.clock()) - timedelta(days=self.settings.current().retention_days)

    def preview(self, actor: Actor) -> RetentionPreview:
        """What the next run anonymises, oldest activity first (admins only)."""
        require(actor, Permission.PRIVACY_ADMIN)
        settings = self.settings.current()
        cutoff = self.cutoff()
        with self.db.read() as session:
            repo = PrivacyRepository(session)
            latest = repo.last_activity(settings.zone())
            due = sorted((at, cid) for cid, at in latest.items() if at < cutoff)
            ids = [cid for _at, cid in due]
            counts = repo.counts(ids)
            customers = CustomerRepository(session)
            found: list[RetentionCandidate] = []
            for at, cid in due:
                row = customers.get(cid)
                if row is None:
                    continue
                calls, visits, appointments = counts[cid]
                found.append(RetentionCandidate(
                    cid, person_name(row.name, honorific_of(row.honorific)),
                    mask_phone(row.phone) if row.phone else "", at, calls, visits,
                    appointments))
            calls_o, parties_o, appointments_o = repo.orphans_before(cutoff)
        return RetentionPreview(settings.retention_days, cutoff, tuple(found), len(calls_o),
                                len(parties_o), len(appointments_o))

    def run(self, actor: Actor) -> RetentionResult:
        """Anonymise everything inactive for the retention period now (admins, the CLI)."""
        require(actor, Permission.PRIVACY_ADMIN)
        result = self._run(actor, daily=False)
        assert result is not None
        return result

    def run_daily(self, *, publish: bool = True) -> RetentionResult | None:
        """The automatic run: once per site-local day, whichever PC comes first.

        Returns None when today's run was already made (nothing written). A window
        runs it in a worker thread with ``publish=False`` and hands the result to
        :meth:`announce` on its own thread, so no listener runs off the Qt thread."""
        return self._run(RETENTION_ACTOR, daily=True, publish=publish)

    def announce(self, result: RetentionResult) -> None:
        """Publish what a run made without publishing changed (see :meth:`run_daily`)."""
        if result.changed():
            self._publish(())

    def last_daily_run(self) -> date | None:
        with self.db.read() as session:
            value = SettingsRepository(session).get(LAST_RUN_KEY)
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def _run(self, actor: Actor, *, daily: bool,
             publish: bool = True) -> RetentionResult | None:
        settings = self.settings.current()
        now = self.clock()
        cutoff = self.cutoff(now)
        today = local_date(now, settings.zone()).isoformat()
        with self.db.write() as session:
            flags = SettingsRepository(session)
            if daily and flags.get(LAST_RUN_KEY) == today:
                return None
            repo = PrivacyRepository(session)
            latest = repo.last_activity(settings.zone())
            due = sorted(cid for cid, at in latest.items() if at < cutoff)
            blanked = repo.anonymise_customers(due, now)
            calls, parties, appointments = repo.orphans_before(cutoff)
            repo.anonymise_calls(calls)
            repo.anonymise_parties(parties)
            repo.anonymise_appointments(appointments)
            result = RetentionResult(settings.retention_days, cutoff, tuple(blanked),
                                     len(calls), len(parties), len(appointments))
            flags.put(LAST_RUN_KEY, today)
            AuditRepository(session).add(now, actor, "privacy.retention",
                                         "daily" if daily else "run", result.detail())
            if result.changed():
                self._record(session, ())
        if publish:
            self.announce(result)
        return result

    def _record(self, session: Session, ids: tuple[int, ...]) -> None:
        """The anonymisation's one change row for other PCs (see `_publish`)."""
        self.db.record_change(session, CUSTOMERS, ids, {"kind": "anonymised"}, also=_ALSO)

    def _publish(self, ids: tuple[int, ...]) -> None:
        """One action, one event: the customers blanked, `also` the visits and
        appointments whose names and phones went with them."""
        self.bus.publish(Event(CUSTOMERS, ids, data={"kind": "anonymised"}, also=_ALSO))

    # -- a person's rights ------------------------------------------------------------------
    def person_data(self, actor: Actor, customer_id: int) -> dict[str, object]:
        """Everything held about one customer (and records merged into it), as plain data."""
        require(actor, Permission.PRIVACY_ADMIN)
        zone = self.settings.current().zone()
        with self.db.read() as session:
            customer = CustomerRepository(session).resolve(customer_id)
            if customer is None:
                raise NotFoundError(_GONE)
            ids, sections = PrivacyRepository(session).person(customer.id)
            targets = {f"customer:{i}" for i in ids}
            audit = [
                {"at": e.at, "actor": e.actor, "action": e.action, "target": e.target,
                 "detail": e.detail}
                for e in AuditRepository(session).between() if e.target in targets]
        data: dict[str, object] = {
            "exported_at": self.clock(), "exported_by": actor.name,
            "customer_id": customer_id}
        data.update(sections)
        data["audit_log"] = audit
        return _clean(data, zone)  # type: ignore[return-value]

    def export_person(self, actor: Actor, customer_id: int, path: str | os.PathLike[str],
                      fmt: str | None = None) -> Path:
        """Write `person_data` to one file (the file appears complete or not at all); audited."""
        target = Path(path)
        chosen = fmt or ("xlsx" if target.suffix.lower() == ".xlsx" else "json")
        if chosen not in PERSON_FORMATS:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Messages", "Unsupported format “{fmt}”; use json or xlsx."), fmt=chosen)
        data = self.person_data(actor, customer_id)
        if chosen == "json":
            _write_json(target, data)
        else:
            _write_xlsx(target, data)
        try:
            with self.db.write() as session:
                AuditRepository(session).add(
                    self.clock(), actor, "privacy.export_person", f"customer:{customer_id}",
                    f"{chosen}, {target.name}")
        except BaseException:
            target.unlink(missing_ok=True)  # no personal export without its audit entry
            raise
        return target

    def erase(self, actor: Actor, customer_id: int) -> tuple[int, ...]:
        """Anonymise one customer now (a person's request); audited. Returns the ids blanked."""
        require(actor, Permission.PRIVACY_ADMIN)
        now = self.clock()
        zone = self.settings.current().zone()
        with self.db.write() as session:
            customer = CustomerRepository(session).resolve(customer_id)
            if customer is None:
                raise NotFoundError(_GONE)
            if customer.anonymised_at is not None:
                raise AlreadyAnonymisedError(
                    customer.anonymised_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"))
            repo = PrivacyRepository(session)
            counts = repo.counts([customer.id])[customer.id]
            blanked = tuple(repo.anonymise_customers([customer.id], now))
            AuditRepository(session).add(
                now, actor, "privacy.erase", f"customer:{customer.id}",
                f"anonymised customers {', '.join(map(str, blanked))}: {counts[0]} calls, "
                f"{counts[1]} visits, {counts[2]} appointments")
            self._record(session, blanked)
        self._publish(blanked)
        return blanked


def _clean(value: object, zone: object) -> object:
    if isinstance(value, Mapping):
        return {str(k): _clean(v, zone) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v, zone) for v in value]
    return _jsonable(value, zone)


def _atomic(target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    return Path(name)


def _write_json(target: Path, data: Mapping[str, object]) -> None:
    tmp = _atomic(target)
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_xlsx(target: Path, data: Mapping[str, object]) -> None:
    """One sheet per section; a single record reads as field / value rows."""
    from openpyxl import Workbook

    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = "export"
    for key in ("customer_id", "exported_at", "exported_by"):
        summary.append([key, _cell(data.get(key))])
    for section, value in data.items():
        if key_is_meta(section):
            continue
        sheet = workbook.create_sheet(section[:31])
        if isinstance(value, Mapping):
            for field, item in value.items():
                sheet.append([field, _cell(item)])
        elif isinstance(value, Sequence) and not isinstance(value, str):
            rows = [r for r in value if isinstance(r, Mapping)]
            headers: list[str] = []
            for row in rows:
                headers += [k for k in row if k not in headers]
            sheet.append(headers)
            for row in rows:
                sheet.append([_cell(row.get(h)) for h in headers])
    tmp = _atomic(target)
    try:
        workbook.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        workbook.close()


def key_is_meta(key: str) -> bool:
    return key in ("customer_id", "exported_at", "exported_by")


def _cell(value: object) -> object:
    if value is None or isinstance(value, int | float | str | bool):
        text = value
        if isinstance(text, str) and text[:1] in ("=", "+", "-", "@"):
            return "'" + text  # never a formula
        return text
    return json.dumps(value, ensure_ascii=False)

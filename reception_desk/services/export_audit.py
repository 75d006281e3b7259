"""The `audit` export (administrators only): one row per audit-log entry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.audit_actions import action_label
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.privacy import MaskKind
from ..domain.roles import Permission
from ..domain.timeutil import local_day_bounds
from ..store.audit_repo import AuditRepository
from .context import Services
from .export import Column, Dataset, Row, register_dataset

AUDIT_COLUMNS: tuple[Column, ...] = (
    Column("at", QT_TRANSLATE_NOOP("ExportAudit", "Time"), "datetime"),
    Column("actor", QT_TRANSLATE_NOOP("ExportAudit", "Who")),
    Column("action", QT_TRANSLATE_NOOP("ExportAudit", "Action")),
    Column("target", QT_TRANSLATE_NOOP("ExportAudit", "Target")),
    Column("detail", QT_TRANSLATE_NOOP("ExportAudit", "Detail")),
    Column("hash", QT_TRANSLATE_NOOP("ExportAudit", "Chain hash")),
)


def audit_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    zone = services.settings.current().zone()
    start, _ = local_day_bounds(date_from, zone)
    _, end = local_day_bounds(date_to, zone)
    with services.db.read() as session:
        entries = AuditRepository(session).between(start, end)
        rows = [{"at": e.at, "actor": e.actor,
                 "action": action_label(e.action),
                 "target": e.target, "detail": e.detail, "hash": e.hash} for e in entries]
    yield from rows


AUDIT = register_dataset(Dataset(
    name="audit",
    columns=AUDIT_COLUMNS,
    rows=audit_rows,
    label=QT_TRANSLATE_NOOP("Export", "Audit log"),
    permission=Permission.AUDIT_VIEW,
    masks={"target": MaskKind.TEXT, "detail": MaskKind.TEXT},
))

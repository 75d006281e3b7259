"""The `audit` export (administrators only): one row per audit-log entry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.audit_actions import action_source, action_zh
from ..domain.privacy import MaskKind
from ..domain.roles import Permission
from ..domain.timeutil import local_day_bounds
from ..store.audit_repo import AuditRepository
from .context import Services
from .export import Column, Dataset, Localized, Row, register_dataset

AUDIT_COLUMNS: tuple[Column, ...] = (
    Column("at", "时间", "Time", "datetime"),
    Column("actor", "操作人", "Who"),
    Column("action", "操作", "Action"),
    Column("target", "对象", "Target"),
    Column("detail", "详情", "Detail"),
    Column("hash", "哈希链", "Chain hash"),
)


def audit_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    zone = services.settings.current().zone()
    start, _ = local_day_bounds(date_from, zone)
    _, end = local_day_bounds(date_to, zone)
    with services.db.read() as session:
        entries = AuditRepository(session).between(start, end)
        rows = [{"at": e.at, "actor": e.actor,
                 "action": Localized(action_zh(e.action), action_source(e.action)),
                 "target": e.target, "detail": e.detail, "hash": e.hash} for e in entries]
    yield from rows


AUDIT = register_dataset(Dataset(
    name="audit",
    columns=AUDIT_COLUMNS,
    rows=audit_rows,
    title_zh="审计日志",
    title_en="Audit log",
    permission=Permission.AUDIT_VIEW,
    masks={"target": MaskKind.TEXT, "detail": MaskKind.TEXT},
))

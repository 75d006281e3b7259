"""The `rotation-log` and `rotation-stats` exports."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from ..domain.rotation import ASSIGN_LABELS, DUTY_LABELS, EVENT_LABELS
from ..printing.rotation_log import KIND_ZH, MODE_ZH, STATUS_ZH, reason_text
from .context import Services

#: "number" is a quantity that may have a fraction (grams, millilitres, half a lemon).
from .export import (
    Column,
    Dataset,
    Localized,
    Row,
    register_dataset,
)
from .rotation import LogEntry

# -- the rotation log and statistics ---------------------------------------------------

def _label(value: StrEnum | None, zh: Mapping[Any, str],
           en: Mapping[Any, str]) -> Localized | None:
    return None if value is None else Localized(zh[value], en[value])


ROTATION_LOG_COLUMNS: tuple[Column, ...] = (
    Column("at", "时间", "Time", "datetime"),
    Column("kind", "事件", "Event"),
    Column("consultant", "置业顾问", "Consultant"),
    Column("party", "客户", "Customer"),
    Column("mode", "方式", "Mode"),
    Column("position_before", "原序位", "Position before", "int"),
    Column("position_after", "新序位", "Position after", "int"),
    Column("actor", "操作人", "By"),
    Column("reason", "原因", "Reason"),
    Column("status", "状态", "Status"),
)


def rotation_log_row(entry: LogEntry) -> Row:
    reason: str | Localized = entry.reason
    if reason_text(entry.reason) != entry.reason:
        reason = Localized(reason_text(entry.reason), reason_text(entry.reason, english=True))
    return {
        "at": entry.at,
        "kind": _label(entry.kind, KIND_ZH, EVENT_LABELS),
        "consultant": entry.consultant,
        "party": entry.party,
        "mode": _label(entry.mode, MODE_ZH, ASSIGN_LABELS),
        "position_before": entry.position_before,
        "position_after": entry.position_after,
        "actor": entry.actor,
        "reason": reason,
        "status": _label(entry.status, STATUS_ZH, DUTY_LABELS),
    }


def rotation_log_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    for entry in services.rotation.log(date_from, date_to):
        yield rotation_log_row(entry)


ROTATION_LOG = register_dataset(Dataset(
    name="rotation-log",
    columns=ROTATION_LOG_COLUMNS,
    rows=rotation_log_rows,
    title_zh="轮接记录",
    title_en="Rotation log",
))


ROTATION_STATS_COLUMNS: tuple[Column, ...] = (
    Column("consultant", "置业顾问", "Consultant"),
    Column("staff_no", "工号", "Staff no."),
    Column("valid", "有效接待", "Valid receptions", "int"),
    Column("invalid", "无效接待", "Invalid receptions", "int"),
    Column("returning", "老客户接待", "Returning customers", "int"),
    Column("average_minutes", "平均接待(分钟)", "Average minutes", "int"),
    Column("skipped", "被补位", "Skipped", "int"),
    Column("missed", "过号", "Missed turns", "int"),
    Column("overrides", "经理调整", "Overrides", "int"),
)


def rotation_stats_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    staff = {c.id: c.staff_no for c in services.rotation.consultants(include_inactive=True)}
    for stats in services.rotation.stats(date_from, date_to):
        yield {
            "consultant": stats.name,
            "staff_no": staff.get(stats.consultant_id, ""),
            "valid": stats.valid,
            "invalid": stats.invalid,
            "returning": stats.returning,
            "average_minutes": (round(stats.average_minutes, 1)
                                if stats.average_minutes is not None else None),
            "skipped": stats.skipped,
            "missed": stats.missed,
            "overrides": stats.overrides,
        }


ROTATION_STATS = register_dataset(Dataset(
    name="rotation-stats",
    columns=ROTATION_STATS_COLUMNS,
    rows=rotation_stats_rows,
    title_zh="轮接统计",
    title_en="Rotation statistics",
))

"""The `rotation-log` and `rotation-stats` exports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.rotation import ASSIGN_LABELS, DUTY_LABELS
from ..printing.rotation_log import KIND_LABELS, reason_label
from .context import Services
from .export import Column, Dataset, Row, register_dataset
from .rotation import LogEntry

# -- the rotation log and statistics ---------------------------------------------------

ROTATION_LOG_COLUMNS: tuple[Column, ...] = (
    Column("at", QT_TRANSLATE_NOOP("ExportRotationLog", "Time"), "datetime"),
    Column("kind", QT_TRANSLATE_NOOP("ExportRotationLog", "Event")),
    Column("consultant", QT_TRANSLATE_NOOP("ExportRotationLog", "Consultant")),
    Column("party", QT_TRANSLATE_NOOP("ExportRotationLog", "Customer")),
    Column("mode", QT_TRANSLATE_NOOP("ExportRotationLog", "Mode")),
    Column("position_before", QT_TRANSLATE_NOOP("ExportRotationLog", "Position before"), "int"),
    Column("position_after", QT_TRANSLATE_NOOP("ExportRotationLog", "Position after"), "int"),
    Column("actor", QT_TRANSLATE_NOOP("ExportRotationLog", "By")),
    Column("reason", QT_TRANSLATE_NOOP("ExportRotationLog", "Reason")),
    Column("status", QT_TRANSLATE_NOOP("ExportRotationLog", "Status")),
)


def rotation_log_row(entry: LogEntry) -> Row:
    return {
        "at": entry.at,
        "kind": KIND_LABELS[entry.kind],
        "consultant": entry.consultant,
        "party": entry.party,
        "mode": ASSIGN_LABELS[entry.mode] if entry.mode is not None else None,
        "position_before": entry.position_before,
        "position_after": entry.position_after,
        "actor": entry.actor,
        "reason": reason_label(entry.reason),
        "status": DUTY_LABELS[entry.status] if entry.status is not None else None,
    }


def rotation_log_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    for entry in services.rotation.log(date_from, date_to):
        yield rotation_log_row(entry)


ROTATION_LOG = register_dataset(Dataset(
    name="rotation-log",
    columns=ROTATION_LOG_COLUMNS,
    rows=rotation_log_rows,
    label=QT_TRANSLATE_NOOP("Export", "Rotation log"),
))


ROTATION_STATS_COLUMNS: tuple[Column, ...] = (
    Column("consultant", QT_TRANSLATE_NOOP("ExportRotationStats", "Consultant")),
    Column("staff_no", QT_TRANSLATE_NOOP("ExportRotationStats", "Staff no.")),
    Column("valid", QT_TRANSLATE_NOOP("ExportRotationStats", "Valid receptions"), "int"),
    Column("invalid", QT_TRANSLATE_NOOP("ExportRotationStats", "Invalid receptions"), "int"),
    Column("returning", QT_TRANSLATE_NOOP("ExportRotationStats", "Returning customers"), "int"),
    Column("average_minutes", QT_TRANSLATE_NOOP("ExportRotationStats", "Average minutes"), "int"),
    Column("skipped", QT_TRANSLATE_NOOP("ExportRotationStats", "Skipped"), "int"),
    Column("missed", QT_TRANSLATE_NOOP("ExportRotationStats", "Missed turns"), "int"),
    Column("overrides", QT_TRANSLATE_NOOP("ExportRotationStats", "Overrides"), "int"),
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
    label=QT_TRANSLATE_NOOP("Export", "Rotation statistics"),
))

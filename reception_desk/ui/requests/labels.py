"""Translated texts for request values, and the flags a row of the requests table shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from ...domain.reception_request import (
    LEVEL_DEFINITIONS,
    PREPARATION_LABELS,
    STATUS_LABELS,
    Level,
    Preparation,
    RequestRecord,
    Status,
)
from ...domain.timeutil import local_date

translate = QCoreApplication.translate

#: Statuses where the request is finished: no reminders, not in "all open".
FINISHED = frozenset({Status.CLOSED, Status.CANCELLED})

#: Text and background colours per status (draft grey, waiting amber, approved green…).
STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    Status.DRAFT: ("#475467", "#f2f4f7"),
    Status.SUBMITTED: ("#b54708", "#fffaeb"),
    Status.DEPARTMENT_APPROVED: ("#b54708", "#fef0c7"),
    Status.GM_APPROVED: ("#067647", "#ecfdf3"),
    Status.SCHEDULED: ("#067647", "#d1fadf"),
    Status.VISITED: ("#175cd3", "#eff8ff"),
    Status.FEEDBACK_FILED: ("#175cd3", "#d1e9ff"),
    Status.CLOSED: ("#667085", "#ffffff"),
    Status.CANCELLED: ("#98a2b3", "#ffffff"),
}


def level_name(level: Level) -> str:
    return QCoreApplication.translate("RequestLevel", "Level %1").replace("%1", level.value)


def level_definition(level: Level) -> str:
    return translate("Messages", LEVEL_DEFINITIONS[level])


def status_label(status: Status) -> str:
    return translate("Messages", STATUS_LABELS[status])


def preparation_label(item: Preparation) -> str:
    return translate("Messages", PREPARATION_LABELS[item])


@dataclass(frozen=True)
class RowFlags:
    short_notice: bool = False
    itinerary_not_sent: bool = False
    feedback_overdue: bool = False

    def any(self) -> bool:
        return self.short_notice or self.itinerary_not_sent or self.feedback_overdue


def row_flags(record: RequestRecord, now: datetime, zone: ZoneInfo,
              itinerary_days_before: int) -> RowFlags:
    """What the panel marks on a request: short notice, itinerary late, feedback overdue."""
    return RowFlags(short_notice=record.short_notice,
                    itinerary_not_sent=record.itinerary_due(now, zone, itinerary_days_before),
                    feedback_overdue=record.feedback_overdue(local_date(now, zone)))


def flag_texts(flags: RowFlags) -> list[str]:
    texts = []
    if flags.short_notice:
        texts.append(QCoreApplication.translate("RequestFlags", "Short notice"))
    if flags.itinerary_not_sent:
        texts.append(QCoreApplication.translate("RequestFlags", "Itinerary not sent"))
    if flags.feedback_overdue:
        texts.append(QCoreApplication.translate("RequestFlags", "Feedback overdue"))
    return texts


def local_text(moment: datetime | None, zone: ZoneInfo, with_date: bool = True) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone(zone)
    return local.strftime("%m-%d %H:%M" if with_date else "%H:%M")


def day_text(day: date | None) -> str:
    return day.isoformat() if day is not None else "—"

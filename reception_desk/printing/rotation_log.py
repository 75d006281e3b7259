"""The rotation log (轮接记录表) as a landscape A4 sheet for the month-end review.

A commission dispute is settled from this sheet: every turn, fill-in, missed
turn, restored turn and manager override, in time order, with the queue
position before and after, who did it and why; the sales manager and the
consultant sign it at the bottom.

Only plain data goes in (any objects with the fields of
``services.rotation.LogEntry``), so this module needs neither Qt nor the
database. The sheet is Chinese; its words for event kinds and the program's own
reasons are marked here (English sources, translated by the one catalogue,
resources/translations/*.ts) and shared with the ``rotation-log`` export;
assignment modes and duty statuses read as on the board.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from typing import IO, Protocol
from zoneinfo import ZoneInfo

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.rotation import (
    ASSIGN_LABELS,
    DUTY_LABELS,
    INVALID_RECEPTION,
    INVALID_TOO_LATE,
    AssignMode,
    DutyStatus,
    EventKind,
)
from ..i18n import EN, ZH, translated
from .table_sheet import build_table_pdf

PathOrBuffer = str | os.PathLike[str] | IO[bytes]

TITLE = "轮接记录表"

#: Event kinds as the sheet and the export say them (shorter than the board's words).
KIND_LABELS: dict[EventKind, str] = {
    EventKind.SIGN_IN: QT_TRANSLATE_NOOP("RotationLog", "Signed in"),
    EventKind.STATUS: QT_TRANSLATE_NOOP("RotationLog", "Status"),
    EventKind.ASSIGN: QT_TRANSLATE_NOOP("RotationLog", "Assigned"),
    EventKind.MISSED: QT_TRANSLATE_NOOP("RotationLog", "Missed turn"),
    EventKind.MOVE: QT_TRANSLATE_NOOP("RotationLog", "Moved by manager"),
    EventKind.RESTORE: QT_TRANSLATE_NOOP("RotationLog", "Turn restored"),
    EventKind.RELEASE: QT_TRANSLATE_NOOP("RotationLog", "Party left"),
    EventKind.RESUME: QT_TRANSLATE_NOOP("RotationLog", "Departure undone"),
    EventKind.INVALID_LATE: QT_TRANSLATE_NOOP("RotationLog", "Invalid, no restore"),
}

#: Reasons the program itself writes into the log (in English in the database).
SYSTEM_REASONS: dict[str, str] = {
    INVALID_RECEPTION: QT_TRANSLATE_NOOP("RotationLog", "Invalid reception"),
    INVALID_TOO_LATE: QT_TRANSLATE_NOOP(
        "RotationLog", "Invalid reception, marked after the turn-back window: no restore"),
}


SIGNATURE_LINES: tuple[str, ...] = (
    "销售经理签字：____________    日期：____________",
    "置业顾问确认：____________    日期：____________",
)

COLUMNS: tuple[tuple[str, float], ...] = (
    ("时间", 1.45),
    ("事件", 0.9),
    ("置业顾问", 0.95),
    ("客户", 0.95),
    ("方式", 0.9),
    ("状态", 0.75),
    ("原序位", 0.7),
    ("新序位", 0.7),
    ("操作人", 0.9),
    ("原因", 2.6),
)


class LogLine(Protocol):
    """What the sheet reads of one log entry (``services.rotation.LogEntry`` fits)."""

    @property
    def at(self) -> datetime: ...
    @property
    def kind(self) -> EventKind: ...
    @property
    def consultant(self) -> str: ...
    @property
    def party(self) -> str: ...
    @property
    def mode(self) -> AssignMode | None: ...
    @property
    def status(self) -> DutyStatus | None: ...
    @property
    def position_before(self) -> int | None: ...
    @property
    def position_after(self) -> int | None: ...
    @property
    def actor(self) -> str: ...
    @property
    def reason(self) -> str: ...


def reason_label(reason: str) -> str:
    """A logged reason: the program's own reasons marked for translation, others as typed."""
    return SYSTEM_REASONS.get(reason.strip(), reason)


def reason_text(reason: str, english: bool = False) -> str:
    """A logged reason for people: the program's own reasons in their language."""
    return translated(reason_label(reason), EN if english else ZH)


def _position(value: int | None) -> str:
    return "" if value is None else str(value)


def _time_format(date_from: date, date_to: date) -> str:
    if date_from == date_to:
        return "%H:%M:%S"
    if date_from.year == date_to.year:
        return "%m-%d %H:%M:%S"
    return "%Y-%m-%d %H:%M:%S"


def log_rows(entries: Sequence[LogLine], zone: ZoneInfo,
             time_format: str = "%Y-%m-%d %H:%M:%S") -> list[list[str]]:
    """The sheet's rows: local times, Chinese words, blanks where nothing applies."""
    rows: list[list[str]] = []
    for entry in entries:
        at = entry.at.astimezone(zone) if entry.at.tzinfo is not None else entry.at
        rows.append([
            at.strftime(time_format),
            translated(KIND_LABELS.get(entry.kind, str(entry.kind)), ZH),
            entry.consultant,
            entry.party,
            translated(ASSIGN_LABELS[entry.mode], ZH) if entry.mode is not None else "",
            translated(DUTY_LABELS[entry.status], ZH) if entry.status is not None else "",
            _position(entry.position_before),
            _position(entry.position_after),
            entry.actor,
            reason_text(entry.reason),
        ])
    return rows


def _summary(entries: Sequence[LogLine]) -> str:
    kinds = Counter(e.kind for e in entries)
    modes = Counter(e.mode for e in entries if e.kind is EventKind.ASSIGN)
    parts = [f"共 {len(entries)} 条记录",
             f"分配 {kinds[EventKind.ASSIGN]} 次"
             f"（按序 {modes[AssignMode.TURN]}、补位 {modes[AssignMode.FILL_IN]}、"
             f"老客户 {modes[AssignMode.RETURNING]}、代接 {modes[AssignMode.STAND_IN]}、"
             f"经理指定 {modes[AssignMode.OVERRIDE]}）",
             f"补轮 {kinds[EventKind.RESTORE]} 次",
             f"无效不补轮 {kinds[EventKind.INVALID_LATE]} 次",
             f"过号 {kinds[EventKind.MISSED]} 次",
             f"经理调整 {kinds[EventKind.MOVE]} 次"]
    return "；".join(parts) + "。序位为该置业顾问在轮序中的位置（1 为第一序列），空白表示不在岗。"


def build_rotation_log_pdf(
    path_or_buffer: PathOrBuffer,
    entries: Sequence[LogLine],
    *,
    site_name: str,
    date_from: date,
    date_to: date,
    zone: ZoneInfo,
    consultant_filter: str = "",
    generated_at: datetime | None = None,
) -> None:
    """Write the rotation log of local days date_from..date_to as a landscape sheet.

    ``consultant_filter`` is the name of the consultant the log is limited to
    ("" for everyone): it is printed in the subtitle, and entries of other
    consultants are left out. ``generated_at`` defaults to now in ``zone``.
    """
    if consultant_filter:
        entries = [e for e in entries if e.consultant == consultant_filter]
    entries = sorted(entries, key=lambda e: e.at)
    period = (date_from.isoformat() if date_from == date_to
              else f"{date_from.isoformat()} 至 {date_to.isoformat()}")
    who = f"置业顾问：{consultant_filter}" if consultant_filter else "全部置业顾问"
    subtitle = f"日期：{period}　　{who}"
    build_table_pdf(
        path_or_buffer,
        title=TITLE,
        subtitle=subtitle,
        site_name=site_name,
        columns=list(COLUMNS),
        rows=log_rows(entries, zone, _time_format(date_from, date_to)),
        footer_note=_summary(entries),
        landscape=True,
        generated_at=generated_at or datetime.now(zone).replace(tzinfo=None),
        signature_lines=SIGNATURE_LINES,
    )

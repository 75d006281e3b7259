"""The rotation log (轮接记录表) as a landscape A4 sheet for the month-end review.

A commission dispute is settled from this sheet: every turn, fill-in, missed
turn, restored turn and manager override, in time order, with the queue
position before and after, who did it and why; the sales manager and the
consultant sign it at the bottom.

Only plain data goes in (any objects with the fields of
``services.rotation.LogEntry``), so this module needs neither Qt nor the
database. The Chinese words for event kinds, assignment modes and duty
statuses live here and are shared with the ``rotation-log`` export.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from typing import IO, Protocol
from zoneinfo import ZoneInfo

from ..domain.rotation import (
    INVALID_RECEPTION,
    INVALID_TOO_LATE,
    AssignMode,
    DutyStatus,
    EventKind,
)
from .table_sheet import build_table_pdf

PathOrBuffer = str | os.PathLike[str] | IO[bytes]

TITLE = "轮接记录表"

KIND_ZH: dict[EventKind, str] = {
    EventKind.SIGN_IN: "签到",
    EventKind.STATUS: "状态",
    EventKind.ASSIGN: "分配",
    EventKind.MISSED: "过号",
    EventKind.MOVE: "经理调整",
    EventKind.RESTORE: "补轮",
    EventKind.RELEASE: "离开",
    EventKind.RESUME: "撤销离开",
    EventKind.INVALID_LATE: "无效不补轮",
}

MODE_ZH: dict[AssignMode, str] = {
    AssignMode.TURN: "按序",
    AssignMode.FILL_IN: "补位",
    AssignMode.RETURNING: "老客户",
    AssignMode.STAND_IN: "代接",
    AssignMode.OVERRIDE: "经理指定",
}

STATUS_ZH: dict[DutyStatus, str] = {
    DutyStatus.AVAILABLE: "空闲",
    DutyStatus.RECEIVING: "接待中",
    DutyStatus.BREAK: "休息",
    DutyStatus.OUT: "外出",
    DutyStatus.OFF: "下班",
}

#: Reasons the program itself writes into the log, as (Chinese, English).
SYSTEM_REASONS: dict[str, tuple[str, str]] = {
    INVALID_RECEPTION: ("无效接待", "Invalid reception"),
    INVALID_TOO_LATE: ("无效接待，已过补轮时限，不补轮",
                       "Invalid reception, marked after the turn-back window: no restore"),
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


def reason_text(reason: str, english: bool = False) -> str:
    """A logged reason for people: the program's own reasons in their language."""
    known = SYSTEM_REASONS.get(reason.strip())
    if known is None:
        return reason
    return known[1] if english else known[0]


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
            KIND_ZH.get(entry.kind, str(entry.kind)),
            entry.consultant,
            entry.party,
            MODE_ZH[entry.mode] if entry.mode is not None else "",
            STATUS_ZH[entry.status] if entry.status is not None else "",
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

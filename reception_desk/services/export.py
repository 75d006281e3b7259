"""Exports: named datasets written to CSV (UTF-8 with BOM) or Excel (XLSX).

A dataset is a name, its columns (key, Chinese header, English header, kind)
and a function `(services, date_from, date_to) -> rows`; each row is a dict by
column key. Features add their own with `register_dataset(Dataset(...))`.

Row values may be plain text and numbers, `Localized(zh, en)` for words that
change with the language (预约 / Appointment), and datetimes: aware datetimes
are shown in the site's time zone, as text in CSV and as real Excel datetimes
(local, without tzinfo) in XLSX. `export_to_file` runs without Qt, so a GUI
worker thread can call it with a progress callback.
"""

from __future__ import annotations

import csv
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from ..domain.errors import DomainError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.party import (
    INVALID_REASON_LABELS,
    VISIT_KIND_LABELS,
    InvalidReason,
    VisitKind,
)
from ..domain.phone import mask_phone
from ..domain.records import PartyRecord
from ..domain.rotation import ASSIGN_LABELS, DUTY_LABELS, EVENT_LABELS
from ..domain.stages import STAGE_LABELS, STAGE_ORDER, Stage
from ..domain.timeutil import local_day_bounds
from ..printing.rotation_log import KIND_ZH, MODE_ZH, STATUS_ZH, reason_text
from ..store.parties import PartyRepository, to_record
from .context import Services
from .rotation import LogEntry

ColumnKind = Literal["text", "int", "date", "time", "datetime"]
ExportFormat = Literal["csv", "xlsx"]
FORMATS: tuple[str, ...] = ("csv", "xlsx")
Progress = Callable[[int, int], None]
Row = dict[str, object]


class ExportError(DomainError):
    """An export could not be made; nothing was written."""


class UnknownDatasetError(ExportError):
    def __init__(self, name: str, known: Sequence[str]) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "There is no export called “{name}”; available: {known}."),
            name=name, known=", ".join(known))
        self.name = name
        self.known = list(known)


class UnknownFormatError(ExportError):
    def __init__(self, fmt: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "Unsupported export format “{fmt}”; use csv or xlsx."), fmt=fmt)
        self.fmt = fmt


class DateRangeError(ExportError):
    def __init__(self, date_from: date, date_to: date) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "The start date {start} is after the end date {end}."),
            start=date_from.isoformat(), end=date_to.isoformat())


def is_english(lang: str) -> bool:
    return lang.lower().startswith("en")


@dataclass(frozen=True)
class Localized:
    """A value that reads differently per language."""

    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if is_english(lang) else self.zh


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    kind: ColumnKind = "text"

    def header(self, lang: str) -> str:
        return self.en if is_english(lang) else self.zh


RowFunction = Callable[[Services, date, date], Iterable[Row]]


@dataclass(frozen=True)
class Dataset:
    name: str
    columns: tuple[Column, ...]
    rows: RowFunction
    title_zh: str = ""
    title_en: str = ""

    def title(self, lang: str) -> str:
        text = self.title_en if is_english(lang) else self.title_zh
        return text or self.name


_REGISTRY: dict[str, Dataset] = {}


def register_dataset(dataset: Dataset, *, replace: bool = False) -> Dataset:
    """Add a dataset; registering a taken name twice is a programming error."""
    if dataset.name in _REGISTRY and not replace:
        raise ValueError(f"export dataset {dataset.name!r} is already registered")
    keys = [c.key for c in dataset.columns]
    if len(set(keys)) != len(keys):
        raise ValueError(f"export dataset {dataset.name!r} repeats a column key")
    _REGISTRY[dataset.name] = dataset
    return dataset


def dataset_names() -> list[str]:
    return sorted(_REGISTRY)


def get_dataset(name: str) -> Dataset:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownDatasetError(name, dataset_names()) from None


def format_for_path(path: str | os.PathLike[str]) -> ExportFormat:
    """xlsx for a .xlsx file, csv for anything else."""
    return "xlsx" if Path(path).suffix.lower() == ".xlsx" else "csv"


# -- values -------------------------------------------------------------------------

def _local(value: datetime, zone: ZoneInfo) -> datetime:
    """Aware -> the site's wall-clock time without tzinfo; naive is taken as local."""
    if value.tzinfo is None:
        return value
    return value.astimezone(zone).replace(tzinfo=None)


def cell_value(value: object, kind: ColumnKind, lang: str, zone: ZoneInfo) -> object:
    """The typed value for a spreadsheet cell: local naive datetimes, dates, ints, text."""
    if value is None or value == "":
        return None
    if isinstance(value, Localized):
        return value.text(lang)
    if isinstance(value, datetime):
        local = _local(value, zone)
        return local.date() if kind == "date" else local
    return value


def cell_text(value: object, kind: ColumnKind, lang: str, zone: ZoneInfo) -> str:
    """The text for a CSV cell."""
    typed = cell_value(value, kind, lang, zone)
    if typed is None:
        return ""
    if isinstance(typed, datetime):
        if kind == "time":
            return typed.strftime("%H:%M")
        if kind == "date":
            return typed.date().isoformat()
        return typed.strftime("%Y-%m-%d %H:%M")
    if isinstance(typed, date):
        return typed.isoformat()
    if isinstance(typed, bool):
        return Localized("是", "Yes").text(lang) if typed else Localized("否", "No").text(lang)
    text = str(typed)
    if kind == "text" and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        # A spreadsheet would run it as a formula (CSV injection): keep it text.
        text = "'" + text
    return text


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


_KIND_WIDTH: dict[str, int] = {"date": 11, "time": 7, "datetime": 17}


# -- writers ------------------------------------------------------------------------

def _atomic_target(path: Path) -> tuple[int, Path]:
    """A temporary file beside the target, renamed over it once complete."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    return fd, Path(name)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _progress_rows(rows: Sequence[Row], progress: Progress | None) -> Iterator[Row]:
    total = len(rows)
    step = max(1, total // 100)
    _report(progress, 0, total)
    for index, row in enumerate(rows, start=1):
        yield row
        if index % step == 0 or index == total:
            _report(progress, index, total)


def write_csv(path: Path, columns: Sequence[Column], rows: Sequence[Row], lang: str,
              zone: ZoneInfo, progress: Progress | None = None) -> None:
    fd, tmp = _atomic_target(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.header(lang) for c in columns])
            for row in _progress_rows(rows, progress):
                writer.writerow([cell_text(row.get(c.key), c.kind, lang, zone)
                                 for c in columns])
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_NUMBER_FORMATS: dict[str, str] = {"date": "yyyy-mm-dd", "time": "hh:mm",
                                   "datetime": "yyyy-mm-dd hh:mm"}
_BAD_SHEET_CHARS = str.maketrans({ch: " " for ch in "[]:*?/\\"})


def write_xlsx(path: Path, columns: Sequence[Column], rows: Sequence[Row], lang: str,
               zone: ZoneInfo, title: str = "", progress: Progress | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = (title.translate(_BAD_SHEET_CHARS).strip() or "export")[:31]
    bold = Font(bold=True)
    widths = [_display_width(c.header(lang)) for c in columns]
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header(lang))
        cell.font = bold
    for row_index, row in enumerate(_progress_rows(rows, progress), start=2):
        for col_index, column in enumerate(columns, start=1):
            value = cell_value(row.get(column.key), column.kind, lang, zone)
            if isinstance(value, bool):
                value = cell_text(value, column.kind, lang, zone)
            cell = sheet.cell(row=row_index, column=col_index, value=value)
            if value is None:
                continue
            if column.kind in _NUMBER_FORMATS and isinstance(value, date):
                cell.number_format = _NUMBER_FORMATS[column.kind]
                widths[col_index - 1] = max(widths[col_index - 1], _KIND_WIDTH[column.kind])
            else:
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # text, never a formula
                widths[col_index - 1] = max(widths[col_index - 1], _display_width(str(value)))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, 60)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
    fd, tmp = _atomic_target(path)
    os.close(fd)
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        workbook.close()


def export_to_file(
    services: Services,
    dataset: Dataset | str,
    date_from: date,
    date_to: date,
    fmt: str,
    lang: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> int:
    """Write one dataset for the local days date_from..date_to (inclusive); return rows.

    The file appears complete or not at all (written beside it, then renamed).
    progress(done, total) is called from the calling thread; raising from it
    cancels the export and leaves no file behind. OSError means the file could
    not be written.
    """
    chosen = get_dataset(dataset) if isinstance(dataset, str) else dataset
    if fmt not in FORMATS:
        raise UnknownFormatError(fmt)
    if date_from > date_to:
        raise DateRangeError(date_from, date_to)
    zone = services.settings.current().zone()
    rows = list(chosen.rows(services, date_from, date_to))
    target = Path(path)
    if fmt == "xlsx":
        write_xlsx(target, chosen.columns, rows, lang, zone, chosen.title(lang), progress)
    else:
        write_csv(target, chosen.columns, rows, lang, zone, progress)
    return len(rows)


# -- the visits dataset ----------------------------------------------------------------

#: Stage column headers as the sales office says them.
STAGE_HEADERS_ZH: dict[Stage, str] = {
    Stage.ARRIVED: "到达门岗",
    Stage.PARKED: "停车",
    Stage.GREETED: "门口迎宾",
    Stage.RECEIVED: "顾问接待",
    Stage.SAND_TABLE: "沙盘讲解",
    Stage.SEATED: "入座洽谈",
    Stage.SHOW_FLAT: "参观样板房",
    Stage.DEPARTED: "离开",
}

VISIT_KIND_ZH: dict[VisitKind, str] = {VisitKind.APPOINTMENT: "预约", VisitKind.WALK_IN: "自然到访"}

INVALID_REASON_ZH: dict[InvalidReason, str] = {
    InvalidReason.COMPETITOR: "同行调研",
    InvalidReason.ASKING_WAY: "问路",
    InvalidReason.LOOKING_FOR_SOMEONE: "找人",
    InvalidReason.DELIVERY: "送货",
    InvalidReason.OTHER: "其他",
}

YES = Localized("是", "Yes")
NO = Localized("否", "No")


def stage_key(stage: Stage) -> str:
    return f"stage_{stage.value}"


VISIT_COLUMNS: tuple[Column, ...] = (
    Column("date", "日期", "Date", "date"),
    Column("arrived", "到访时间", "Arrival", "time"),
    Column("customer", "客户", "Customer"),
    Column("phone", "电话", "Phone"),
    Column("size", "人数", "Party size", "int"),
    Column("kind", "类型", "Type"),
    Column("channel", "渠道", "Channel"),
    Column("returning", "老客户", "Returning"),
    Column("consultant", "置业顾问", "Consultant"),
    *(Column(stage_key(s), STAGE_HEADERS_ZH[s], STAGE_LABELS[s], "time") for s in STAGE_ORDER),
    Column("place", "座位", "Place"),
    Column("invalid", "无效接待", "Invalid reception"),
    Column("minutes", "停留(分钟)", "Minutes inside", "int"),
)


def parties_between(services: Services, date_from: date, date_to: date) -> list[PartyRecord]:
    """Every party that arrived on the local days date_from..date_to, by arrival."""
    zone = services.settings.current().zone()
    start, _ = local_day_bounds(date_from, zone)
    _, end = local_day_bounds(date_to, zone)
    with services.db.read() as session:
        return [to_record(p) for p in PartyRepository(session).between(start, end)]


def _invalid(record: PartyRecord) -> Localized | None:
    if record.invalid_reason is None:
        return None
    zh = INVALID_REASON_ZH[record.invalid_reason]
    en = INVALID_REASON_LABELS[record.invalid_reason]
    if record.invalid_note:
        return Localized(f"{zh}：{record.invalid_note}", f"{en}: {record.invalid_note}")
    return Localized(zh, en)


def visit_row(record: PartyRecord) -> Row:
    row: Row = {
        "date": record.arrived_at,
        "arrived": record.arrived_at,
        "customer": record.name,
        "phone": mask_phone(record.phone) if record.phone else "",
        "size": record.size,
        "kind": Localized(VISIT_KIND_ZH[record.kind], VISIT_KIND_LABELS[record.kind]),
        "channel": record.channel,
        "returning": YES if record.returning else NO,
        "consultant": record.consultant,
        "place": record.last_place,
        "invalid": _invalid(record),
        "minutes": (round((record.departed_at - record.arrived_at).total_seconds() / 60)
                    if record.departed_at is not None else None),
    }
    for stage in STAGE_ORDER:
        row[stage_key(stage)] = record.stage_times.get(stage)
    return row


def visit_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    for record in parties_between(services, date_from, date_to):
        yield visit_row(record)


VISITS = register_dataset(Dataset(
    name="visits",
    columns=VISIT_COLUMNS,
    rows=visit_rows,
    title_zh="到访登记",
    title_en="Visits",
))


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

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

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.bar import OrderSource, OrderStatus, served_late
from ..domain.errors import DomainError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.party import (
    INVALID_REASON_LABELS,
    VISIT_KIND_LABELS,
    InvalidReason,
    VisitKind,
    display_name,
)
from ..domain.phone import mask_phone
from ..domain.records import PartyRecord
from ..domain.rotation import ASSIGN_LABELS, DUTY_LABELS, EVENT_LABELS
from ..domain.stages import STAGE_LABELS, STAGE_ORDER, Stage
from ..domain.timeutil import local_day_bounds
from ..printing.rotation_log import KIND_ZH, MODE_ZH, STATUS_ZH, reason_text
from ..store.bar_repo import BarRepository
from ..store.models import DrinkOrder, Party, StockItem
from ..store.parties import PartyRepository, to_record
from .bar import rules_of
from .context import Services
from .rotation import LogEntry

#: "number" is a quantity that may have a fraction (grams, millilitres, half a lemon).
ColumnKind = Literal["text", "int", "number", "date", "time", "datetime"]
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


# -- the water bar: drink orders, stock movements and closing counts ---------------------

ORDER_SOURCE_LABELS: dict[OrderSource, Localized] = {
    OrderSource.DESK: Localized("前台", "Desk"),
    OrderSource.CONSULTANT: Localized("顾问", "Consultant"),
    OrderSource.BAR: Localized("水吧", "Bar"),
}
ORDER_STATUS_LABELS: dict[OrderStatus, Localized] = {
    OrderStatus.OPEN: Localized("待出品", "Waiting"),
    OrderStatus.SERVED: Localized("已出品", "Served"),
    OrderStatus.CLOSED: Localized("已关闭", "Closed"),
}
FIRST_CUP = Localized("首杯", "First")
REFILL_DRINK = Localized("续杯新饮品", "New drink at refill")

DRINK_ORDER_COLUMNS: tuple[Column, ...] = (
    Column("date", "日期", "Date", "date"),
    Column("ordered", "下单时间", "Ordered", "time"),
    Column("order", "单号", "Order no.", "int"),
    Column("party", "客户", "Customer"),
    Column("place", "座位", "Place"),
    Column("drink", "饮品", "Drink"),
    Column("count", "数量", "Count", "int"),
    Column("served", "出品时间", "Served", "time"),
    Column("seconds", "出品用时(秒)", "Seconds to serve", "int"),
    Column("late", "超时", "Late"),
    Column("cup", "首杯/续杯", "First or refill"),
    Column("source", "来源", "Ordered by"),
    Column("status", "状态", "Status"),
)


def _day_range(services: Services, date_from: date, date_to: date) -> tuple[datetime, datetime]:
    zone = services.settings.current().zone()
    start, _ = local_day_bounds(date_from, zone)
    _, end = local_day_bounds(date_to, zone)
    return start, end


def drink_order_rows(services: Services, date_from: date, date_to: date) -> list[Row]:
    """One row per drink of every order placed on the days, oldest first."""
    start, end = _day_range(services, date_from, date_to)
    rules = rules_of(services.settings)
    rows: list[Row] = []
    with services.db.read() as session:
        orders = BarRepository(session).orders_between(start, end)
        ordering = select(DrinkOrder.party_id).where(DrinkOrder.created_at >= start,
                                                     DrinkOrder.created_at < end)
        names = {p.id: display_name(p.surname, p.honorific) for p in session.execute(
            select(Party.id, Party.surname, Party.honorific).where(Party.id.in_(ordering)))}
        for order in orders:
            served = order.served_at
            status = OrderStatus(order.status)
            common: Row = {
                "date": order.created_at,
                "ordered": order.created_at,
                "order": order.id,
                "party": names.get(order.party_id, ""),
                "place": order.place,
                "served": served,
                "seconds": (round((served - order.created_at).total_seconds())
                            if served is not None else None),
                "late": (None if served is None
                         else YES if served_late(order.created_at, served, rules) else NO),
                "cup": REFILL_DRINK if order.from_refill else FIRST_CUP,
                "source": ORDER_SOURCE_LABELS[OrderSource(order.source)],
                "status": ORDER_STATUS_LABELS[status],
            }
            for line in order.lines:
                rows.append(common | {"drink": line.name, "count": line.count})
    return rows


DRINK_ORDERS = register_dataset(Dataset(
    name="drink-orders",
    columns=DRINK_ORDER_COLUMNS,
    rows=drink_order_rows,
    title_zh="水吧出品记录",
    title_en="Drink orders",
))


MOVEMENT_KIND_LABELS: dict[str, Localized] = {
    "receipt": Localized("入库", "Goods in"),
    "serve": Localized("出品", "Served"),
    "recall": Localized("撤回", "Recalled"),
    "count": Localized("盘点调整", "Count adjustment"),
}
#: Notes the program itself writes (in English in the database), as the export says them.
MOVEMENT_NOTE_LABELS: dict[str, Localized] = {
    "opening stock": Localized("期初库存", "Opening stock"),
    "closing count": Localized("闭店盘点", "Closing count"),
}


def _quantity(value: float | None) -> float | int | None:
    """Whole quantities without a trailing .0; fractions to three places."""
    if value is None:
        return None
    rounded = round(float(value), 3)
    return int(rounded) if rounded == int(rounded) else rounded


STOCK_COLUMNS: tuple[Column, ...] = (
    Column("at", "时间", "Time", "datetime"),
    Column("item", "物品", "Item"),
    Column("unit", "单位", "Unit"),
    Column("kind", "类型", "Kind"),
    Column("quantity", "数量", "Quantity", "number"),
    Column("order", "单号", "Order no.", "int"),
    Column("note", "备注", "Note"),
    Column("actor", "操作人", "By"),
)


def _items(session: Session) -> dict[int, StockItem]:
    return {s.id: s for s in session.scalars(select(StockItem))}


def stock_rows(services: Services, date_from: date, date_to: date) -> list[Row]:
    """Every stock movement of the days: goods in, servings, recalls, count adjustments."""
    start, end = _day_range(services, date_from, date_to)
    rows: list[Row] = []
    with services.db.read() as session:
        items = _items(session)
        for move in BarRepository(session).movements_between(start, end):
            item = items.get(move.stock_item_id)
            rows.append({
                "at": move.at,
                "item": item.name if item else "",
                "unit": item.unit if item else "",
                "kind": MOVEMENT_KIND_LABELS.get(move.kind, move.kind),
                "quantity": _quantity(move.quantity),
                "order": move.order_id,
                "note": MOVEMENT_NOTE_LABELS.get(move.note, move.note),
                "actor": move.actor,
            })
    return rows


STOCK = register_dataset(Dataset(
    name="stock",
    columns=STOCK_COLUMNS,
    rows=stock_rows,
    title_zh="物耗出入库记录",
    title_en="Stock movements",
))


COUNT_RESULT_LABELS: dict[int, Localized] = {
    -1: Localized("短缺", "Shortage"),
    0: Localized("相符", "Matches"),
    1: Localized("盈余", "Surplus"),
}

STOCK_COUNT_COLUMNS: tuple[Column, ...] = (
    Column("day", "日期", "Date", "date"),
    Column("item", "物品", "Item"),
    Column("unit", "单位", "Unit"),
    Column("expected", "应有数量", "Expected", "number"),
    Column("counted", "实盘数量", "Counted", "number"),
    Column("variance", "差异", "Variance", "number"),
    Column("result", "结果", "Result"),
    Column("at", "盘点时间", "Counted at", "datetime"),
    Column("actor", "盘点人", "Counted by"),
)


def stock_count_rows(services: Services, date_from: date, date_to: date) -> list[Row]:
    """The closing counts (18:50) of the days, item by item, with their variance."""
    rows: list[Row] = []
    with services.db.read() as session:
        items = _items(session)
        counts = BarRepository(session).counts_between(date_from.isoformat(),
                                                       date_to.isoformat())
        for count in counts:
            item = items.get(count.stock_item_id)
            variance = round(count.variance, 3)
            rows.append({
                "day": date.fromisoformat(count.day),
                "item": item.name if item else "",
                "unit": item.unit if item else "",
                "expected": _quantity(count.expected),
                "counted": _quantity(count.counted),
                "variance": _quantity(variance),
                "result": COUNT_RESULT_LABELS[(variance > 0) - (variance < 0)],
                "at": count.at,
                "actor": count.actor,
            })
    return rows


STOCK_COUNTS = register_dataset(Dataset(
    name="stock-counts",
    columns=STOCK_COUNT_COLUMNS,
    rows=stock_count_rows,
    title_zh="闭店盘点",
    title_en="Closing counts",
))

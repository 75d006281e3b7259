"""The water bar's printed sheets (no Qt): the requisition and the daily consumption.

* 物资领用申请表 (requisition): the stock items at or below their low-stock
  threshold, with the quantity now and a suggested quantity, signed by the
  applicant (申请人) and the approver (审批人). Lines come from
  ``StockService.requisition()`` (``RequisitionLine`` or anything with its fields).
* 物耗日报 (daily consumption): per item the opening quantity, goods in, used,
  expected, counted and the variance of the closing count, shortages marked 短缺,
  signed by whoever counted and whoever checked. Lines come from
  ``StockService.day(day)`` (``DayLine`` or anything with its fields); an item
  not yet counted prints blank "counted" and "variance" cells to fill in by hand.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, datetime
from typing import IO, Protocol

from .table_sheet import build_table_pdf

PathOrBuffer = str | os.PathLike[str] | IO[bytes]

REQUISITION_TITLE = "物资领用申请表"
CONSUMPTION_TITLE = "物耗日报"
SHORTAGE = "短缺"
SURPLUS = "盈余"
MATCHED = "相符"

REQUISITION_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.5),
    ("物品名称", 2.0),
    ("单位", 0.7),
    ("现有数量", 1.0),
    ("警戒数量", 1.0),
    ("建议领用数量", 1.2),
    ("实际领用数量", 1.2),
    ("备注", 1.6),
)

CONSUMPTION_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 0.5),
    ("物品名称", 1.8),
    ("单位", 0.6),
    ("期初", 0.85),
    ("入库", 0.85),
    ("消耗", 0.85),
    ("应存", 0.85),
    ("实盘", 0.85),
    ("差异", 0.85),
    ("结果", 0.8),
)

REQUISITION_SIGNATURES: tuple[str, ...] = (
    "申请人：____________    日期：____________",
    "审批人：____________    日期：____________",
)

CONSUMPTION_SIGNATURES: tuple[str, ...] = (
    "盘点人：____________    日期：____________",
    "复核人：____________    日期：____________",
)


class RequisitionLineLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def quantity(self) -> float: ...
    @property
    def threshold(self) -> float: ...
    @property
    def suggested(self) -> float: ...


class DayLineLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def opening(self) -> float: ...
    @property
    def receipts(self) -> float: ...
    @property
    def consumed(self) -> float: ...
    @property
    def expected(self) -> float: ...
    @property
    def counted(self) -> float | None: ...
    @property
    def variance(self) -> float | None: ...


def format_quantity(value: float | None) -> str:
    """2 not 2.0, 0.5, 1.25; at most three decimals; never "-0"; None prints blank."""
    if value is None:
        return ""
    text = f"{round(value, 3):.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_variance(value: float | None) -> str:
    """+2, -3, 0 (blank when not counted)."""
    if value is None:
        return ""
    text = format_quantity(value)
    return f"+{text}" if round(value, 3) > 0 else text


def variance_word(value: float | None) -> str:
    if value is None:
        return ""
    if round(value, 3) < 0:
        return SHORTAGE
    return SURPLUS if round(value, 3) > 0 else MATCHED


def requisition_rows(lines: Sequence[RequisitionLineLike]) -> list[list[str]]:
    return [[str(n), line.name, line.unit, format_quantity(line.quantity),
             format_quantity(line.threshold), format_quantity(line.suggested), "", ""]
            for n, line in enumerate(lines, start=1)]


def consumption_rows(lines: Sequence[DayLineLike]) -> list[list[str]]:
    return [[str(n), line.name, line.unit, format_quantity(line.opening),
             format_quantity(line.receipts), format_quantity(line.consumed),
             format_quantity(line.expected), format_quantity(line.counted),
             format_variance(line.variance), variance_word(line.variance)]
            for n, line in enumerate(lines, start=1)]


def _day_subtitle(day: date) -> str:
    return f"日期：{day.isoformat()}"


def build_requisition_pdf(
    path_or_buffer: PathOrBuffer,
    lines: Sequence[RequisitionLineLike],
    *,
    site_name: str,
    day: date,
    generated_at: datetime | None = None,
) -> None:
    """Write the requisition sheet (物资领用申请表) for ``day``.

    ``generated_at`` is printed as given (pass the site's local time).
    """
    note = (f"共 {len(lines)} 项低于或等于警戒数量。建议领用数量补足至警戒数量的两倍；"
            "“实际领用数量”由审批人核定后填写。")
    build_table_pdf(
        path_or_buffer,
        title=REQUISITION_TITLE,
        subtitle=f"{_day_subtitle(day)}　　申请部门：水吧",
        site_name=site_name,
        columns=list(REQUISITION_COLUMNS),
        rows=requisition_rows(lines),
        footer_note=note,
        generated_at=generated_at,
        signature_lines=REQUISITION_SIGNATURES,
    )


def _consumption_note(lines: Sequence[DayLineLike]) -> str:
    counted = [line for line in lines if line.counted is not None]
    shortages = [line for line in counted
                 if line.variance is not None and round(line.variance, 3) < 0]
    parts = [f"共 {len(lines)} 项", f"已盘点 {len(counted)} 项"]
    if shortages:
        listed = "、".join(f"{line.name} {format_variance(line.variance)} {line.unit}"
                          for line in shortages)
        parts.append(f"短缺 {len(shortages)} 项：{listed}（请报采购）")
    else:
        parts.append("无短缺")
    text = "；".join(parts) + "。应存 = 期初 + 入库 - 消耗；差异 = 实盘 - 应存。"
    if len(counted) < len(lines):
        text += "未盘点的物品“实盘”“差异”留空，请手写填入。"
    return text


def build_consumption_pdf(
    path_or_buffer: PathOrBuffer,
    lines: Sequence[DayLineLike],
    *,
    site_name: str,
    day: date,
    generated_at: datetime | None = None,
    counted_at: datetime | None = None,
) -> None:
    """Write the daily consumption sheet (物耗日报) of ``day``.

    ``counted_at`` (site local time), when given, is printed in the subtitle as
    the time of the closing count; ``generated_at`` as the printing time.
    """
    subtitle = _day_subtitle(day)
    if counted_at is not None:
        subtitle += f"　　盘点时间：{counted_at.strftime('%H:%M')}"
    build_table_pdf(
        path_or_buffer,
        title=CONSUMPTION_TITLE,
        subtitle=subtitle,
        site_name=site_name,
        columns=list(CONSUMPTION_COLUMNS),
        rows=consumption_rows(lines),
        footer_note=_consumption_note(lines),
        generated_at=generated_at,
        signature_lines=CONSUMPTION_SIGNATURES,
    )

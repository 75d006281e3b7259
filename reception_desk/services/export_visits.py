"""The `visits` export: one row per party, with each stage's time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.party import (
    INVALID_REASON_LABELS,
    VISIT_KIND_LABELS,
    InvalidReason,
    VisitKind,
)
from ..domain.privacy import MaskKind
from ..domain.records import PartyRecord
from ..domain.roles import Permission
from ..domain.stages import STAGE_LABELS, STAGE_ORDER, Stage
from ..domain.timeutil import local_day_bounds
from ..store.parties import PartyRepository, to_record
from .context import Services

#: "number" is a quantity that may have a fraction (grams, millilitres, half a lemon).
from .export import (
    Column,
    Dataset,
    Localized,
    Row,
    register_dataset,
)

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
        "phone": record.phone,
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
    permission=Permission.EXPORT_PERSONAL,
    # The customer is a surname with 先生 / 女士 already; the phone is the personal part.
    masks={"phone": MaskKind.PHONE},
))

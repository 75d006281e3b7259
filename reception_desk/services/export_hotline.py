"""The `calls`, `customers` and `appointments` exports (personal data: names and phones)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.customer_records import AppointmentSource, AppointmentStatus, Conflict, OwnerSource
from ..domain.privacy import MaskKind
from ..domain.roles import Permission
from ..domain.timeutil import local_day_bounds
from .context import Services
from .customers import customers_touched
from .export import Column, Dataset, Localized, Row, register_dataset

_YES = Localized("是", "yes")
_SOURCE = {AppointmentSource.CALL: Localized("来电", "call"),
           AppointmentSource.IMPORT: Localized("渠道导入", "import"),
           AppointmentSource.REQUEST: Localized("接待申请", "request"),
           AppointmentSource.MANUAL: Localized("手工", "manual")}
_STATUS = {AppointmentStatus.EXPECTED: Localized("待到访", "expected"),
           AppointmentStatus.ARRIVED: Localized("已到访", "arrived"),
           AppointmentStatus.CANCELLED: Localized("已取消", "cancelled")}
_CONFLICT = {Conflict.OWNED: Localized("已有归属", "owned"),
             Conflict.AGENCY: Localized("其他渠道已报备", "other agency")}
_OWNER_SOURCE = {OwnerSource.CALL: Localized("来电", "call"),
                 OwnerSource.VISIT: Localized("到访", "visit")}

CALL_COLUMNS: tuple[Column, ...] = (
    Column("at", "来电时间", "Time", "datetime"),
    Column("name", "姓名", "Name"),
    Column("phone", "电话", "Phone"),
    Column("phone2", "备用电话", "Second phone"),
    Column("address", "地址/区域", "Address"),
    Column("area", "意向面积", "Area"),
    Column("budget", "价格/预算", "Budget"),
    Column("layout", "户型", "Layout"),
    Column("floor", "楼层", "Floor"),
    Column("channel", "获知渠道", "Channel"),
    Column("questions", "咨询问题", "Questions"),
    Column("consultant", "接听顾问", "Consultant"),
    Column("visit_at", "约定到访", "Agreed visit", "datetime"),
    Column("competitor", "同行调研", "Competitor"),
    Column("non_customer", "非客户", "Not a customer"),
    Column("notes", "备注", "Notes"),
    Column("actor", "登记人", "Logged by"),
)


def call_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    for call in services.calls.calls(date_from, date_to):
        yield {
            "at": call.at, "name": call.name, "phone": call.phone, "phone2": call.phone2,
            "address": call.address, "area": call.area, "budget": call.budget,
            "layout": call.layout, "floor": call.floor, "channel": call.channel,
            "questions": call.questions, "consultant": call.consultant,
            "visit_at": call.visit_at, "competitor": _YES if call.competitor else None,
            "non_customer": _YES if call.non_customer else None, "notes": call.notes,
            "actor": call.actor,
        }


CUSTOMER_COLUMNS: tuple[Column, ...] = (
    Column("name", "姓名", "Name"),
    Column("phone", "电话", "Phone"),
    Column("phone2", "备用电话", "Second phone"),
    Column("plate", "车牌", "Plate"),
    Column("district", "区域", "District"),
    Column("channel", "获知渠道", "Channel"),
    Column("owner", "归属顾问", "Owner"),
    Column("owner_source", "归属来源", "Owned by"),
    Column("owner_until", "归属至", "Owned until", "datetime"),
    Column("agency", "报备渠道", "Agency"),
    Column("agency_registered_at", "报备时间", "Registered", "datetime"),
    Column("created_at", "建档时间", "Created", "datetime"),
)


def customer_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    zone = services.settings.current().zone()
    start, _ = local_day_bounds(date_from, zone)
    _, end = local_day_bounds(date_to, zone)
    for customer in customers_touched(services.customers, start, end):
        owner = customer.ownership
        yield {
            "name": customer.display_name, "phone": customer.phone,
            "phone2": customer.phone2, "plate": customer.plate,
            "district": customer.district, "channel": customer.channel,
            "owner": owner.owner_name if owner else "",
            "owner_source": _OWNER_SOURCE[owner.source] if owner else None,
            "owner_until": owner.until if owner else None,
            "agency": customer.agency, "agency_registered_at": customer.agency_registered_at,
            "created_at": customer.created_at,
        }


APPOINTMENT_COLUMNS: tuple[Column, ...] = (
    Column("day", "预计到访日期", "Expected date", "date"),
    Column("expected_at", "预计时间", "Expected time", "datetime"),
    Column("name", "姓名", "Name"),
    Column("phone", "电话", "Phone"),
    Column("size", "人数", "People", "int"),
    Column("source", "来源", "Source"),
    Column("agency", "渠道", "Agency"),
    Column("agent", "经纪人", "Agent"),
    Column("status", "状态", "Status"),
    Column("conflict", "判客", "Conflict"),
    Column("conflict_note", "首次报备/归属", "First registration"),
    Column("conflict_resolution", "判客结果", "Decision"),
    Column("created_at", "登记时间", "Registered", "datetime"),
)


def appointment_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    for a in services.appointments.between(date_from, date_to):
        yield {
            "day": a.day, "expected_at": a.expected_at, "name": a.display_name,
            "phone": a.phone, "size": a.size, "source": _SOURCE[a.source],
            "agency": a.agency, "agent": a.agent, "status": _STATUS[a.status],
            "conflict": _CONFLICT[a.conflict] if a.conflict else None,
            "conflict_note": a.conflict_note, "conflict_resolution": a.conflict_resolution,
            "created_at": a.created_at,
        }


CALLS = register_dataset(Dataset(
    name="calls", columns=CALL_COLUMNS, rows=call_rows, title_zh="来电登记",
    title_en="Hotline calls", permission=Permission.EXPORT_PERSONAL,
    masks={"name": MaskKind.NAME, "phone": MaskKind.PHONE, "phone2": MaskKind.PHONE,
           "address": MaskKind.TEXT, "questions": MaskKind.TEXT, "notes": MaskKind.TEXT}))
CUSTOMERS = register_dataset(Dataset(
    name="customers", columns=CUSTOMER_COLUMNS, rows=customer_rows, title_zh="客户",
    title_en="Customers", permission=Permission.EXPORT_PERSONAL,
    masks={"name": MaskKind.NAME, "phone": MaskKind.PHONE, "phone2": MaskKind.PHONE,
           "plate": MaskKind.PLATE}))
APPOINTMENTS = register_dataset(Dataset(
    name="appointments", columns=APPOINTMENT_COLUMNS, rows=appointment_rows,
    title_zh="预约与渠道报备", title_en="Appointments", permission=Permission.EXPORT_PERSONAL,
    masks={"name": MaskKind.NAME, "phone": MaskKind.PHONE, "conflict_note": MaskKind.TEXT,
           "conflict_resolution": MaskKind.TEXT}))

__all__ = ["APPOINTMENTS", "CALLS", "CUSTOMERS"]

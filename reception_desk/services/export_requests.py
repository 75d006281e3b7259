"""The `requests` export: one row per reception request, its number first (what `print` takes).

A request belongs to the days of its planned arrival; a draft without an
arrival yet belongs to the day it was created.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import select

from ..domain.reception_request import STATUS_LABELS, RequestRecord, Status
from ..domain.request_rules import notice_given
from ..domain.roles import Permission
from ..domain.timeutil import local_day_bounds
from ..store.models_requests import ReceptionRequest
from ..store.requests_repo import RequestRepository, to_record
from .context import Services
from .export import Column, Dataset, Localized, Row, register_dataset

STATUS_ZH: dict[Status, str] = {
    Status.DRAFT: "草稿",
    Status.SUBMITTED: "已提交",
    Status.DEPARTMENT_APPROVED: "部门负责人已审批",
    Status.GM_APPROVED: "总经理已审批",
    Status.SCHEDULED: "已排期",
    Status.VISITED: "已到访",
    Status.FEEDBACK_FILED: "已反馈",
    Status.CLOSED: "已关闭",
    Status.CANCELLED: "已取消",
}

REQUEST_COLUMNS: tuple[Column, ...] = (
    Column("number", "申请单号", "Request number"),
    Column("level", "级别", "Level"),
    Column("status", "状态", "Status"),
    Column("organisation", "来访单位", "Organisation"),
    Column("host", "接待负责人", "Host"),
    Column("department", "部门", "Department"),
    Column("headcount", "人数", "Headcount", "int"),
    Column("arrival", "到达时间", "Arrival", "datetime"),
    Column("departure", "离开时间", "Departure", "datetime"),
    Column("submitted", "提交时间", "Submitted", "datetime"),
    Column("dept_approver", "部门负责人", "Department head"),
    Column("dept_approved", "部门审批时间", "Department approval", "datetime"),
    Column("gm_approver", "总经理", "General manager"),
    Column("gm_approved", "总经理审批时间", "GM approval", "datetime"),
    Column("notice_days", "提前通知天数", "Notice days", "int"),
    Column("short_notice_reason", "紧急接待原因", "Short notice reason"),
    Column("itinerary_sent", "行程发送时间", "Itinerary sent", "datetime"),
    Column("feedback_due", "反馈截止日期", "Feedback due", "date"),
    Column("feedback_filed", "反馈提交时间", "Feedback filed", "datetime"),
)


def request_row(record: RequestRecord, services: Services) -> Row:
    settings = services.settings.current()
    dept = record.approval_step("approve_department")
    gm = record.approval_step("approve_gm")
    form = record.form
    notice = (notice_given(form.arrival_at, record.submitted_at, settings)
              if form.arrival_at is not None and record.submitted_at is not None else None)
    return {
        "number": record.number,
        "level": form.level.value,
        "status": Localized(STATUS_ZH[record.status], STATUS_LABELS[record.status]),
        "organisation": form.organisation,
        "host": form.host,
        "department": form.department,
        "headcount": form.headcount,
        "arrival": form.arrival_at,
        "departure": form.departure_at,
        "submitted": record.submitted_at,
        "dept_approver": dept.actor if dept else "",
        "dept_approved": dept.at if dept else None,
        "gm_approver": gm.actor if gm else "",
        "gm_approved": gm.at if gm else None,
        "notice_days": notice,
        "short_notice_reason": form.short_notice_reason,
        "itinerary_sent": record.itinerary_sent_at,
        "feedback_due": record.feedback_due,
        "feedback_filed": record.feedback_filed_at,
    }


def requests_between(services: Services, date_from: date, date_to: date) -> list[RequestRecord]:
    """Requests arriving on the local days date_from..date_to (undated drafts: by creation)."""
    zone = services.settings.current().zone()
    start, _ = local_day_bounds(date_from, zone)
    _, end = local_day_bounds(date_to, zone)
    with services.db.read() as session:
        repo = RequestRepository(session)
        rows = repo.find(arriving_from=start, arriving_to=end)
        undated = session.scalars(select(ReceptionRequest.id).where(
            ReceptionRequest.arrival_at.is_(None), ReceptionRequest.created_at >= start,
            ReceptionRequest.created_at < end))
        rows += repo.find(ids=list(undated))
        return [to_record(r) for r in rows]


def request_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    for record in requests_between(services, date_from, date_to):
        yield request_row(record, services)


REQUESTS_DATASET = register_dataset(Dataset(
    name="requests",
    columns=REQUEST_COLUMNS,
    rows=request_rows,
    title_zh="接待申请",
    title_en="Reception requests",
    permission=Permission.EXPORT_PERSONAL,
))

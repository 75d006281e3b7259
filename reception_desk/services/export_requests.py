"""The `requests` export: one row per reception request, its number first (what `print` takes).

A request belongs to the days of its planned arrival; a draft without an
arrival yet belongs to the day it was created.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.reception_request import STATUS_LABELS, RequestRecord
from ..domain.request_rules import notice_given
from ..domain.roles import Permission
from ..domain.timeutil import local_day_bounds
from ..store.requests_repo import RequestRepository, to_record
from .context import Services
from .export import Column, Dataset, Row, register_dataset

REQUEST_COLUMNS: tuple[Column, ...] = (
    Column("number", QT_TRANSLATE_NOOP("ExportRequests", "Request number")),
    Column("level", QT_TRANSLATE_NOOP("ExportRequests", "Level")),
    Column("status", QT_TRANSLATE_NOOP("ExportRequests", "Status")),
    Column("organisation", QT_TRANSLATE_NOOP("ExportRequests", "Organisation")),
    Column("host", QT_TRANSLATE_NOOP("ExportRequests", "Host")),
    Column("department", QT_TRANSLATE_NOOP("ExportRequests", "Department")),
    Column("headcount", QT_TRANSLATE_NOOP("ExportRequests", "Headcount"), "int"),
    Column("arrival", QT_TRANSLATE_NOOP("ExportRequests", "Arrival"), "datetime"),
    Column("departure", QT_TRANSLATE_NOOP("ExportRequests", "Departure"), "datetime"),
    Column("submitted", QT_TRANSLATE_NOOP("ExportRequests", "Submitted"), "datetime"),
    Column("dept_approver", QT_TRANSLATE_NOOP("ExportRequests", "Department head")),
    Column("dept_approved", QT_TRANSLATE_NOOP("ExportRequests", "Department approval"), "datetime"),
    Column("gm_approver", QT_TRANSLATE_NOOP("ExportRequests", "General manager")),
    Column("gm_approved", QT_TRANSLATE_NOOP("ExportRequests", "GM approval"), "datetime"),
    Column("notice_days", QT_TRANSLATE_NOOP("ExportRequests", "Notice days"), "int"),
    Column("short_notice_reason", QT_TRANSLATE_NOOP("ExportRequests", "Short notice reason")),
    Column("itinerary_sent", QT_TRANSLATE_NOOP("ExportRequests", "Itinerary sent"), "datetime"),
    Column("feedback_due", QT_TRANSLATE_NOOP("ExportRequests", "Feedback due"), "date"),
    Column("feedback_filed", QT_TRANSLATE_NOOP("ExportRequests", "Feedback filed"), "datetime"),
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
        "status": STATUS_LABELS[record.status],
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
        rows += repo.undated_created_between(start, end)
        return [to_record(r) for r in rows]


def request_rows(services: Services, date_from: date, date_to: date) -> Iterator[Row]:
    for record in requests_between(services, date_from, date_to):
        yield request_row(record, services)


REQUESTS_DATASET = register_dataset(Dataset(
    name="requests",
    columns=REQUEST_COLUMNS,
    rows=request_rows,
    label=QT_TRANSLATE_NOOP("Export", "Reception requests"),
    permission=Permission.EXPORT_PERSONAL,
))

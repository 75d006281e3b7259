"""The `calls`, `customers` and `appointments` exports (personal data: names and phones)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..domain.customer_records import AppointmentSource, AppointmentStatus, Conflict, OwnerSource
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.privacy import MaskKind
from ..domain.roles import Permission
from ..domain.timeutil import local_day_bounds
from .context import Services
from .customers import customers_touched
from .export import Column, Dataset, Row, register_dataset

_YES = QT_TRANSLATE_NOOP("ExportCalls", "yes")
_SOURCE = {AppointmentSource.CALL: QT_TRANSLATE_NOOP("ExportAppointments", "call"),
           AppointmentSource.IMPORT: QT_TRANSLATE_NOOP("ExportAppointments", "import"),
           AppointmentSource.REQUEST: QT_TRANSLATE_NOOP("ExportAppointments", "request"),
           AppointmentSource.MANUAL: QT_TRANSLATE_NOOP("ExportAppointments", "manual")}
_STATUS = {AppointmentStatus.EXPECTED: QT_TRANSLATE_NOOP("ExportAppointments", "expected"),
           AppointmentStatus.ARRIVED: QT_TRANSLATE_NOOP("ExportAppointments", "arrived"),
           AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("ExportAppointments", "cancelled")}
_CONFLICT = {Conflict.OWNED: QT_TRANSLATE_NOOP("ExportAppointments", "owned"),
             Conflict.AGENCY: QT_TRANSLATE_NOOP("ExportAppointments", "other agency")}
_OWNER_SOURCE = {OwnerSource.CALL: QT_TRANSLATE_NOOP("ExportCustomers", "call"),
                 OwnerSource.VISIT: QT_TRANSLATE_NOOP("ExportCustomers", "visit")}

CALL_COLUMNS: tuple[Column, ...] = (
    Column("at", QT_TRANSLATE_NOOP("ExportCalls", "Time"), "datetime"),
    Column("name", QT_TRANSLATE_NOOP("ExportCalls", "Name")),
    Column("phone", QT_TRANSLATE_NOOP("ExportCalls", "Phone")),
    Column("phone2", QT_TRANSLATE_NOOP("ExportCalls", "Second phone")),
    Column("address", QT_TRANSLATE_NOOP("ExportCalls", "Address")),
    Column("area", QT_TRANSLATE_NOOP("ExportCalls", "Area")),
    Column("budget", QT_TRANSLATE_NOOP("ExportCalls", "Budget")),
    Column("layout", QT_TRANSLATE_NOOP("ExportCalls", "Layout")),
    Column("floor", QT_TRANSLATE_NOOP("ExportCalls", "Floor")),
    Column("channel", QT_TRANSLATE_NOOP("ExportCalls", "Channel")),
    Column("questions", QT_TRANSLATE_NOOP("ExportCalls", "Questions")),
    Column("consultant", QT_TRANSLATE_NOOP("ExportCalls", "Consultant")),
    Column("visit_at", QT_TRANSLATE_NOOP("ExportCalls", "Agreed visit"), "datetime"),
    Column("competitor", QT_TRANSLATE_NOOP("ExportCalls", "Competitor")),
    Column("non_customer", QT_TRANSLATE_NOOP("ExportCalls", "Not a customer")),
    Column("notes", QT_TRANSLATE_NOOP("ExportCalls", "Notes")),
    Column("actor", QT_TRANSLATE_NOOP("ExportCalls", "Logged by")),
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
    Column("name", QT_TRANSLATE_NOOP("ExportCustomers", "Name")),
    Column("phone", QT_TRANSLATE_NOOP("ExportCustomers", "Phone")),
    Column("phone2", QT_TRANSLATE_NOOP("ExportCustomers", "Second phone")),
    Column("plate", QT_TRANSLATE_NOOP("ExportCustomers", "Plate")),
    Column("district", QT_TRANSLATE_NOOP("ExportCustomers", "District")),
    Column("channel", QT_TRANSLATE_NOOP("ExportCustomers", "Channel")),
    Column("owner", QT_TRANSLATE_NOOP("ExportCustomers", "Owner")),
    Column("owner_source", QT_TRANSLATE_NOOP("ExportCustomers", "Owned by")),
    Column("owner_until", QT_TRANSLATE_NOOP("ExportCustomers", "Owned until"), "datetime"),
    Column("agency", QT_TRANSLATE_NOOP("ExportCustomers", "Agency")),
    Column("agency_registered_at", QT_TRANSLATE_NOOP("ExportCustomers", "Registered"), "datetime"),
    Column("created_at", QT_TRANSLATE_NOOP("ExportCustomers", "Created"), "datetime"),
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
    Column("day", QT_TRANSLATE_NOOP("ExportAppointments", "Expected date"), "date"),
    Column("expected_at", QT_TRANSLATE_NOOP("ExportAppointments", "Expected time"), "datetime"),
    Column("name", QT_TRANSLATE_NOOP("ExportAppointments", "Name")),
    Column("phone", QT_TRANSLATE_NOOP("ExportAppointments", "Phone")),
    Column("size", QT_TRANSLATE_NOOP("ExportAppointments", "People"), "int"),
    Column("source", QT_TRANSLATE_NOOP("ExportAppointments", "Source")),
    Column("agency", QT_TRANSLATE_NOOP("ExportAppointments", "Agency")),
    Column("agent", QT_TRANSLATE_NOOP("ExportAppointments", "Agent")),
    Column("status", QT_TRANSLATE_NOOP("ExportAppointments", "Status")),
    Column("conflict", QT_TRANSLATE_NOOP("ExportAppointments", "Conflict")),
    Column("conflict_note", QT_TRANSLATE_NOOP("ExportAppointments", "First registration")),
    Column("conflict_resolution", QT_TRANSLATE_NOOP("ExportAppointments", "Decision")),
    Column("created_at", QT_TRANSLATE_NOOP("ExportAppointments", "Registered"), "datetime"),
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
    name="calls", columns=CALL_COLUMNS, rows=call_rows,
    label=QT_TRANSLATE_NOOP("Export", "Hotline calls"), permission=Permission.EXPORT_PERSONAL,
    masks={"name": MaskKind.NAME, "phone": MaskKind.PHONE, "phone2": MaskKind.PHONE,
           "address": MaskKind.TEXT, "questions": MaskKind.TEXT, "notes": MaskKind.TEXT}))
CUSTOMERS = register_dataset(Dataset(
    name="customers", columns=CUSTOMER_COLUMNS, rows=customer_rows,
    label=QT_TRANSLATE_NOOP("Export", "Customers"), permission=Permission.EXPORT_PERSONAL,
    masks={"name": MaskKind.NAME, "phone": MaskKind.PHONE, "phone2": MaskKind.PHONE,
           "plate": MaskKind.PLATE}))
APPOINTMENTS = register_dataset(Dataset(
    name="appointments", columns=APPOINTMENT_COLUMNS, rows=appointment_rows,
    label=QT_TRANSLATE_NOOP("Export", "Appointments"), permission=Permission.EXPORT_PERSONAL,
    masks={"name": MaskKind.NAME, "phone": MaskKind.PHONE, "conflict_note": MaskKind.TEXT,
           "conflict_resolution": MaskKind.TEXT}))

__all__ = ["APPOINTMENTS", "CALLS", "CUSTOMERS"]

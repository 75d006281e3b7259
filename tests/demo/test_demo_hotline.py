"""Demo hotline data: calls, appointments, visits, owners and one agency conflict; removable."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from reception_desk.demo.hotline import delete_demo_hotline, fill_demo_hotline
from reception_desk.domain.customer_records import AppointmentStatus, Conflict
from reception_desk.services.context import Services
from reception_desk.store.models_customers import Call, Customer
from tests.services.hotline_helpers import add_consultant

DAY = date(2026, 11, 28)


def test_demo_hotline_data_is_deterministic_and_complete(services: Services) -> None:
    for number, name in enumerate(("陈静", "刘洋", "张伟"), start=1):
        add_consultant(services, name, f"XS{number:03d}")
    calls = fill_demo_hotline(services, 10)
    records = services.calls.calls(DAY - timedelta(days=9), DAY)
    assert len(records) == calls > 10
    assert any(c.competitor for c in records) and any(c.appointment_id for c in records)
    appointments = services.appointments.between(DAY - timedelta(days=10), DAY + timedelta(2))
    assert any(a.status is AppointmentStatus.ARRIVED and a.party_id for a in appointments)
    assert [a.conflict for a in services.appointments.conflicts()] == [Conflict.AGENCY]
    owners = {services.customers.get(c.customer_id).owner_name
              for c in records if c.customer_id}
    assert owners & {"陈静", "刘洋", "张伟"}
    with services.db.write() as session:
        assert delete_demo_hotline(session) > 0
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Call)) == 0
        assert session.scalar(select(func.count()).select_from(Customer)) == 0

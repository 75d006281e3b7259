"""Appointments: the day's list, check-in with details and agency credit, conflicts (判客)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from reception_desk.domain.call_form import AppointmentForm
from reception_desk.domain.customer_records import (
    AppointmentStatus,
    Conflict,
    ConflictDecision,
)
from reception_desk.domain.errors import DomainError, ValidationError
from reception_desk.domain.party import Honorific, VisitKind
from reception_desk.domain.roles import Actor, PermissionDenied, Role
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.models_people import AuditEntry
from tests.conftest import manager_actor
from tests.services.hotline_helpers import PHONE, add_consultant, call_form, party_row

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)


@pytest.fixture
def any_services(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


def pre_registration(agency: str = "链家", phone: str = PHONE, day: date = DAY,
                     **values: Any) -> AppointmentForm:
    values.setdefault("name", "张伟")
    return AppointmentForm(day=day, phone=phone, agency=agency, **values)


def test_check_in_creates_the_party_with_details_and_credits_the_agency(
        any_services: Services) -> None:
    services = any_services
    appointment = services.appointments.add(pre_registration(
        honorific=Honorific.MS, size=3, agent="小李"))
    assert [a.id for a in services.appointments.for_day(DAY)] == [appointment.id]
    hooked: list[tuple[int, int]] = []
    services.appointments.check_in_hooks.append(lambda a, p: hooked.append((a.id, p.id)))
    party = services.appointments.check_in(appointment.id, description="红色外套")
    assert (party.name, party.phone, party.size, party.kind) == (
        "张女士", PHONE, 3, VisitKind.APPOINTMENT)
    assert party.channel == "渠道/中介" and party.description == "红色外套"
    row = party_row(services, party.id)
    assert row.agency == "链家" and row.customer_id == appointment.customer_id
    done = services.appointments.get(appointment.id)
    assert done.status is AppointmentStatus.ARRIVED and done.party_id == party.id
    assert services.appointments.for_day(DAY) == []
    assert hooked == [(appointment.id, party.id)]
    customer = services.customers.get(appointment.customer_id or 0)
    assert customer.agency == "链家" and [v.party_id for v in customer.visits] == [party.id]
    with pytest.raises(DomainError):
        services.appointments.check_in(appointment.id)


def test_a_call_appointment_checks_in_with_the_hotline_channel_and_its_size(
        services: Services, clock: FakeClock) -> None:
    call = services.calls.log_call(call_form(visit_at=clock.now + timedelta(hours=2),
                                             visit_size=2))
    party = services.appointments.check_in(call.appointment_id or 0, size=4)
    assert party.size == 4 and party.channel == "来电" and party.name == "张先生"
    assert party_row(services, party.id).agency == ""


def test_cancelled_appointments_leave_the_list(services: Services) -> None:
    appointment = services.appointments.add(AppointmentForm(DAY, "李娜", "13900001111"))
    services.appointments.cancel(appointment.id, "客户改期")
    assert services.appointments.for_day(DAY) == []
    assert services.appointments.for_day(DAY, include_done=True)[0].status is \
        AppointmentStatus.CANCELLED
    with pytest.raises(DomainError):
        services.appointments.check_in(appointment.id)


def test_bad_appointment_input_is_refused_field_by_field(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.appointments.add(AppointmentForm(DAY - timedelta(days=1), "", "12", size=0))
    assert {p.field for p in caught.value.problems} == {"phone", "day", "size"}


def test_an_owned_customer_or_another_agencys_is_flagged_with_the_first_time(
        any_services: Services, clock: FakeClock) -> None:
    services = any_services
    chen = add_consultant(services, "陈静", "XS001")
    services.calls.log_call(call_form(consultant_id=chen))  # 10:00 Beijing
    clock.advance(hours=1)
    owned = services.appointments.add(pre_registration("链家"))
    assert owned.conflict is Conflict.OWNED and owned.conflict_note == "陈静 · 2026-11-28 10:00"
    first = services.appointments.add(pre_registration("我爱我家", "13900001111"))
    assert first.conflict is None
    clock.advance(hours=1)
    second = services.appointments.add(pre_registration("链家", "13900001111"))
    assert second.conflict is Conflict.AGENCY
    assert second.conflict_note == "我爱我家 · 2026-11-28 11:00"
    assert [a.id for a in services.appointments.conflicts()] == [owned.id, second.id]


def test_the_manager_settles_a_conflict_audited(any_services: Services) -> None:
    services = any_services
    services.appointments.add(pre_registration("我爱我家"))
    second = services.appointments.add(pre_registration("链家"))
    party = services.appointments.check_in(second.id)
    assert party_row(services, party.id).agency == "链家"  # credited on arrival
    with pytest.raises(PermissionDenied):
        services.appointments.resolve_conflict(
            Actor("小王", Role.RECEPTIONIST, account_id=3), second.id, ConflictDecision.KEEP)
    done = services.appointments.resolve_conflict(
        manager_actor(), second.id, ConflictDecision.KEEP, "我爱我家先报备")
    assert done.conflict_resolved_at is not None and not done.open_conflict
    assert party_row(services, party.id).agency == "我爱我家"
    assert services.appointments.conflicts() == []
    with services.db.read() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert actions.count("customer.conflict") == 1
    with pytest.raises(DomainError):
        services.appointments.resolve_conflict(manager_actor(), second.id,
                                               ConflictDecision.AGENCY)

"""The call log: a call finds or creates its customer, owns it, and an agreed visit books it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from reception_desk.domain.customer_records import AppointmentSource, AppointmentStatus
from reception_desk.domain.errors import ValidationError
from reception_desk.domain.events import APPOINTMENTS, CUSTOMERS, Event
from reception_desk.services.context import Services
from tests.services.hotline_helpers import PHONE, add_consultant, call_form

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)


def test_a_call_creates_the_customer_owned_by_the_answering_consultant(
        services: Services) -> None:
    chen = add_consultant(services, "陈静", "XS001")
    record = services.calls.log_call(call_form(
        "138-1234-5678", consultant_id=chen, area="90", budget="300万", layout="三室",
        channel="网络", address="朝阳区"), actor="前台")
    assert record.phone == PHONE and record.consultant == "陈静" and record.customer_id
    customer = services.customers.find_by_phone("+86 138 1234 5678")
    assert customer is not None and customer.name == "张伟"
    assert customer.owner_name == "陈静" and customer.name_initials == "zw"
    assert [c.id for c in customer.calls] == [record.id]
    assert services.calls.calls(DAY) == [record]
    assert services.calls.get(record.id) == record


def test_a_second_call_from_the_same_phone_is_the_same_customer(services: Services) -> None:
    first = services.calls.log_call(call_form(caller_name="张"))
    second = services.calls.log_call(call_form("13812345678", caller_name="张伟",
                                               phone2="010-8888-6666"))
    assert first.customer_id == second.customer_id
    customer = services.customers.get(first.customer_id or 0)
    assert customer.name == "张伟" and customer.phone2 == "01088886666"
    assert len(customer.calls) == 2


def test_an_agreed_visit_becomes_an_appointment_for_that_local_day(
        services: Services, clock: FakeClock) -> None:
    seen: list[Event] = []
    services.bus.subscribe(seen.append)
    # 23:30 Beijing time tomorrow is still tomorrow locally (15:30 UTC).
    visit = clock.now.replace(hour=15, minute=30) + timedelta(days=1)
    record = services.calls.log_call(call_form(visit_at=visit, visit_size=3))
    assert record.appointment_id is not None
    expected = services.appointments.for_day(DAY + timedelta(days=1))
    assert [a.id for a in expected] == [record.appointment_id]
    appointment = expected[0]
    assert appointment.source is AppointmentSource.CALL
    assert appointment.status is AppointmentStatus.EXPECTED
    assert (appointment.name, appointment.phone, appointment.size) == ("张伟", PHONE, 3)
    assert services.appointments.for_day(DAY) == []
    # One call, one event: the customer's, `also` the visit it booked.
    [event] = seen
    assert event.topic == CUSTOMERS and event.concerns(APPOINTMENTS)
    assert event.ids_of(APPOINTMENTS) == (record.appointment_id,)


def test_competitor_and_non_customer_calls_need_no_phone_and_touch_no_customer(
        services: Services) -> None:
    record = services.calls.log_call(call_form("", caller_name="", competitor=True,
                                               questions="问价格"))
    assert record.competitor and record.customer_id is None
    other = services.calls.log_call(call_form("13900001111", non_customer=True))
    assert other.customer_id is None
    assert services.customers.search("139") == []


def test_bad_input_is_reported_field_by_field_and_nothing_is_saved(
        services: Services, clock: FakeClock) -> None:
    with pytest.raises(ValidationError) as caught:
        services.calls.log_call(call_form(
            "12345", phone2="abc", area="9" * 21, caller_name="张3",
            visit_at=clock.now - timedelta(hours=1)))
    fields = {p.field for p in caught.value.problems}
    assert fields == {"phone", "phone2", "area", "caller_name", "visit_at"}
    with pytest.raises(ValidationError) as caught:
        services.calls.log_call(call_form(""))
    assert caught.value.for_field("phone") is not None
    assert services.calls.calls(DAY) == []


def test_first_come_a_rivals_call_does_not_take_the_customer(
        services: Services, clock: FakeClock) -> None:
    chen = add_consultant(services, "陈静", "XS001")
    liu = add_consultant(services, "刘洋", "XS002")
    services.calls.log_call(call_form(consultant_id=chen))
    clock.advance(days=3)
    services.calls.log_call(call_form(consultant_id=liu))
    assert services.customers.find_by_phone(PHONE).owner_name == "陈静"
    clock.advance(days=4)  # exactly 7 days after the first call: still 陈静's
    assert services.customers.find_by_phone(PHONE).owner_name == "陈静"
    clock.advance(seconds=1)
    assert services.customers.find_by_phone(PHONE).ownership is None
    services.calls.log_call(call_form(consultant_id=liu))
    assert services.customers.find_by_phone(PHONE).owner_name == "刘洋"

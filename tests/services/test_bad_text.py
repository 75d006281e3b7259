"""Bad text in every form: refused at its field, nothing written; old bad data still exports.

Runs on SQLite and on PostgreSQL (`any_db_url`): every case touches a write path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from reception_desk.domain.bar import DrinkCategory
from reception_desk.domain.call_form import AppointmentForm
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.customer_records import VipCardRecord
from reception_desk.domain.day_range import DayOutOfRangeError
from reception_desk.domain.errors import DomainError, ValidationError
from reception_desk.domain.party import Honorific, InvalidReason, PartyDraft, VisitKind
from reception_desk.domain.reception_request import Guest, ItineraryItem
from reception_desk.domain.roles import Role
from reception_desk.domain.text import BIDI, BROKEN, CONTROL, INVISIBLE, LINE_BREAK
from reception_desk.services.context import Services
from reception_desk.services.export import export_to_file
from reception_desk.services.rotation import check_reason
from reception_desk.startup import open_database
from reception_desk.store.models import Party
from tests.conftest import TEST_ACTOR
from tests.services.hotline_helpers import call_form
from tests.services.request_helpers import at, full_form, make_actors

if TYPE_CHECKING:
    from tests.conftest import FakeClock

NUL, RLO, ZWSP, LONE = "\x00", "\u202e", "\u200b", "\ud800"


@pytest.fixture
def any_services(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    database, _ = open_database(any_db_url)
    yield Services.open(database, clock=clock)
    database.dispose()


def walk_in(**values: Any) -> PartyDraft:
    base: dict[str, object] = {"surname": "王", "honorific": Honorific.MR, "size": 2,
                               "kind": VisitKind.WALK_IN, "channel": "网络"}
    return PartyDraft(**{**base, **values})


def party_count(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Party)) or 0)


def refused(action: Callable[[], object], field: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        action()
    problem = info.value.for_field(field)
    assert problem is not None, [p.field for p in info.value.problems]
    assert problem.message == message
    str(info.value).encode("utf-8")   # the message itself is always printable


@pytest.mark.parametrize(("field", "value", "message"), [
    ("surname", "王" + NUL, CONTROL),
    ("surname", LONE, BROKEN),
    ("surname", "王\n李", LINE_BREAK),
    ("surname", RLO + "王", BIDI),
    ("surname", ZWSP, INVISIBLE),
    ("description", "高个子\x07", CONTROL),
    ("note", "\u2067备注", BIDI),
    ("plate", "京A" + NUL + "12345", CONTROL),
    ("consultant", ZWSP + "\ufeff", INVISIBLE),
])
def test_party_registration_refuses_bad_text(any_services: Services, field: str, value: str,
                                             message: str) -> None:
    refused(lambda: any_services.arrivals.register(walk_in(**{field: value})), field, message)
    assert party_count(any_services) == 0


def test_party_registration_cleans_and_stores_what_it_accepts(any_services: Services) -> None:
    record = any_services.arrivals.register(walk_in(surname=" 王\n", note="靠窗 \r\n"))
    stored = any_services.arrivals.get(record.id)
    assert (stored.surname, stored.note) == ("王", "靠窗")


def test_invalid_note_consultant_and_remark(any_services: Services) -> None:
    party = any_services.arrivals.register(walk_in()).id
    refused(lambda: any_services.arrivals.mark_invalid(party, InvalidReason.OTHER, "问路" + NUL),
            "note", CONTROL)
    refused(lambda: any_services.arrivals.set_consultant(party, "陈静" + RLO),
            "consultant", BIDI)
    refused(lambda: any_services.bar.add_remark(party, ZWSP), "text", INVISIBLE)
    refused(lambda: any_services.bar.add_remark(party, "茶太烫\n了"), "text", LINE_BREAK)
    assert any_services.arrivals.get(party).invalid_reason is None
    assert any_services.bar.add_remark(party, " 茶太烫 \n").text == "茶太烫"


def test_call_and_appointment_forms(any_services: Services, clock: FakeClock) -> None:
    refused(lambda: any_services.calls.log_call(call_form(caller_name="张" + LONE)),
            "caller_name", BROKEN)
    refused(lambda: any_services.calls.log_call(call_form(address=RLO + "深圳")),
            "address", BIDI)
    refused(lambda: any_services.calls.log_call(call_form(phone="138" + NUL + "12345678")),
            "phone", CONTROL)
    notes = any_services.calls.log_call(call_form(notes="第一行\r\n第二行\n")).notes
    assert notes == "第一行\n第二行"
    day = clock().date() + timedelta(days=1)
    refused(lambda: any_services.appointments.add(AppointmentForm(
        day=day, name="李" + NUL, phone="13812345678")), "name", CONTROL)
    refused(lambda: any_services.appointments.add(AppointmentForm(
        day=day, name="李", phone="13812345678", agency=ZWSP)), "agency", INVISIBLE)


def test_roster_accounts_menu_and_stock(any_services: Services) -> None:
    services = any_services
    refused(lambda: services.rotation.save_consultant(
        ConsultantDraft("陈" + NUL, "S01"), actor=TEST_ACTOR), "name", CONTROL)
    refused(lambda: services.rotation.save_consultant(
        ConsultantDraft("陈静", "S01" + RLO), actor=TEST_ACTOR), "staff_no", BIDI)
    refused(lambda: services.accounts.create(TEST_ACTOR, ZWSP, Role.RECEPTIONIST, pin="2468"),
            "name", INVISIBLE)
    refused(lambda: services.accounts.create(TEST_ACTOR, "王静", Role.RECEPTIONIST,
                                             department="营销\n部", pin="2468"),
            "department", LINE_BREAK)
    refused(lambda: services.stock.save_item("茶叶" + NUL, "包", 1, actor=TEST_ACTOR),
            "name", CONTROL)
    refused(lambda: services.stock.save_item("茶叶", RLO, 1, actor=TEST_ACTOR), "unit", BIDI)
    refused(lambda: services.bar.save_menu_item(LONE, DrinkCategory.TEA, [], actor=TEST_ACTOR),
            "name", BROKEN)
    assert services.rotation.save_consultant(ConsultantDraft("  陈静 ", "s01"),
                                             actor=TEST_ACTOR).name == "陈静"


def test_override_reason_and_settings(any_services: Services) -> None:
    refused(lambda: check_reason("经理\x1b批准"), "reason", CONTROL)
    refused(lambda: check_reason(ZWSP), "reason", INVISIBLE)
    current = any_services.settings.current()
    refused(lambda: any_services.settings.save(replace(current, site_name="售楼处" + NUL),
                                               TEST_ACTOR), "site_name", CONTROL)
    refused(lambda: any_services.settings.save(
        replace(current, channels=["网络", RLO + "路过"]), TEST_ACTOR), "channels", BIDI)
    assert any_services.settings.current().site_name == current.site_name


def test_vip_card(any_services: Services) -> None:
    customer = any_services.calls.log_call(call_form()).customer_id
    assert customer is not None
    refused(lambda: any_services.customers.save_vip_card(
        customer, VipCardRecord(customer, area="90" + NUL)), "area", CONTROL)
    card = any_services.customers.save_vip_card(
        customer, VipCardRecord(customer, notes="想要\r\n南北通透"))
    assert card.notes == "想要\n南北通透"


def test_request_form_every_text_field_including_rows(any_services: Services) -> None:
    host = make_actors(any_services.db)["host"]
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"organisation": "华润" + NUL}, "organisation", CONTROL),
        ({"host": "刘\n洋"}, "host", LINE_BREAK),
        ({"purpose": RLO + "考察"}, "purpose", BIDI),
        ({"guests": (Guest("张伟", "副总裁" + LONE), Guest("李娜"))}, "guests.0.title", BROKEN),
        ({"guests": (Guest(ZWSP), Guest("李娜"))}, "guests.0.name", INVISIBLE),
        ({"itinerary": (ItineraryItem(at(1, 10), "沙盘", "营销\x00中心"),)},
         "itinerary.0.place", CONTROL),
    ]
    for changes, field, message in cases:

        def save(changes: dict[str, Any] = changes) -> object:
            return any_services.requests.save_draft(host, full_form(**changes))

        refused(save, field, message)
    assert any_services.requests.list_requests() == []
    # multi-line fields keep their lines
    saved = any_services.requests.save_draft(host, full_form(route="大门\n沙盘\n样板房"))
    assert saved.form.route == "大门\n沙盘\n样板房"
    with pytest.raises(DomainError):
        any_services.requests.reject(host, saved.id, RLO)


def test_old_bad_text_is_exported_not_crashed_on(any_services: Services, tmp_path: Path
                                                  ) -> None:
    """Rows written before the rule (or behind the app's back) hold NUL, ESC, bidi controls."""
    party = any_services.arrivals.register(walk_in(note="ok")).id
    with any_services.db.write() as session:
        session.execute(update(Party).where(Party.id == party).values(
            surname="王\x1b", consultant="a\x01b" + RLO + "c\x0bd"))
    day = any_services.arrivals.today()
    xlsx, csv_file = tmp_path / "visits.xlsx", tmp_path / "visits.csv"
    assert export_to_file(any_services, "visits", day, day, "xlsx", "zh_CN", xlsx,
                          actor=TEST_ACTOR) == 1
    assert export_to_file(any_services, "visits", day, day, "csv", "zh_CN", csv_file,
                          actor=TEST_ACTOR) == 1
    values = [c.value for c in next(load_workbook(xlsx).active.iter_rows(min_row=2))]
    assert "王\ufffd先生" in values, values
    assert any("a\ufffdbc\ufffdd" in str(v) for v in values), values
    assert "a\ufffdbc\ufffdd" in csv_file.read_text(encoding="utf-8-sig")

def test_export_refuses_dates_outside_the_bounds(any_services: Services, tmp_path: Path
                                                 ) -> None:
    for start, end in ((date(1, 1, 1), date(2026, 1, 1)), (date(2026, 1, 1), date(9999, 12, 31))):
        with pytest.raises(DayOutOfRangeError):
            export_to_file(any_services, "visits", start, end, "csv", "zh_CN",
                           tmp_path / "x.csv", actor=TEST_ACTOR)
    assert not (tmp_path / "x.csv").exists()

"""A person's rights: export everything held about one customer, erase it, export again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reception_desk.domain.customer_records import Consent, VipCardRecord
from reception_desk.domain.errors import NotFoundError
from reception_desk.domain.roles import Actor, PermissionDenied, Role
from reception_desk.services.context import Services
from reception_desk.services.privacy import AlreadyAnonymisedError
from reception_desk.startup import open_database
from reception_desk.store.models_people import AuditEntry
from tests.conftest import FakeClock
from tests.services.hotline_helpers import call_form
from tests.services.test_retention import admin, statistics, visit

PHONE = "13812345678"


@pytest.fixture
def both(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    db, _ = open_database(any_db_url)
    try:
        yield Services.open(db, clock=clock)
    finally:
        db.dispose()


def _customer(services: Services) -> tuple[int, int]:
    from reception_desk.domain.consultants import ConsultantDraft
    from tests.conftest import manager_actor

    chen = services.rotation.save_consultant(ConsultantDraft("陈静", "001"),
                                             actor=manager_actor()).id
    services.rotation.sign_in(chen)
    call = services.calls.log_call(call_form(
        PHONE, caller_name="张伟", consultant_id=chen, questions="学区房", consent=Consent.YES),
        actor="前台小王")
    customer = call.customer_id or 0
    other = services.calls.log_call(call_form("13900001111", caller_name="张伟"))
    services.customers.merge(manager_actor(), customer, other.customer_id or 0)
    visit(services, "张", PHONE, chen, description="灰色外套")
    services.customers.save_vip_card(customer, VipCardRecord(
        customer, area="120", notes="两个孩子"), actor_name="前台")
    return customer, other.customer_id or 0


def _audit(services: Services, action: str) -> list[AuditEntry]:
    with services.db.read() as session:
        return list(session.query(AuditEntry).filter(AuditEntry.action == action))


def test_export_erase_export_round_trip(both: Services, tmp_path: Path) -> None:
    services = both
    customer, merged = _customer(services)
    before = statistics(services)
    boss = admin(services)
    with pytest.raises(PermissionDenied):
        services.privacy.export_person(Actor("李经理", Role.MANAGER, account_id=2), customer,
                                       tmp_path / "x.json")
    first = services.privacy.export_person(boss, customer, tmp_path / "张伟.json")
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["customer"]["name"] == "张伟" and data["customer"]["phone"] == PHONE
    assert data["customer"]["consent"] == "yes"
    assert data["customer"]["consent_by"] == "前台小王"
    assert [r["id"] for r in data["merged_records"]] == [merged]
    assert data["merged_records"][0]["phone"] == "13900001111"
    assert len(data["calls"]) == 2 and {c["questions"] for c in data["calls"]} >= {"学区房"}
    assert data["visits"][0]["description"] == "灰色外套"
    assert data["vip_card"]["notes"] == "两个孩子"
    assert any(e["action"] == "customer.merge" for e in data["audit_log"])
    entry = _audit(services, "privacy.export_person")
    assert len(entry) == 1 and entry[0].target == f"customer:{customer}"
    assert entry[0].actor == "管理员" and "张伟" not in entry[0].detail.replace("张伟.json", "")

    blanked = services.privacy.erase(boss, customer)
    assert set(blanked) == {customer, merged}
    erased = _audit(services, "privacy.erase")
    assert len(erased) == 1 and PHONE not in erased[0].detail
    with pytest.raises(AlreadyAnonymisedError):
        services.privacy.erase(boss, customer)
    with pytest.raises(NotFoundError):
        services.privacy.erase(boss, 9999)

    second = services.privacy.export_person(boss, merged, tmp_path / "after.xlsx")
    book = load_workbook(second)
    sheet = book["customer"]
    values = {row[0].value: row[1].value for row in sheet.iter_rows()}
    assert values["name"] in ("", None) and values["phone"] in ("", None)
    assert values["anonymised_at"]
    calls = book["calls"]
    headers = [c.value for c in calls[1]]
    assert calls.max_row == 3  # both calls are still there
    for row in calls.iter_rows(min_row=2):
        cells = dict(zip(headers, (c.value for c in row), strict=True))
        assert cells["phone"] in ("", None) and cells["questions"] in ("", None)
    book.close()
    text = json.dumps(services.privacy.person_data(boss, customer), ensure_ascii=False)
    assert PHONE not in text and "两个孩子" not in text and "灰色外套" not in text
    assert statistics(services) == before

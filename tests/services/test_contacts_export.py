"""The call-back list (`contacts` export) holds only customers who agreed to be contacted."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from reception_desk.domain.customer_records import Consent
from reception_desk.domain.roles import Actor, Role
from reception_desk.services.context import Services
from reception_desk.services.export import dataset_names, export_to_file
from reception_desk.startup import open_database
from tests.conftest import FakeClock
from tests.services.hotline_helpers import call_form

DAY = date(2026, 11, 28)
MANAGER = Actor("王经理", Role.MANAGER)


@pytest.fixture
def both(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    db, _ = open_database(any_db_url)
    try:
        yield Services.open(db, clock=clock)
    finally:
        db.dispose()


def test_only_customers_who_agreed_are_on_the_call_back_list(both: Services,
                                                             tmp_path: Path) -> None:
    services = both
    assert "contacts" in dataset_names()
    services.calls.log_call(call_form("13800000001", caller_name="张伟", consent=Consent.YES),
                            actor="前台小王")
    services.calls.log_call(call_form("13800000002", caller_name="李娜", consent=Consent.NO))
    services.calls.log_call(call_form("13800000003", caller_name="王芳"))  # not asked
    erased = services.calls.log_call(call_form("13800000004", caller_name="赵敏",
                                               consent=Consent.YES)).customer_id or 0
    services.privacy.erase(Actor.system("pytest"), erased)
    target = tmp_path / "contacts.csv"
    rows = export_to_file(services, "contacts", DAY, DAY, "csv", "zh_CN", target,
                          actor=MANAGER)
    assert rows == 1
    with target.open(encoding="utf-8-sig") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["姓名"], row["电话"], row["记录人"], row["记录于"]) == (
        "张伟", "13800000001", "前台小王", "来电登记")
    assert row["同意联系时间"].startswith("2026-11-28")

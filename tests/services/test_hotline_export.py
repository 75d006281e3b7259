"""The calls, customers and appointments exports: personal data, one row per record."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reception_desk.domain.call_form import AppointmentForm
from reception_desk.domain.roles import Actor, PermissionDenied, Role
from reception_desk.services.context import Services
from reception_desk.services.export import export_to_file, get_dataset
from tests.conftest import TEST_ACTOR
from tests.services.hotline_helpers import add_consultant, call_form

if TYPE_CHECKING:
    from tests.conftest import FakeClock

DAY = date(2026, 11, 28)
#: A manager who confirmed with their PIN: sees full values.
MANAGER = Actor("王经理", Role.MANAGER)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_the_three_datasets_export_what_was_logged(
        services: Services, clock: FakeClock, tmp_path: Path) -> None:
    chen = add_consultant(services, "陈静", "XS001")
    services.calls.log_call(call_form(consultant_id=chen, budget="300万",
                                      visit_at=clock.now + timedelta(hours=3)))
    services.calls.log_call(call_form("", caller_name="", competitor=True))
    services.appointments.add(AppointmentForm(DAY, "李娜", "13900001111", agency="链家"))
    for name in ("calls", "customers", "appointments"):
        assert get_dataset(name).personal
    count = export_to_file(services, "calls", DAY, DAY, "csv", "zh_CN", tmp_path / "c.csv",
                           actor=MANAGER)
    calls = read(tmp_path / "c.csv")
    assert count == 2 and calls[0]["接听顾问"] == "陈静" and calls[1]["同行调研"] == "是"
    export_to_file(services, "customers", DAY, DAY, "csv", "zh_CN", tmp_path / "k.csv",
                   actor=MANAGER)
    customers = {r["电话"]: r for r in read(tmp_path / "k.csv")}
    assert customers["13812345678"]["归属顾问"] == "陈静"
    assert customers["13900001111"]["报备渠道"] == "链家"
    export_to_file(services, "appointments", DAY, DAY, "csv", "en", tmp_path / "a.csv",
                   actor=MANAGER)
    assert sorted((r["Name"], r["Source"]) for r in read(tmp_path / "a.csv")) == [
        ("张伟", "call"), ("李娜", "manual")]


def test_without_a_managers_approval_they_are_masked(services: Services,
                                                     tmp_path: Path) -> None:
    chen = add_consultant(services, "陈静", "XS001")
    services.calls.log_call(call_form(consultant_id=chen, notes="另一个号码 13912345678"))
    services.appointments.add(AppointmentForm(DAY, "李娜", "13900001111", agency="链家"))
    who = TEST_ACTOR  # the command line's OS user: may export, nobody approved full values
    for name in ("calls", "customers", "appointments", "visits"):
        target = tmp_path / f"{name}.csv"
        export_to_file(services, name, DAY, DAY, "csv", "zh_CN", target, actor=who)
        text = target.read_text(encoding="utf-8-sig")
        for full in ("13812345678", "13912345678", "13900001111", "张伟", "李娜"):
            assert full not in text, (name, full)
    calls = read(tmp_path / "calls.csv")
    assert calls[0]["电话"] == "138****5678" and calls[0]["姓名"] == "张*"
    assert calls[0]["备注"] == "另一个号码 139****5678"
    exports = services.audit.entries(TEST_ACTOR, action="export")
    assert [e.target for e in exports] == ["calls", "customers", "appointments", "visits"]
    assert all(e.actor == who.name and "masked" in e.detail for e in exports)
    assert exports[0].detail.startswith("1 rows, masked")


def test_a_managers_export_is_audited_as_full(services: Services, tmp_path: Path) -> None:
    services.calls.log_call(call_form())
    export_to_file(services, "calls", DAY, DAY, "csv", "zh_CN", tmp_path / "c.csv",
                   actor=MANAGER)
    (entry,) = services.audit.entries(TEST_ACTOR, action="export")
    assert entry.actor == "王经理" and entry.detail.startswith("1 rows, full")
    assert services.audit.verify().ok


def test_a_receptionist_may_not_export_them(services: Services, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        export_to_file(services, "calls", DAY, DAY, "csv", "zh_CN", tmp_path / "c.csv",
                       actor=Actor("小王", Role.RECEPTIONIST, account_id=2))

"""An administrator's privacy screens: the retention preview from the Accounts menu, a
person's export and erasure from Customers, and the daily run of the window."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reception_desk.domain.customer_records import Consent
from reception_desk.domain.roles import Actor
from reception_desk.services.context import Services
from reception_desk.store.models_people import AuditEntry
from reception_desk.ui.accounts.session import SignInSession
from reception_desk.ui.hotline.customers_dialog import CustomersDialog
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.privacy.daily_retention import DailyRetention
from reception_desk.ui.privacy.retention_dialog import RetentionDialog
from tests.conftest import FakeClock
from tests.services.hotline_helpers import call_form


def _admin(services: Services) -> Actor:
    return services.accounts.create_first_admin("管理员", "2468").actor()


def _quiet_customer(services: Services, clock: FakeClock) -> int:
    """张伟 called 800 days ago and never again; 李娜 called today."""
    now = clock.now
    clock.now = now - timedelta(days=800)
    old = services.calls.log_call(call_form("13800000001", caller_name="张伟",
                                            consent=Consent.YES)).customer_id or 0
    clock.now = now
    services.calls.log_call(call_form("13812345678", caller_name="李娜"))
    return old


def _audit(services: Services, action: str) -> list[AuditEntry]:
    with services.db.read() as session:
        return list(session.query(AuditEntry).filter(AuditEntry.action == action))


def test_the_retention_preview_lists_the_quiet_customer_and_runs(
        qtbot, main_window: MainWindow, services: Services, clock: FakeClock) -> None:
    admin = _admin(services)
    old = _quiet_customer(services, clock)
    SignInSession.instance().sign_in(admin)
    main_window.accounts_menu.refresh()
    action = main_window.accounts_menu.act_retention
    assert action.isVisible()
    action.trigger()
    qtbot.waitUntil(lambda: main_window.findChild(RetentionDialog) is not None)
    dialog = main_window.findChild(RetentionDialog)
    assert isinstance(dialog, RetentionDialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == str(old)
    assert dialog.table.item(0, 1).text() == "张伟"
    assert dialog.table.item(0, 2).text() == "138****0001"
    assert "730" in dialog.summary.text() and "从未" in dialog.summary.text()
    dialog.grab().save("/tmp/privacy_retention_dialog.png")
    box = dialog.ask_run()
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert services.customers.get(old).anonymised_at is not None
    assert len(_audit(services, "privacy.retention")) == 1
    assert not dialog.run_button.isEnabled()
    dialog.close()


def test_an_admin_exports_and_erases_a_customer_from_customers(
        qtbot, zh_app: QApplication, services: Services, clock: FakeClock,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = _admin(services)
    _quiet_customer(services, clock)
    SignInSession.instance().sign_in(admin)
    dialog = CustomersDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.erase_button.isVisibleTo(dialog)
    dialog.search.setText("李娜")
    dialog.run_search()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    target = tmp_path / "李娜.json"
    monkeypatch.setattr(dialog, "ask_path", lambda _chosen: str(target))
    assert dialog.export_person() == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["customer"]["name"] == "李娜"
    assert "审计日志" in dialog.count.text()
    monkeypatch.setattr(dialog, "confirm_erase", lambda _chosen: True)
    dialog.grab().save("/tmp/privacy_customers_dialog.png")
    assert dialog.erase_person()
    assert services.customers.find_by_phone("13812345678") is None
    assert [len(_audit(services, a)) for a in ("privacy.export_person", "privacy.erase")] \
        == [1, 1]


def test_the_buttons_are_hidden_where_no_admin_exists(
        qtbot, zh_app: QApplication, services: Services) -> None:
    dialog = CustomersDialog(services)
    qtbot.addWidget(dialog)
    assert not dialog.export_person_button.isVisibleTo(dialog)
    assert not dialog.erase_button.isVisibleTo(dialog)


def test_the_daily_run_runs_once_a_day(qtbot, zh_app: QApplication, services: Services,
                                       clock: FakeClock) -> None:
    old = _quiet_customer(services, clock)
    daily = DailyRetention(services)
    seen: list[tuple[object, threading.Thread]] = []
    services.bus.subscribe(lambda event: seen.append((event, threading.current_thread())))
    with qtbot.waitSignal(daily.ran, timeout=5000) as blocker:
        daily.start(first_ms=0)
    assert blocker.args[0].customers == (old,)
    assert seen and all(thread is threading.main_thread() for _, thread in seen), \
        "the change is published on the Qt thread, not the worker's"
    with qtbot.waitSignal(daily.checked, timeout=5000) as blocker:
        assert daily.run_if_due()
    assert blocker.args[0] is None  # the same day: already done
    clock.advance(days=1)
    with qtbot.waitSignal(daily.checked, timeout=5000) as blocker:
        assert daily.run_if_due()
    assert blocker.args[0] is not None
    daily.wait()
    assert len(_audit(services, "privacy.retention")) == 2

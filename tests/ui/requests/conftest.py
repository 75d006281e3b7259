"""People and requests for the requests panel's GUI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from reception_desk.domain.reception_request import (
    Guest,
    ItineraryItem,
    Level,
    RequestForm,
    RequestRecord,
)
from reception_desk.domain.roles import Actor, ApprovalLevel, Role
from reception_desk.services.context import Services

ZONE = ZoneInfo("Asia/Shanghai")


@dataclass
class People:
    receptionist: Actor
    department_head: Actor
    general_manager: Actor
    manager: Actor
    pins: dict[str, str]


@pytest.fixture
def people(services: Services) -> People:
    admin = services.accounts.create_first_admin("管理员", "9999")
    boss = services.accounts.verify(admin.id, "9999")
    made = {}
    for name, role, approval, pin in (
            ("小王", Role.RECEPTIONIST, ApprovalLevel.NONE, "1111"),
            ("李部长", Role.MANAGER, ApprovalLevel.DEPARTMENT_HEAD, "2222"),
            ("赵总", Role.MANAGER, ApprovalLevel.GENERAL_MANAGER, "3333"),
            ("孙经理", Role.MANAGER, ApprovalLevel.NONE, "4444")):
        record = services.accounts.create(boss, name, role, approval, "营销部", pin)
        made[name] = services.accounts.verify(record.id, pin)
    return People(receptionist=made["小王"], department_head=made["李部长"],
                  general_manager=made["赵总"], manager=made["孙经理"],
                  pins={"小王": "1111", "李部长": "2222", "赵总": "3333", "孙经理": "4444"})


def day_at(days: int, hour: int) -> datetime:
    """A site-local time `days` after the FakeClock's day (2026-11-28)."""
    return datetime(2026, 11, 28, hour, 0, tzinfo=ZONE) + timedelta(days=days)


def full_form(organisation: str = "华润置地考察团", level: Level = Level.A,
              days: int = 5) -> RequestForm:
    return RequestForm(
        level=level, host="刘经理", department="营销部", organisation=organisation,
        guests=(Guest("王建国", "董事长", "13812345678"), Guest("李红", "副总经理")),
        headcount=2, purpose="项目考察与合作洽谈",
        arrival_at=day_at(days, 10), departure_at=day_at(days, 16),
        itinerary=(ItineraryItem(day_at(days, 10), "参观沙盘、样板房", "售楼处", "刘经理"),
                   ItineraryItem(day_at(days, 12), "午餐", "公司餐厅", "总经理")),
        route="大门 → 沙盘 → 样板房 → VIP室", meals="午餐 8人", lodging="无", vehicle="无")


def submitted(services: Services, by: Actor, form: RequestForm | None = None) -> RequestRecord:
    record = services.requests.save_draft(by, form or full_form())
    return services.requests.submit(by, record.id).record


def shown(qtbot, kind: type, name: str | None = None) -> QWidget:
    """Wait for the visible top-level widget of a kind (and object name) and return it."""

    def find() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and (
                    name is None or widget.objectName() == name):
                return widget
        return None

    qtbot.waitUntil(lambda: find() is not None)
    found = find()
    assert found is not None
    return found


def present(actor: Actor | None) -> None:
    """The person signed in at this PC (None: nobody, the shared desk)."""
    from reception_desk.ui.accounts.session import SignInSession

    session = SignInSession.instance()
    if actor is None:
        session.sign_out()
    else:
        session.sign_in(actor)


def answer_pin(qtbot, name: str, pin: str) -> list[str]:
    """Type `name`'s PIN into the PIN dialog the next action opens (it runs modally).

    Returns the list the dialog's intro line is added to, for the caller to check.
    """
    from PySide6.QtCore import Qt, QTimer

    from reception_desk.ui.accounts.pin_dialog import PinDialog

    seen: list[str] = []

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, PinDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        intro = dialog.findChild(QWidget, "pinIntro")
        seen.append(intro.text() if intro is not None else "")  # type: ignore[attr-defined]
        combo = dialog.entry.name
        combo.setCurrentIndex(combo.findText(name))
        qtbot.keyClicks(dialog.entry.pin, pin)
        qtbot.keyClick(dialog.entry.pin, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    return seen


@pytest.fixture(autouse=True)
def nobody_signed_in(qapp: QApplication):
    """The sign-in belongs to the application, which outlives a test: start and end empty."""
    from reception_desk.ui.accounts.session import SignInSession

    SignInSession.instance().sign_out()
    yield
    SignInSession.instance().sign_out()

"""The PIN prompt by keys, wrong and locked PINs, the guard, the idle sign-out and the
first administrator."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from reception_desk.app import ask_first_admin
from reception_desk.domain.roles import Actor, ApprovalLevel, Permission, Role
from reception_desk.services.context import Services
from reception_desk.ui.accounts.first_admin_dialog import FirstAdminDialog
from reception_desk.ui.accounts.guard import ask_actor, may
from reception_desk.ui.accounts.pin_dialog import PinDialog
from reception_desk.ui.accounts.session import SignInSession
from reception_desk.ui.main_window import MainWindow
from tests.conftest import TEST_ACTOR
from tests.ui.typing import type_text


@pytest.fixture
def staff(services: Services) -> dict[str, Actor]:
    admin = services.accounts.create_first_admin("周管理", "135790").actor()
    accounts = services.accounts
    return {
        "admin": admin,
        "receptionist": accounts.create(admin, "前台小王", Role.RECEPTIONIST, pin="1111").actor(),
        "manager": accounts.create(admin, "李经理", Role.MANAGER,
                                   ApprovalLevel.DEPARTMENT_HEAD, pin="3333").actor(),
    }


def when_shown(qtbot, kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog of `kind` once it is up (ask_actor blocks in exec)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def test_pin_dialog_lists_only_who_may_and_confirms_with_enter(
        qtbot, zh_app, services: Services, staff: dict[str, Actor]) -> None:
    dialog = PinDialog(services.accounts, Permission.ROTATION_OVERRIDE)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.entry.name.itemText(i) for i in range(dialog.entry.name.count())]
    assert names == ["周管理", "李经理"]                    # not the receptionist
    assert dialog.entry.pin.echoMode() == dialog.entry.pin.EchoMode.Password
    dialog.entry.name.setCurrentIndex(1)
    qtbot.keyClicks(dialog.entry.pin, "1234")
    with qtbot.assertNotEmitted(dialog.accepted):
        qtbot.keyClick(dialog.entry.pin, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "4" in dialog.entry.error.text() and dialog.entry.error.isVisible()
    assert "错误" in dialog.entry.error.text()             # Chinese-first
    assert dialog.entry.name.currentText() == "李经理" and dialog.entry.pin.text() == ""
    qtbot.keyClicks(dialog.entry.pin, "3333")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.entry.pin, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.name == "李经理"


def test_a_locked_account_says_until_when_even_with_the_right_pin(
        qtbot, zh_app, services: Services, staff: dict[str, Actor]) -> None:
    dialog = PinDialog(services.accounts, Permission.SETTINGS_EDIT)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.entry.name.setCurrentIndex(dialog.entry.name.findText("李经理"))
    for _ in range(5):
        qtbot.keyClicks(dialog.entry.pin, "0000")
        qtbot.keyClick(dialog.entry.pin, Qt.Key.Key_Return)
    assert "10:05" in dialog.entry.error.text()
    qtbot.keyClicks(dialog.entry.pin, "3333")
    qtbot.keyClick(dialog.entry.pin, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.actor is None
    assert "10:05" in dialog.entry.error.text()


def test_ask_actor_uses_the_signed_in_manager_or_asks_for_a_pin(
        qtbot, zh_app, services: Services, staff: dict[str, Actor]) -> None:
    session = SignInSession.instance()
    assert may(Permission.SETTINGS_EDIT, services)      # someone could confirm
    assert not may(Permission.SETTINGS_EDIT)            # nobody signed in here
    session.sign_in(staff["manager"])
    assert ask_actor(None, services, Permission.SETTINGS_EDIT) == staff["manager"]
    assert may(Permission.SETTINGS_EDIT)
    session.sign_out()

    def cancel(dialog: QDialog) -> None:
        dialog.reject()

    when_shown(qtbot, PinDialog, cancel)
    assert ask_actor(None, services, Permission.ACCOUNTS_MANAGE) is None

    def admin_pin(dialog: QDialog) -> None:
        assert isinstance(dialog, PinDialog)
        assert [dialog.entry.name.itemText(i) for i in range(dialog.entry.name.count())] == [
            "周管理"]
        qtbot.keyClicks(dialog.entry.pin, "135790")
        qtbot.keyClick(dialog.entry.pin, Qt.Key.Key_Return)

    # A receptionist is signed in but may not: the admin confirms by PIN instead.
    session.sign_in(staff["receptionist"])
    when_shown(qtbot, PinDialog, admin_pin)
    assert ask_actor(None, services, Permission.ACCOUNTS_MANAGE) == staff["admin"]


def test_the_sign_in_ends_after_the_idle_minutes_without_input(
        qtbot, main_window: MainWindow, services: Services, staff: dict[str, Actor]) -> None:
    seconds = [0.0]
    session = SignInSession.instance()
    session.configure(clock=lambda: seconds[0])
    label = main_window.accounts_menu.status
    session.sign_in(staff["manager"])
    assert label.isVisible() and "李经理" in label.text()
    assert main_window.accounts_menu.act_sign_out.isVisible()
    assert session.timer.isActive() and session.timer.interval() == 5 * 60 * 1000

    seconds[0] = 240.0                                   # 4 minutes later someone types
    # The way the system delivers a key: to the window, which hands it to the widget.
    QTest.keyClick(main_window.windowHandle(), Qt.Key.Key_A)
    seconds[0] = 300.0
    session.timer.timeout.emit()                         # the 5-minute timer fires
    assert session.actor() == staff["manager"]           # only 1 minute idle
    assert session.timer.interval() == 240 * 1000        # looks again when 5 are up
    seconds[0] = 540.0
    with qtbot.waitSignal(session.changed):
        session.timer.timeout.emit()
    assert session.actor() is None and not label.isVisible()
    assert not main_window.accounts_menu.act_sign_out.isVisible()
    assert services.audit.entries(TEST_ACTOR, action="sign_out")[-1].actor == "李经理"
    session.configure(clock=lambda: 0.0)


def test_typing_in_a_dialog_opened_after_the_sign_in_counts_as_input(
        qtbot, main_window: MainWindow, staff: dict[str, Actor]) -> None:
    seconds = [0.0]
    session = SignInSession.instance()
    session.configure(clock=lambda: seconds[0])
    session.sign_in(staff["manager"])
    dialog = QDialog(main_window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    seconds[0] = 280.0                                   # typed in the dialog
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    seconds[0] = 300.0
    session.timer.timeout.emit()
    assert session.actor() == staff["manager"]
    dialog.close()
    seconds[0] = 581.0                                   # 5 minutes after the last key
    with qtbot.waitSignal(session.changed):
        session.timer.timeout.emit()
    assert session.actor() is None
    session.configure(clock=lambda: 0.0)


def test_sign_in_from_the_menu_by_keys(
        qtbot, main_window: MainWindow, services: Services, staff: dict[str, Actor]) -> None:
    menu = main_window.accounts_menu
    assert menu.act_sign_in.isVisible() and not menu.act_first_admin.isVisible()
    dialog = menu.sign_in()
    qtbot.waitUntil(dialog.isVisible)
    names = [dialog.entry.name.itemText(i) for i in range(dialog.entry.name.count())]
    assert set(names) == {"周管理", "前台小王", "李经理"}
    dialog.entry.name.setCurrentIndex(names.index("前台小王"))
    qtbot.keyClicks(dialog.entry.pin, "1111")
    with qtbot.waitSignal(SignInSession.instance().changed):
        qtbot.keyClick(dialog.entry.pin, Qt.Key.Key_Return)
    assert "前台小王" in menu.status.text()
    menu.sign_out()
    assert SignInSession.instance().actor() is None


def test_first_start_asks_for_the_admin_with_the_pin_twice(
        qtbot, desk, services: Services) -> None:
    assert desk.main.accounts_menu.act_first_admin.isVisible()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        type_text(dialog.name, "周管理")
        qtbot.keyClicks(dialog.pin, "135790")
        qtbot.keyClicks(dialog.pin_again, "135791")
        qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.errors["pin_again"].isVisible()
        assert dialog.name.text() == "周管理"                   # kept as typed
        dialog.pin.clear()
        qtbot.keyClicks(dialog.pin, "12")
        qtbot.keyClicks(dialog.pin_again, "12")
        qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.errors["pin"].isVisible()
        dialog.pin.clear()
        dialog.pin_again.clear()
        qtbot.keyClicks(dialog.pin, "135790")
        qtbot.keyClicks(dialog.pin_again, "135790")
        qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)

    when_shown(qtbot, FirstAdminDialog, fill)
    ask_first_admin(desk)
    admins = services.accounts.accounts_with(Permission.ACCOUNTS_MANAGE)
    assert [a.name for a in admins] == ["周管理"]
    assert services.accounts.verify(admins[0].id, "135790").role is Role.ADMIN
    qtbot.waitUntil(lambda: not desk.main.accounts_menu.act_first_admin.isVisible())
    ask_first_admin(desk)                                # asked once: accounts exist now


def test_settings_ask_for_a_pin_and_record_who(
        qtbot, main_window: MainWindow, services: Services, staff: dict[str, Actor]) -> None:
    def manager_pin(dialog: QDialog) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.entry.name.setCurrentIndex(dialog.entry.name.findText("李经理"))
        qtbot.keyClicks(dialog.entry.pin, "3333")
        qtbot.keyClick(dialog.entry.pin, Qt.Key.Key_Return)

    when_shown(qtbot, PinDialog, manager_pin)
    main_window.open_settings()
    from reception_desk.ui.settings.settings_dialog import SettingsDialog

    settings = main_window.findChild(SettingsDialog)
    assert settings is not None and settings.actor == staff["manager"]
    settings.save()
    assert services.audit.entries(TEST_ACTOR, action="settings")[-1].actor == "李经理"

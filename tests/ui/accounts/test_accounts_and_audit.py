"""The administrator adds an account by keyboard and reads who did it in the audit log."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reception_desk.domain.roles import Role
from reception_desk.ui.main_window import MainWindow
from tests.ui.typing import type_text

pytestmark = pytest.mark.usefixtures("signed_in_admin")


def test_admin_adds_a_receptionist_and_the_audit_log_shows_it(
        qtbot, main_window: MainWindow, services, tmp_path) -> None:
    accounts = main_window.accounts_menu.open_accounts()
    assert accounts is not None
    form = accounts.add()
    type_text(form.name, "前台小李")
    form.role.setCurrentIndex(form.role.findData(Role.RECEPTIONIST.value))
    form.pin.setFocus()
    qtbot.keyClicks(form.pin, "2468")
    qtbot.keyClicks(form.pin_again, "2469")
    qtbot.keyClick(form.pin_again, Qt.Key.Key_Return)
    assert form.isVisible() and form.errors["pin_again"].isVisible()
    assert form.name.text() == "前台小李"
    form.pin_again.clear()
    qtbot.keyClicks(form.pin_again, "2468")
    qtbot.keyClick(form.pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    names = [accounts.table.item(r, 0).text() for r in range(accounts.table.rowCount())]
    assert "前台小李" in names
    [created] = [a for a in services.accounts.list_accounts() if a.name == "前台小李"]
    assert services.accounts.verify(created.id, "2468").role is Role.RECEPTIONIST
    accounts.close()

    audit = main_window.accounts_menu.open_audit()
    assert audit is not None
    shown = [[audit.table.item(r, c).text() for c in range(audit.table.columnCount())]
             for r in range(audit.table.rowCount())]
    assert any("新建账户" in row and "前台小李" in row for row in shown)
    assert any("登录" in row for row in shown)
    # The export runs in a worker; the dialog says when it is written.
    with qtbot.waitSignal(audit.exported, timeout=20000) as done:
        assert audit.export_to(str(tmp_path / "audit.csv"))
    assert done.args is not None and done.args[1] >= 2
    assert "audit.csv" in audit.result_label.text()
    text = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    assert "新建账户" in text and "前台小李" in text

"""File > Export lists the hotline's datasets; personal data is exported by a known person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reception_desk.domain.call_form import CallForm
from reception_desk.domain.roles import Actor, Role
from reception_desk.services.context import Services
from reception_desk.ui.accounts.session import SignInSession
from reception_desk.ui.export_dialog import ExportDialog
from reception_desk.ui.main_window import MainWindow


@pytest.fixture
def signed_in_manager() -> Iterator[None]:
    # A manager as signed in with a PIN: their export carries full values (domain/privacy.py).
    SignInSession.instance().sign_in(Actor("李经理", Role.MANAGER))
    yield
    SignInSession.instance().sign_out()


def test_calls_customers_appointments_are_offered_and_calls_export_with_progress(
        qtbot, main_window: MainWindow, services: Services, tmp_path: Path,
        signed_in_manager: None) -> None:
    services.calls.log_call(CallForm(phone="13812345678", caller_name="张伟"))
    main_window.act_export.trigger()
    dialog = main_window.findChild(ExportDialog)
    assert dialog is not None
    offered = {dialog.dataset.itemData(i) for i in range(dialog.dataset.count())}
    assert {"calls", "customers", "appointments"} <= offered
    dialog.dataset.setCurrentIndex(dialog.dataset.findData("calls"))
    target = tmp_path / "calls.xlsx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        dialog.export_button.click()
    assert blocker.args == [str(target), 1]
    assert dialog.progress.value() == dialog.progress.maximum()
    sheet = load_workbook(target).active
    assert sheet is not None
    values = [cell.value for cell in sheet[2]]
    assert "张伟" in values

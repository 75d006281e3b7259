"""File > Export writes the file in a worker and says how many rows it wrote."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.ui.accounts.session import SignInSession
from reception_desk.ui.export_dialog import ExportDialog
from reception_desk.ui.main_window import MainWindow
from tests.conftest import manager_actor


def test_export_visits_to_xlsx_from_the_dialog(qtbot, main_window: MainWindow, services,
                                               tmp_path: Path) -> None:
    services.arrivals.register(PartyDraft("王", Honorific.MR, 3, VisitKind.WALK_IN, "网络"))
    # Visits hold phones (personal data): a manager at the PC exports them.
    SignInSession.instance().sign_in(manager_actor())
    main_window.act_export.trigger()
    dialog = main_window.findChild(ExportDialog)
    assert dialog is not None
    dialog.dataset.setCurrentIndex(dialog.dataset.findData("visits"))
    target = tmp_path / "visits.xlsx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        dialog.export_button.click()
    assert blocker.args == [str(target), 1]
    sheet = load_workbook(target).active
    assert sheet is not None
    values = [cell.value for cell in sheet[2]]
    assert "王先生" in values
    assert "1" in dialog.result_label.text()
    SignInSession.instance().sign_out()


def test_export_to_a_missing_folder_says_so_and_writes_nothing(
        qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    main_window.act_export.trigger()
    dialog = main_window.findChild(ExportDialog)
    assert dialog is not None
    dialog.path.setText(str(tmp_path / "no-such-folder" / "x.csv"))
    dialog.export_button.click()
    assert dialog.error.isVisible()
    assert "no-such-folder" in dialog.error.text()
    assert not (tmp_path / "no-such-folder").exists()

"""Customers by pinyin initials, and an agency's list previewed row by row, then imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from reception_desk.domain.call_form import CallForm
from reception_desk.services.context import Services
from reception_desk.ui.hotline.customers_dialog import CustomersDialog
from reception_desk.ui.hotline.import_dialog import ImportDialog
from reception_desk.ui.main_window import MainWindow


def test_typing_zw_finds_zhang_wei_with_owner_and_history(
        qtbot, main_window: MainWindow, services: Services) -> None:
    services.calls.log_call(CallForm(phone="13812345678", caller_name="张伟", area="90"))
    services.calls.log_call(CallForm(phone="13987654321", caller_name="李娜"))
    qtbot.keyClick(main_window.board.active_view, Qt.Key.Key_U,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CustomersDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CustomersDialog)
    qtbot.keyClicks(dialog.search, "zw")
    qtbot.waitUntil(lambda: [c.name for c in dialog.records()] == ["张伟"])
    assert dialog.table.item(0, 1).text() == "138****5678"
    # The desk answered: nobody owns the customer.
    assert dialog.table.item(0, 3).text() == QCoreApplication.translate("Hotline", "open pool")
    assert "90" in dialog.history.toPlainText()
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "4321")  # any part of the phone
    qtbot.waitUntil(lambda: [c.name for c in dialog.records()] == ["李娜"])


def write_list(path: Path) -> Path:
    path.write_text(
        "渠道,客户姓名,电话,预计到访日期,经纪人\n"
        "链家,王强,13611112222,2026-11-28,小刘\n"
        "链家,赵敏,,2026-11-28,小刘\n"
        "链家,钱多,13633334444,明天,小刘\n"
        "我爱我家,孙丽,021-64001234,2026/11/29,小陈\n", encoding="utf-8")
    return path


def summary(dialog: ImportDialog, ready: int, errors: int, before: int) -> str:
    return (dialog.tr("%n row(s) ready", "", ready)
            + dialog.tr(", %1 with errors, %2 already imported")
            .replace("%1", str(errors)).replace("%2", str(before)))


def test_import_preview_shows_row_errors_and_imports_the_valid_rows(
        qtbot, main_window: MainWindow, services: Services, tmp_path: Path) -> None:
    path = write_list(tmp_path / "lianjia-list.csv")
    main_window.hotline.act_import.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ImportDialog)
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.summary.text() == summary(dialog, 2, 2, 0)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 7).text()
            for r in range(dialog.table.rowCount())}
    assert list(rows) == ["2", "3", "4", "5"]  # row numbers as in the spreadsheet
    assert rows["3"] and "明天" in rows["4"]
    assert rows["2"] == rows["5"] == ""
    dialog.grab().save("/tmp/hotline_import_preview.png")

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "2" in dialog.outcome.text()
    assert dialog.summary.text() == summary(dialog, 0, 2, 2)
    status = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
              for r in range(dialog.table.rowCount())}
    assert status["2"] == status["5"] == dialog.tr("imported before")  # not errors
    assert status["3"] == status["4"] == dialog.tr("error")
    assert not dialog.import_button.isEnabled()
    today = services.appointments.today()
    assert [a.name for a in services.appointments.for_day(today)] == ["王强"]
    qtbot.waitUntil(lambda: [a.name for a in main_window.board.expected.records()] == ["王强"])
    assert "链家" in main_window.board.expected.table.item(0, 4).text()

"""The customers list shows every column with its header whole, in English and Chinese,
at the dialog's default size (issue 15: "Channel / agency" ran off behind a scrollbar)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from reception_desk.app import make_qapp
from reception_desk.domain.call_form import CallForm
from reception_desk.services.context import Services
from reception_desk.ui.hotline.customers_dialog import CustomersDialog


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_customer_column_is_on_screen_with_its_header_whole(
        qapp: QApplication, services: Services, qtbot, language: str) -> None:
    services.calls.log_call(CallForm(phone="13812345678", caller_name="张伟", area="90"))
    make_qapp(language)
    try:
        dialog = CustomersDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.search, "zw")
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        table = dialog.table
        header = table.horizontalHeader()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        assert table.horizontalScrollBar().maximum() == 0, "a column is off screen"
        for column in range(table.columnCount()):
            text = table.model().headerData(column, Qt.Orientation.Horizontal)
            needed = header.fontMetrics().horizontalAdvance(text) + margin
            assert needed <= header.sectionSize(column), f"{language}: “{text}” is cut off"
        assert table.item(0, 1).text() == "138****5678"
        assert table.fontMetrics().horizontalAdvance("138****5678") + margin \
            <= header.sectionSize(1)
    finally:
        make_qapp("zh_CN")

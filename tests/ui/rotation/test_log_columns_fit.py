"""The rotation log's headers and fixed labels are whole in English and Chinese at the
dialog's default size (issue 15: "Position before → after" was cut off in English)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from reception_desk.app import make_qapp
from reception_desk.domain.rotation import AssignMode, EventKind
from reception_desk.services.context import Services
from reception_desk.ui.rotation.log_dialog import LogDialog
from reception_desk.ui.text import event_label, mode_label


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_log_header_and_label_fits_its_column(qapp: QApplication, services: Services,
                                                      qtbot, language: str) -> None:
    make_qapp(language)
    try:
        dialog = LogDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        header = dialog.table.horizontalHeader()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        model = dialog.model
        for column in range(model.columnCount()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal))
            needed = header.fontMetrics().horizontalAdvance(text) + margin
            assert needed <= header.sectionSize(column), f"{language}: “{text}” is cut off"
        assert "→" in str(model.headerData(5, Qt.Orientation.Horizontal))

        cells = dialog.table.fontMetrics()
        for column, labels in ((1, [event_label(kind) for kind in EventKind]),
                               (4, [mode_label(mode) for mode in AssignMode])):
            for label in labels:
                assert cells.horizontalAdvance(label) + margin <= header.sectionSize(column), \
                    f"{language}: “{label}” is cut off"
    finally:
        make_qapp("zh_CN")

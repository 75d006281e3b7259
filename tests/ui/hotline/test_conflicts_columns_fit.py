"""The conflicts list (判客) shows why each pre-registration waits, whole, with every
header whole and no column off screen, in English and Chinese (issue 15: "Registered by
another agency" was cut off)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from reception_desk.app import make_qapp
from reception_desk.domain.call_form import AppointmentForm
from reception_desk.domain.customer_records import Conflict
from reception_desk.services.context import Services
from reception_desk.ui.hotline.common import conflict_label
from reception_desk.ui.hotline.conflicts_dialog import ConflictsDialog
from tests.conftest import FakeClock


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_why_a_registration_waits_is_shown_whole(qapp: QApplication, services: Services,
                                                 clock: FakeClock, qtbot,
                                                 language: str) -> None:
    day = services.arrivals.today() + timedelta(days=1)
    services.appointments.add(AppointmentForm(day, "张伟", "13900001111", agency="我爱我家"))
    clock.advance(hours=1)
    services.appointments.add(AppointmentForm(day, "张伟", "13900001111", agency="链家"))
    make_qapp(language)
    try:
        dialog = ConflictsDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        assert table.rowCount() == 1
        why = table.item(0, 4).text()
        assert why == conflict_label(Conflict.AGENCY)
        header = table.horizontalHeader()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        assert table.fontMetrics().horizontalAdvance(why) + margin <= header.sectionSize(4)
        assert table.horizontalScrollBar().maximum() == 0, "a column is off screen"
        for column in range(table.columnCount()):
            text = table.model().headerData(column, Qt.Orientation.Horizontal)
            needed = header.fontMetrics().horizontalAdvance(text) + margin
            assert needed <= header.sectionSize(column), f"{language}: “{text}” is cut off"
    finally:
        make_qapp("zh_CN")

"""The rotation queue's column headers are whole in English and Chinese at the desk's
sizes from a 1280-pixel screen up (issue 15: "Consultant" showed as "onsultar" in the
narrow dock)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from reception_desk.app import DeskApp, make_qapp
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.services.context import Services
from reception_desk.ui.rotation.model import Col
from tests.conftest import TEST_ACTOR


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_queue_header_fits_its_column(qapp: QApplication, services: Services, qtbot,
                                            language: str, size: tuple[int, int]) -> None:
    # A full team: the queue scrolls, and its scrollbar takes width from the name column.
    for number in range(1, 13):
        consultant = services.rotation.save_consultant(
            ConsultantDraft(f"顾问{number}", f"S{number:02}"), actor=TEST_ACTOR)
        services.rotation.sign_in(consultant.id)
    make_qapp(language)
    desk = DeskApp(qapp, services, "main", interactive=False)
    assert desk.main is not None
    qtbot.addWidget(desk.main)
    try:
        desk.main.remember_layout = False
        desk.main.resize(*size)
        desk.show()
        qtbot.waitExposed(desk.main)
        view = desk.main.rotation.view
        assert view.verticalScrollBar().isVisible()
        header = view.horizontalHeader()
        model = view.model()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        for column in range(model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            needed = header.fontMetrics().horizontalAdvance(text) + margin
            assert needed <= header.sectionSize(column), f"{language}: “{text}” is cut off"
        # The full word is one hover away.
        tip = model.headerData(Col.NAME, Qt.Orientation.Horizontal,
                               Qt.ItemDataRole.ToolTipRole)
        assert tip in ("Consultant", "顾问")
    finally:
        desk.close()
        make_qapp("zh_CN")

"""File › Export shows its file hint and a chosen Windows path whole, in English and
Chinese (issue 15: "file name ending in .xlsx or …" was cut off in English)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionFrame

from reception_desk.app import make_qapp
from reception_desk.services.context import Services
from reception_desk.ui.export_dialog import ExportDialog

CHOSEN = "C:\\Users\\前台\\Documents\\appointments-2026-12-07.xlsx"


def text_room(field: QLineEdit) -> int:
    """The pixels a line edit has for its text: inside the style's frame and padding, less
    the edit's own margins (2 pixels a side)."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                            field)
    margins = field.textMargins()
    return contents.width() - margins.left() - margins.right() - 4


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_file_hint_and_a_chosen_path_are_whole(qapp: QApplication, services: Services,
                                                   qtbot, language: str) -> None:
    make_qapp(language)
    try:
        dialog = ExportDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        field = dialog.path
        room = text_room(field)
        hint = field.placeholderText()
        assert ".csv" in hint or "CSV" in hint.upper()
        assert field.fontMetrics().horizontalAdvance(hint) <= room, f"{language}: {hint}"
        field.setText(CHOSEN)  # as Choose… fills it in
        assert field.fontMetrics().horizontalAdvance(CHOSEN) <= room, f"{language}: path"
    finally:
        make_qapp("zh_CN")

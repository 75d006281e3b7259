"""The backup folder in Settings is wide enough to read a real Windows path (issue 15:
beside its long English label the field was about 80 pixels wide)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionFrame

from reception_desk.app import make_qapp
from reception_desk.domain.roles import Actor
from reception_desk.services.context import Services
from reception_desk.ui.settings.settings_dialog import SettingsDialog

PATHS = ("D:\\售楼处\\Reception Desk\\backups",
         "\\\\sales-nas\\前台共享\\滨江壹号售楼处\\Reception Desk\\backups\\front-desk")


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
def test_a_typed_backup_folder_is_shown_whole(qapp: QApplication, services: Services, qtbot,
                                              language: str) -> None:
    make_qapp(language)
    try:
        dialog = SettingsDialog(services.settings, actor=Actor.system("pytest"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.pages.setCurrentIndex(1)
        folder = dialog.findChild(QLineEdit, "setting_backup_folder")
        assert folder is not None and folder.isVisible()
        for path in PATHS:
            folder.selectAll()
            folder.insert(path)  # pasted (QTest types only Latin-1 characters)
            assert folder.text() == path
            needed = folder.fontMetrics().horizontalAdvance(path)
            assert needed <= text_room(folder), f"{language}: {path} is cut off"
        # Still fits a 1366-pixel laptop screen.
        assert dialog.width() <= 1300
    finally:
        make_qapp("zh_CN")

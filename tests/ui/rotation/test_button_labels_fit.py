"""The rotation panel's buttons show their whole label in English and Chinese (issue 15:
"Missed turn" was cut off), at the default window size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from reception_desk.app import DeskApp, make_qapp
from reception_desk.services.context import Services


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_rotation_button_label_fits(qapp: QApplication, services: Services, qtbot,
                                          language: str) -> None:
    make_qapp(language)
    desk = DeskApp(qapp, services, "main", interactive=False)
    assert desk.main is not None
    qtbot.addWidget(desk.main)
    try:
        desk.main.resize(1440, 880)
        desk.show()
        qtbot.waitExposed(desk.main)
        panel = desk.main.rotation
        for name, button in panel.buttons.items():
            option = QStyleOptionButton()
            button.initStyleOption(option)
            room = button.style().subElementRect(
                QStyle.SubElement.SE_PushButtonContents, option, button).width()
            widest = max(button.fontMetrics().horizontalAdvance(line)
                         for line in button.text().split("\n"))
            assert widest <= room, f"{language}: {name} “{button.text()}” is cut off"
    finally:
        desk.close()
        make_qapp("zh_CN")

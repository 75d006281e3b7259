"""The garbage collector, off while the windows start, is back on after the first paint
with the start's objects kept out of later collections (issue 14)."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication, QMainWindow

from reception_desk.app import resume_collector
from reception_desk.ui.after_paint import AfterFirstPaint


def test_the_collector_resumes_after_the_first_paint(qapp: QApplication, qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    gc.disable()
    try:
        AfterFirstPaint(window).add(resume_collector)
        assert not gc.isenabled()
        window.show()
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()

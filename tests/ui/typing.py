"""Typing as a person does: ASCII through key presses, Chinese through the input method.

QTest can only press keys that exist on a keyboard; Chinese characters reach
a widget as an input-method commit (what a pinyin IME sends).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QCoreApplication.sendEvent(widget, event)

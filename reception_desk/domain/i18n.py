"""Marking user-facing domain messages for translation without importing Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; Qt's lupdate tool
recognises the call by name and collects the string into the translation file.
The UI translates a message with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations

MESSAGES = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text

"""A search box's clear button that appears and goes at once.

Qt's own (`QLineEdit.setClearButtonEnabled`) fades in and out over 160 ms, repainting
the box about ten times after each first letter typed and each clear: the search's
answer is on screen in a few tens of milliseconds, and the window went on repainting
for a sixth of a second after it. This one is a plain trailing action, shown while
the box holds text.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QStyle


def add_clear_button(edit: QLineEdit) -> QAction:
    """Give `edit` a clear button (the style's icon) shown only while it holds text."""
    icon = edit.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton, None, edit)
    action = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
    action.setObjectName("clearSearch")
    action.setVisible(bool(edit.text()))
    action.triggered.connect(edit.clear)
    edit.textChanged.connect(lambda text: action.setVisible(bool(text)))
    return action

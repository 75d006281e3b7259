"""Small reusable widgets: a form row with its error line."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QLabel, QSpinBox, QVBoxLayout, QWidget


class FieldError(QLabel):
    """The red line under a field that says what to fix; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b42318; font-weight: 600;")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.show()
        # A dialog laid out without this line must grow, or the fields get squeezed.
        window = self.window()
        if isinstance(window, QDialog):
            layout = window.layout()
            if layout is not None:
                layout.activate()
            needed = window.sizeHint()
            if needed.height() > window.height() or needed.width() > window.width():
                window.resize(max(needed.width(), window.width()),
                              max(needed.height(), window.height()))

    def clear_text(self) -> None:
        self.clear()
        self.hide()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Red border on a field (the style sheet keys on the `invalid` property). A field
    already so is left alone: polishing it again costs a style-sheet pass, and a form's
    save clears every field."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def button_text(action_text: str) -> str:
    """An action's text for a button: no mnemonic, neither `&S` nor Chinese `(&S)`."""
    return re.sub(r"\(&\w\)", "", action_text).replace("&", "")


def with_error(field: QWidget, error: FieldError) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def count_suffix(box: QSpinBox, one: str, several: str) -> None:
    """The box's unit follows its value: "1 day", "3 days" (Chinese has one form)."""
    def follow(value: int) -> None:
        box.setSuffix(one if value == 1 else several)

    box.valueChanged.connect(follow)
    follow(box.value())

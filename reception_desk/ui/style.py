"""The look: one style sheet from resources/styles, readable at a glance all day."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .. import paths


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    sheet = paths.resources_dir() / "styles" / "app.qss"
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))

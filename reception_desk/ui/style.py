"""The look: one style sheet from resources/styles, readable at a glance all day."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from .. import paths


def apply_style(app: QApplication) -> None:
    """Fusion plus the sheet; a no-op when both are already set (re-polishing every
    widget of a running app is slow and changes nothing)."""
    # With a sheet set, app.style() is a style-sheet proxy that names no style.
    if not app.property("fusion_set"):
        app.setStyle("Fusion")
        app.setProperty("fusion_set", True)
    sheet = paths.resources_dir() / "styles" / "app.qss"
    if sheet.exists():
        text = sheet.read_text(encoding="utf-8")
        if app.styleSheet() != text:
            app.setStyleSheet(text)

"""The look: one style sheet from resources/styles, readable at a glance all day.

Tables and lists take their colours from a palette, not from the sheet: a sheet rule
on ``QTableView`` sends every cell's paint through the style-sheet style, which made
a full repaint of the desk four times slower (24 ms against 6 ms on the 3-year demo).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from .. import paths

#: The item views' colours (what app.qss used to say for ``QTableView``).
ITEM_VIEW_COLOURS: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f9fafb",
    QPalette.ColorRole.Highlight: "#fdead7",
    QPalette.ColorRole.HighlightedText: "#1d2939",
    # The grid between cells (the style asks the palette's Mid colour for it).
    QPalette.ColorRole.Mid: "#eaecf0",
}


def item_view_palette(base: QPalette) -> QPalette:
    """``base`` with the item views' colours, the same whether the window is active
    or not (the selected party stays as visible when the bar window has the focus)."""
    palette = QPalette(base)
    for role, colour in ITEM_VIEW_COLOURS.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    return palette


def apply_style(app: QApplication) -> None:
    """Fusion plus the sheet; a no-op when both are already set (re-polishing every
    widget of a running app is slow and changes nothing)."""
    # With a sheet set, app.style() is a style-sheet proxy that names no style.
    if not app.property("fusion_set"):
        app.setStyle("Fusion")
        app.setProperty("fusion_set", True)
        # The stubs say bytes for the class name; PySide 6.11 takes only str at run time.
        QApplication.setPalette(item_view_palette(app.palette()),
                                "QAbstractItemView")  # type: ignore[arg-type]
    sheet = paths.resources_dir() / "styles" / "app.qss"
    if sheet.exists():
        text = sheet.read_text(encoding="utf-8")
        if app.styleSheet() != text:
            app.setStyleSheet(text)

"""The bar window's header: the site's title, the count chips (waiting, late, refills,
tables), the mute button and the clock.

Only the widgets: the window sets their texts (its tr() context stays "BarWindow").
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from .side_panel import big_button

COUNT_KEYS = ("waiting", "late", "refills", "tables")


def repolish(widget: QWidget) -> None:
    """Apply a changed dynamic property to the style sheet."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class BarHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barHeader")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 12, 24, 12)
        row.setSpacing(10)
        self.title = QLabel()
        self.title.setObjectName("barTitle")
        row.addWidget(self.title)
        row.addStretch(1)
        self.counts: dict[str, QLabel] = {}
        for key in COUNT_KEYS:
            chip = QLabel()
            chip.setObjectName("countChip")
            chip.setProperty("count", key)
            self.counts[key] = chip
            row.addWidget(chip)
        row.addSpacing(14)
        self.mute_button = big_button("", "muteButton")
        row.addWidget(self.mute_button)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("barClock")
        row.addWidget(self.clock_label)

    def set_count(self, key: str, text: str, tone: str) -> None:
        """One chip's text; its colour (tone) only when the count is not zero."""
        chip = self.counts[key]
        chip.setText(text)
        if chip.property("tone") != tone:
            chip.setProperty("tone", tone)
            repolish(chip)

    def set_muted(self, text: str, muted: bool) -> None:
        self.mute_button.setText(text)
        self.mute_button.setProperty("muted", muted)
        repolish(self.mute_button)

"""The board's section titles, whose new text does not lay the whole window out again.

A label's new text asks its layout to work out sizes again, and Qt passes that on up
to the window: the board, its dock, the main window and its other docks (those
animate, and repaint the right of the window a moment later). The board's titles
change at every search and every count ("In the building: 3 parties, 7 people"),
and almost never need more room: the slot holds its label at its own size, and asks
its layout again only when the new text does not fit (or needs another height).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class TitleSlot(QWidget):
    """Holds `label` at the slot's size; lays out again only when the text needs it."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.move(0, 0)
        self.setSizePolicy(label.sizePolicy())
        #: How many times a new text asked the layout again (tests count them).
        self.relayouts = 0
        self._hint = label.sizeHint()
        self._least = label.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self._hint

    def minimumSizeHint(self) -> QSize:
        return self._least

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.resize(event.size())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # The label's new text posts its layout request here (the slot has no layout);
        # a text set while the slot was hidden is looked at when it shows.
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._text_changed()
        return super().event(event)

    def _text_changed(self) -> None:
        hint, least = self.label.sizeHint(), self.label.minimumSizeHint()
        if (hint, least) == (self._hint, self._least):
            return
        fits = (least.width() <= max(self.width(), self._least.width())
                and least.height() == self._least.height()
                and hint.height() == self._hint.height())
        # The layout keeps the sizes it was told last: while the text fits they only
        # decide how narrow the board may become, and the longest title told stands.
        if fits:
            return
        self._hint, self._least = hint, least
        self.relayouts += 1
        self.updateGeometry()


def title_slot(label: QLabel) -> TitleSlot:
    """`label` in a slot of its own (see the module's text); the label stays as it was."""
    slot = TitleSlot(label)
    slot.setObjectName(f"{label.objectName()}Slot")
    return slot


__all__ = ["TitleSlot", "title_slot"]

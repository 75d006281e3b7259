"""The board's heights: its row height, the 10 in-building rows it always shows, and
the splitter that shares the tables' height between "in the building" and "today, left"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

if TYPE_CHECKING:
    # For the type checker the mixin is the widget it is mixed into.
    _Board = QWidget
else:
    _Board = object

#: In-building rows the board always shows whole (the other docks never squeeze it).
MIN_ACTIVE_ROWS = 10
#: Rows of the "today, left" table that stay visible at the least.
MIN_LEFT_ROWS = 1
#: The "today, left" table's share of the tables' height by default.
LEFT_SHARE = 0.25


def row_height(view: QTableView) -> int:
    """Rows as low as the larger, bold name font allows, with a little air."""
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    return max(26, QFontMetrics(font).height() + 9)


def rows_height(view: QTableView, rows: int) -> int:
    """The view's height that shows the header and ``rows`` whole rows."""
    return (view.horizontalHeader().sizeHint().height()
            + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())


class BoardSplitter(QSplitter):
    """The in-building / left splitter. Its size hint is its minimum (the in-building
    rows), so when the board is short the expected strip above gives way first and
    when it is tall the splitter takes the extra room."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        """The panes' least heights, a hidden one's too: the board hides "today, left"
        while it lists a search, and the desk around it should not re-lay itself out,
        and repaint every dock, each time a search starts or ends."""
        hint = super().minimumSizeHint()
        for index in range(self.count()):
            pane = self.widget(index)
            if pane is not None and pane.isHidden():
                hint.setHeight(hint.height() + pane.minimumSizeHint().height()
                               + self.handleWidth())
        return hint

    def share_default(self) -> None:
        """The default split: "today, left" gets a quarter of the tables' height (at
        least its one row), the parties in the building the rest (at least their rows)."""
        sizes = self.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        active_box, left_box = self.widget(0), self.widget(1)
        if active_box is None or left_box is None:
            return
        least_left = left_box.minimumSizeHint().height()
        least_active = active_box.minimumSizeHint().height()
        left = max(least_left, round(total * LEFT_SHARE))
        if total - left < least_active:
            left = max(least_left, total - least_active)
        if sizes != [total - left, left]:
            self.setSizes([total - left, left])


class BoardHeights(_Board):
    """The board panel's heights: its least rows, the default split and keeping it
    while the person has not moved the splitter; `self` is the ArrivalBoardPanel."""

    if TYPE_CHECKING:  # what the mixin uses of the panel, which defines it
        active_view: QTableView
        left_view: QTableView
        splitter: BoardSplitter
        auto_split: bool

    def set_min_rows(self, rows: int) -> None:
        """Keep at least ``rows`` in-building rows on screen (the dock's minimum height)."""
        self.active_view.setMinimumHeight(rows_height(self.active_view, rows))
        self.left_view.setMinimumHeight(rows_height(self.left_view, MIN_LEFT_ROWS))

    def share_height(self) -> None:
        """The default split of the tables' height (see BoardSplitter.share_default)."""
        self.splitter.share_default()

    def _split_by_hand(self, *_args: object) -> None:
        self.auto_split = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_split:
            QTimer.singleShot(0, self._share_if_auto)

    def _share_if_auto(self) -> None:
        if self.auto_split:
            self.share_height()

    def visible_rows(self) -> int:
        """How many whole in-building rows fit in the table's viewport now."""
        height = self.active_view.viewport().height()
        return max(0, height // self.active_view.verticalHeader().defaultSectionSize())

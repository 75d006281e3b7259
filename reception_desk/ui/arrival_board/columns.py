"""The board's column widths: every column on screen, never a horizontal scrollbar.

Each column has a width that shows its longest usual value and header in the current
language and font, and a least width. When the view is wider than all of them the
description column takes the rest; when it is narrower, the columns that matter least
give way first (description, type · channel, name, …) down to their least
width, and their text elides ("…"). The row's tooltip shows everything in full.

:class:`ColumnFitter` watches the view's viewport and fits the columns again on every
resize (a vertical scrollbar appearing is a resize too).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from .model import Col, PartyTableModel

#: The order in which columns give way when the board is narrow, least important first.
SHRINK_ORDER = (Col.DESCRIPTION, Col.SOURCE, Col.NAME, Col.CONSULTANT, Col.PLACE,
                Col.STAGE, Col.STATUS, Col.SIZE)
#: Least widths of the columns that may elide, in multiples of the font's average width.
LEAST_CHARS = {Col.DESCRIPTION: 4, Col.SOURCE: 6, Col.STATUS: 13, Col.NAME: 7,
               Col.SIZE: 4, Col.PLACE: 5, Col.CONSULTANT: 5, Col.STAGE: 6}
#: Cell padding plus the grid line.
PAD = 14
#: The header section's padding (app.qss: 6 px each side) and its border.
HEADER_PAD = 14


def _bigger(font: QFont, bold: bool) -> QFontMetrics:
    """The metrics of the model's larger cell font (name, time in building, status)."""
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.15)
    big.setBold(bold)
    return QFontMetrics(big)


def preferred_widths(view: QTableView) -> dict[Col, int]:
    """The width each column needs to show its usual values and its header whole."""
    model = view.model()
    assert isinstance(model, PartyTableModel)
    plain = QFontMetrics(view.font())
    head_font = QFont(view.horizontalHeader().font())
    head_font.setBold(True)
    head = QFontMetrics(head_font)
    headers = model.headers()
    wanted = {col: max(plain.horizontalAdvance(s) for s in samples) + PAD
              for col, samples in model.width_samples().items()}
    for col, (samples, bold) in model.big_samples().items():
        metrics = _bigger(view.font(), bold)
        wanted[col] = max(metrics.horizontalAdvance(s) for s in samples) + PAD
    return {col: max(wanted[col], head.horizontalAdvance(headers[col]) + HEADER_PAD)
            for col in Col}


def least_widths(view: QTableView, preferred: dict[Col, int]) -> dict[Col, int]:
    """How narrow each column may become: elidable columns to a few characters, the
    others (numbers and times) never below their preferred width."""
    average = QFontMetrics(view.font()).averageCharWidth()
    least = dict(preferred)
    for col, chars in LEAST_CHARS.items():
        least[col] = min(preferred[col], chars * average + PAD)
    return least


def fit_widths(available: int, preferred: dict[Col, int],
               least: dict[Col, int]) -> dict[Col, int]:
    """Widths that add up to ``available`` when possible: the description takes what is
    left over, the least important columns give way first when short."""
    widths = dict(preferred)
    spare = available - sum(widths.values())
    if spare >= 0:
        widths[Col.DESCRIPTION] += spare
        return widths
    short = -spare
    for col in SHRINK_ORDER:
        give = min(short, widths[col] - least[col])
        widths[col] -= give
        short -= give
        if short <= 0:
            break
    return widths


def least_total(view: QTableView) -> int:
    """The narrowest the columns can all be (the view's minimum width follows it)."""
    return sum(least_widths(view, preferred_widths(view)).values())


class ColumnFitter(QObject):
    """Fits the board view's columns to its viewport on every resize."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(8)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        #: Rows came or went since the last `refit` (the view owes a layout of its rows).
        self._rows_changed = False
        #: Refits left for later because the view was hidden (tests count them).
        self.hidden_refits = 0
        #: The preferred and least widths by what decides them (`_wanted`).
        self._wanted: dict[tuple[str, str, int, bool], tuple[dict[Col, int],
                                                             dict[Col, int]]] = {}
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                       model.modelReset, model.layoutChanged):
            signal.connect(self._note_rows)
        view.setMinimumWidth(least_total(view) + 2 * view.frameWidth()
                             + view.verticalScrollBar().sizeHint().width())
        self.fit()

    def _wanted_widths(self) -> tuple[dict[Col, int], dict[Col, int]]:
        """The preferred and least widths, measured once per font, screen resolution and
        date display: every reload and resize fits the columns, and measuring the
        samples and headers again each time took a few milliseconds of every search."""
        view = self.view
        model = view.model()
        assert isinstance(model, PartyTableModel)
        key = (view.font().key(), view.horizontalHeader().font().key(), view.logicalDpiX(),
               model.show_date)
        wanted = self._wanted.get(key)
        if wanted is None:
            preferred = preferred_widths(view)
            wanted = self._wanted[key] = (preferred, least_widths(view, preferred))
        return wanted

    def fit(self) -> None:
        preferred, least = self._wanted_widths()
        widths = fit_widths(self.view.viewport().width(), preferred, least)
        changed = {col: w for col, w in widths.items() if self.view.columnWidth(col) != w}
        if not changed:
            return
        # Told column by column (sectionResized), the view repaints the columns from
        # the first one resized to its right edge on a timer of its own: after the
        # window's repaint, so the whole table was painted twice. Resized quietly, the
        # widths are in the one repaint that is coming.
        header = self.view.horizontalHeader()
        blocked = header.blockSignals(True)
        try:
            for col, width in changed.items():
                header.resizeSection(col, width)
        finally:
            header.blockSignals(blocked)
        self.view.updateGeometries()
        self.view.viewport().update()

    def _note_rows(self, *_args: object) -> None:
        self._rows_changed = True

    def refit(self) -> None:
        """After a reload: lay the view out now when rows came or went, then fit. Left to
        Qt, the view lays its rows out at its first repaint and again on a timer after
        it, and a scroll bar that appears or goes then resizes it: the whole table was
        painted twice. (Rows that only changed keep repainting alone.)

        A view hidden in its window (the board's "today, left" while it lists a search)
        is left for the refit that shows it: laid out and fitted hidden, it was laid
        out again when shown."""
        if not self.view.isVisibleTo(self.view.window()):
            self.hidden_refits += 1
            return
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if self._rows_changed:
            self._rows_changed = False
            self.view.doItemsLayout()
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The stored viewport, not view.viewport(): the view may be going away.
        if watched is self._viewport and event.type() == QEvent.Type.Resize \
                and shiboken6.isValid(self.view):
            self.fit()
        return False

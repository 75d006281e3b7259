"""Table cells drawn once per look, then copied: the desk's live tables repaint cheaply.

Qt draws an item view cell by asking its model for about seven roles (seven Python
calls) and laying its text out again (Chinese text: shaping, eliding), at every paint.
The board repaints all its rows when a party arrives, since the rows below move; on
the 3-year demo that was about 14 ms for ten rows, most of a key press's repaint.

`CachedCellDelegate` asks the model one question per cell instead, `cell_key(row,
column)`: a hashable value that changes whenever what the cell shows changes (its
text, font, colours, alignment). The first paint of a key has Qt's own delegate draw
the cell on the view and copies its pixels from the image the view paints into (where
the cell lies whole in what the paint may touch; else it draws the cell into a pixmap
of its own, which costs about twice as much); later paints of the same key, in whatever
row, copy it. The
row's state (selected, alternate, focus, window active) and the cell's size are part
of the key, and a palette, font or style change empties the cache, so a cached cell
looks exactly like a freshly drawn one. A model without `cell_key`, a cell whose key
is None, and every cell on a screen scaled by a fraction (125 %, 150 %: cells start
between pixels) are drawn by Qt as before.

One cache serves every view, bounded in bytes (`CACHE_BYTES`): the clock columns
change every second, and the oldest looks are dropped first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect
from PySide6.QtGui import QBrush, QImage, QPainter, QPalette, QPixmap, QRegion, QTransform
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

#: The most the cached cells may take (bytes of pixels, all views together).
CACHE_BYTES = 8 * 1024 * 1024
_RESTYLE = (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange,
            QEvent.Type.ApplicationPaletteChange, QEvent.Type.ApplicationFontChange,
            QEvent.Type.LayoutDirectionChange, QEvent.Type.LocaleChange)
_ACTIVE = QStyle.StateFlag.State_Active.value
_ENABLED = QStyle.StateFlag.State_Enabled.value


class CellKeys(Protocol):
    """A model whose cells say, in one value, everything that decides their look."""

    def cell_key(self, row: int, column: int) -> Hashable | None: ...


class _Cache:
    """Pixmaps by look, least recently used dropped first once over `limit` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.bytes = 0
        self._items: OrderedDict[Hashable, QPixmap] = OrderedDict()

    def get(self, key: Hashable) -> QPixmap | None:
        pixmap = self._items.get(key)
        if pixmap is not None:
            self._items.move_to_end(key)
        return pixmap

    def put(self, key: Hashable, pixmap: QPixmap) -> None:
        self._items[key] = pixmap
        self.bytes += _size(pixmap)
        while self.bytes > self.limit and len(self._items) > 1:
            _old_key, old = self._items.popitem(last=False)
            self.bytes -= _size(old)

    def drop_view(self, view_id: int) -> None:
        for key in [k for k in self._items if isinstance(k, tuple) and k[0] == view_id]:
            self.bytes -= _size(self._items.pop(key))

    def holds_view(self, view_id: int) -> bool:
        return any(isinstance(k, tuple) and k[0] == view_id for k in self._items)

    def __len__(self) -> int:
        return len(self._items)


def brush_key(brush: QBrush | None) -> int | None:
    """A brush's part of a cell key: its colour (the models' brushes are plain colours)."""
    return None if brush is None else brush.color().rgba()


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


CACHE = _Cache(CACHE_BYTES)


class CachedCellDelegate(QStyledItemDelegate):
    """Qt's item delegate with its cells' pixels kept (see the module's text)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._view_id = id(view)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        # A later view may get the same id(): it must not find this one's pixels.
        view_id = self._view_id
        view.destroyed.connect(lambda _obj=None: CACHE.drop_view(view_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RESTYLE:
            CACHE.drop_view(self._view_id)
        return False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell_key = getattr(index.model(), "cell_key", None)
        key = cell_key(index.row(), index.column()) if cell_key is not None else None
        ratio = painter.device().devicePixelRatioF()
        if key is None or not ratio.is_integer():
            # At 125 % or 150 % a cell starts between two pixels: Qt draws its text
            # there, a copy could only land on a whole pixel.
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        state = option.state.value
        look = (self._view_id, key, state, option.features.value,
                rect.width(), rect.height(), ratio)
        pixmap = CACHE.get(look)
        if pixmap is not None:
            painter.drawPixmap(rect, pixmap)
            return
        source = _drawn_area(painter, rect)
        if source is None:
            pixmap = self._draw(painter, option, index, rect, state)
            CACHE.put(look, pixmap)
            painter.drawPixmap(rect, pixmap)
            return
        super().paint(painter, option, index)
        image, area = source
        pixmap = QPixmap.fromImage(image.copy(area))
        pixmap.setDevicePixelRatio(ratio)
        CACHE.put(look, pixmap)

    def _draw(self, painter: QPainter, option: QStyleOptionViewItem, index: Index,
              rect: QRect, state: int) -> QPixmap:
        """The cell as Qt draws it, on the view's own background, in a pixmap."""
        ratio = painter.device().devicePixelRatioF()
        pixmap = QPixmap(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        group = (QPalette.ColorGroup.Disabled if not state & _ENABLED
                 else QPalette.ColorGroup.Active if state & _ACTIVE
                 else QPalette.ColorGroup.Inactive)
        palette: QPalette = option.palette
        pixmap.fill(palette.color(group, QPalette.ColorRole.Base))
        local = QStyleOptionViewItem(option)
        local.rect = QRect(0, 0, rect.width(), rect.height())
        cell_painter = QPainter(pixmap)
        cell_painter.setRenderHints(painter.renderHints())
        cell_painter.setFont(painter.font())
        try:
            # What the view draws under each cell before its delegate: the alternate
            # rows' colour (QTableView's drawCell), then the cell itself.
            self._view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow,
                                             local, cell_painter, self._view)
            super().paint(cell_painter, local, index)
        finally:
            cell_painter.end()
        return pixmap


def _drawn_area(painter: QPainter, rect: QRect) -> tuple[QImage, QRect] | None:
    """The image the view paints into and the cell's area in it, when what Qt draws
    there is exactly the cell: a plain image, a move and a whole scale only, and the
    cell whole inside what this paint may touch. None otherwise."""
    engine = painter.paintEngine()
    image = engine.paintDevice() if engine is not None else None
    if not isinstance(image, QImage) or painter.hasClipping():
        return None
    transform = painter.deviceTransform()
    if transform.type().value > QTransform.TransformationType.TxScale.value:
        return None
    area = transform.mapRect(rect)
    if not QRect(QPoint(0, 0), image.size()).contains(area):
        return None
    touched = engine.systemClip()
    if not touched.isEmpty() and not QRegion(area).subtracted(touched).isEmpty():
        return None
    return image, area


def cache_cells(view: QAbstractItemView) -> CachedCellDelegate:
    """Give `view` the caching delegate (its model should offer `cell_key`)."""
    delegate = CachedCellDelegate(view)
    view.setItemDelegate(delegate)
    return delegate


__all__ = ["CACHE", "CACHE_BYTES", "CachedCellDelegate", "CellKeys", "brush_key", "cache_cells"]

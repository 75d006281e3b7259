"""An order drawn as a large card, readable from two metres.

    ┃ VIP1     龙井×2、矿泉水                     2:41 ┃
    ┃ 王先生   Fill to 80% 龙井 · 70% 矿泉水    [Due soon] ┃

The stripe, the time and the word carry the timer state (green in time,
amber due soon, red late); a late card's background alternates while the
window's flash phase is on, so a muted bar still sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.bar import TimerState
from .model import Role

Index = QModelIndex | QPersistentModelIndex
CARD_HEIGHT = 124


@dataclass(frozen=True)
class Palette:
    stripe: str
    background: str
    time: str
    pill_bg: str
    pill_text: str


PALETTES = {
    TimerState.IN_TIME: Palette("#12b76a", "#ffffff", "#067647", "#dcfae6", "#067647"),
    TimerState.AMBER: Palette("#f79009", "#fffaeb", "#b54708", "#dc6803", "#ffffff"),
    TimerState.LATE: Palette("#d92d20", "#fef3f2", "#b42318", "#d92d20", "#ffffff"),
}
FLASH_BACKGROUND = "#fda29b"
SELECTED_BORDER = "#1570ef"
BORDER = "#d0d5dd"
INK = "#101828"
SOFT_INK = "#344054"
NOTE_INK = "#475467"


def font(pixels: int, bold: bool = False) -> QFont:
    f = QFont(QApplication.font())
    f.setPixelSize(pixels)
    f.setBold(bold)
    return f


class OrderCardDelegate(QStyledItemDelegate):
    def __init__(self, flash_on: Callable[[], bool], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.flash_on = flash_on

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(max(option.rect.width(), 600), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = TimerState(index.data(Role.STATE))
        colours = PALETTES[state]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        flashing = bool(index.data(Role.FLASH)) and self.flash_on()
        rect = QRect(option.rect).adjusted(4, 6, -4, -6)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QPainterPath()
        card.addRoundedRect(QRectF(rect), 14, 14)
        painter.fillPath(card, QColor(FLASH_BACKGROUND if flashing else colours.background))
        painter.save()
        painter.setClipPath(card)
        painter.fillRect(QRect(rect.left(), rect.top(), 14, rect.height()), QColor(colours.stripe))
        painter.restore()
        border = QPen(QColor(SELECTED_BORDER if selected else BORDER), 4 if selected else 1)
        painter.setPen(border)
        painter.drawPath(card)

        inner = rect.adjusted(34, 12, -22, -12)
        top = QRect(inner.left(), inner.top(), inner.width(), inner.height() * 55 // 100)
        bottom = QRect(inner.left(), top.bottom(), inner.width(), inner.bottom() - top.bottom())

        # Right: the elapsed time, always as text, and the state's word on a pill.
        right_width = 220
        time_rect = QRect(inner.right() - right_width, top.top(), right_width, top.height())
        painter.setFont(font(44, bold=True))
        painter.setPen(QColor(colours.time))
        painter.drawText(time_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(index.data(Role.ELAPSED)))
        word = str(index.data(Role.STATE_TEXT))
        pill_font = font(20, bold=True)
        pill_width = QFontMetrics(pill_font).horizontalAdvance(word) + 32
        pill = QRectF(inner.right() - pill_width, bottom.top() + 4, pill_width,
                      min(36, bottom.height() - 4))
        path = QPainterPath()
        path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.fillPath(path, QColor(colours.pill_bg))
        painter.setFont(pill_font)
        painter.setPen(QColor(colours.pill_text))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, word)

        # Left: the place, large, and the guest (surname + honorific) under it.
        place_width = 190
        painter.setFont(font(36, bold=True))
        painter.setPen(QColor(INK))
        place_rect = QRect(inner.left(), top.top(), place_width, top.height())
        painter.drawText(place_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._elided(str(index.data(Role.PLACE)), font(36, True), place_width))
        painter.setFont(font(24))
        painter.setPen(QColor(SOFT_INK))
        guest_rect = QRect(inner.left(), bottom.top(), place_width, bottom.height())
        painter.drawText(guest_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._elided(str(index.data(Role.GUEST)), font(24), place_width))

        # Middle: the drinks, and how full to pour them (tea 80%, others 70%).
        left = inner.left() + place_width + 16
        middle_width = inner.right() - right_width - 16 - left
        drinks_font = font(32, bold=True)
        painter.setFont(drinks_font)
        painter.setPen(QColor(INK))
        painter.drawText(QRect(left, top.top(), middle_width, top.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._elided(str(index.data(Role.DRINKS)), drinks_font, middle_width))
        note = str(index.data(Role.FILL))
        tag = str(index.data(Role.TAG) or "")
        if tag:
            note = f"{note}   ·   {tag}" if note else tag
        note_font = font(21)
        painter.setFont(note_font)
        painter.setPen(QColor(NOTE_INK))
        painter.drawText(QRect(left, bottom.top(), middle_width, bottom.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._elided(note, note_font, middle_width))
        painter.restore()

    @staticmethod
    def _elided(text: str, f: QFont, width: int) -> str:
        return QFontMetrics(f).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 10))

"""The notice area: arrival banners and reminders, stacked in one corner of a window.

Every window has at most one :class:`NoticeArea`, an overlay that holds the notices
(cards) on top of each other: the arrival notice the gate greeter radios
("预约客户王先生到访，3位" with the description, for a few seconds, with a chime) and
the reminders (the 18:50 closing count, ui/stock/reminder.py). Each card has a close
button; **Esc** closes the newest one. Nothing here ever takes the keyboard, so
nobody typing loses a keystroke.

The area sits in the first corner of its window (bottom right, then bottom left, top
left, top right) where it covers none of the widgets that must stay in view — on the
desk the rotation's up and on-deck cards and its queue — nor the field the person is
typing in. It moves when the window is resized, the focus moves or a dock moves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.events import PARTIES, Event
from ..domain.party import VisitKind
from ..domain.records import PartyRecord
from ..services.context import Services
from .events import EventBridge
from .prefs import make_prefs, sound_enabled
from .sound import make_sound_effect
from .text import record_name

if TYPE_CHECKING:  # optional at run time (see .sound)
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

#: Cards shown at once; the oldest goes when one more comes.
MAX_CARDS = 4
#: Distance from the window's edges.
MARGIN = 16
#: The cards' width: a quarter of the window, within these bounds.
MIN_WIDTH = 320
MAX_WIDTH = 420

STYLE = """
QFrame[notice="true"] {
    background: #1d2939; border-radius: 10px; border-left: 6px solid #f79009;
}
QFrame#closingReminder { border-left: 6px solid #2e90fa; }
QFrame[notice="true"] QLabel { color: #ffffff; font-size: 14px; background: transparent; }
QFrame[notice="true"] QLabel#noticeTitle { font-size: 16px; font-weight: 700; }
QFrame[notice="true"] QLabel#arrivalNoticeText { font-size: 17px; font-weight: 600; }
QToolButton#noticeClose {
    color: #d0d5dd; background: transparent; border: none; font-size: 16px; padding: 0 4px;
}
QToolButton#noticeClose:hover { color: #ffffff; }
QFrame[notice="true"] QPushButton {
    font-size: 14px; font-weight: 400; min-height: 0; min-width: 0; padding: 6px 14px;
    background: #ffffff; color: #344054; border: 1px solid #d0d5dd; border-radius: 6px;
}
"""

Corner = Qt.Corner
CardT = TypeVar("CardT", bound="NoticeCard")
DEFAULT_CORNERS = (Corner.BottomRightCorner, Corner.BottomLeftCorner, Corner.TopLeftCorner,
                   Corner.TopRightCorner)
_EDITABLE = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def announcement(record: PartyRecord) -> str:
    translate = QCoreApplication.translate
    # Every window announces every arrival, all day: the plain two-argument translate
    # (the soak run caught a crash inside the numerus form of this call), one text for
    # one person and one for several.
    if record.kind is VisitKind.APPOINTMENT:
        text = (translate("Notice", "Appointment customer %1 has arrived, 1 person")
                if record.size == 1 else
                translate("Notice", "Appointment customer %1 has arrived, %2 people"))
    else:
        text = (translate("Notice", "Walk-in customer %1 has arrived, 1 person")
                if record.size == 1 else
                translate("Notice", "Walk-in customer %1 has arrived, %2 people"))
    text = text.replace("%1", record_name(record)).replace("%2", str(record.size))
    if record.returning:
        text += translate("Notice", " · returning customer")
    if record.description:
        text += f"\n{record.description}"
    return text


class NoticeCard(QFrame):
    """One notice: an optional title, its text, optional buttons and a close button.

    ``seconds`` > 0 closes it by itself after that long. Closing (button, Esc, the
    timer or :meth:`dismiss`) hides it, emits ``dismissed`` and deletes it.
    """

    dismissed = Signal()
    #: Kept by its area once closed and shown again for the next notice of its kind
    #: (an arrival every few minutes all day: no new widget to build and style each).
    REUSABLE = False

    def __init__(self, name: str, text: str, title: str = "", seconds: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("notice", True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.title = QLabel(title)
        self.title.setObjectName("noticeTitle")
        self.title.setVisible(bool(title))
        self.label = QLabel(text)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setObjectName("noticeClose")
        self.close_button.setText("✕")
        self.close_button.setToolTip(QCoreApplication.translate("Notice", "Close (Esc)"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        self.body.addWidget(self.title)
        self.body.addWidget(self.label)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 8, 12)
        row.addLayout(self.body, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        for child in (self.title, self.label):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        if seconds > 0:
            self._timer.start(seconds * 1000)
        self._closed = False

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def reopen(self, text: str, seconds: int) -> None:
        """A closed reusable card, open again with a new text."""
        self.set_text(text)
        self._closed = False
        if seconds > 0:
            self._timer.start(seconds * 1000)

    def dismiss(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self.hide()
        self.dismissed.emit()
        if not self.REUSABLE:
            self.deleteLater()  # a reusable one is kept or deleted by its area

    def is_closed(self) -> bool:
        return self._closed


class NoticeArea(QWidget):
    """The stack of notice cards of one window, placed clear of what must stay in view."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("noticeArea")
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.corners: tuple[Qt.Corner, ...] = DEFAULT_CORNERS
        #: Widgets the area never covers (when visible), asked at every placement.
        self.keep_clear: Callable[[], list[QWidget]] = list
        #: The widget along the window's bottom the area stays above (default: the status
        #: bar of a main window).
        self.footer: Callable[[], QWidget | None] = lambda: None
        self._cards: list[NoticeCard] = []
        #: Closed reusable cards, hidden, ready for the next notice of their kind.
        self._spare: list[NoticeCard] = []
        self.stack = QVBoxLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.setSpacing(8)
        self.close_newest = QAction(self)
        self.close_newest.setObjectName("closeNewestNotice")
        self.close_newest.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_newest.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_newest.setEnabled(False)
        self.close_newest.triggered.connect(self.dismiss_newest)
        window.addAction(self.close_newest)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.place)
        self._watch = _PlaceWatch(self, window)
        self.hide()

    # -- the cards -----------------------------------------------------------------------
    def add(self, card: NoticeCard) -> NoticeCard:
        """Show ``card`` on top of the stack (the oldest goes beyond MAX_CARDS)."""
        if card in self._cards:
            self._cards.remove(card)
            self.stack.removeWidget(card)
        elif card in self._spare:
            self._spare.remove(card)
        else:
            card.dismissed.connect(lambda c=card: self._forget(c))
        self._cards.append(card)
        self.stack.addWidget(card)
        card.show()
        while len(self._cards) > MAX_CARDS:
            self._cards[0].dismiss()
        self._update()
        return card

    def spare(self, kind: type[CardT]) -> CardT | None:
        """A closed card of `kind` to show again (reopen, then add), if one is kept."""
        for card in self._spare:
            if type(card) is kind:
                self._spare.remove(card)
                return card
        return None

    def cards(self) -> list[NoticeCard]:
        """The cards shown, oldest first."""
        return [c for c in self._cards if not c.is_closed()]

    def dismiss_newest(self) -> None:
        if self._cards:
            self._cards[-1].dismiss()

    def dismiss_all(self) -> None:
        for card in list(self._cards):
            card.dismiss()

    def _forget(self, card: NoticeCard) -> None:
        if card in self._cards:
            self._cards.remove(card)
            self.stack.removeWidget(card)
            if card.REUSABLE:
                if len(self._spare) < MAX_CARDS:
                    self._spare.append(card)
                else:
                    card.deleteLater()
        self._update()

    def _update(self) -> None:
        self.close_newest.setEnabled(bool(self._cards))
        if not self._cards:
            self.hide()
            return
        self.show()
        self.raise_()
        self.place()

    # -- where -------------------------------------------------------------------------
    def place_soon(self) -> None:
        """Place the area once the window's layout has settled (docks moved or resized)."""
        if self._cards:
            self._soon.start()

    def place(self) -> None:
        """Size the stack and put it in the first corner that covers nothing to keep
        clear (or, if every corner does, the one that covers least)."""
        window = self.parentWidget()
        if window is None or not self._cards:
            return
        width = min(MAX_WIDTH, max(MIN_WIDTH, window.width() // 4))
        self.setFixedWidth(width)
        self.stack.activate()
        height = self.stack.totalHeightForWidth(width)
        if height <= 0:
            height = self.stack.sizeHint().height()
        self.setFixedHeight(height)
        clear = self._clear_rects(window)
        best: QRect | None = None
        best_overlap = -1
        for corner in self.corners:
            rect = self._rect_at(window, corner, width, height)
            overlap = sum(_area(rect.intersected(other)) for other in clear)
            if best is None or overlap < best_overlap:
                best, best_overlap = rect, overlap
            if overlap == 0:
                break
        assert best is not None
        self.move(best.topLeft())
        self.raise_()

    def _rect_at(self, window: QWidget, corner: Qt.Corner, width: int, height: int) -> QRect:
        top, bottom = MARGIN, window.height() - MARGIN
        if isinstance(window, QMainWindow):
            menu = window.menuWidget()
            if menu is not None and menu.isVisible():
                top += menu.geometry().bottom() + 1
        footer = self.footer() or next(
            (c for c in window.children() if isinstance(c, QStatusBar)), None)
        if footer is not None and footer.isVisible():
            bottom = footer.mapTo(window, QPoint(0, 0)).y() - MARGIN
        left = MARGIN
        right = window.width() - MARGIN
        x = left if corner in (Corner.TopLeftCorner, Corner.BottomLeftCorner) else right - width
        y = top if corner in (Corner.TopLeftCorner, Corner.TopRightCorner) else bottom - height
        return QRect(max(0, x), max(0, y), width, height)

    def _clear_rects(self, window: QWidget) -> list[QRect]:
        widgets = [w for w in self.keep_clear() if w.isVisible() and w.window() is window]
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is window and _is_typing_field(focus):
            widgets.append(focus)
        return [QRect(w.mapTo(window, QPoint(0, 0)), w.size()) for w in widgets]


def _is_typing_field(widget: QWidget) -> bool:
    if isinstance(widget, _EDITABLE):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return isinstance(widget, QComboBox) and widget.isEditable()


def _area(rect: QRect) -> int:
    return 0 if rect.isEmpty() else rect.width() * rect.height()


class _PlaceWatch(QObject):
    """Places the area again when its window is resized or the focus moves."""

    def __init__(self, area: NoticeArea, window: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self._window = window
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self._area.place()
            self._area.place_soon()
        return False

    def _on_focus(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._area.isVisible():
            self._area.place()


def bar_window_notices(area: NoticeArea, bar: QWidget) -> NoticeArea:
    """In the bar window the notices keep clear of the orders and stay above the key
    hints along the bottom (they sit over the refill rounds, bottom right)."""
    orders, keys = getattr(bar, "view", None), getattr(bar, "keys", None)
    area.keep_clear = lambda: [w for w in (orders,) if isinstance(w, QWidget)]
    area.footer = lambda: keys if isinstance(keys, QWidget) else None
    return area


def notice_area(window: QWidget) -> NoticeArea:
    """The window's notice area, made on first use."""
    for child in window.children():
        if isinstance(child, NoticeArea):
            return child
    return NoticeArea(window)


class ArrivalNotice(NoticeCard):
    """预约客户王先生到访，3位: closes itself after the setting's seconds."""

    REUSABLE = True

    def __init__(self, text: str, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__("arrivalNotice", text, seconds=seconds, parent=parent)


class Announcer(QObject):
    """Turns "registered" events (local or from another PC) into notices and a chime."""

    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.areas: list[NoticeArea] = []
        self.last_text = ""
        #: The chime, made at the first arrival to announce: QtMultimedia and the
        #: audio devices load then, not at start-up (None: cannot be heard).
        self._sound: QSoundEffect | None = None
        self._sound_made = False
        bridge.changed.connect(self._on_event)

    def attach(self, window: QWidget) -> NoticeArea:
        area = notice_area(window)
        if area not in self.areas:
            self.areas.append(area)
            area.destroyed.connect(lambda *_: self._forget(area))
        return area

    def _forget(self, area: NoticeArea) -> None:
        if area in self.areas:
            self.areas.remove(area)

    def arrival_notices(self, window: QWidget) -> list[NoticeCard]:
        """The arrival cards shown in ``window``, oldest first."""
        return [c for c in notice_area(window).cards() if isinstance(c, ArrivalNotice)]

    def _on_event(self, event: Event) -> None:
        if event.topic != PARTIES or event.data.get("kind") != "registered":
            return
        arrivals = self.services.arrivals
        # Today's parties come from the day the board keeps (one read serves both).
        try:
            today = {r.id: r for r in arrivals.list_day(arrivals.today())}
        except Exception:
            log.exception("today's parties could not be read for the arrival notice")
            today = {}
        for party_id in event.ids:
            try:
                record = today.get(party_id) or arrivals.get(party_id)
            except Exception:
                log.exception("arrival %s vanished before it was announced", party_id)
                continue
            self.announce(record)

    def announce(self, record: PartyRecord) -> None:
        self.last_text = announcement(record)
        seconds = self.services.settings.current().arrival_notice_seconds
        for area in list(self.areas):
            card = area.spare(ArrivalNotice)
            if card is None:
                card = ArrivalNotice(self.last_text, seconds, area)
            else:
                card.reopen(self.last_text, seconds)
            area.add(card)
        if sound_enabled(make_prefs()):
            if not self._sound_made:
                self._sound_made = True
                self._sound = _make_sound(self)
            if self._sound is not None:
                self._sound.play()


def _make_sound(parent: QObject) -> QSoundEffect | None:
    """The arrival chime, or None where it cannot be heard (silent, never a crash)."""
    return make_sound_effect(parent, "arrival.wav", 0.6)

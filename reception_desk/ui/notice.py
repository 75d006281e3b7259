"""The arrival notice: what the gate greeter radios, shown in every open window.

"预约客户王先生到访，3位" with the description, for a few seconds, with a
chime. It is an overlay inside each window that never takes keyboard focus,
so nobody typing loses a keystroke.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ..domain.events import PARTIES, Event
from ..domain.party import VisitKind
from ..domain.records import PartyRecord
from ..services.context import Services
from .events import EventBridge
from .prefs import make_prefs, sound_enabled
from .sound import make_sound_effect
from .text import record_name

log = logging.getLogger(__name__)


def announcement(record: PartyRecord) -> str:
    translate = QCoreApplication.translate
    # Every window announces every arrival, all day: the plain two-argument translate
    # (the soak run caught a crash inside the numerus form of this call).
    if record.kind is VisitKind.APPOINTMENT:
        text = translate("Notice", "Appointment customer %1 has arrived, %2 person(s)")
    else:
        text = translate("Notice", "Walk-in customer %1 has arrived, %2 person(s)")
    text = text.replace("%1", record_name(record)).replace("%2", str(record.size))
    if record.returning:
        text += translate("Notice", " · returning customer")
    if record.description:
        text += f"\n{record.description}"
    return text


class NoticeOverlay(QFrame):
    """A banner in the top-right corner of its window; hides itself."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalNotice")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.label = QLabel(self)
        self.label.setObjectName("arrivalNoticeText")
        self.label.setWordWrap(True)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(self.label)
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.timeout.connect(self.hide)
        self.hide()

    def show_text(self, text: str, seconds: int) -> None:
        self.label.setText(text)
        parent = self.parentWidget()
        width = min(520, max(320, parent.width() // 3)) if parent else 420
        self.setFixedWidth(width)
        self.adjustSize()
        if parent is not None:
            self.move(parent.width() - self.width() - 24, 64)
        self.show()
        self.raise_()
        self._hide.start(seconds * 1000)


class Announcer(QObject):
    """Turns "registered" events (local or from another PC) into notices and a chime."""

    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.overlays: list[NoticeOverlay] = []
        self.last_text = ""
        #: The chime, made at the first arrival to announce: QtMultimedia and the
        #: audio devices load then, not at start-up (None: cannot be heard).
        self._sound: object | None = None
        self._sound_made = False
        bridge.changed.connect(self._on_event)

    def attach(self, window: QWidget) -> NoticeOverlay:
        overlay = NoticeOverlay(window)
        self.overlays.append(overlay)
        overlay.destroyed.connect(lambda *_: self._forget(overlay))
        return overlay

    def _forget(self, overlay: NoticeOverlay) -> None:
        if overlay in self.overlays:
            self.overlays.remove(overlay)

    def _on_event(self, event: Event) -> None:
        if event.topic != PARTIES or event.data.get("kind") != "registered":
            return
        for party_id in event.ids:
            try:
                record = self.services.arrivals.get(party_id)
            except Exception:
                log.exception("arrival %s vanished before it was announced", party_id)
                continue
            self.announce(record)

    def announce(self, record: PartyRecord) -> None:
        self.last_text = announcement(record)
        seconds = self.services.settings.current().arrival_notice_seconds
        for overlay in list(self.overlays):
            overlay.show_text(self.last_text, seconds)
        if sound_enabled(make_prefs()):
            if not self._sound_made:
                self._sound_made = True
                self._sound = _make_sound(self)
            if self._sound is not None:
                self._sound.play()


def _make_sound(parent: QObject) -> object | None:
    """The arrival chime, or None where it cannot be heard (silent, never a crash)."""
    return make_sound_effect(parent, "arrival.wav", 0.6)

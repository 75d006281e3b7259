"""The closing-count reminder (清点物耗): at 18:50 site time, once a day.

A timer looks at the services' clock every 20 seconds; :meth:`ClosingReminder.check`
does the work and takes the moment to judge, so a test moves a fake clock and
calls it. At or after the site's ``closing_count_time`` (default 18:50, in the
site's time zone) it shows a notice in every window it is given — the main
window and the bar window when open — unless today's count is already saved.
The notice is a card in the window's notice area (ui/notice.py), stacked with the
arrival notices and clear of the rotation; it never takes the keyboard and stays until
"Count now" (which opens the closing count), "Later", its close button or Esc; it
comes once per day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...domain.timeutil import as_utc
from ...services.context import Services
from ..notice import NoticeCard, notice_area

log = logging.getLogger(__name__)
CHECK_MS = 20_000


def closing_time(text: str) -> time:
    """"18:50" -> 18:50; a damaged value falls back to the procedures' 18:50."""
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        return time(18, 50)


class ReminderNotice(NoticeCard):
    """The closing-count card in the window's notice area: what to do, and two buttons
    ("Later" closes it, as its close button and Esc do)."""

    count_now = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("ReminderNotice", "Closing count")
        super().__init__("closingReminder", text, title=title, parent=parent)
        #: The reminder's words (the card's text label).
        self.text = self.label
        self.open_button = QPushButton(self.tr("Count now"))
        self.open_button.setObjectName("closingReminderOpen")
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setObjectName("closingReminderLater")
        for button in (self.open_button, self.later_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        self.later_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.open_button)
        self.body.addLayout(buttons)

    def _open(self) -> None:
        self.dismiss()
        self.count_now.emit()


class ClosingReminder(QObject):
    """Shows "清点物耗" at the closing-count time once a day, in the given windows."""

    fired = Signal(object)  # the local date

    def __init__(self, services: Services, windows: Callable[[], list[QWidget]],
                 open_count: Callable[[], object], parent: QObject | None = None,
                 interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.services = services
        self._windows = windows
        self._open_count = open_count
        self.notices: dict[int, ReminderNotice] = {}
        self.last_day: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        try:
            self.check(self.services.clock())
        except Exception:  # a reminder must never take the desk down
            log.exception("closing-count reminder check failed")

    def due_at(self) -> time:
        return closing_time(self.services.settings.current().closing_count_time)

    def check(self, now: datetime) -> bool:
        """Show the notice if ``now`` is at or after today's closing-count time, today's
        count is not saved and the notice has not come today. True when it fired."""
        settings = self.services.settings.current()
        local = as_utc(now).astimezone(settings.zone())
        today = local.date()
        if self.last_day == today or local.time().replace(tzinfo=None) < self.due_at():
            return False
        self.last_day = today
        if any(line.counted is not None for line in self.services.stock.day(today)):
            return False  # counted before the reminder: nothing to remind
        self.show_notices()
        self.fired.emit(today)
        return True

    def text(self) -> str:
        return self.tr("It is %1: count the bar's stock and save the closing count "
                       "(清点物耗). Report any shortage for purchase.").replace(
            "%1", self.services.settings.current().closing_count_time)

    def show_notices(self) -> None:
        """The card in each window's notice area (one per window, never two)."""
        text = self.text()
        for window in self._windows():
            key = id(window)
            notice = self.notices.get(key)
            if notice is not None and not notice.is_closed():
                notice.set_text(text)
                continue
            notice = ReminderNotice(text)
            notice.count_now.connect(self._count_now)
            self.notices[key] = notice
            notice.destroyed.connect(
                lambda *_a, k=key, n=notice: self._forget(k, n))
            notice_area(window).add(notice)

    def _forget(self, key: int, notice: ReminderNotice) -> None:
        if self.notices.get(key) is notice:
            del self.notices[key]

    def visible_notices(self) -> list[ReminderNotice]:
        return [n for n in self.notices.values() if n.isVisible()]

    def dismiss(self) -> None:
        for notice in list(self.notices.values()):
            notice.dismiss()

    def _count_now(self) -> None:
        self.dismiss()
        self._open_count()

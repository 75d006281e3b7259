"""The person signed in at this PC, and the idle timeout that signs them out.

The desk and bar windows are shared stations and open without a sign-in. A
manager may sign in at their own PC; after `signin_idle_minutes` without a key
or mouse input the sign-in ends. One `SignInSession` per QApplication:
`SignInSession.instance()`. The clock and the idle length are injectable, so
tests drive the timer (emit `timer.timeout`) without sleeping.

Input is watched on the top-level windows (`QWindow`), where the system delivers every
key and mouse event first, not on the whole application: an application-wide filter
is a Python call for every event Qt delivers to every widget (about 1,600 per action
on the desk), which cost more than the action's own work.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

from ...domain.roles import Actor

#: Input that counts as "someone is at the PC".
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})
_ATTRIBUTE = "_reception_desk_sign_in"
#: Set on a QWindow once the session watches it.
_WATCHED = "_reception_desk_idle_watch"


class SignInSession(QObject):
    """Who is signed in here; `changed` is emitted on sign-in and sign-out."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 idle_minutes: Callable[[], int] = lambda: 5,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._actor: Actor | None = None
        self._idle_minutes = self._default_idle_minutes = idle_minutes
        self._clock = clock
        self._last_input = clock()
        self._filtering = False
        #: Single shot; on timeout the idle time is checked against the clock.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check_idle)
        self.on_sign_out: Callable[[Actor], None] | None = None

    @classmethod
    def instance(cls) -> SignInSession:
        """The session of the running QApplication (created on first use)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("SignInSession needs a QApplication")
        session = getattr(app, _ATTRIBUTE, None)
        if session is None:
            session = cls(app)
            setattr(app, _ATTRIBUTE, session)
        return session

    def configure(self, idle_minutes: Callable[[], int] | None = None,
                  clock: Callable[[], float] | None = None,
                  on_sign_out: Callable[[Actor], None] | None = None) -> None:
        if idle_minutes is not None:
            self._idle_minutes = idle_minutes
        if clock is not None:
            self._clock = clock
        if on_sign_out is not None:
            self.on_sign_out = on_sign_out

    def release(self, *hooks: Callable[..., object]) -> None:
        """Forget the hooks a closing window configured: they read that window's
        database, which its desk disposes. A hook another window configured since stays."""
        if self._idle_minutes in hooks:
            self._idle_minutes = self._default_idle_minutes
        if self.on_sign_out in hooks:
            self.on_sign_out = None

    # -- state ---------------------------------------------------------------------------
    def actor(self) -> Actor | None:
        return self._actor

    def idle_seconds(self) -> float:
        return max(0.0, self._idle_minutes() * 60.0)

    def sign_in(self, actor: Actor) -> None:
        self._actor = actor
        self._last_input = self._clock()
        self._watch_input(True)
        self._schedule(self.idle_seconds())
        self.changed.emit()

    def sign_out(self) -> None:
        if self._actor is None:
            return
        gone, self._actor = self._actor, None
        self.timer.stop()
        self._watch_input(False)
        if self.on_sign_out is not None:
            self.on_sign_out(gone)
        self.changed.emit()

    # -- idle ----------------------------------------------------------------------------
    def note_input(self) -> None:
        """Someone used the keyboard or mouse: the idle time starts again."""
        self._last_input = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def _watch_input(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if not isinstance(app, QGuiApplication) or on == self._filtering:
            return
        if on:
            app.focusWindowChanged.connect(self._watch_windows)
            self._watch_windows()
        else:
            app.focusWindowChanged.disconnect(self._watch_windows)
            for window in QGuiApplication.topLevelWindows():
                if window.property(_WATCHED):
                    window.removeEventFilter(self)
                    window.setProperty(_WATCHED, False)
        self._filtering = on

    def _watch_windows(self, _focus: QWindow | None = None) -> None:
        """Watch every top-level window not watched yet (a dialog is one once it opens:
        it takes the focus, which calls this)."""
        for window in QGuiApplication.topLevelWindows():
            if not window.property(_WATCHED):
                window.installEventFilter(self)
                window.setProperty(_WATCHED, True)

    def _schedule(self, seconds: float) -> None:
        self.timer.start(max(1, int(seconds * 1000)))

    def _check_idle(self) -> None:
        if self._actor is None:
            return
        idle = self._clock() - self._last_input
        remaining = self.idle_seconds() - idle
        if remaining <= 0:
            self.sign_out()
        else:
            self._schedule(remaining)

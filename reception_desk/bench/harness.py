"""The real windows in this process, offscreen, and a clock on their repaints.

`DeskApp` opens the app as a start-up does (fonts, style, translations, main and bar
window) on a database file. `Repaints.after(action)` runs an action (a key press),
then processes events until the windows have stopped repainting, and returns the time
from the start of the action to the end of the last repaint: the moment the person
sees every open window up to date. Qt paints a window's dirty widgets when the window
handles its update request (the platform sends it a few milliseconds after the first
change, so several changes make one repaint), and the loop goes idle right after.

The clock watches the top-level windows only. An application-wide event filter would
be a Python call for each of the ~1,600 events an action delivers to widgets, and
would itself add milliseconds to what it measures.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

#: How long no window may repaint before an action counts as finished (not timed:
#: the time measured ends at the last repaint). An action's repaints follow each other
#: within the platform's wait before an update request (5 ms); the desk's periodic
#: repaints (the late-order flash every 500 ms, the clocks every second) come at random
#: moments, and a longer wait would count more of them as the action's.
QUIET_S = 0.012
#: Set on a window once the clock watches it.
WATCHED = "_bench_watched"


class Repaints(QObject):
    """Which windows repainted, when the last repaint ended, and when the loop is idle."""

    def __init__(self, qapp: QApplication) -> None:
        super().__init__()
        self.qapp = qapp
        self.painted: set[int] = set()
        self.idle = False
        self.last_paint: float | None = None
        self._painting = False
        dispatcher = QAbstractEventDispatcher.instance()
        assert dispatcher is not None
        dispatcher.aboutToBlock.connect(self._about_to_block)

    def watch_windows(self) -> None:
        """Watch the top-level windows open now (new dialogs included)."""
        for window in self.qapp.topLevelWidgets():
            if window.isVisible() and not window.property(WATCHED):
                window.installEventFilter(self)
                window.setProperty(WATCHED, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and isinstance(watched, QWidget):
            self.painted.add(id(watched))
            self._painting = True
        return False

    def _about_to_block(self) -> None:
        self.idle = True
        if self._painting:
            # The update request has been handled: that window's repaint is done.
            self._painting = False
            self.last_paint = time.perf_counter()

    def settle(self, timeout: float = 10.0) -> None:
        """Process events until the loop would block (everything posted is done)."""
        deadline = time.perf_counter() + timeout
        self.idle = False
        wake = QTimer()
        wake.setSingleShot(True)
        wake.start(int(timeout * 1000))
        while not self.idle and time.perf_counter() < deadline:
            self.qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        wake.stop()

    def after(self, action: Callable[[], object]) -> tuple[float, set[int]]:
        """Seconds from the action to the end of the last repaint it caused, and which
        windows repainted."""
        self.watch_windows()
        self.settle()
        self.painted = set()
        self.last_paint = None
        start = time.perf_counter()
        action()
        self.watch_windows()
        tick = QTimer()
        tick.start(5)
        deadline = start + 10.0
        while time.perf_counter() < deadline:
            self.qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            quiet_since = self.last_paint if self.last_paint is not None else start
            if not self._painting and time.perf_counter() - quiet_since > QUIET_S:
                break
        tick.stop()
        end = self.last_paint if self.last_paint is not None else time.perf_counter()
        return end - start, set(self.painted)

    def until(self, done: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not reach the expected state")
            self.qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _quiet(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen platform's notes; pass everything else on to stderr."""
    if "does not support" in message:
        return
    print(message, file=sys.stderr)


def open_desk(db_url: str, with_bar: bool = True):  # type: ignore[no-untyped-def]
    """(DeskApp, Repaints) on `db_url`, windows shown and painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..app import DeskApp, make_qapp, resume_collector
    from ..domain.roles import Actor
    from ..services.context import Services
    from ..startup import open_database
    from ..ui.accounts.session import SignInSession

    qInstallMessageHandler(_quiet)
    # As the app starts (__main__, app.resume_collector): no collection while the windows
    # are built, then what the start made is frozen; without this the bench would time
    # full passes over start-up objects the app never makes again.
    gc.disable()
    qapp, _lang = make_qapp("zh_CN")
    db, _ = open_database(db_url)
    desk = DeskApp(qapp, Services.open(db), "main", interactive=False)
    assert desk.main is not None
    desk.main.remember_layout = False
    if with_bar:
        desk.main.open_bar_window().remember_layout = False
    desk.show()
    repaints = Repaints(qapp)
    repaints.settle()
    resume_collector()
    SignInSession.instance().sign_in(Actor.system("bench"))
    return desk, repaints

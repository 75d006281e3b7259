"""The real windows in this process, offscreen, and a clock on their repaints.

`Desk` opens the app as a start-up does (fonts, style, translations, main and bar
window) on a database file. `Repaints.after(action)` runs an action (a key press),
then processes events until Qt is about to wait for new ones, and returns the time
from the start of the action to the last paint of any window: the moment the
person sees every open window up to date.
"""

from __future__ import annotations

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


class Repaints(QObject):
    """Records paint events per top-level window, and when the loop goes idle."""

    def __init__(self, qapp: QApplication) -> None:
        super().__init__()
        self.qapp = qapp
        self.last_paint: float | None = None
        self.painted: set[int] = set()
        self.idle = False
        qapp.installEventFilter(self)
        dispatcher = QAbstractEventDispatcher.instance()
        assert dispatcher is not None
        dispatcher.aboutToBlock.connect(self._about_to_block)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.last_paint = time.perf_counter()
            self.painted.add(id(watched.window()))
        return False

    def _about_to_block(self) -> None:
        self.idle = True

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
        """Seconds from the action to the last repaint it caused, and which windows."""
        self.settle()
        self.last_paint = None
        self.painted = set()
        start = time.perf_counter()
        action()
        self.settle()
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
    from ..app import DeskApp, make_qapp
    from ..domain.roles import Actor
    from ..services.context import Services
    from ..startup import open_database
    from ..ui.accounts.session import SignInSession

    qInstallMessageHandler(_quiet)
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
    SignInSession.instance().sign_in(Actor.system("bench"))
    return desk, repaints

"""Work the first paint does not need: done right after it, or when shown if sooner.

The main window's tabs behind the water bar (the reception requests, the hotline)
read their rows only once the window has been painted for the first time, so the
desk appears without waiting for lists nobody sees yet. A dock shown earlier (a
saved layout with that tab in front, a key that raises it) loads at once. The
start-up also turns the garbage collector back on here (see __main__.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget


class AfterFirstPaint(QObject):
    """Runs each added load once: when its dock becomes visible, or right after the
    first paint of `window`, whichever comes first."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pending: list[Callable[[], None]] = []
        self._done = False
        # The window's own events only (a filter on the application would see every
        # event of every widget while the desk is built): a window is painted first,
        # its children after it in the same pass.
        window.installEventFilter(self)

    def add(self, load: Callable[[], None], dock: QDockWidget | None = None) -> None:
        """Run `load` after the first paint, or when `dock` is shown if that is sooner."""
        self._pending.append(load)
        if dock is not None:
            dock.visibilityChanged.connect(
                lambda visible: self._load(load) if visible else None)

    def pending(self) -> int:
        """How many loads have not run yet."""
        return len(self._pending)

    def _load(self, load: Callable[[], None]) -> None:
        if load in self._pending:
            self._pending.remove(load)
            load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and watched is self._window \
                and event.type() == QEvent.Type.Paint:
            self._done = True
            self._window.removeEventFilter(self)
            # After the repaint under way (the children's too), from the event loop.
            QTimer.singleShot(0, self, self.run_all)
        return False

    def run_all(self) -> None:
        """Every load not run yet (also what a test calls instead of painting)."""
        while self._pending:
            self._pending.pop(0)()

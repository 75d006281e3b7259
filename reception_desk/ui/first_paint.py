"""Knowing when every window has been painted once (the start-up benchmark's probe).

`FirstPaint` watches the application's paint events and returns right after the
first complete repaint of every window it was given. The benchmark starts the
app with ``RECEPTION_DESK_EXIT_AFTER_PAINT`` set; a bare PySide6 window uses the
same probe, so both are measured the same way.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: Set to 1 to quit after the first paint of the windows asked for; ``both`` also
#: opens the bar window beside the main window.
EXIT_AFTER_PAINT = "RECEPTION_DESK_EXIT_AFTER_PAINT"
#: The line printed on stdout, followed by ``time.monotonic()`` (system-wide on Linux)
#: and the peak resident memory in kB.
MARK = "first-paint"


class FirstPaint(QObject):
    """Wait until each of `windows` has received a paint event."""

    def __init__(self, qapp: QApplication, windows: list[QWidget]) -> None:
        super().__init__()
        self.qapp = qapp
        self.waiting = {id(w): w for w in windows}
        self.painted_at: float | None = None
        qapp.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.waiting and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.waiting.pop(id(watched.window()), None)
            if not self.waiting:
                # After the repaint under way: children paint in the same backing-store sync.
                QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted_at = time.monotonic()
        self.qapp.removeEventFilter(self)

    def wait(self) -> float:
        """Process events until painted; the monotonic time of the paint.

        No nested ``exec()``: like ``--screenshot``, the caller closes the windows next.
        """
        while self.painted_at is None:
            self.qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return self.painted_at


def peak_rss_kb() -> int:
    """This process's peak resident set since exec (``VmHWM``; 0 where unknown)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def report(painted_at: float) -> None:
    """The probe's line: the paint's monotonic time and the peak memory so far in kB."""
    print(f"{MARK} {painted_at:.6f} {peak_rss_kb()}", flush=True)

"""The daily retention run of the window: at start-up, then checked every hour.

`PrivacyService.run_daily` does the work and decides whether today's run was
already made (by this PC or another one of the site), so the check is cheap and
the run happens once a day. On a three-year database the first run takes seconds,
so it runs in a worker thread; its result comes back to the Qt thread, which then
publishes the change. A failure (database gone, disk full) is logged and tried
again at the next check; the desk is never interrupted.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...domain.errors import DomainError
from ...services.context import Services
from ...services.privacy import RetentionResult

log = logging.getLogger(__name__)

CHECK_MS = 60 * 60 * 1000
#: The first run waits for the window to be up.
FIRST_MS = 5 * 1000


class DailyRetention(QObject):
    #: The RetentionResult of a run made (not emitted when today's run was done before).
    ran = Signal(object)
    #: Every check that ended: the RetentionResult, None (already done) or the failure.
    checked = Signal(object)
    #: From the worker thread to this object's thread.
    _finished = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._thread: threading.Thread | None = None
        #: From starting a check until its result is handled on this thread.
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.run_if_due)
        self._finished.connect(self._on_finished)

    def start(self, first_ms: int = FIRST_MS) -> None:
        self._timer.start()
        QTimer.singleShot(first_ms, self, self.run_if_due)

    def stop(self) -> None:
        self._timer.stop()

    def busy(self) -> bool:
        return self._running

    def run_if_due(self) -> bool:
        """Start a check in a worker thread; False when one is still running."""
        if self.busy():
            return False
        self._running = True
        self._thread = threading.Thread(target=self._work, name="daily-retention",
                                        daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float = 30.0) -> None:
        """Let a running check finish (closing the app)."""
        self.stop()
        if self._thread is not None:
            self._thread.join(timeout)

    def _work(self) -> None:
        try:
            result: object = self.services.privacy.run_daily(publish=False)
        except (DomainError, OSError) as exc:
            log.warning("daily retention run failed: %s", exc)
            result = exc
        except Exception as exc:  # a store error: the desk keeps working; tried at the next check
            log.exception("daily retention run failed")
            result = exc
        self._finished.emit(result)

    def _on_finished(self, result: object) -> None:
        self._running = False
        if isinstance(result, RetentionResult):
            log.info("daily retention run: %s", result.detail())
            self.services.privacy.announce(result)
            self.ran.emit(result)
        self.checked.emit(result)


def start_daily_retention(services: Services, parent: QObject) -> DailyRetention:
    """Start the daily run (real starts only: tests start it themselves)."""
    retention = DailyRetention(services, parent)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(retention.wait)  # a run in progress finishes its commit
    retention.start()
    return retention

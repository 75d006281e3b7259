"""The daily retention run of the window: at start-up, then checked every hour.

`PrivacyService.run_daily` does the work and decides whether today's run was
already made (by this PC or another one of the site), so the check is cheap and
the run happens once a day. A failure (database gone, disk full) is logged and
tried again at the next check; the desk is never interrupted.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

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

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.run_if_due)

    def start(self, first_ms: int = FIRST_MS) -> None:
        self._timer.start()
        QTimer.singleShot(first_ms, self, self.run_if_due)

    def stop(self) -> None:
        self._timer.stop()

    def run_if_due(self) -> RetentionResult | None:
        try:
            result = self.services.privacy.run_daily()
        except (DomainError, OSError) as exc:
            log.warning("daily retention run failed: %s", exc)
            return None
        except Exception:  # a store error: the desk keeps working; tried at the next check
            log.exception("daily retention run failed")
            return None
        if result is not None:
            log.info("daily retention run: %s", result.detail())
            self.ran.emit(result)
        return result


def start_daily_retention(services: Services, parent: QObject) -> DailyRetention:
    """Start the daily run (real starts only: tests start it themselves)."""
    retention = DailyRetention(services, parent)
    retention.start()
    return retention

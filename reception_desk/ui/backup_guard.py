"""The daily backup of the window: made in a worker thread, never blocking the desk.

At start and then every half hour it checks whether today's copy exists in the
backup folder (site setting); if not, a Python thread makes it with SQLite's
online backup API (`services.backup`) and prunes the old ones. The
result comes back through a Qt signal. A failure (disk full, share gone) shows a
banner in the status bar and is tried again ten minutes later; the banner goes
away when a copy succeeds. PostgreSQL and in-memory databases are skipped (the
server's own backups, or `reception-desk backup`, cover them).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from ..cli_messages import store_error_text
from ..services.backup import BackupFailed, BackupService, DailyCopy, DailyResult
from ..services.context import Services
from .prefs import make_prefs

log = logging.getLogger(__name__)

#: QSettings key: the folder of the last good copy, for the recovery dialog
#: (it cannot read the site settings from a database it refuses).
LAST_FOLDER = "backup/last_folder"
CHECK_MS = 30 * 60 * 1000
RETRY_MS = 10 * 60 * 1000


class DailyBackup(QObject):
    """Keeps one copy a day; `banner` shows while the last attempt failed."""

    #: DailyResult, or the failure's text (emitted from the worker thread).
    finished = Signal(object)

    def __init__(self, services: Services, window: QMainWindow | None, language: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.failure = ""
        self.last: DailyResult | None = None
        self._thread: threading.Thread | None = None
        self.banner = QLabel()
        self.banner.setObjectName("backupBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#backupBanner { background: #fde68a; color: #7c2d12;"
                                  " padding: 2px 8px; font-weight: bold; }")
        self.banner.hide()
        if window is not None:
            window.statusBar().addWidget(self.banner, 2)
        self.finished.connect(self._on_finished)
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        self._check.timeout.connect(self.run_if_due)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.run_if_due)

    def start(self) -> None:
        self._check.start()
        self.run_if_due()

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def run_if_due(self) -> bool:
        """Start today's copy in a worker thread if it is missing; True if started."""
        if self.busy():
            return False
        copy = self.services.backup.daily_due()
        if copy is None:
            return False
        self._thread = threading.Thread(target=self._work, args=(copy,),
                                        name="daily-backup", daemon=True)
        self._thread.start()
        return True

    def _work(self, copy: DailyCopy) -> None:
        try:
            result = BackupService.make_daily(copy)
        except BackupFailed as exc:
            log.warning("daily backup failed: %s", exc)
            self.finished.emit(str(exc))
        except Exception as exc:  # never let a backup take the desk down
            log.exception("daily backup failed")
            self.finished.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)

    def _on_finished(self, outcome: object) -> None:
        if isinstance(outcome, DailyResult):
            self.last = outcome
            self.failure = ""
            self.banner.hide()
            if outcome.made is not None:
                log.info("daily backup %s (pruned %d)", outcome.made, len(outcome.pruned))
                make_prefs().setValue(LAST_FOLDER, str(outcome.made.parent))
            return
        self.failure = store_error_text(str(outcome), self.language)
        self.banner.setText(self.tr("Backup failed (%1). Trying again in 10 minutes; "
                                    "the desk works as usual.").replace("%1", self.failure))
        self.banner.show()
        self._retry.start()

    def wait(self, timeout: float = 30.0) -> None:
        """Let a running copy finish (closing the app)."""
        self._check.stop()
        self._retry.stop()
        if self._thread is not None:
            self._thread.join(timeout)

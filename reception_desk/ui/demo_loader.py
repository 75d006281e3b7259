"""Filling an empty database with demo data in a worker, with a progress dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..domain.errors import DomainError
from ..domain.events import EVERYTHING, Event
from ..services.context import Services
from .text import message

log = logging.getLogger(__name__)
DEMO_DAYS = 14


class _DemoWorker(QObject):
    progress = Signal(int, int)
    finished = Signal()
    failed = Signal(str)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services

    @Slot()
    def run(self) -> None:
        from ..demo.fill import fill_demo

        try:
            fill_demo(self.services, days=DEMO_DAYS, force=False,
                      progress=lambda done, total: self.progress.emit(done, total))
        except DomainError as exc:
            self.failed.emit(message(exc))
        except Exception as exc:  # logged in full; the person is told in one line
            log.exception("demo data failed")
            self.failed.emit(str(exc))
        else:
            self.finished.emit()


class DemoLoader(QObject):
    """Runs fill_demo off the Qt thread; the board refreshes when it is done."""

    done = Signal(bool)

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.window = parent
        self.dialog = QProgressDialog(self.tr("Writing demo data…"), "", 0, 0, parent)
        self.dialog.setCancelButton(None)
        self.dialog.setMinimumDuration(300)
        self.worker_thread = QThread(self)
        self.worker = _DemoWorker(services)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self.worker_thread.quit)
        self.worker.failed.connect(self.worker_thread.quit)

    def start(self) -> None:
        self.worker_thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)

    def _on_finished(self) -> None:
        self.dialog.reset()
        # The worker's own events were published off the Qt thread; refresh here.
        self.services.bus.publish(Event(EVERYTHING))
        self.done.emit(True)

    def _on_failed(self, text: str) -> None:
        self.dialog.reset()
        QMessageBox.warning(self.window, self.tr("Demo data"), text)
        self.done.emit(False)

    def wait(self) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait(10000)

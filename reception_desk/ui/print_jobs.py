"""Batch printing off the Qt thread: build many sheets with progress and cancel.

The caller supplies ``build(progress) -> bytes`` (typically a lambda around
``printing.request_sheets.build_batch_pdf(..., progress=progress)``); it runs on a
worker ``QThread`` while a progress dialog shows "sheet N of M" with a Cancel
button. Cancelling makes the next ``progress`` call raise :class:`Cancelled`,
which stops ReportLab mid-document.

    pdf = run_batch(self, lambda progress: build_batch_pdf(records, kinds, site,
                    now, zone, progress=progress), self.tr("Print requests"))
    if pdf is not None:
        PrintPreviewDialog(pdf, title, "requests.pdf", self).open()

:class:`BatchPrintJob` is the non-blocking form (signals ``finished(bytes)``,
``cancelled()``, ``failed(str)``); :func:`run_batch` waits for it in a local
event loop (the window stays responsive) and returns the PDF or ``None``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..domain.errors import DomainError
from .text import message

#: Reports (sheets done, sheets in all); may raise :class:`Cancelled`.
Progress = Callable[[int, int], None]
Build = Callable[[Progress], bytes]

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the build when the user pressed Cancel."""


class BatchWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(bytes)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, build: Build) -> None:
        super().__init__()
        self.build = build
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the build stops at its next progress report."""
        self._stop.set()

    def _report(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled
        self.progress.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            pdf = self.build(self._report)
        except Cancelled:
            self.cancelled.emit()
        except DomainError as exc:
            self.failed.emit(message(exc))
        except Exception as exc:  # shown to the user, logged in full
            log.exception("batch print failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.finished.emit(pdf)


class BatchPrintJob(QObject):
    """One batch on its own thread, with a progress dialog over ``parent``."""

    progress = Signal(int, int)
    finished = Signal(bytes)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, build: Build, title: str) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.worker_thread = QThread(self)
        self.worker = BatchWorker(build)
        self.worker.moveToThread(self.worker_thread)
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(self.tr("Preparing the sheets…"))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setRange(0, 0)
        self.dialog.canceled.connect(self.cancel)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        for signal in (self.worker.finished, self.worker.failed, self.worker.cancelled):
            signal.connect(self.worker_thread.quit)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        self.dialog.show()
        self.worker_thread.start()

    def cancel(self) -> None:
        self.dialog.setLabelText(self.tr("Cancelling…"))
        self.worker.cancel()

    def is_running(self) -> bool:
        return self.worker_thread.isRunning()

    def _on_progress(self, done: int, total: int) -> None:
        # First: a modal progress dialog's setValue() runs the event loop, which may
        # deliver later reports (and the end) before this one would be passed on.
        self.progress.emit(done, total)
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(done)
        if done < total:
            self.dialog.setLabelText(self.tr("Sheet %1 of %2").replace("%1", str(done + 1))
                                     .replace("%2", str(total)))

    def _close(self) -> None:
        self.worker_thread.wait()
        self.dialog.close()

    def _on_finished(self, pdf: bytes) -> None:
        self._close()
        self.finished.emit(bytes(pdf))

    def _on_failed(self, text: str) -> None:
        self._close()
        self.failed.emit(text)

    def _on_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()


def run_batch(parent: QWidget, build: Build, title: str) -> bytes | None:
    """Run ``build`` off the Qt thread with a progress dialog; wait for it.

    Returns the PDF bytes, or ``None`` when the user cancelled or the build
    failed (the failure is shown in a message box over ``parent``).
    """
    job = BatchPrintJob(parent, build, title)
    loop = QEventLoop()
    result: list[bytes] = []
    problem: list[str] = []
    job.finished.connect(result.append)
    job.failed.connect(problem.append)
    for signal in (job.finished, job.failed, job.cancelled):
        signal.connect(loop.quit)
    job.start()
    loop.exec()
    job.deleteLater()
    if problem:
        text = QCoreApplication.translate(
            "BatchPrintJob", "The sheets could not be made: %1").replace("%1", problem[0])
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None
    return result[0] if result else None

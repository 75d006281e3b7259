"""Writing a file (an export, a PDF sheet) in a worker thread so a dialog stays usable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ...domain.errors import DomainError
from ..text import message

translate = QCoreApplication.translate


class FileJob(QObject):
    """Runs one file-writing call in a worker thread; says how it went."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except DomainError as exc:
            self.failed.emit(message(exc))
        except OSError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a broken sheet must not take the desk down
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)


class PdfRunner(QObject):
    """Writes one PDF at a time in a worker thread; reports on the GUI thread."""

    started = Signal()
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.worker_thread: QThread | None = None
        self.job: FileJob | None = None
        self.target = ""

    def busy(self) -> bool:
        return self.worker_thread is not None and self.worker_thread.isRunning()

    def check_folder(self, path: str) -> Path | None:
        """The target path, or None (and `failed`) when its folder does not exist."""
        target = Path(path).expanduser()
        if not target.parent.is_dir():
            self.failed.emit(translate("StockForms", "The folder does not exist: %1")
                             .replace("%1", str(target.parent)))
            return None
        return target

    def start(self, work: Callable[[], object], target: str) -> bool:
        if self.busy():
            return False
        self.target = target
        self.job = FileJob(work)
        self.worker_thread = QThread(self)
        self.job.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.job.run)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self.worker_thread.quit)
        self.job.failed.connect(self.worker_thread.quit)
        self.started.emit()
        self.worker_thread.start()
        return True

    @Slot(object)
    def _finished(self, _result: object) -> None:
        self.done.emit(self.target)

    @Slot(str)
    def _failed(self, text: str) -> None:
        self.failed.emit(text)

    def stop(self) -> None:
        if self.worker_thread is not None and self.worker_thread.isRunning():
            self.worker_thread.quit()
            self.worker_thread.wait(10000)


def pdf_path(path: str) -> str:
    """`path`, ending in .pdf."""
    return path if path.lower().endswith(".pdf") else path + ".pdf"

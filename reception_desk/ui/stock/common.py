"""Shared bits of the stock dialogs: quantities typed and shown, drink categories,
and writing a PDF in a worker thread."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtGui import QColor

from ...domain.bar import CATEGORY_LABELS, DrinkCategory
from ...printing.bar_sheets import format_quantity, format_variance
from ..rotation.log_dialog import FileJob

__all__ = ["LOW_BG", "LOW_FG", "SHORT_FG", "SURPLUS_FG", "PdfRunner", "category_label",
           "format_quantity", "format_variance", "parse_quantity"]

translate = QCoreApplication.translate

LOW_FG = QColor("#b42318")
LOW_BG = QColor("#fef3f2")
SHORT_FG = QColor("#b42318")
SURPLUS_FG = QColor("#175cd3")
QUIET_FG = QColor("#667085")


def category_label(category: DrinkCategory) -> str:
    """茶 / 咖啡 / 果汁 / 水 / 其他."""
    return translate("DrinkCategory", CATEGORY_LABELS[category])


def parse_quantity(text: str) -> float | None:
    """A typed quantity: "2", "0.5", "2,5", full-width "２" all work; None if not a number."""
    clean = unicodedata.normalize("NFKC", text).strip().replace(",", ".").replace("。", ".")
    if not clean:
        return None
    try:
        value = float(clean)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):  # NaN, infinities
        return None
    return value


def not_a_number_text() -> str:
    return translate("StockForms", "Enter a number, e.g. 2 or 0.5.")


class PdfRunner(QObject):
    """Writes one PDF at a time in a worker thread; reports on the GUI thread."""

    started = Signal()
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thread: QThread | None = None
        self.job: FileJob | None = None
        self.target = ""

    def busy(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

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
        self.thread = QThread(self)
        self.job.moveToThread(self.thread)
        self.thread.started.connect(self.job.run)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self.thread.quit)
        self.job.failed.connect(self.thread.quit)
        self.started.emit()
        self.thread.start()
        return True

    @Slot(object)
    def _finished(self, _result: object) -> None:
        self.done.emit(self.target)

    @Slot(str)
    def _failed(self, text: str) -> None:
        self.failed.emit(text)

    def stop(self) -> None:
        if self.thread is not None and self.thread.isRunning():
            self.thread.quit()
            self.thread.wait(10000)


def pdf_path(path: str) -> str:
    return path if path.lower().endswith(".pdf") else path + ".pdf"

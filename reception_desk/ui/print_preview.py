"""Print preview of a PDF sheet: look at its pages, print them, or save the PDF.

The sheets are built by ``printing`` as PDF bytes; this dialog shows them with
QtPdf (``QPdfDocument`` + ``QPdfView``), prints through ``QPrintDialog`` by
rendering each page to an image at the printer's resolution (capped at
300 dpi), and saves the bytes unchanged as a PDF file.

    dialog = PrintPreviewDialog(pdf, self.tr("Request JD20261203-01"),
                                "JD20261203-01-request.pdf", parent)
    dialog.open()
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_PRINT_DPI = 300


class PrintPreviewDialog(QDialog):
    """Shows the pages of ``pdf``; Print…, Save as PDF…, Close."""

    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, pdf: bytes, title: str, suggested_name: str = "sheet.pdf",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("printPreview")
        self.pdf = pdf
        self.suggested_name = suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.pages_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.save_as)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages_label)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.pages_label.setText(self.tr("%n page(s)", "", self.page_count()))
        self.resize(760, 900)

    def page_count(self) -> int:
        return self.document.pageCount()

    def render_page(self, page: int, dpi: float) -> QImage:
        """Page ``page`` (from 0) as an image at ``dpi``."""
        points = self.document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        return self.document.render(page, size)

    # -- save ------------------------------------------------------------------------------
    def save_as(self) -> None:
        start = str(Path.home() / self.suggested_name)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), start,
                                                    self.tr("PDF document (*.pdf)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            target.write_bytes(self.pdf)
        except OSError as exc:
            self.status.setText(self.tr("Could not save %1: %2").replace("%1", str(target))
                                .replace("%2", exc.strerror or str(exc)))
            return False
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
        self.saved.emit(str(target))
        return True

    # -- print -----------------------------------------------------------------------------
    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_count(), 1))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages (or the range chosen in the dialog); return how many."""
        count = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        pages = (list(range(first - 1, min(last, count)))
                 if first > 0 and last > 0 else list(range(count)))
        if not pages:
            return 0
        printer.setFullPage(True)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return 0
        try:
            for position, page in enumerate(pages):
                if position:
                    printer.newPage()
                image = self.render_page(page, dpi)
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                scaled = QSize(image.width(), image.height()).scaled(
                    paper.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(paper.x() + (paper.width() - scaled.width()) / 2,
                                paper.y() + (paper.height() - scaled.height()) / 2,
                                scaled.width(), scaled.height())
                painter.drawImage(target, image)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", len(pages)))
        self.printed.emit(len(pages))
        return len(pages)

"""The print preview (pages shown, Save as PDF, printing) and the batch print worker."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from reception_desk.printing.request_sheets import (
    SheetKind,
    build_batch_pdf,
    build_feedback_pdf,
    build_request_pdf,
)
from reception_desk.ui.print_jobs import BatchPrintJob, run_batch
from reception_desk.ui.print_preview import PrintPreviewDialog
from tests.printing.request_samples import PRINTED_AT, SITE, ZONE, long_record


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return build_request_pdf(long_record(), SITE, PRINTED_AT, ZONE)


def pages_of(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_preview_shows_every_page_and_saves_the_pdf(
        qtbot, zh_app, long_pdf: bytes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = PrintPreviewDialog(long_pdf, "JD20261203-01", "JD20261203-01-request.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_count() == pages_of(long_pdf) >= 3
    assert str(dialog.page_count()) in dialog.pages_label.text()
    image = dialog.render_page(0, 50)
    assert not image.isNull() and image.height() > image.width()  # A4 portrait

    target = tmp_path / "saved"  # no suffix: ".pdf" is added
    asked: list[str] = []

    def fake_dialog(parent: QWidget, caption: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith("JD20261203-01-request.pdf")
    written = tmp_path / "saved.pdf"
    assert saved.args == [str(written)]
    assert written.read_bytes() == long_pdf
    assert str(written) in dialog.status.text()


def test_preview_prints_each_page_to_the_printer(
        qtbot, zh_app, long_pdf: bytes, tmp_path: Path) -> None:
    dialog = PrintPreviewDialog(long_pdf, "JD20261203-01")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printed) as printed:
        dialog.print_to(printer)
    assert printed.args == [dialog.page_count()]
    assert pages_of(out.read_bytes()) == dialog.page_count()


def test_batch_job_reports_progress_and_finishes(qtbot, zh_app) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    records = [long_record(8, 4), long_record(3, 2)]
    seen: list[tuple[int, int]] = []
    job = BatchPrintJob(parent, lambda progress: build_batch_pdf(
        records, [SheetKind.REQUEST, SheetKind.ITINERARY], SITE, PRINTED_AT, ZONE,
        progress=progress), "批量打印")
    job.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=30000) as finished:
        job.start()
    assert seen[-1] == (4, 4) and seen[0] == (0, 4)
    assert pages_of(finished.args[0]) >= 4
    assert not job.dialog.isVisible()


def test_cancel_stops_the_batch(qtbot, zh_app) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    pressed = threading.Event()
    reached: list[int] = []

    def build(progress: Callable[[int, int], None]) -> bytes:
        progress(0, 3)
        assert pressed.wait(30)  # the person presses Cancel while sheet 1 is built
        reached.append(1)
        progress(1, 3)  # raises: the build stops here
        reached.append(2)
        return b"%PDF"

    job = BatchPrintJob(parent, build, "批量打印")

    def on_progress(done: int, total: int) -> None:
        qtbot.mouseClick(job.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        pressed.set()

    job.progress.connect(on_progress)
    finished: list[bytes] = []
    job.finished.connect(finished.append)
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        job.start()
    assert finished == [] and reached == [1]
    assert not job.dialog.isVisible()


def test_run_batch_returns_the_pdf(qtbot, zh_app) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf = run_batch(parent, lambda progress: build_batch_pdf(
        [long_record(2, 1)], ["request", "feedback"], SITE, PRINTED_AT, ZONE,
        progress=progress), "批量打印")
    record = long_record(2, 1)
    alone = (pages_of(build_request_pdf(record, SITE, PRINTED_AT, ZONE))
             + pages_of(build_feedback_pdf(record, SITE, PRINTED_AT, ZONE)))
    assert pdf is not None and pages_of(pdf) == alone

"""File > Export: take any dataset to Excel or CSV, written in a worker with progress."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.roles import Actor
from ..services.context import Services
from ..services.export import dataset_names, export_to_file, format_for_path, get_dataset
from .period_choice import bound_dates, pydate, qdate
from .text import is_chinese, message
from .widgets import FieldError


class ExportWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, services: Services, dataset: str, date_from: date, date_to: date,
                 fmt: str, lang: str, path: str, actor: Actor | None = None) -> None:
        super().__init__()
        self.args = (services, dataset, date_from, date_to, fmt, lang, path)
        #: Who exports (personal data: checked and audited by the service).
        self.actor = actor

    @Slot()
    def run(self) -> None:
        try:
            rows = export_to_file(*self.args, progress=lambda done, total:
                                  self.progress.emit(done, total), actor=self.actor)
        except DomainError as exc:
            self.failed.emit(message(exc))
        except OSError as exc:
            self.failed.emit(str(exc))
        else:
            self.finished.emit(rows)


# A file as the Choose… button fills it in on a Windows PC.
TYPICAL_EXPORT_PATH = "C:\\Users\\前台\\Documents\\appointments-2026-12-07.xlsx"


class ExportDialog(QDialog):
    exported = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.services = services
        self.lang = "zh_CN" if is_chinese() else "en"
        today = services.arrivals.today()
        self.dataset = QComboBox()
        for name in dataset_names():
            self.dataset.addItem(f"{get_dataset(name).title(self.lang)} ({name})", name)
        self.date_from = QDateEdit(qdate(today.replace(day=1)))
        self.date_to = QDateEdit(qdate(today))
        bound_dates(self.date_from, self.date_to)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setPlaceholderText(self.tr("file name ending in .xlsx or .csv"))
        # The hint and a chosen file's whole path readable (the hint was cut off in English).
        metrics = self.path.fontMetrics()
        self.path.setMinimumWidth(28 + max(metrics.horizontalAdvance(text) for text in (
            self.path.placeholderText(), TYPICAL_EXPORT_PATH)))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.error = FieldError()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Data"), self.dataset)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("File"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.worker_thread: QThread | None = None
        self.worker: ExportWorker | None = None

    def _browse(self) -> None:
        name = self.dataset.currentData() or "export"
        suggested = str(Path.home() / f"{name}-{pydate(self.date_to.date()).isoformat()}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), suggested,
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            self.path.setText(path)

    def start(self) -> None:
        self.error.clear_text()
        self.result_label.clear()
        path = self.path.text().strip()
        if not path:
            self.error.show_text(self.tr("Choose the file to write."))
            return
        date_from, date_to = pydate(self.date_from.date()), pydate(self.date_to.date())
        if date_from > date_to:
            self.error.show_text(self.tr("The start date is after the end date."))
            return
        if not Path(path).expanduser().parent.is_dir():
            self.error.show_text(self.tr("The folder does not exist: %1")
                                 .replace("%1", str(Path(path).parent)))
            return
        actor = None
        chosen = get_dataset(self.dataset.currentData())
        if chosen.permission is not None:  # personal data: who exports it is asked, audited
            from .accounts import ask_actor

            actor = ask_actor(self, self.services, chosen.permission,
                              self.tr("export personal data"))
            if actor is None:
                return
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.worker_thread = QThread(self)
        self.worker = ExportWorker(self.services, self.dataset.currentData(), date_from,
                                   date_to, format_for_path(path), self.lang,
                                   str(Path(path).expanduser()), actor)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self.worker_thread.quit)
        self.worker.failed.connect(self.worker_thread.quit)
        self.worker_thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self, rows: int) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(True)
        self.result_label.setText(self.tr("Exported %1 rows to %2").replace("%1", str(rows))
                            .replace("%2", self.path.text().strip()))
        self.exported.emit(self.path.text().strip(), rows)

    def _on_failed(self, text: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.export_button.setEnabled(True)
        self.error.show_text(self.tr("Nothing was exported: %1").replace("%1", text))

    def done(self, result: int) -> None:
        if self.worker_thread is not None and self.worker_thread.isRunning():
            self.worker_thread.quit()
            self.worker_thread.wait(5000)
        super().done(result)

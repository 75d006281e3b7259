"""The base of the report dialogs: a period or a day, a table, export and print.

`ReportDialog` holds what the rotation log, the rotation and bar statistics and
the closing count share: the Close button box with its action buttons, the
error and result lines, following the event bus while shown, and writing a
file (an export through the dataset registry, a PDF sheet) in a worker thread
with the file buttons disabled meanwhile. `PeriodReportDialog` adds the period
picker (today, this week, this month, dates); `DayReportDialog` one day with a
Today button.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)

from ...domain.events import EVERYTHING, Event
from ...domain.roles import Actor
from ...services.context import Services
from ..export_dialog import ExportWorker
from ..period_choice import PERIODS, PeriodChoice, pydate, qdate
from ..text import is_chinese
from ..widgets import FieldError
from .bus import follow_bus
from .file_jobs import FileJob

translate = QCoreApplication.translate


def excel_filter() -> str:
    return translate("ReportDialog", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")


def pdf_filter() -> str:
    return translate("ReportDialog", "PDF document (*.pdf)")


class ReportDialog(QDialog):
    """A report that follows changes while shown and writes files without blocking."""

    exported = Signal(str, int)
    printed = Signal(str)
    failed = Signal(str)
    _bus_event = Signal(object)

    # Event topics after which the report reads its figures again.
    TOPICS: tuple[str, ...] = (EVERYTHING,)

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 name: str, title: str, size: tuple[int, int]) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.services = services
        self.resize(*size)
        self.error = FieldError()
        self.result_label = QLabel()
        self.progress: QProgressBar | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        # The buttons that start a file; disabled while one is written.
        self.file_buttons: list[QPushButton] = []
        self.worker_thread: QThread | None = None
        self.job: QObject | None = None
        self._target = ""
        self._unsubscribe: Callable[[], None] | None = None
        self._bus_event.connect(self._on_event)

    # -- building ------------------------------------------------------------------------
    def add_button(self, text: str, object_name: str, *, file: bool = True) -> QPushButton:
        """An action button beside Close (a file button unless `file` is False)."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        if file:
            self.file_buttons.append(button)
        return button

    def status_row(self, result_name: str, *, progress_width: int | None = None,
                   wrap: bool = False) -> QHBoxLayout:
        """[progress] result line … buttons."""
        self.result_label.setObjectName(result_name)
        self.result_label.setWordWrap(wrap)
        row = QHBoxLayout()
        if progress_width is not None:
            self.progress = QProgressBar()
            self.progress.setRange(0, 0)
            self.progress.setMaximumWidth(progress_width)
            self.progress.hide()
            row.addWidget(self.progress)
        row.addWidget(self.result_label, 1)
        row.addWidget(self.buttons)
        return row

    @staticmethod
    def read_only_table(table: QTableView, model: QAbstractItemModel,
                        object_name: str) -> QTableView:
        """A table of whole rows, not editable, striped, without row numbers."""
        table.setObjectName(object_name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        return table

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:  # pragma: no cover - every report has its own
        raise NotImplementedError

    def on_show(self) -> None:
        """Read the figures again when the dialog shows (it may have been hidden long)."""
        self.reload()

    def on_event(self, event: Event) -> None:
        if event.concerns(*self.TOPICS):
            self.reload()

    # -- following changes while shown -------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._unsubscribe is None:
            self._unsubscribe = follow_bus(self.services, self._bus_event)
            self.on_show()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_following()
        super().hideEvent(event)

    def _stop_following(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_event(self, event: Event) -> None:
        self.on_event(event)

    # -- writing files -----------------------------------------------------------------------
    def busy(self) -> bool:
        return self.worker_thread is not None and self.worker_thread.isRunning()

    def period_problem(self) -> str | None:
        """Why the chosen period cannot be written (None: it can)."""
        return None

    def check_target(self, path: str) -> Path | None:
        """The file to write, or None (said) when its folder does not exist."""
        self.error.clear_text()
        self.result_label.clear()
        target = Path(path).expanduser()
        if not target.parent.is_dir():
            self.missing_folder(translate("ReportDialog", "The folder does not exist: %1")
                                .replace("%1", str(target.parent)))
            return None
        return target

    def missing_folder(self, text: str) -> None:
        self.fail(text)

    def export_dataset(self, dataset: str, date_from: date, date_to: date,
                       path: str, actor: Actor | None = None) -> bool:
        """Write `dataset` for the dates to .xlsx or .csv in a worker thread (`actor`:
        who exports, for a dataset the service checks and audits)."""
        from ...services.export import format_for_path

        target = self.check_target(path)
        if target is None:
            return False
        problem = self.period_problem()
        if problem is not None:
            self.fail(problem)
            return False
        if self.busy():
            return False
        worker = ExportWorker(self.services, dataset, date_from, date_to,
                              format_for_path(target), "zh_CN" if is_chinese() else "en",
                              str(target), actor)
        # Bound methods of this dialog: the worker's signals arrive on the GUI thread.
        worker.finished.connect(self._exported)
        worker.failed.connect(self._export_failed)
        self._target = str(target)
        self.start_job(worker, worker.finished, worker.failed)
        return True

    def print_file(self, work: Callable[[], object], target: Path) -> bool:
        """Run `work` (it writes the PDF at `target`) in a worker thread."""
        if self.busy():
            return False
        job = FileJob(work)
        job.finished.connect(self._printed)
        job.failed.connect(self._print_failed)
        self._target = str(target)
        self.start_job(job, job.finished, job.failed)
        return True

    def start_job(self, job: QObject, finished: Any, failed: Any) -> None:
        for button in self.file_buttons:
            button.setEnabled(False)
        if self.progress is not None:
            self.progress.show()
        self.worker_thread = QThread(self)
        self.job = job
        job.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(getattr(job, "run"))  # noqa: B009
        finished.connect(self.worker_thread.quit)
        failed.connect(self.worker_thread.quit)
        self.worker_thread.start()

    def idle(self) -> None:
        if self.progress is not None:
            self.progress.hide()
        for button in self.file_buttons:
            button.setEnabled(True)

    @Slot(int)
    def _exported(self, rows: int) -> None:
        self.idle()
        self.result_label.setText(translate("ReportDialog", "Exported %1 rows to %2")
                                  .replace("%1", str(rows))
                                  .replace("%2", self._target))
        self.exported.emit(self._target, rows)

    @Slot(str)
    def _export_failed(self, text: str) -> None:
        self.fail(translate("ReportDialog", "Nothing was exported: %1").replace("%1", text))

    @Slot(object)
    def _printed(self, _result: object) -> None:
        self.idle()
        self.show_printed()

    def show_printed(self) -> None:
        self.result_label.setText(translate("ReportDialog", "PDF saved: %1")
                                  .replace("%1", self._target))
        self.printed.emit(self._target)

    @Slot(str)
    def _print_failed(self, text: str) -> None:
        self.fail(translate("ReportDialog", "The PDF was not written: %1").replace("%1", text))

    def fail(self, text: str) -> None:
        self.idle()
        self.error.show_text(text)
        self.failed.emit(text)

    def done(self, result: int) -> None:
        self._stop_following()
        if self.worker_thread is not None and self.worker_thread.isRunning():
            self.worker_thread.quit()
            self.worker_thread.wait(10000)
        super().done(result)


class PeriodReportDialog(PeriodChoice, ReportDialog):
    """A report over today, this week (from Monday), this month or chosen dates."""

    period: QComboBox
    date_from: QDateEdit
    date_to: QDateEdit

    def period_bar(self, prefix: str) -> QHBoxLayout:
        """&Period [choice]  From [date] to [date]; object names `<prefix>Period/From/To`."""
        today = self.services.arrivals.today()
        self.period = QComboBox()
        self.period.setObjectName(f"{prefix}Period")
        labels = {"today": translate("ReportDialog", "Today"),
                  "week": translate("ReportDialog", "This week"),
                  "month": translate("ReportDialog", "This month"),
                  "custom": translate("ReportDialog", "Custom dates")}
        for key in PERIODS:
            self.period.addItem(labels[key], key)
        self.date_from = QDateEdit(qdate(today))
        self.date_from.setObjectName(f"{prefix}From")
        self.date_to = QDateEdit(qdate(today))
        self.date_to.setObjectName(f"{prefix}To")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(qdate(today))
        top = QHBoxLayout()
        period_label = QLabel(translate("ReportDialog", "&Period"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addSpacing(12)
        top.addWidget(QLabel(translate("ReportDialog", "From")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(translate("ReportDialog", "to")))
        top.addWidget(self.date_to)
        top.addStretch(1)
        return top

    def start_date_after_end(self) -> str:
        return translate("ReportDialog", "The start date is after the end date.")

    def period_problem(self) -> str | None:
        date_from, date_to = self.dates()
        return self.start_date_after_end() if date_from > date_to else None

    def on_show(self) -> None:
        if self.period.currentData() != "custom":
            self._on_period()  # "today" may be a new day since the dialog was made
        else:
            self.reload()


class DayReportDialog(ReportDialog):
    """A report of one day (today at most), with a Today button."""

    day_edit: QDateEdit
    today_button: QPushButton

    def day_bar(self, object_name: str) -> QHBoxLayout:
        """&Day [date] [Today]; the caller adds the rest of the line."""
        today = self.services.arrivals.today()
        self.day_edit = QDateEdit(qdate(today))
        self.day_edit.setObjectName(object_name)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setMaximumDate(qdate(today))
        self.today_button = QPushButton(translate("ReportDialog", "Today"))
        self.today_button.setAutoDefault(False)
        top = QHBoxLayout()
        day_label = QLabel(translate("ReportDialog", "&Day"))
        day_label.setBuddy(self.day_edit)
        top.addWidget(day_label)
        top.addWidget(self.day_edit)
        top.addWidget(self.today_button)
        self.today_button.clicked.connect(self.go_today)
        return top

    def day(self) -> date:
        return pydate(self.day_edit.date())

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(qdate(day))

    def go_today(self) -> None:
        today = self.services.arrivals.today()
        self.day_edit.setMaximumDate(qdate(today))
        self.set_day(today)

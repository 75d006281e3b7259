"""The rotation log (轮接记录) of one day: every turn, skip and override, who and why.

Filter by consultant; export the day (dataset ``rotation-log``) to Excel or
CSV, or print the rows shown as a PDF sheet for the month-end review. Files
are written in a worker thread; the dialog stays usable meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.events import EVERYTHING, PARTIES, ROTATION, Event
from ...domain.rotation import AssignMode, EventKind
from ...services.audit import Output
from ...services.context import Services
from ...services.rotation import LogEntry
from ..export_dialog import ExportWorker
from ..period_choice import pydate, qdate
from ..station import present_actor
from ..text import duty_label, event_label, is_chinese, message, mode_label
from ..widgets import FieldError

Index = QModelIndex | QPersistentModelIndex
OVERRIDE_FG = QColor("#b42318")
MISSED_FG = QColor("#b54708")
QUIET_FG = QColor("#667085")


def reason_for_screen(reason: str) -> str:
    """A logged reason; the program's own reasons (e.g. an invalid reception) translated."""
    try:
        from ...printing.rotation_log import reason_text
    except ImportError:  # pragma: no cover - the printing module ships with the app
        return reason
    return reason_text(reason, english=not is_chinese())


def follow_bus(services: Services, relay: Any) -> Callable[[], None]:
    """Re-emit the services' events through `relay` (a bound signal) until unsubscribed.

    Through a signal, an event published off the GUI thread arrives queued; a
    dialog deleted without being hidden first stops listening instead of failing.
    """
    unsubscribe: Callable[[], None] = lambda: None  # noqa: E731

    def listener(event: Event) -> None:
        try:
            relay.emit(event)
        except RuntimeError:  # the dialog is gone
            unsubscribe()

    unsubscribe = services.bus.subscribe(listener)
    return unsubscribe


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


class LogTableModel(QAbstractTableModel):
    COLUMNS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LogEntry] = []
        self.zone: Any = None

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Event"), self.tr("Consultant"), self.tr("Customer"),
                self.tr("Mode"), self.tr("Position before → after"), self.tr("By"),
                self.tr("Reason")]

    def set_entries(self, entries: list[LogEntry], zone: Any) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.zone = zone
        self.endResetModel()

    def entries(self) -> list[LogEntry]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return self._text(entry, 7) or None
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.mode is AssignMode.OVERRIDE or entry.kind is EventKind.MOVE:
                return QBrush(OVERRIDE_FG)
            if entry.kind in (EventKind.MISSED, EventKind.RESTORE, EventKind.INVALID_LATE):
                return QBrush(MISSED_FG)
            if entry.kind in (EventKind.RELEASE, EventKind.RESUME):
                return QBrush(QUIET_FG)
        return None

    def _text(self, entry: LogEntry, column: int) -> str:
        match column:
            case 0:
                at = entry.at.astimezone(self.zone) if self.zone is not None else entry.at
                return at.strftime("%H:%M:%S")
            case 1:
                text = event_label(entry.kind)
                if entry.kind is EventKind.STATUS and entry.status is not None:
                    text = self.tr("%1: %2").replace("%1", text).replace(
                        "%2", duty_label(entry.status))
                return text
            case 2:
                return entry.consultant
            case 3:
                return entry.party
            case 4:
                return mode_label(entry.mode) if entry.mode is not None else ""
            case 5:
                if entry.position_before is None and entry.position_after is None:
                    return ""
                before = "—" if entry.position_before is None else str(entry.position_before)
                after = "—" if entry.position_after is None else str(entry.position_after)
                return f"{before} → {after}"
            case 6:
                return entry.actor
            case 7:
                return reason_for_screen(entry.reason)
        return ""


class LogDialog(QDialog):
    """轮接记录: one day's log, filtered by consultant, exported or printed."""

    exported = Signal(str, int)
    printed = Signal(str)
    failed = Signal(str)
    _bus_event = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotationLogDialog")
        self.setWindowTitle(self.tr("Rotation log"))
        self.services = services
        self.resize(1060, 600)
        today = services.arrivals.today()

        self.day_edit = QDateEdit(qdate(today))
        self.day_edit.setObjectName("logDate")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setMaximumDate(qdate(today))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAutoDefault(False)
        self.consultant = QComboBox()
        self.consultant.setObjectName("logConsultant")
        self.consultant.setMinimumWidth(140)
        self.count = QLabel()
        self.count.setObjectName("logCount")
        top = QHBoxLayout()
        day_label = QLabel(self.tr("&Day"))
        day_label.setBuddy(self.day_edit)
        top.addWidget(day_label)
        top.addWidget(self.day_edit)
        top.addWidget(self.today_button)
        top.addSpacing(16)
        who_label = QLabel(self.tr("C&onsultant"))
        who_label.setBuddy(self.consultant)
        top.addWidget(who_label)
        top.addWidget(self.consultant)
        top.addStretch(1)
        top.addWidget(self.count)

        self.model = LogTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("logTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((80, 120, 90, 90, 90, 110, 90)):
            self.table.setColumnWidth(column, width)

        self.error = FieldError()
        self.result = QLabel()
        self.result.setObjectName("logResult")
        self.result.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("logExport")
        self.print_button = self.buttons.addButton(self.tr("Print PDF…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("logPrint")
        for button in (self.export_button, self.print_button):
            button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.choose_export)
        self.print_button.clicked.connect(self.choose_print)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.thread: QThread | None = None
        self.job: FileJob | ExportWorker | None = None
        self._target = ""
        self._printed_rows = 0
        self._unsubscribe: Callable[[], None] | None = None
        self._bus_event.connect(self._on_event)
        self._fill_consultants()
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        self.today_button.clicked.connect(self.go_today)
        self.consultant.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()
        self.table.setFocus()

    # -- data ----------------------------------------------------------------------
    def day(self) -> date:
        return pydate(self.day_edit.date())

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(qdate(day))

    def go_today(self) -> None:
        today = self.services.arrivals.today()
        self.day_edit.setMaximumDate(qdate(today))
        self.set_day(today)

    def consultant_id(self) -> int | None:
        value = self.consultant.currentData()
        return value if isinstance(value, int) else None

    def set_consultant(self, consultant_id: int | None) -> None:
        self.consultant.setCurrentIndex(max(self.consultant.findData(consultant_id), 0))

    def _fill_consultants(self) -> None:
        keep = self.consultant_id()
        self.consultant.blockSignals(True)
        self.consultant.clear()
        self.consultant.addItem(self.tr("All consultants"), None)
        for record in self.services.rotation.consultants(include_inactive=True):
            self.consultant.addItem(record.name, record.id)
        self.consultant.setCurrentIndex(max(self.consultant.findData(keep), 0))
        self.consultant.blockSignals(False)

    def entries(self) -> list[LogEntry]:
        """The rows shown (the day, the consultant filter)."""
        return self.model.entries()

    def reload(self) -> None:
        day = self.day()
        entries = self.services.rotation.log(day, day, self.consultant_id())
        self.model.set_entries(entries, self.services.settings.current().zone())
        self.count.setText(self.tr("%n entries", "", len(entries)))
        if entries:
            self.table.scrollToBottom()

    # -- following changes while open ---------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._unsubscribe is None:
            self._unsubscribe = follow_bus(self.services, self._bus_event)
            self._fill_consultants()
            self.reload()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_following()
        super().hideEvent(event)

    def _stop_following(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_event(self, event: Event) -> None:
        if event.topic in (ROTATION, EVERYTHING):
            self._fill_consultants()
            self.reload()
        elif event.topic == PARTIES and self.model.rowCount():
            self.reload()  # a party's name may have been corrected

    # -- export and print ------------------------------------------------------------------
    def choose_export(self) -> None:
        day = self.day()
        suggested = str(Path.home() / f"rotation-log-{day.isoformat()}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the rotation log"), suggested,
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            self.export_to(path)

    def choose_print(self) -> None:
        day = self.day()
        suggested = str(Path.home() / f"rotation-log-{day.isoformat()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rotation log as PDF"), suggested,
            self.tr("PDF document (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.print_to(path)

    def _check_target(self, path: str) -> Path | None:
        self.error.clear_text()
        self.result.clear()
        target = Path(path).expanduser()
        if not target.parent.is_dir():
            self._fail(self.tr("The folder does not exist: %1").replace("%1", str(target.parent)))
            return None
        return target

    def export_to(self, path: str) -> bool:
        """Write the shown day's log (dataset ``rotation-log``) to .xlsx or .csv."""
        from ...services.export import format_for_path

        target = self._check_target(path)
        if target is None or self.busy():
            return False
        day = self.day()
        lang = "zh_CN" if is_chinese() else "en"
        worker = ExportWorker(self.services, "rotation-log", day, day,
                              format_for_path(target), lang, str(target))
        # Bound methods of this dialog: the worker's signals arrive on the GUI thread.
        worker.finished.connect(self._exported)
        worker.failed.connect(self._export_failed)
        self._target = str(target)
        self._start(worker, worker.finished, worker.failed)
        return True

    def print_to(self, path: str) -> bool:
        """Write the rows shown (day and consultant filter) as a PDF sheet."""
        target = self._check_target(path)
        if target is None or self.busy():
            return False
        try:
            from ...printing.rotation_log import build_rotation_log_pdf
        except ImportError:
            self._fail(self.tr("Printing the rotation log is not available in this version."))
            return False
        day = self.day()
        settings = self.services.settings.current()
        entries = self.entries()
        who = self.consultant.currentText() if self.consultant_id() is not None else ""
        now = self.services.clock()

        def work() -> str:
            build_rotation_log_pdf(str(target), entries, site_name=settings.site_name,
                                   date_from=day, date_to=day, zone=settings.zone(),
                                   consultant_filter=who,
                                   generated_at=now.astimezone(settings.zone()))
            return str(target)

        self._printed_rows = len(entries)
        job = FileJob(work)
        job.finished.connect(self._printed)
        job.failed.connect(self._print_failed)
        self._target = str(target)
        self._start(job, job.finished, job.failed)
        return True

    def busy(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def _start(self, job: FileJob | ExportWorker, finished: Any, failed: Any) -> None:
        self.export_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.progress.show()
        self.thread = QThread(self)
        self.job = job
        job.moveToThread(self.thread)
        self.thread.started.connect(job.run)
        finished.connect(self.thread.quit)
        failed.connect(self.thread.quit)
        self.thread.start()

    def _idle(self) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)

    @Slot(int)
    def _exported(self, rows: int) -> None:
        self._idle()
        self.result.setText(self.tr("Exported %1 rows to %2").replace("%1", str(rows))
                            .replace("%2", self._target))
        self.exported.emit(self._target, rows)

    @Slot(str)
    def _export_failed(self, text: str) -> None:
        self._fail(self.tr("Nothing was exported: %1").replace("%1", text))

    @Slot(object)
    def _printed(self, _result: object) -> None:
        self._idle()
        # The sheet names customers (王先生): who printed it, how many rows, is audited.
        try:
            self.services.audit.record_output(present_actor(), Output.PRINT, "rotation-log",
                                              self._printed_rows, masked=True,
                                              detail=f"saved as {self._target}")
        except DomainError as exc:
            self._fail(message(exc))
            return
        self.result.setText(self.tr("PDF saved: %1").replace("%1", self._target))
        self.printed.emit(self._target)

    @Slot(str)
    def _print_failed(self, text: str) -> None:
        self._fail(self.tr("The PDF was not written: %1").replace("%1", text))

    def _fail(self, text: str) -> None:
        self._idle()
        self.error.show_text(text)
        self.failed.emit(text)

    def done(self, result: int) -> None:
        self._stop_following()
        if self.thread is not None and self.thread.isRunning():
            self.thread.quit()
            self.thread.wait(10000)
        super().done(result)

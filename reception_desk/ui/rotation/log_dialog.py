"""The rotation log (轮接记录) of one day: every turn, skip and override, who and why.

Filter by consultant; export the day (dataset ``rotation-log``) to Excel or
CSV, or print the rows shown as a PDF sheet for the month-end review. Files
are written in a worker thread; the dialog stays usable meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.events import EVERYTHING, PARTIES, ROTATION, Event
from ...domain.rotation import AssignMode, DutyStatus, EventKind
from ...services.audit import Output
from ...services.context import Services
from ...services.rotation import LogEntry
from ..common import DayReportDialog, RecordTableModel, excel_filter, pdf_filter, pdf_path
from ..station import present_actor
from ..text import duty_label, event_label, is_chinese, message, mode_label

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


class LogTableModel(RecordTableModel[LogEntry]):
    COLUMNS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone: Any = None

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Event"), self.tr("Consultant"), self.tr("Customer"),
                self.tr("Mode"), self.tr("Position before → after"), self.tr("By"),
                self.tr("Reason")]

    def set_entries(self, entries: list[LogEntry], zone: Any) -> None:
        self.zone = zone
        self.reset_rows(entries)

    def entries(self) -> list[LogEntry]:
        return self.rows()

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

    def status_text(self, status: DutyStatus) -> str:
        """The Event of a status change: "Status: On break"."""
        return self.tr("%1: %2").replace("%1", event_label(EventKind.STATUS)).replace(
            "%2", duty_label(status))

    def _text(self, entry: LogEntry, column: int) -> str:
        match column:
            case 0:
                at = entry.at.astimezone(self.zone) if self.zone is not None else entry.at
                return at.strftime("%H:%M:%S")
            case 1:
                if entry.kind is EventKind.STATUS and entry.status is not None:
                    return self.status_text(entry.status)
                return event_label(entry.kind)
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


class LogDialog(DayReportDialog):
    """轮接记录: one day's log, filtered by consultant, exported or printed."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent, name="rotationLogDialog",
                         title=self.tr("Rotation log"), size=(1060, 600))
        top = self.day_bar("logDate")
        self.consultant = QComboBox()
        self.consultant.setObjectName("logConsultant")
        self.consultant.setMinimumWidth(140)
        self.count = QLabel()
        self.count.setObjectName("logCount")
        top.addSpacing(16)
        who_label = QLabel(self.tr("C&onsultant"))
        who_label.setBuddy(self.consultant)
        top.addWidget(who_label)
        top.addWidget(self.consultant)
        top.addStretch(1)
        top.addWidget(self.count)

        self.model = LogTableModel(self)
        self.table = self.read_only_table(QTableView(), self.model, "logTable")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns()

        self.export_button = self.add_button(self.tr("Export…"), "logExport")
        self.print_button = self.add_button(self.tr("Print PDF…"), "logPrint")
        self.export_button.clicked.connect(self.choose_export)
        self.print_button.clicked.connect(self.choose_print)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(self.status_row("logResult", progress_width=160, wrap=True))

        self._printed_rows = 0
        self._fill_consultants()
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        self.consultant.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()
        self.table.setFocus()

    def _fit_columns(self) -> None:
        """Every header whole in either language ("Position before → after" was cut off
        in English), and the Event and Mode columns as wide as their longest label."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        events = [event_label(kind) for kind in EventKind] + [
            self.model.status_text(status) for status in DutyStatus]
        labels = {1: events, 4: [mode_label(mode) for mode in AssignMode]}
        for column, width in enumerate((80, 120, 90, 90, 90, 110, 90)):
            widest = max((metrics.horizontalAdvance(text) for text in labels.get(column, [])),
                         default=0)
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column),
                                                  widest + padding))

    # -- data ----------------------------------------------------------------------
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
    def on_show(self) -> None:
        self._fill_consultants()
        self.reload()

    def on_event(self, event: Event) -> None:
        if event.concerns(ROTATION, EVERYTHING):
            self._fill_consultants()
            self.reload()
        elif event.concerns(PARTIES) and self.model.rowCount():
            self.reload()  # a party's name may have been corrected

    # -- export and print ------------------------------------------------------------------
    def choose_export(self) -> None:
        day = self.day()
        suggested = str(Path.home() / f"rotation-log-{day.isoformat()}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the rotation log"), suggested, excel_filter())
        if path:
            self.export_to(path)

    def choose_print(self) -> None:
        day = self.day()
        suggested = str(Path.home() / f"rotation-log-{day.isoformat()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rotation log as PDF"), suggested, pdf_filter())
        if path:
            self.print_to(pdf_path(path))

    def export_to(self, path: str) -> bool:
        """Write the shown day's log (dataset ``rotation-log``) to .xlsx or .csv."""
        day = self.day()
        return self.export_dataset("rotation-log", day, day, path)

    def print_to(self, path: str) -> bool:
        """Write the rows shown (day and consultant filter) as a PDF sheet."""
        target = self.check_target(path)
        if target is None or self.busy():
            return False
        try:
            from ...printing.rotation_log import build_rotation_log_pdf
        except ImportError:
            self.fail(self.tr("Printing the rotation log is not available in this version."))
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
        return self.print_file(work, target)

    def show_printed(self) -> None:
        # The sheet names customers (王先生): who printed it, how many rows, is audited.
        try:
            self.services.audit.record_output(present_actor(), Output.PRINT, "rotation-log",
                                              self._printed_rows, masked=True,
                                              detail=f"saved as {self._target}")
        except DomainError as exc:
            self.fail(message(exc))
            return
        super().show_printed()

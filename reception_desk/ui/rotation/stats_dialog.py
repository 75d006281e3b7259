"""Rotation statistics (轮接统计): receptions per consultant over a period.

Today, this week (from Monday), this month, or any dates; per consultant the
valid, invalid and returning-customer receptions, the average reception time,
how often they were skipped by a fill-in, missed turns and overrides, with a
totals row. Export writes the same period (dataset ``rotation-stats``).
"""

from __future__ import annotations

from collections.abc import Callable
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
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QShowEvent
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.events import EVERYTHING, PARTIES, ROTATION, Event
from ...services.context import Services
from ...services.rotation import ConsultantStats
from ..export_dialog import ExportWorker
from ..period_choice import PERIODS, PeriodChoice, qdate
from ..text import is_chinese
from ..widgets import FieldError
from .log_dialog import follow_bus

Index = QModelIndex | QPersistentModelIndex
TOTAL_BG = QColor("#f2f4f7")

class StatsTableModel(QAbstractTableModel):
    """One row per consultant, then the totals row."""

    COLUMNS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConsultantStats] = []

    def headers(self) -> list[str]:
        return [self.tr("Consultant"), self.tr("Valid"), self.tr("Invalid"),
                self.tr("Returning"), self.tr("Avg. reception (min)"),
                self.tr("Skipped (fill-ins)"), self.tr("Missed turns"), self.tr("Overrides")]

    def set_stats(self, rows: list[ConsultantStats]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def stats(self) -> list[ConsultantStats]:
        return list(self._rows)

    def totals(self) -> dict[str, int]:
        keys = ("valid", "invalid", "returning", "skipped", "missed", "overrides")
        return {key: sum(getattr(r, key) for r in self._rows) for key in keys}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + 1 if self._rows else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def is_total(self, row: int) -> bool:
        return row == len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        total = self.is_total(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_text(column) if total else self._text(self._rows[row], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole and not total:
            return self._rows[row].consultant_id
        if total and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if total and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BG)
        if total and role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return self.tr("The average is per consultant: see each row.")
        return None

    @staticmethod
    def _text(r: ConsultantStats, column: int) -> str:
        values: list[object] = [
            r.name, r.valid, r.invalid, r.returning,
            "—" if r.average_minutes is None else f"{r.average_minutes:.0f}",
            r.skipped, r.missed, r.overrides]
        return str(values[column])

    def _total_text(self, column: int) -> str:
        totals = self.totals()
        values: list[object] = [
            self.tr("Total"), totals["valid"], totals["invalid"], totals["returning"], "",
            totals["skipped"], totals["missed"], totals["overrides"]]
        return str(values[column])


class StatsDialog(PeriodChoice, QDialog):
    """轮接统计 for today, this week, this month or chosen dates."""

    exported = Signal(str, int)
    failed = Signal(str)
    _bus_event = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotationStatsDialog")
        self.setWindowTitle(self.tr("Rotation statistics"))
        self.services = services
        self.resize(900, 440)
        today = services.arrivals.today()

        self.period = QComboBox()
        self.period.setObjectName("statsPeriod")
        labels = {"today": self.tr("Today"), "week": self.tr("This week"),
                  "month": self.tr("This month"), "custom": self.tr("Custom dates")}
        for key in PERIODS:
            self.period.addItem(labels[key], key)
        self.date_from = QDateEdit(qdate(today))
        self.date_from.setObjectName("statsFrom")
        self.date_to = QDateEdit(qdate(today))
        self.date_to.setObjectName("statsTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(qdate(today))
        top = QHBoxLayout()
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.date_to)
        top.addStretch(1)

        self.model = StatsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("statsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(72)
        self.empty = QLabel(self.tr("No receptions in this period."))
        self.empty.setObjectName("statsEmpty")
        self.empty.setStyleSheet("color: #667085;")
        self.note = QLabel(self.tr(
            "Valid: new and stand-in receptions that used or helped a turn · Invalid: turned "
            "back (competitor, asking the way…) · Skipped: passed over by a fill-in while busy "
            "· Average: from assignment to departure."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #667085;")

        self.error = FieldError()
        self.result = QLabel()
        self.result.setObjectName("statsResult")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("statsExport")
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.choose_export)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self._target = ""
        self._unsubscribe: Callable[[], None] | None = None
        self._bus_event.connect(self._on_event)
        self.follow_period()
        self.period.setFocus()

    # -- data ----------------------------------------------------------------------------
    def stats(self) -> list[ConsultantStats]:
        return self.model.stats()

    def reload(self) -> None:
        self.error.clear_text()
        date_from, date_to = self.dates()
        if date_from > date_to:
            self.model.set_stats([])
            self.empty.hide()
            self.error.show_text(self.tr("The start date is after the end date."))
            return
        rows = self.services.rotation.stats(date_from, date_to)
        self.model.set_stats(rows)
        self.empty.setVisible(not rows)

    def showEvent(self, event: QShowEvent) -> None:
        if self._unsubscribe is None:
            self._unsubscribe = follow_bus(self.services, self._bus_event)
            if self.period.currentData() != "custom":
                self._on_period()  # "today" may be a new day since the dialog was made
            else:
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
        if event.topic in (ROTATION, PARTIES, EVERYTHING):
            self.reload()

    # -- export ----------------------------------------------------------------------------
    def choose_export(self) -> None:
        date_from, date_to = self.dates()
        suggested = str(Path.home() / f"rotation-stats-{date_from.isoformat()}"
                        f"-{date_to.isoformat()}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the statistics"), suggested,
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Write the period's statistics (dataset ``rotation-stats``) to .xlsx or .csv."""
        from ...services.export import format_for_path

        self.error.clear_text()
        self.result.clear()
        target = Path(path).expanduser()
        if not target.parent.is_dir():
            self._fail(self.tr("The folder does not exist: %1").replace("%1", str(target.parent)))
            return False
        date_from, date_to = self.dates()
        if date_from > date_to:
            self._fail(self.tr("The start date is after the end date."))
            return False
        if self.thread is not None and self.thread.isRunning():
            return False
        self.export_button.setEnabled(False)
        self._target = str(target)
        self.thread = QThread(self)
        self.worker = ExportWorker(self.services, "rotation-stats", date_from, date_to,
                                   format_for_path(target), "zh_CN" if is_chinese() else "en",
                                   str(target))
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._exported)
        self.worker.failed.connect(self._export_failed)
        self.worker.finished.connect(self.thread.quit)
        self.worker.failed.connect(self.thread.quit)
        self.thread.start()
        return True

    @Slot(int)
    def _exported(self, rows: int) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(self.tr("Exported %1 rows to %2").replace("%1", str(rows))
                            .replace("%2", self._target))
        self.exported.emit(self._target, rows)

    @Slot(str)
    def _export_failed(self, text: str) -> None:
        self._fail(self.tr("Nothing was exported: %1").replace("%1", text))

    def _fail(self, text: str) -> None:
        self.export_button.setEnabled(True)
        self.error.show_text(text)
        self.failed.emit(text)

    def done(self, result: int) -> None:
        self._stop_following()
        if self.thread is not None and self.thread.isRunning():
            self.thread.quit()
            self.thread.wait(10000)
        super().done(result)

"""Rotation statistics (轮接统计): receptions per consultant over a period.

Today, this week (from Monday), this month, or any dates; per consultant the
valid, invalid and returning-customer receptions, the average reception time,
how often they were skipped by a fill-in, missed turns and overrides, with a
totals row. Export writes the same period (dataset ``rotation-stats``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.events import EVERYTHING, PARTIES, ROTATION
from ...services.context import Services
from ...services.rotation import ConsultantStats
from ..common import PeriodReportDialog, RecordTableModel, excel_filter

Index = QModelIndex | QPersistentModelIndex
TOTAL_BG = QColor("#f2f4f7")


class StatsTableModel(RecordTableModel[ConsultantStats]):
    """One row per consultant, then the totals row."""

    COLUMNS = 8

    def headers(self) -> list[str]:
        return [self.tr("Consultant"), self.tr("Valid"), self.tr("Invalid"),
                self.tr("Returning"), self.tr("Avg. reception (min)"),
                self.tr("Skipped (fill-ins)"), self.tr("Missed turns"), self.tr("Overrides")]

    def set_stats(self, rows: list[ConsultantStats]) -> None:
        self.reset_rows(rows)

    def stats(self) -> list[ConsultantStats]:
        return self.rows()

    def totals(self) -> dict[str, int]:
        keys = ("valid", "invalid", "returning", "skipped", "missed", "overrides")
        return {key: sum(getattr(r, key) for r in self._rows) for key in keys}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + 1 if self._rows else 0

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


class StatsDialog(PeriodReportDialog):
    """轮接统计 for today, this week, this month or chosen dates."""

    TOPICS = (ROTATION, PARTIES, EVERYTHING)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent, name="rotationStatsDialog",
                         title=self.tr("Rotation statistics"), size=(900, 440))
        top = self.period_bar("stats")

        self.model = StatsTableModel(self)
        self.table = self.read_only_table(QTableView(), self.model, "statsTable")
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

        self.export_button = self.add_button(self.tr("Export…"), "statsExport")
        self.export_button.clicked.connect(self.choose_export)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(self.status_row("statsResult"))

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
            self.error.show_text(self.start_date_after_end())
            return
        rows = self.services.rotation.stats(date_from, date_to)
        self.model.set_stats(rows)
        self.empty.setVisible(not rows)

    # -- export ----------------------------------------------------------------------------
    def choose_export(self) -> None:
        date_from, date_to = self.dates()
        suggested = str(Path.home() / f"rotation-stats-{date_from.isoformat()}"
                        f"-{date_to.isoformat()}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the statistics"), suggested, excel_filter())
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Write the period's statistics (dataset ``rotation-stats``) to .xlsx or .csv."""
        date_from, date_to = self.dates()
        return self.export_dataset("rotation-stats", date_from, date_to, path)

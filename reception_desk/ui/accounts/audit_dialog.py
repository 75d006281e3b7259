"""The audit log for an administrator: a period, an action filter, export CSV/XLSX.

Built on the report dialogs' base (ui/common/report_dialog.py): the period picker,
the Close box with the export button, and the export written in a worker thread
(a year of log rows does not freeze the desk)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.audit_actions import action_source
from ...domain.roles import Actor
from ...domain.timeutil import local_day_bounds
from ...services.audit import AuditRecord
from ...services.context import Services
from ..common import PeriodReportDialog, excel_filter
from ..text import translate

#: The days the log opens on: the last week, today included.
OPENING_DAYS = 7


class AuditDialog(PeriodReportDialog):
    """审计日志: who did what and when, oldest first, for the chosen local days."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, parent, name="auditDialog", title=self.tr("Audit log"),
                         size=(860, 520))
        self.actor = actor
        self.records: list[AuditRecord] = []
        top = self.period_bar("audit")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), "")
        for name in services.audit.actions(actor):
            self.action.addItem(translate("Messages", action_source(name)), name)
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        top.insertWidget(top.count() - 1, self.action)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("Action"),
                                              self.tr("Target"), self.tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.export_button = self.add_button(self.tr("Export…"), "auditExport")
        self.export_button.clicked.connect(self.choose_export)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(self.status_row("auditResult"))
        self.follow_period()
        today = services.arrivals.today()
        self.set_dates(today - timedelta(days=OPENING_DAYS - 1), today)

    def reload(self) -> None:
        self.error.clear_text()
        date_from, date_to = self.dates()
        if date_from > date_to:
            self._show([])
            self.error.show_text(self.start_date_after_end())
            return
        zone = self.services.settings.current().zone()
        start, _ = local_day_bounds(date_from, zone)
        _, end = local_day_bounds(date_to, zone)
        self._show(self.services.audit.entries(self.actor, start, end,
                                               self.action.currentData() or None))

    def _show(self, records: list[AuditRecord]) -> None:
        self.records = records
        zone = self.services.settings.current().zone()
        self.table.setRowCount(len(records))
        for row, entry in enumerate(records):
            values = [entry.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"), entry.actor,
                      translate("Messages", action_source(entry.action)), entry.target,
                      entry.detail]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def choose_export(self) -> None:
        date_from, date_to = self.dates()
        suggested = str(Path.home() / f"audit-{date_from.isoformat()}-{date_to.isoformat()}.xlsx")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export audit log"), suggested, excel_filter())
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Write the chosen days of the log (dataset ``audit``, checked and audited as the
        signed-in administrator) to .xlsx or .csv in a worker thread."""
        date_from, date_to = self.dates()
        return self.export_dataset("audit", date_from, date_to, path, self.actor)

"""The audit log for an administrator: filter by dates and action, export CSV/XLSX."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.audit_actions import action_source
from ...domain.errors import DomainError
from ...domain.roles import Actor
from ...domain.timeutil import local_date, local_day_bounds
from ...services.audit import AuditRecord
from ...services.context import Services
from ..period_choice import bound_dates, pydate, qdate
from ..text import is_chinese, message, translate


class AuditDialog(QDialog):
    """审计日志: who did what and when, oldest first, for the chosen local days."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(860, 520)
        zone = services.settings.current().zone()
        today = local_date(services.clock(), zone)
        self.date_from = QDateEdit(qdate(today - timedelta(days=6)))
        self.date_from.setObjectName("auditFrom")
        self.date_to = QDateEdit(qdate(today))
        self.date_to.setObjectName("auditTo")
        bound_dates(self.date_from, self.date_to)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.reload())
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), "")
        for name in services.audit.actions(actor):
            self.action.addItem(translate("Messages", action_source(name)), name)
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.choose_export)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("Action"),
                                              self.tr("Target"), self.tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.date_to)
        top.addWidget(self.action)
        top.addStretch(1)
        top.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.records: list[AuditRecord] = []
        self.reload()

    def reload(self) -> None:
        zone = self.services.settings.current().zone()
        start, _ = local_day_bounds(pydate(self.date_from.date()), zone)
        _, end = local_day_bounds(pydate(self.date_to.date()), zone)
        self.records = self.services.audit.entries(self.actor, start, end,
                                                   self.action.currentData() or None)
        self.table.setRowCount(len(self.records))
        for row, entry in enumerate(self.records):
            values = [entry.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"), entry.actor,
                      translate("Messages", action_source(entry.action)), entry.target,
                      entry.detail]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export audit log"), "audit.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            self.export(path)

    def export(self, path: str) -> int | None:
        """Write the chosen days of the log through the export registry (audited)."""
        # The registry loads every dataset and ReportLab: not on the start-up path.
        from ...services.export import export_to_file, format_for_path

        lang = "zh_CN" if is_chinese() else "en"
        try:
            return export_to_file(self.services, "audit", pydate(self.date_from.date()),
                                  pydate(self.date_to.date()), format_for_path(path), lang,
                                  Path(path), actor=self.actor)
        except (DomainError, OSError) as exc:
            text = message(exc) if isinstance(exc, DomainError) else str(exc)
            QMessageBox.warning(self, self.windowTitle(), text)
            return None


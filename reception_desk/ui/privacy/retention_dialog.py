"""Retention preview (admin): who the next daily run anonymises, and "anonymise now".

Lists the customers with no visit, call or appointment since the cutoff
(retention_days before now) with their last activity and how many calls,
visits and appointments each has (they stay, without the personal data), and
the records without a customer that lose their personal text too. The period
itself is changed in File › Settings (hotline group).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.roles import Actor
from ...services.context import Services
from ...services.privacy import RetentionPreview
from ..text import message


class RetentionDialog(QDialog):
    """个人信息保留期限: the preview of the next run, for an administrator."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention preview"))
        self.resize(820, 520)
        self.summary = QLabel()
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Name"), self.tr("Phone"), self.tr("Last activity"),
            self.tr("Calls"), self.tr("Visits"), self.tr("Appointments")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.orphans = QLabel()
        self.orphans.setObjectName("retentionOrphans")
        self.orphans.setWordWrap(True)
        hint = QLabel(self.tr("The anonymised records stay (counts and statistics are kept); "
                              "names, phones, plates, addresses and notes are removed. "
                              "Change the period in File › Settings."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #667085;")
        self.run_button = QPushButton(self.tr("Anonymise now…"))
        self.run_button.setObjectName("retentionRun")
        self.run_button.clicked.connect(self.ask_run)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.run_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.orphans)
        layout.addWidget(hint)
        layout.addLayout(bottom)
        self.preview: RetentionPreview | None = None
        self.reload()

    def reload(self) -> None:
        zone = self.services.settings.current().zone()
        try:
            preview = self.services.privacy.preview(self.actor)
        except DomainError as exc:
            self.summary.setText(message(exc))
            return
        self.preview = preview
        last = self.services.privacy.last_daily_run()
        self.summary.setText(
            self.tr("Customers with no visit, call or appointment since %1 (%2 days) are "
                    "anonymised by the next daily run. Last run: %3.")
            .replace("%1", preview.cutoff.astimezone(zone).strftime("%Y-%m-%d %H:%M"))
            .replace("%2", str(preview.days))
            .replace("%3", last.isoformat() if last else self.tr("never")))
        self.table.setRowCount(len(preview.customers))
        for row, c in enumerate(preview.customers):
            values = (str(c.customer_id), c.name or "—", c.phone or "—",
                      c.last_activity.astimezone(zone).strftime("%Y-%m-%d"),
                      str(c.calls), str(c.visits), str(c.appointments))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (0, 4, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        count = len(preview.customers)
        self.orphans.setText(
            self.tr("%n customer(s) due.", "", count) + " "
            + self.tr("Without a customer record: %1 calls, %2 visits, %3 appointments.")
            .replace("%1", str(preview.orphan_calls)).replace("%2", str(preview.orphan_visits))
            .replace("%3", str(preview.orphan_appointments)))
        self.run_button.setEnabled(preview.total > 0)

    def ask_run(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), self.tr(
            "Remove the personal data of everything listed now? This cannot be undone; "
            "counts and statistics stay."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("retentionConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._answered)
        box.open()
        return box

    def _answered(self, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        try:
            done = self.services.privacy.run(self.actor)
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        count = len(done.customers)
        self.reload()
        self.summary.setText(self.tr("Anonymised %n customer(s).", "", count) + " "
                             + self.summary.text())

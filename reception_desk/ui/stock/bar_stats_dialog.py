"""Bar › Bar statistics…: the water bar's figures for today, this week, this month or
chosen dates — orders, drinks, time to serve (median and 90th percentile), share
served within the promise, refills per party and what serving took from stock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.events import BAR, EVERYTHING, SETTINGS, STOCK
from ...domain.timeutil import format_duration
from ...services.bar_stats import BarStats, bar_stats
from ...services.context import Services
from ..common import PeriodReportDialog
from .common import format_quantity

FIGURES = ("orders", "items", "served", "median", "p90", "in_time", "refills", "new_cups")


class BarStatsDialog(PeriodReportDialog):
    """水吧统计 for a period."""

    TOPICS = (BAR, STOCK, SETTINGS, EVERYTHING)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent, name="barStatsDialog",
                         title=self.tr("Bar statistics"), size=(640, 560))
        top = self.period_bar("barStats")

        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        captions = {
            "orders": self.tr("Orders"),
            "items": self.tr("Drinks ordered"),
            "served": self.tr("Orders served"),
            "median": self.tr("Median time to serve"),
            "p90": self.tr("90% served within"),
            "in_time": self.tr("Served within the promise"),
            "refills": self.tr("Refills per party"),
            "new_cups": self.tr("New cups at refill rounds"),
        }
        for key in FIGURES:
            value = QLabel()
            value.setObjectName(f"barStat_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-weight: 600;")
            self.values[key] = value
            form.addRow(captions[key], value)

        self.consumption = QTableWidget(0, 3)
        self.consumption.setObjectName("barStatsConsumption")
        self.consumption.setHorizontalHeaderLabels(
            [self.tr("Stock item"), self.tr("Used by serving"), self.tr("Unit")])
        self.consumption.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consumption.setAlternatingRowColors(True)
        self.consumption.verticalHeader().hide()
        header = self.consumption.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        consumption_title = QLabel(self.tr("Consumption (serving minus recalls)"))
        consumption_title.setObjectName("sectionTitle")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #667085;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(consumption_title)
        layout.addWidget(self.consumption, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.current: BarStats | None = None
        self.follow_period()
        self.period.setFocus()

    # -- figures ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.error.clear_text()
        date_from, date_to = self.dates()
        if date_from > date_to:
            self.current = None
            for label in self.values.values():
                label.setText("—")
            self.consumption.setRowCount(0)
            self.error.show_text(self.start_date_after_end())
            return
        self.current = stats = bar_stats(self.services, date_from, date_to)
        dash = "—"
        self.values["orders"].setText(str(stats.orders))
        self.values["items"].setText(str(stats.items))
        self.values["served"].setText(str(stats.served))
        self.values["median"].setText(dash if stats.median_seconds is None
                                      else format_duration(stats.median_seconds))
        self.values["p90"].setText(dash if stats.p90_seconds is None
                                   else format_duration(stats.p90_seconds))
        share = stats.in_time_share
        self.values["in_time"].setText(
            dash if share is None else self.tr("%1% (%2 of %3; %4 late)")
            .replace("%1", f"{share * 100:.0f}").replace("%2", str(stats.in_time))
            .replace("%3", str(stats.served)).replace("%4", str(stats.late)))
        per_party = stats.refills_per_party
        self.values["refills"].setText(
            dash if per_party is None else self.tr("%1 (%2 refills, %3 parties)")
            .replace("%1", f"{per_party:.2f}").replace("%2", str(stats.refills))
            .replace("%3", str(stats.parties)))
        self.values["new_cups"].setText(str(stats.new_cups))
        self.consumption.setRowCount(len(stats.consumption))
        for row, item in enumerate(stats.consumption):
            cells = [item.name, format_quantity(item.quantity), item.unit]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.consumption.setItem(row, col, cell)
        self.note.setText(self.tr(
            "Time to serve runs from ordering to serving, over served orders; the promise is "
            "%1 minutes. A refill is the same cup topped up; a different drink at a refill "
            "round is a new cup and a new order.").replace("%1", str(stats.serve_minutes)))

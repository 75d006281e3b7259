"""The bar window (水吧): for a second monitor or a second PC.

Until the water-bar feature lands it shows who is seated where right now,
in type readable from two metres. Privacy: surname and honorific only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.events import EVERYTHING, PARTIES, SETTINGS, Event
from ..domain.records import PartyRecord
from ..domain.stages import Stage
from ..domain.timeutil import format_duration
from ..services.context import Services
from .events import EventBridge
from .prefs import BAR_GEOMETRY, make_prefs
from .text import record_name

Index = QModelIndex | QPersistentModelIndex


class SeatedModel(QAbstractTableModel):
    """Seated parties, one row per place, in the order of the site's place list."""

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[PartyRecord] = []

    def headers(self) -> list[str]:
        return [self.tr("Place"), self.tr("Guest"), self.tr("Size"), self.tr("Seated at"),
                self.tr("Seated for")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if index.column() in (0, 1)
                else Qt.AlignmentFlag.AlignCenter))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        zone = self.services.settings.current().zone()
        seated_at = record.stage_at
        match index.column():
            case 0:
                return record.place or ""
            case 1:
                return record_name(record)
            case 2:
                return self.tr("%n person(s)", "", record.size)
            case 3:
                return seated_at.astimezone(zone).strftime("%H:%M")
            case 4:
                return format_duration((self.services.clock() - seated_at).total_seconds())
        return None

    def reload(self) -> None:
        order = {p: i for i, p in enumerate(self.services.settings.current().places)}
        records = [r for r in self.services.arrivals.list_day(self.services.arrivals.today())
                   if r.stage is Stage.SEATED and r.place]
        records.sort(key=lambda r: order.get(r.place or "", len(order)))
        self.beginResetModel()
        self.rows = records
        self.endResetModel()

    def tick(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.rows) - 1, 4))


class BarWindow(QMainWindow):
    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barWindow")
        self.services = services
        self.remember_layout = True
        self.setWindowTitle(self.tr("Water bar — %1").replace(
            "%1", services.settings.current().site_name))
        self.model = SeatedModel(services, self)
        self.title = QLabel()
        self.title.setObjectName("barTitle")
        self.view = QTableView()
        self.view.setObjectName("seatedTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(64)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.0)
        self.view.setFont(big)
        self.empty = QLabel(self.tr("No guests seated right now."))
        self.empty.setObjectName("barEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Drink orders with serve timers will appear here "
                                   "when the water-bar feature is installed."))
        self.hint.setObjectName("barHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.hint)
        self.setCentralWidget(body)
        bridge.changed.connect(self._on_event)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.model.tick)
        self._timer.start()
        self.reload()
        geometry = make_prefs().value(BAR_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    def _on_event(self, event: Event) -> None:
        if event.topic in (PARTIES, SETTINGS, EVERYTHING):
            self.reload()

    def reload(self) -> None:
        self.model.reload()
        count = len(self.model.rows)
        people = sum(r.size for r in self.model.rows)
        self.title.setText(self.tr("Seated now: %1 tables, %2 guests")
                           .replace("%1", str(count)).replace("%2", str(people)))
        self.empty.setVisible(count == 0)

    def closeEvent(self, event: Any) -> None:
        if not self.remember_layout:
            super().closeEvent(event)
            return
        prefs = make_prefs()
        prefs.setValue(BAR_GEOMETRY, self.saveGeometry())
        prefs.sync()
        super().closeEvent(event)

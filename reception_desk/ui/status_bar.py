"""The main window's status bar: database in use, today's counts, the clock."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..domain.events import EVERYTHING, PARTIES, SETTINGS, Event
from ..services.context import Services
from .events import EventBridge
from .text import parties_people


class DeskStatusBar(QStatusBar):
    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.database = QLabel(services.db.describe())
        self.database.setObjectName("statusDatabase")
        self.counts = QLabel()
        self.counts.setObjectName("statusCounts")
        self.clock = QLabel()
        self.clock.setObjectName("statusClock")
        #: Shown while the database server does not answer (PostgreSQL).
        self.offline = QLabel(self.tr("Connection to the database lost: reconnecting… "
                                      "Actions are refused until it is back."))
        self.offline.setObjectName("statusOffline")
        self.offline.setStyleSheet("color: #ffffff; background: #d92d20; padding: 2px 8px;"
                                   " font-weight: bold;")
        self.offline.hide()
        self.addWidget(self.offline)
        self.addWidget(self.database, 1)
        self.addPermanentWidget(self.counts)
        self.addPermanentWidget(self.clock)
        bridge.changed.connect(self._on_event)
        bridge.connection.connect(self._on_connection)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.refresh_counts()
        self._tick()

    def _on_connection(self, connected: bool) -> None:
        self.offline.setVisible(not connected)
        if connected:
            self.showMessage(self.tr("Connection to the database is back; everything was "
                                     "reloaded."), 10000)

    def _on_event(self, event: Event) -> None:
        if event.concerns(PARTIES, SETTINGS, EVERYTHING):
            self.refresh_counts()

    def refresh_counts(self) -> None:
        counts = self.services.arrivals.counts(self.services.arrivals.today())
        self.counts.setText(
            self.tr("Today: %1 · in the building now: %2")
            .replace("%1", parties_people(counts.parties, counts.people))
            .replace("%2", parties_people(counts.in_building_parties,
                                          counts.in_building_people)))

    def _tick(self) -> None:
        now = self.services.clock().astimezone(self.services.settings.current().zone())
        self.clock.setText(now.strftime("%Y-%m-%d  %H:%M:%S"))

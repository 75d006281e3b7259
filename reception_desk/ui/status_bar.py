"""The main window's status bar: database in use, today's counts, the clock."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..domain.events import EVERYTHING, PARTIES, SETTINGS, Event
from ..services.context import Services
from .events import EventBridge
from .text import parties_people


class ClockLabel(QLabel):
    """The time, in a label as wide as the widest time its font draws.

    A label whose text may change its size lays its window out again at each new text:
    every second, the main window and its docks (which then moved and repainted the
    window's right side). At a fixed size, a new second repaints the clock alone."""

    FORMAT = "%Y-%m-%d  %H:%M:%S"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit()

    def show_time(self, now: datetime) -> None:
        self.setText(now.strftime(self.FORMAT))

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        widest = max("0123456789", key=metrics.horizontalAdvance)
        sample = re.sub(r"\d", widest, datetime(2000, 1, 1).strftime(self.FORMAT))
        text = self.text()
        self.setMinimumSize(0, 0)
        self.setMaximumSize(16777215, 16777215)
        self.setText(sample)
        hint = self.sizeHint()
        self.setText(text)
        self.setFixedSize(hint)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


class DeskStatusBar(QStatusBar):
    def __init__(self, services: Services, bridge: EventBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.database = QLabel(services.db.describe())
        self.database.setObjectName("statusDatabase")
        self.counts = QLabel()
        self.counts.setObjectName("statusCounts")
        self.clock = ClockLabel()
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
        self.clock.show_time(now)

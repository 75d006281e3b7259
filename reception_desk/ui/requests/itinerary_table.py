"""The itinerary of a request (商务考察行程安排): time, activity, place, our attendees."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QWidget

from ...domain.reception_request import ItineraryItem
from .row_table import RowTable

ITINERARY_COLUMNS = ("starts_at", "activity", "place", "attendees")


def to_qdatetime(moment: datetime, zone: ZoneInfo) -> QDateTime:
    """The site's wall-clock time as a zone-free Qt value (UTC spec: no DST surprises)."""
    local = moment.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute),
                     QTimeZone(b"UTC"))


def from_qdatetime(value: QDateTime, zone: ZoneInfo) -> datetime:
    """Read the wall-clock fields back as a time in the site's zone."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)


class ItineraryTable(RowTable):
    def __init__(self, zone: Callable[[], ZoneInfo], default_start: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        self._zone = zone
        self._default_start = default_start
        super().__init__("itinerary", [self.tr("Time"), self.tr("Activity"), self.tr("Place"),
                                       self.tr("Our attendees")],
                         self.tr("Add item"), parent)
        self.table.setColumnWidth(0, 130)

    def make_cells(self) -> list[QWidget]:
        when = QDateTimeEdit()
        when.setObjectName("itemTime")
        when.setDisplayFormat("MM-dd HH:mm")
        when.setFrame(False)
        # A new item starts where the last one is, or at the planned arrival.
        previous = self.table.rowCount() - 2
        start = (self._start_of(previous) if previous >= 0 else self._default_start())
        when.setDateTime(to_qdatetime(start, self._zone()))
        when.dateTimeChanged.connect(lambda _v: self.changed.emit())
        cells: list[QWidget] = [when]
        for name, hint in (("itemActivity", self.tr("e.g. 参观沙盘、样板房")),
                           ("itemPlace", self.tr("e.g. 售楼处")),
                           ("itemAttendees", self.tr("e.g. 总经理、销售经理"))):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(hint)
            edit.setMaxLength(80)
            edit.setFrame(False)
            edit.textEdited.connect(lambda _t: self.changed.emit())
            cells.append(edit)
        return cells

    def _time(self, row: int) -> QDateTimeEdit:
        widget = self.cell(row, 0)
        assert isinstance(widget, QDateTimeEdit)
        return widget

    def _edit(self, row: int, col: int) -> QLineEdit:
        widget = self.cell(row, col)
        assert isinstance(widget, QLineEdit)
        return widget

    def _start_of(self, row: int) -> datetime:
        return from_qdatetime(self._time(row).dateTime(), self._zone())

    def row_is_blank(self, row: int) -> bool:
        return not any(self._edit(row, col).text().strip() for col in (1, 2, 3))

    def items(self) -> tuple[ItineraryItem, ...]:
        return tuple(ItineraryItem(starts_at=self._start_of(row),
                                   activity=self._edit(row, 1).text().strip(),
                                   place=self._edit(row, 2).text().strip(),
                                   attendees=self._edit(row, 3).text().strip())
                     for row in self.filled_rows())

    def set_items(self, items: tuple[ItineraryItem, ...]) -> None:
        self.clear_rows()
        for item in items:
            row = self.add_row()
            self._time(row).setDateTime(to_qdatetime(item.starts_at, self._zone()))
            for col, value in ((1, item.activity), (2, item.place), (3, item.attendees)):
                self._edit(row, col).setText(value)

"""Table model adapting a list of RequestRecord snapshots to the requests dock's table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.reception_request import RequestRecord
from ..common import RecordTableModel
from .labels import STATUS_COLOURS, RowFlags, flag_texts, local_text, row_flags, status_label

Index = QModelIndex | QPersistentModelIndex
REQUEST_ID_ROLE = Qt.ItemDataRole.UserRole + 1

FLAG_FG = QColor("#b42318")
FLAG_BG = QColor("#fef3f2")
SHORT_FG = QColor("#b54708")
LEVEL_A_FG = QColor("#c4320a")


class Col(IntEnum):
    NUMBER = 0
    LEVEL = 1
    ORGANISATION = 2
    ARRIVAL = 3
    HEADCOUNT = 4
    HOST = 5
    STATUS = 6
    FLAGS = 7


CENTRED = (Col.LEVEL, Col.HEADCOUNT)


class RequestTableModel(RecordTableModel[RequestRecord]):
    """One row per request; flags (short notice, itinerary, feedback) in colour and words."""

    COLUMNS = len(Col)

    def __init__(self, clock: Callable[[], datetime], zone: Callable[[], ZoneInfo],
                 itinerary_days: Callable[[], int], parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = zone
        self._itinerary_days = itinerary_days

    def headers(self) -> list[str]:
        """The column titles, indexed by `Col`."""
        titles = {
            Col.NUMBER: self.tr("No."), Col.LEVEL: self.tr("Level"),
            Col.ORGANISATION: self.tr("Organisation"), Col.ARRIVAL: self.tr("Arrival"),
            Col.HEADCOUNT: self.tr("People"), Col.HOST: self.tr("Host"),
            Col.STATUS: self.tr("Status"), Col.FLAGS: self.tr("Attention"),
        }
        return [titles[col] for col in Col]

    # -- Qt API ------------------------------------------------------------------
    def flags_of(self, record: RequestRecord) -> RowFlags:
        return row_flags(record, self._clock(), self._zone(), self._itinerary_days())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, col)
        if role == REQUEST_ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.STATUS:
                return QBrush(QColor(STATUS_COLOURS[record.status][0]))
            if col == Col.FLAGS:
                flags = self.flags_of(record)
                overdue = flags.feedback_overdue or flags.itinerary_not_sent
                return QBrush(FLAG_FG if overdue else SHORT_FG)
            if col == Col.LEVEL and record.form.level.value == "A":
                return QBrush(LEVEL_A_FG)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == Col.STATUS:
                return QBrush(QColor(STATUS_COLOURS[record.status][1]))
            if col == Col.FLAGS and self.flags_of(record).any():
                return QBrush(FLAG_BG)
        if role == Qt.ItemDataRole.FontRole and col in (Col.NUMBER, Col.LEVEL, Col.FLAGS):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record)
        return None

    def _display(self, record: RequestRecord, col: Col) -> str:
        form = record.form
        match col:
            case Col.NUMBER:
                return record.number
            case Col.LEVEL:
                return form.level.value
            case Col.ORGANISATION:
                return form.organisation or "—"
            case Col.ARRIVAL:
                return local_text(form.arrival_at, self._zone())
            case Col.HEADCOUNT:
                return str(form.headcount) if form.headcount is not None else "—"
            case Col.HOST:
                return form.host or "—"
            case Col.STATUS:
                return status_label(record.status)
            case Col.FLAGS:
                return " · ".join(flag_texts(self.flags_of(record)))
        return ""

    def _tooltip(self, record: RequestRecord) -> str:
        form = record.form
        lines = [f"{record.number} · {form.organisation}", status_label(record.status)]
        if form.purpose:
            lines.append(form.purpose)
        lines += flag_texts(self.flags_of(record))
        return "\n".join(line for line in lines if line)

    # -- access --------------------------------------------------------------------
    def records(self) -> list[RequestRecord]:
        return self.rows()

    def record_at(self, row: int) -> RequestRecord | None:
        return self.row_at(row)

    def set_records(self, records: list[RequestRecord]) -> None:
        """Update in place: selection and scroll position survive a refresh."""
        self.sync(records)

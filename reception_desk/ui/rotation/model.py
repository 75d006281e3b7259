"""Table model of today's queue: who is where, their status, receptions and idle time.

Rows are plain `QueueRow` snapshots built from a `QueueState` and the roster's
names. Updates happen in place (rows move, change, appear, go) so the view's
selection and scroll position survive a reload. Off-duty consultants are not
in the queue and so not in the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.rotation import DutyStatus, QueueState
from ...domain.timeutil import format_duration
from ..common import RecordTableModel
from ..text import duty_label

Index = QModelIndex | QPersistentModelIndex
CONSULTANT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Text and background colour of each duty status (colour and words, never colour alone).
STATUS_COLOURS: dict[DutyStatus, tuple[str, str]] = {
    DutyStatus.AVAILABLE: ("#027a48", "#ecfdf3"),
    DutyStatus.RECEIVING: ("#175cd3", "#eff8ff"),
    DutyStatus.BREAK: ("#b54708", "#fffaeb"),
    DutyStatus.OUT: ("#5d6b82", "#f2f4f7"),
    DutyStatus.OFF: ("#98a2b3", "#f9fafb"),
}
UP_BG = QColor("#c4320a")
UP_FG = QColor("#ffffff")
DECK_BG = QColor("#fdead7")
DECK_FG = QColor("#93370d")
MUTED_FG = QColor("#98a2b3")


class Mark(IntEnum):
    NONE = 0
    UP = 1
    ON_DECK = 2


class Col(IntEnum):
    POSITION = 0
    MARK = 1
    NAME = 2
    STATUS = 3
    VALID = 4
    INVALID = 5
    RETURNING = 6
    SINCE = 7


COUNT_COLUMNS = (Col.VALID, Col.INVALID, Col.RETURNING)
CENTRED = (Col.POSITION, Col.MARK, Col.VALID, Col.INVALID, Col.RETURNING, Col.SINCE)


@dataclass(frozen=True)
class QueueRow:
    consultant_id: int
    name: str
    position: int
    status: DutyStatus
    valid: int
    invalid: int
    returning: int
    last_customer_at: datetime | None
    mark: Mark
    # How many parties the consultant is receiving right now.
    parties: int


def queue_rows(state: QueueState, names: dict[int, str]) -> list[QueueRow]:
    """The queue in order, one row per consultant on duty."""
    up, deck = state.up(), state.on_deck()
    rows = []
    for index, cid in enumerate(state.order):
        mark = Mark.UP if cid == up else Mark.ON_DECK if cid == deck else Mark.NONE
        rows.append(QueueRow(
            consultant_id=cid, name=names.get(cid, f"#{cid}"), position=index + 1,
            status=state.status.get(cid, DutyStatus.AVAILABLE), valid=state.valid[cid],
            invalid=state.invalid[cid], returning=state.returning[cid],
            last_customer_at=state.last_customer_at.get(cid), mark=mark,
            parties=len(state.receiving.get(cid, ()))))
    return rows


class QueueTableModel(RecordTableModel[QueueRow]):
    """The queue, one row per consultant on duty, keyed by consultant."""

    COLUMNS = len(Col)

    def __init__(self, clock: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock

    # -- texts -------------------------------------------------------------------
    def headers(self) -> list[str]:
        """The column titles, indexed by `Col`."""
        titles = {
            Col.POSITION: self.tr("#", "column: place in the queue"), Col.MARK: "",
            Col.NAME: self.tr("Name", "column: the consultant's name (narrow dock)"),
            Col.STATUS: self.tr("Status"),
            Col.VALID: self.tr("Val", "column: valid receptions today"),
            Col.INVALID: self.tr("Inv", "column: invalid receptions today"),
            Col.RETURNING: self.tr("Ret", "column: returning customers today"),
            Col.SINCE: self.tr("Since", "column: time since the last customer"),
        }
        return [titles[col] for col in Col]

    def header_tip(self, section: int) -> str | None:
        return self.header_tips().get(Col(section))

    def header_tips(self) -> dict[Col, str]:
        return {
            Col.POSITION: self.tr("Place in the turn order"),
            Col.NAME: self.tr("Consultant"),
            Col.MARK: self.tr("Up receives the next new customer; on deck prepares"),
            Col.VALID: self.tr("Valid receptions today (new customers)"),
            Col.INVALID: self.tr("Invalid receptions today (turn given back)"),
            Col.RETURNING: self.tr("Returning customers received today (no turn used)"),
            Col.SINCE: self.tr("Time since the consultant's last customer today"),
        }

    def mark_text(self, mark: Mark) -> str:
        if mark is Mark.UP:
            return self.tr("Up", "queue mark: receives next")
        if mark is Mark.ON_DECK:
            return self.tr("Next", "queue mark: on deck")
        return ""

    def status_text(self, row: QueueRow) -> str:
        return duty_label(row.status)

    def since_text(self, row: QueueRow) -> str:
        if row.last_customer_at is None:
            return "—"
        return format_duration((self._clock() - row.last_customer_at).total_seconds())

    # -- Qt API --------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == CONSULTANT_ID_ROLE:
            return row.consultant_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == Col.STATUS:
                return QBrush(QColor(STATUS_COLOURS[row.status][1]))
            if col == Col.MARK and row.mark is Mark.UP:
                return QBrush(UP_BG)
            if col == Col.MARK and row.mark is Mark.ON_DECK:
                return QBrush(DECK_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.STATUS:
                return QBrush(QColor(STATUS_COLOURS[row.status][0]))
            if col == Col.MARK:
                return QBrush(UP_FG if row.mark is Mark.UP else DECK_FG)
            if col in COUNT_COLUMNS and not getattr(row, col.name.lower()):
                return QBrush(MUTED_FG)
            if col == Col.SINCE and row.last_customer_at is None:
                return QBrush(MUTED_FG)
        if role == Qt.ItemDataRole.FontRole and col in (Col.NAME, Col.STATUS, Col.MARK):
            font = QFont()
            font.setBold(col != Col.NAME or row.mark is not Mark.NONE)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _display(self, row: QueueRow, col: Col) -> str:
        match col:
            case Col.POSITION:
                return str(row.position)
            case Col.MARK:
                return self.mark_text(row.mark)
            case Col.NAME:
                return row.name
            case Col.STATUS:
                return self.status_text(row)
            case Col.VALID:
                return str(row.valid)
            case Col.INVALID:
                return str(row.invalid)
            case Col.RETURNING:
                return str(row.returning)
            case Col.SINCE:
                return self.since_text(row)
        return ""

    def _tooltip(self, row: QueueRow) -> str:
        status = self.status_text(row)
        if row.status is DutyStatus.RECEIVING and row.parties > 1:
            status += " " + self.tr("(%n parties)", "", row.parties)
        lines = [f"{row.position}. {row.name} · {status}",
                 self.tr("Today: %1 valid, %2 invalid, %3 returning")
                 .replace("%1", str(row.valid)).replace("%2", str(row.invalid))
                 .replace("%3", str(row.returning))]
        if row.last_customer_at is None:
            lines.append(self.tr("No customer yet today"))
        else:
            lines.append(self.tr("Last customer %1 ago").replace("%1", self.since_text(row)))
        return "\n".join(lines)

    # -- access ----------------------------------------------------------------------
    def row_key(self, row: QueueRow) -> int:
        return row.consultant_id

    # -- updates ---------------------------------------------------------------------
    def set_state(self, state: QueueState, names: dict[int, str]) -> None:
        self.set_rows(queue_rows(state, names))

    def set_rows(self, rows: list[QueueRow]) -> None:
        """Update in place: changed rows repaint, new rows insert, gone rows go."""
        self.sync(rows)

    def tick(self) -> None:
        """Repaint the idle-time column (once a second)."""
        self.repaint([Col.SINCE], [Qt.ItemDataRole.DisplayRole])

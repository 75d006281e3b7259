"""Table model of today's queue: who is where, their status, receptions and idle time.

Rows are plain `QueueRow` snapshots built from a `QueueState` and the roster's
names. Updates happen in place (rows move, change, appear, go) so the view's
selection and scroll position survive a reload. Off-duty consultants are not
in the queue and so not in the table.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.rotation import DutyStatus, QueueState
from ...domain.timeutil import format_duration
from ..cell_cache import brush_key
from ..common import RecordTableModel, cell_brush
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
_COLUMNS = tuple(Col)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CONSULTANT_ID = int(CONSULTANT_ID_ROLE)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
CENTRED = (Col.POSITION, Col.MARK, Col.VALID, Col.INVALID, Col.RETURNING, Col.SINCE)


class _RowView(NamedTuple):
    """What one row's cells answer, worked out once per change or tick (Qt asks about
    ten roles of every cell at every repaint)."""

    row: QueueRow
    generation: int
    display: tuple[str, ...]
    background: tuple[QBrush | None, ...]
    foreground: tuple[QBrush | None, ...]
    font: tuple[QFont | None, ...]
    #: Each cell's look in one value, for the caching delegate (ui/cell_cache.py).
    keys: tuple[Hashable, ...]


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
        #: Bumped at every change or tick; a row view of another generation is stale.
        self._generation = 0
        self._views: dict[int, _RowView] = {}
        self._fonts: tuple[QFont, QFont] | None = None

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
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        role = int(role)
        view = self._row_view(number)
        column = index.column()
        if role == _DISPLAY:
            return view.display[column]
        if role == _BACKGROUND:
            return view.background[column]
        if role == _FOREGROUND:
            return view.foreground[column]
        if role == _FONT:
            return view.font[column]
        if role == _ALIGNMENT:
            return _CENTRE if _COLUMNS[column] in CENTRED else None
        if role == _CONSULTANT_ID:
            return view.row.consultant_id
        if role == _TOOLTIP:
            return self._tooltip(view.row)
        return None

    def _row_view(self, number: int) -> _RowView:
        row = self._rows[number]
        view = self._views.get(row.consultant_id)
        if view is None or view.row is not row or view.generation != self._generation:
            view = self._make_view(row)
            self._views[row.consultant_id] = view
        return view

    def _make_view(self, row: QueueRow) -> _RowView:
        fg, bg = STATUS_COLOURS[row.status]
        mark_bg = UP_BG if row.mark is Mark.UP else DECK_BG if row.mark is Mark.ON_DECK else None
        background = tuple(
            cell_brush(QColor(bg)) if col == Col.STATUS
            else cell_brush(mark_bg) if col == Col.MARK and mark_bg is not None
            else None
            for col in _COLUMNS)
        muted = cell_brush(MUTED_FG)
        foreground = tuple(
            cell_brush(QColor(fg)) if col == Col.STATUS
            else cell_brush(UP_FG if row.mark is Mark.UP else DECK_FG) if col == Col.MARK
            else muted if col in COUNT_COLUMNS and not getattr(row, col.name.lower())
            else muted if col == Col.SINCE and row.last_customer_at is None
            else None
            for col in _COLUMNS)
        if self._fonts is None:
            plain, bold = QFont(), QFont()
            bold.setBold(True)
            self._fonts = (plain, bold)
        plain, bold = self._fonts
        font = tuple(
            (bold if col != Col.NAME or row.mark is not Mark.NONE else plain)
            if col in (Col.NAME, Col.STATUS, Col.MARK) else None
            for col in _COLUMNS)
        display = tuple(self._display(row, col) for col in _COLUMNS)
        keys = tuple((display[col], brush_key(background[col]), brush_key(foreground[col]),
                      0 if font[col] is None else 1 if font[col] is plain else 2,
                      col in CENTRED) for col in _COLUMNS)
        return _RowView(row, self._generation, display, background, foreground, font, keys)

    def cell_key(self, row: int, column: int) -> Hashable | None:
        """What decides the cell's look (ui/cell_cache.py): one call instead of seven."""
        if not 0 <= row < len(self._rows):
            return None
        return self._row_view(row).keys[column]

    def _changed(self) -> None:
        self._generation += 1
        self._views.clear()

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
        self._changed()
        self.sync(rows)

    def tick(self) -> None:
        """Repaint the idle-time column (once a second)."""
        self._changed()
        self.repaint([Col.SINCE], [Qt.ItemDataRole.DisplayRole])

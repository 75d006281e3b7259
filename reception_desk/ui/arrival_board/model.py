"""Table model adapting a list of PartyRecord snapshots to a QTableView.

Type and channel share one column ("预约 · 网络") so every column fits the board's
width at 1366 pixels; the row's tooltip spells out every field in full, for a cell
the board had to elide.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import date, datetime
from enum import IntEnum
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.party import VisitKind
from ...domain.phone import mask_phone
from ...domain.records import PartyRecord
from ...domain.stages import Stage
from ...domain.timeutil import format_duration, local_date
from ..cell_cache import brush_key
from ..common import cell_brush
from ..row_sync import sync_rows
from ..text import invalid_label, kind_label, record_name, stage_label

Index = QModelIndex | QPersistentModelIndex
PARTY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

WAIT_BG = QColor("#fde2e1")
WAIT_FG = QColor("#b42318")
INVALID_FG = QColor("#667085")
RETURNING_FG = QColor("#175cd3")
SEATED_BG = QColor("#ecfdf3")


class Col(IntEnum):
    NO = 0
    ARRIVED = 1
    NAME = 2
    SIZE = 3
    STAGE = 4
    IN_STAGE = 5
    IN_BUILDING = 6
    STATUS = 7
    PLACE = 8
    CONSULTANT = 9
    #: Walk-in / appointment and the channel, folded into one column.
    SOURCE = 10
    DESCRIPTION = 11


TIMED_COLUMNS = (Col.IN_STAGE, Col.IN_BUILDING, Col.STATUS)

# data() runs for every role of every painted cell: plain ints, tuples and sets there.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_PARTY_ID = int(PARTY_ID_ROLE)
_COLUMNS = tuple(Col)
_CENTRED = frozenset({Col.NO, Col.ARRIVED, Col.SIZE, Col.IN_STAGE, Col.IN_BUILDING})
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_BIG = frozenset({Col.NAME, Col.IN_BUILDING, Col.STATUS})
_WAIT_COLOURED = frozenset({Col.STATUS, Col.IN_BUILDING, Col.NAME})

class _RowView(NamedTuple):
    """What the cells of one row answer, worked out once per change (not per paint):
    Qt asks data() for about ten roles of every cell at every repaint."""

    record: PartyRecord
    generation: int
    display: tuple[str, ...]
    background: QBrush | None
    foreground: tuple[QBrush | None, ...]
    font: tuple[QFont | None, ...]
    #: Each cell's look in one value, for the caching delegate (ui/cell_cache.py).
    keys: tuple[Hashable, ...]


#: A row state's background, each cell's foreground and font, and each cell's part of
#: its look besides its text.
_Look = tuple[QBrush | None, tuple[QBrush | None, ...], tuple[QFont | None, ...],
              tuple[Hashable, ...]]


class PartyTableModel(QAbstractTableModel):
    def __init__(self, clock: Callable[[], datetime], zone: Callable[[], ZoneInfo],
                 alert_minutes: Callable[[], int], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PartyRecord] = []
        #: `_waiting`'s answers since the last tick, by party id (with the record asked).
        self._waiting_now: dict[int, tuple[PartyRecord, bool]] = {}
        self._numbers: dict[int, int] = {}
        #: Customer remarks (客户意见) by party id, for the status marker and tooltip.
        self._remarks: dict[int, list[str]] = {}
        self._clock = clock
        self._zone = zone
        self._alert_minutes = alert_minutes
        #: Bumped by every change that can alter a cell (new rows, tick, numbers…).
        self._generation = 0
        self._views: dict[int, _RowView] = {}
        #: `_look` by (waiting, seated, invalid, returning).
        self._looks: dict[tuple[bool, bool, bool, bool], _Look] = {}
        self._fonts: tuple[QFont, QFont] | None = None
        self._titles: list[str] | None = None
        self.show_date = False
        #: The day the board shows; arrivals from other days carry their date.
        self.day: date | None = None

    def headers(self) -> list[str]:
        titles = {
            Col.NO: self.tr("No."), Col.ARRIVED: self.tr("Arrived"),
            Col.NAME: self.tr("Customer"), Col.SIZE: self.tr("Size"),
            Col.STAGE: self.tr("Stage"), Col.IN_STAGE: self.tr("In stage"),
            Col.IN_BUILDING: self.tr("In building"), Col.STATUS: self.tr("Status"),
            Col.PLACE: self.tr("Place"), Col.CONSULTANT: self.tr("Consultant"),
            Col.SOURCE: self.tr("Type · channel"),
            Col.DESCRIPTION: self.tr("Description / note"),
        }
        return [titles[col] for col in Col]

    # -- Qt API ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # Asked for every section at every repaint of the header: translated once.
            if self._titles is None:
                self._titles = self.headers()
            return self._titles[section]  # the tooltip: the whole title of an elided one
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if row < 0:
            return None
        role = int(role)
        view = self._row_view(row)
        column = index.column()
        if role == _DISPLAY:
            return view.display[column]
        if role == _BACKGROUND:
            return view.background
        if role == _FOREGROUND:
            return view.foreground[column]
        if role == _FONT:
            return view.font[column]
        if role == _ALIGNMENT:
            return _CENTRE if column in _CENTRED else None
        if role == _PARTY_ID:
            return view.record.id
        if role == _TOOLTIP:
            return self._tooltip(view.record)
        return None  # decoration, check state, size hint…: none; no clock read

    def cell_key(self, row: int, column: int) -> Hashable | None:
        """What decides the cell's look (ui/cell_cache.py): one call instead of seven."""
        if not 0 <= row < len(self._rows):
            return None
        return self._row_view(row).keys[column]

    def _row_view(self, row: int) -> _RowView:
        record = self._rows[row]
        view = self._views.get(record.id)
        if view is None or view.record is not record or view.generation != self._generation:
            view = self._make_view(record)
            self._views[record.id] = view
        return view

    def _make_view(self, record: PartyRecord) -> _RowView:
        """The row's cells: their texts worked out for the row (one clock and zone read,
        no per-column dispatch), their colours and fonts from the row's few looks."""
        waiting = self._waiting(record)
        look = self._looks.get((waiting, record.stage is Stage.SEATED,
                                record.invalid_reason is not None, record.returning))
        if look is None:
            look = self._look(waiting, record.stage is Stage.SEATED,
                              record.invalid_reason is not None, record.returning)
        background, foreground, font, styles = look
        display = self._texts(record)
        return _RowView(record, self._generation, display, background, foreground, font,
                        tuple(zip(display, styles, strict=True)))

    def _look(self, waiting: bool, seated: bool, invalid: bool,
              returning: bool) -> _Look:
        """The colours and fonts of a row in this state, and each cell's part of its key
        besides its text (ui/cell_cache.py); kept, a row of the board has few states."""
        background = (cell_brush(WAIT_BG) if waiting
                      else cell_brush(SEATED_BG) if seated else None)
        plain = cell_brush(INVALID_FG) if invalid else None
        foreground = tuple(
            cell_brush(WAIT_FG) if waiting and col in _WAIT_COLOURED
            else plain if plain is not None
            else cell_brush(RETURNING_FG) if returning and col == Col.NAME
            else None
            for col in _COLUMNS)
        if self._fonts is None:
            big = QFont()
            big.setPointSizeF(big.pointSizeF() * 1.15)
            bold = QFont(big)
            bold.setBold(True)
            self._fonts = (big, bold)
        big, bold = self._fonts
        font = tuple(
            (bold if col == Col.NAME or (col == Col.STATUS and waiting) else big)
            if col in _BIG else None
            for col in _COLUMNS)
        shade = brush_key(background)
        styles = tuple((shade, brush_key(foreground[col]),
                        0 if font[col] is None else 1 if font[col] is big else 2,
                        col in _CENTRED) for col in _COLUMNS)
        look = (background, foreground, font, styles)
        self._looks[(waiting, seated, invalid, returning)] = look
        return look

    def _changed(self) -> None:
        """Every cell may read differently now: views are worked out again when asked."""
        self._generation += 1
        self._views.clear()

    def _waiting(self, record: PartyRecord) -> bool:
        """Whether the party waits too long; asked by several roles of every cell of a
        row, so the answer is kept until the next tick (once a second) or new rows."""
        known = self._waiting_now.get(record.id)
        if known is None or known[0] is not record:
            known = (record, record.waiting_too_long(self._clock(), self._alert_minutes()))
            self._waiting_now[record.id] = known
        return known[1]

    def _time(self, moment: datetime, zone: ZoneInfo | None = None) -> str:
        local = moment.astimezone(self._zone() if zone is None else zone)
        if self.show_date or (self.day is not None and local.date() != self.day):
            return local.strftime("%m-%d %H:%M")
        return local.strftime("%H:%M")

    def _texts(self, r: PartyRecord) -> tuple[str, ...]:
        """What each cell of the row shows, in column order (`Col`)."""
        now = self._clock()
        zone = self._zone()
        return (
            str(self._numbers.get(r.id, "")),                                  # NO
            self._time(r.arrived_at, zone),                                    # ARRIVED
            record_name(r) + ("  " + self.tr("★ returning") if r.returning else ""),
            self.tr("%n person(s)", "", r.size),                               # SIZE
            stage_label(r.stage),                                              # STAGE
            "" if r.departed else format_duration(r.seconds_in_stage(now)),   # IN_STAGE
            format_duration(r.seconds_in_building(now)),                       # IN_BUILDING
            self._status(r, now, zone),                                        # STATUS
            self._place(r),                                                    # PLACE
            r.consultant,                                                      # CONSULTANT
            self._source(r),                                                   # SOURCE
            " · ".join(x for x in (r.description, r.note) if x),              # DESCRIPTION
        )

    @staticmethod
    def _place(r: PartyRecord) -> str:
        return r.place or (r.last_place if r.departed else "")

    @staticmethod
    def _source(r: PartyRecord) -> str:
        return " · ".join(x for x in (kind_label(r.kind), r.channel) if x)

    def _status(self, r: PartyRecord, now: datetime, zone: ZoneInfo | None = None) -> str:
        parts: list[str] = []
        if r.invalid_reason is not None:
            parts.append(self.tr("Invalid: %1").replace("%1", invalid_label(r.invalid_reason)))
        if self._waiting(r):
            parts.append(self.tr("⚠ Waiting %1, not received").replace(
                "%1", format_duration(r.seconds_in_building(now))))
        elif r.unreceived and not r.departed:
            parts.append(self.tr("Waiting for a consultant"))
        if not r.departed:
            zone = self._zone() if zone is None else zone
            if local_date(r.arrived_at, zone) != local_date(now, zone):
                parts.append(self.tr("From an earlier day"))
        remarks = self._remarks.get(r.id)
        if remarks:
            parts.append(self.tr("✎ %n remark(s)", "", len(remarks)))
        return "  ".join(parts)

    def _tooltip(self, r: PartyRecord) -> str:
        """Everything the row holds, in full: the board elides narrow cells."""
        size = self.tr("%n person(s)", "", r.size)
        source = self._source(r)
        lines = [" · ".join(x for x in (record_name(r), size, source) if x)]
        status = self._status(r, self._clock())
        if status:
            lines.append(status)
        who = [x for x in (r.consultant, self._place(r)) if x]
        if who:
            lines.append(" · ".join(who))
        for stage, at in sorted(r.stage_times.items(), key=lambda kv: kv[1]):
            lines.append(f"{self._time(at)}  {stage_label(stage)}")
        for text in (r.description, r.note):
            if text:
                lines.append(text)
        if r.phone:
            # A shared screen: never a full phone (domain/privacy.py).
            lines.append(self.tr("Phone: %1").replace("%1", mask_phone(r.phone)))
        if r.plate:
            lines.append(self.tr("Plate: %1").replace("%1", r.plate))
        if r.invalid_note:
            lines.append(r.invalid_note)
        remarks = self._remarks.get(r.id)
        if remarks:
            lines.append(self.tr("Customer remarks:"))
            lines.extend(f"✎ {text}" for text in remarks)
        return "\n".join(lines)

    def width_samples(self) -> dict[Col, list[str]]:
        """Long usual values of the plain-font columns, for their widths (columns.py)."""
        people = 10
        arrived = "12-31 00:00" if self.show_date else "00:00"
        return {
            Col.NO: ["000"], Col.ARRIVED: [arrived],
            Col.SIZE: [self.tr("%n person(s)", "", people)],
            Col.STAGE: [stage_label(stage) for stage in Stage],
            Col.IN_STAGE: ["0:00:00"], Col.PLACE: ["洽谈区12", "VIP12"],
            Col.CONSULTANT: ["欧阳娜娜"],
            Col.SOURCE: [" · ".join((kind_label(kind), "朋友介绍")) for kind in VisitKind],
            Col.DESCRIPTION: ["穿灰色外套，带小孩"],
        }

    def big_samples(self) -> dict[Col, tuple[list[str], bool]]:
        """The same for the larger-font columns, and whether their font is bold."""
        return {
            Col.NAME: (["欧阳先生  " + self.tr("★ returning")], True),
            Col.IN_BUILDING: (["0:00:00"], False),
            Col.STATUS: ([self.tr("⚠ Waiting %1, not received").replace("%1", "12:00")], True),
        }

    # -- updates -----------------------------------------------------------------
    def records(self) -> list[PartyRecord]:
        return list(self._rows)

    def record_at(self, row: int) -> PartyRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, party_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == party_id), -1)

    def set_numbers(self, numbers: dict[int, int]) -> None:
        self._numbers = numbers
        self._changed()

    def set_remarks(self, remarks: dict[int, list[str]]) -> None:
        """The remarks of the parties (any superset of the rows); changed rows repaint."""
        old, self._remarks = self._remarks, remarks
        self._changed()
        last = len(Col) - 1
        for row, record in enumerate(self._rows):
            if old.get(record.id) != remarks.get(record.id):
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def remarks_of(self, party_id: int) -> list[str]:
        return list(self._remarks.get(party_id, []))

    def set_view(self, day: date | None, show_date: bool) -> None:
        """Which day the rows belong to; rows repaint when that changes."""
        if (day, show_date) == (self.day, self.show_date):
            return
        self.day, self.show_date = day, show_date
        self._changed()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Col) - 1))

    def set_records(self, records: list[PartyRecord]) -> None:
        """Update in place: changed rows repaint, new rows insert, gone rows go.

        Selections and scroll positions survive because rows are not reset.
        """
        self._waiting_now.clear()
        self._changed()
        sync_rows(self, self._rows, records, key=lambda r: r.id)

    def tick(self) -> None:
        """Repaint the running timers (once a second): the rows of parties still in the
        building. A departed party's row holds no running time (a search lists mostly
        those: its hundred rows are not repainted every second)."""
        self._waiting_now.clear()
        self._changed()
        for first, last in _runs(row for row, r in enumerate(self._rows)
                                 if not (r.departed and r.departed_at is not None)):
            for col in TIMED_COLUMNS:
                self.dataChanged.emit(self.index(first, col), self.index(last, col),
                                      [Qt.ItemDataRole.DisplayRole])
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Col) - 1),
                                  [Qt.ItemDataRole.BackgroundRole,
                                   Qt.ItemDataRole.ForegroundRole])


def _runs(rows: Iterable[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in ascending `rows`."""
    first = last = -2
    for row in rows:
        if row != last + 1:
            if last >= 0:
                yield first, last
            first = row
        last = row
    if last >= 0:
        yield first, last

"""Exports: named datasets written to CSV (UTF-8 with BOM) or Excel (XLSX).

A dataset is a name, a title, its columns (key, header, kind) and a function
`(services, date_from, date_to) -> rows`; each row is a dict by column key.
Features add their own with `register_dataset(Dataset(...))`.

Titles, headers and words that change with the language (预约 / Appointment)
are English texts marked with `QT_TRANSLATE_NOOP(context, text)`: lupdate
collects them into the one catalogue (resources/translations/*.ts) and
`reception_desk.i18n` translates them when the file is written, without Qt.
Row values may be plain text and numbers, marked texts, `Phrase`s (a marked
sentence with values), and datetimes: aware datetimes are shown in the site's
time zone, as text in CSV and as real Excel datetimes (local, without tzinfo)
in XLSX. `export_to_file` runs without Qt, so a GUI worker thread can call it
with a progress callback.
"""

from __future__ import annotations

import csv
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from ..domain.day_range import check_period
from ..domain.errors import DomainError
from ..domain.i18n import QT_TRANSLATE_NOOP, Marked
from ..domain.privacy import MaskKind, Purpose, mask_row, may_see_full
from ..domain.roles import Actor, Permission, require
from ..domain.text import export_safe
from ..i18n import Phrase, translated
from ..store.audit_repo import AuditRepository
from .audit import Output, output_detail
from .context import Services

#: "number" is a quantity that may have a fraction (grams, millilitres, half a lemon).
ColumnKind = Literal["text", "int", "number", "date", "time", "datetime"]
ExportFormat = Literal["csv", "xlsx"]
FORMATS: tuple[str, ...] = ("csv", "xlsx")
Progress = Callable[[int, int], None]
Row = dict[str, object]


class ExportError(DomainError):
    """An export could not be made; nothing was written."""


class UnknownDatasetError(ExportError):
    def __init__(self, name: str, known: Sequence[str]) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "There is no export called “{name}”; available: {known}."),
            name=name, known=", ".join(known))
        self.name = name
        self.known = list(known)


class UnknownFormatError(ExportError):
    def __init__(self, fmt: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "Unsupported export format “{fmt}”; use csv or xlsx."), fmt=fmt)
        self.fmt = fmt


class DateRangeError(ExportError):
    def __init__(self, date_from: date, date_to: date) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "The start date {start} is after the end date {end}."),
            start=date_from.isoformat(), end=date_to.isoformat())


#: What a yes/no cell says (a bool value, or these in a row).
YES = QT_TRANSLATE_NOOP("Export", "Yes")
NO = QT_TRANSLATE_NOOP("Export", "No")


@dataclass(frozen=True)
class Column:
    key: str
    #: The English header, marked with QT_TRANSLATE_NOOP (its context: the dataset's).
    label: str
    kind: ColumnKind = "text"

    def header(self, lang: str) -> str:
        return translated(self.label, lang)


RowFunction = Callable[[Services, date, date], Iterable[Row]]


@dataclass(frozen=True)
class Dataset:
    name: str
    columns: tuple[Column, ...]
    rows: RowFunction
    #: The English title, marked with QT_TRANSLATE_NOOP("Export", ...).
    label: str = ""
    #: Personal data (names, phones, the audit log): only someone holding this may export it.
    permission: Permission | None = None
    #: The columns hidden (column key -> how) unless a manager or admin approved the
    #: export: domain/privacy.py's one rule decides.
    masks: Mapping[str, MaskKind] = field(default_factory=dict)

    @property
    def personal(self) -> bool:
        return self.permission is not None

    def masked_for(self, actor: Actor | None) -> bool:
        """Whether this actor's export of it has its personal columns masked."""
        return bool(self.masks) and not may_see_full(actor, Purpose.EXPORT)

    def title(self, lang: str) -> str:
        return translated(self.label, lang) if self.label else self.name


_REGISTRY: dict[str, Dataset] = {}


def register_dataset(dataset: Dataset, *, replace: bool = False) -> Dataset:
    """Add a dataset; registering a taken name twice is a programming error."""
    if dataset.name in _REGISTRY and not replace:
        raise ValueError(f"export dataset {dataset.name!r} is already registered")
    keys = [c.key for c in dataset.columns]
    if len(set(keys)) != len(keys):
        raise ValueError(f"export dataset {dataset.name!r} repeats a column key")
    if set(dataset.masks) - set(keys):
        raise ValueError(f"export dataset {dataset.name!r} masks a column it does not have")
    _REGISTRY[dataset.name] = dataset
    return dataset


def dataset_names() -> list[str]:
    return sorted(_REGISTRY)


def get_dataset(name: str) -> Dataset:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise UnknownDatasetError(name, dataset_names()) from None


def format_for_path(path: str | os.PathLike[str]) -> ExportFormat:
    """xlsx for a .xlsx file, csv for anything else."""
    return "xlsx" if Path(path).suffix.lower() == ".xlsx" else "csv"


# -- values -------------------------------------------------------------------------

def _local(value: datetime, zone: ZoneInfo) -> datetime:
    """Aware -> the site's wall-clock time without tzinfo; naive is taken as local."""
    if value.tzinfo is None:
        return value
    return value.astimezone(zone).replace(tzinfo=None)


def cell_value(value: object, kind: ColumnKind, lang: str, zone: ZoneInfo) -> object:
    """The typed value for a spreadsheet cell: local naive datetimes, dates, ints, text."""
    if value is None or value == "":
        return None
    if isinstance(value, Marked | Phrase):
        return translated(value, lang)
    if isinstance(value, datetime):
        local = _local(value, zone)
        return local.date() if kind == "date" else local
    if isinstance(value, str):
        # Rows stored before the text rule may hold control characters or lone
        # surrogates: an export replaces them rather than failing on them.
        return export_safe(value)
    return value


def cell_text(value: object, kind: ColumnKind, lang: str, zone: ZoneInfo) -> str:
    """The text for a CSV cell."""
    typed = cell_value(value, kind, lang, zone)
    if typed is None:
        return ""
    if isinstance(typed, datetime):
        if kind == "time":
            return typed.strftime("%H:%M")
        if kind == "date":
            return typed.date().isoformat()
        return typed.strftime("%Y-%m-%d %H:%M")
    if isinstance(typed, date):
        return typed.isoformat()
    if isinstance(typed, bool):
        return translated(YES if typed else NO, lang)
    text = str(typed)
    if kind == "text" and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        # A spreadsheet would run it as a formula (CSV injection): keep it text.
        text = "'" + text
    return text


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


_KIND_WIDTH: dict[str, int] = {"date": 11, "time": 7, "datetime": 17}


# -- writers ------------------------------------------------------------------------

def _atomic_target(path: Path) -> tuple[int, Path]:
    """A temporary file beside the target, renamed over it once complete."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    return fd, Path(name)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _progress_rows(rows: Sequence[Row], progress: Progress | None) -> Iterator[Row]:
    total = len(rows)
    step = max(1, total // 100)
    _report(progress, 0, total)
    for index, row in enumerate(rows, start=1):
        yield row
        if index % step == 0 or index == total:
            _report(progress, index, total)


def write_csv(path: Path, columns: Sequence[Column], rows: Sequence[Row], lang: str,
              zone: ZoneInfo, progress: Progress | None = None) -> None:
    fd, tmp = _atomic_target(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.header(lang) for c in columns])
            for row in _progress_rows(rows, progress):
                writer.writerow([cell_text(row.get(c.key), c.kind, lang, zone)
                                 for c in columns])
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_NUMBER_FORMATS: dict[str, str] = {"date": "yyyy-mm-dd", "time": "hh:mm",
                                   "datetime": "yyyy-mm-dd hh:mm"}
_BAD_SHEET_CHARS = str.maketrans({ch: " " for ch in "[]:*?/\\"})


def write_xlsx(path: Path, columns: Sequence[Column], rows: Sequence[Row], lang: str,
               zone: ZoneInfo, title: str = "", progress: Progress | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = (title.translate(_BAD_SHEET_CHARS).strip() or "export")[:31]
    bold = Font(bold=True)
    widths = [_display_width(c.header(lang)) for c in columns]
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header(lang))
        cell.font = bold
    for row_index, row in enumerate(_progress_rows(rows, progress), start=2):
        for col_index, column in enumerate(columns, start=1):
            # Any: openpyxl takes each typed value cell_value makes (text, numbers, dates).
            value: Any = cell_value(row.get(column.key), column.kind, lang, zone)
            if isinstance(value, bool):
                value = cell_text(value, column.kind, lang, zone)
            cell = sheet.cell(row=row_index, column=col_index, value=value)
            if value is None:
                continue
            if column.kind in _NUMBER_FORMATS and isinstance(value, date):
                cell.number_format = _NUMBER_FORMATS[column.kind]
                widths[col_index - 1] = max(widths[col_index - 1], _KIND_WIDTH[column.kind])
            else:
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # text, never a formula
                widths[col_index - 1] = max(widths[col_index - 1], _display_width(str(value)))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, 60)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
    fd, tmp = _atomic_target(path)
    os.close(fd)
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        workbook.close()


def export_to_file(
    services: Services,
    dataset: Dataset | str,
    date_from: date,
    date_to: date,
    fmt: str,
    lang: str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    *,
    actor: Actor | None = None,
) -> int:
    """Write one dataset for the local days date_from..date_to (inclusive); return rows.

    The file appears complete or not at all (written beside it, then renamed).
    progress(done, total) is called from the calling thread; raising from it
    cancels the export and leaves no file behind. OSError means the file could
    not be written. A personal-data dataset needs an `actor` holding its
    permission (PermissionDenied otherwise); its phones, names and plates are
    masked unless the actor is a manager or admin (`Dataset.masked_for`, the one
    rule of domain/privacy.py). Every export made by a known actor is written to
    the audit log: who, which dataset, how many rows, masked or full.
    """
    chosen = get_dataset(dataset) if isinstance(dataset, str) else dataset
    if chosen.permission is not None:
        require(actor, chosen.permission)
    if fmt not in FORMATS:
        raise UnknownFormatError(fmt)
    check_period(date_from, date_to)
    if date_from > date_to:
        raise DateRangeError(date_from, date_to)
    zone = services.settings.current().zone()
    masked = chosen.masked_for(actor)
    rows = list(chosen.rows(services, date_from, date_to))
    if masked:
        rows = [mask_row(row, chosen.masks) for row in rows]
    target = Path(path)
    if fmt == "xlsx":
        write_xlsx(target, chosen.columns, rows, lang, zone, chosen.title(lang), progress)
    else:
        write_csv(target, chosen.columns, rows, lang, zone, progress)
    if actor is not None:
        try:
            with services.db.write() as session:
                AuditRepository(session).add(
                    services.clock(), actor, Output.EXPORT.value, chosen.name,
                    output_detail(len(rows), masked,
                                  f"{date_from.isoformat()}..{date_to.isoformat()}, "
                                  f"{target.name}"))
        except BaseException:
            # No export without its audit entry (e.g. the database is read-only or full).
            target.unlink(missing_ok=True)
            raise
    return len(rows)


# The datasets register themselves when their modules load.
from . import (  # noqa: E402, F401
    export_audit,
    export_bar,
    export_contacts,
    export_hotline,
    export_requests,
    export_rotation,
    export_visits,
)

"""Import an agency's pre-registration list (渠道报备) from CSV or XLSX.

`preview(path)` reads the file and checks every row without writing;
`import_rows(preview)` writes all valid rows in ONE transaction (all or
nothing on a database error). Re-importing the same file adds nothing: each
row's key is agency + phone + date (`Appointment.import_key`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain.appointment_rows import ImportRow, RowProblem, check_rows
from ..domain.customer_records import Conflict
from ..domain.errors import DomainError
from ..domain.events import APPOINTMENTS, CUSTOMERS, Event, EventBus
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.timeutil import Clock, utc_now
from ..store.customers_repo import CustomerRepository
from ..store.database import Database
from .appointments import flag_conflict
from .customer_hooks import find_or_create
from .site_settings import SettingsService


class ImportFileError(DomainError):
    """The file cannot be read at all (missing, not CSV/XLSX, damaged, too large)."""


#: An agency's list is a few hundred rows; a file above this size is refused unread.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Rows read from one file at most (a sheet that claims a million rows is refused).
MAX_ROWS = 50_000


@dataclass(frozen=True)
class ImportPreview:
    path: str
    #: Rows that will be imported, in file order.
    rows: tuple[ImportRow, ...]
    #: Every problem, row by row (row 1 is the header line). Rows imported before are
    #: not problems: they are in `already_imported`.
    problems: tuple[RowProblem, ...]
    #: Data rows read (header and blank lines excluded).
    total: int
    #: Valid rows already imported earlier (same agency, phone and date), by row number.
    already_imported: tuple[int, ...] = ()

    @property
    def readable(self) -> bool:
        """False when nothing could be read (no header, empty file)."""
        return bool(self.rows) or bool(self.already_imported) or \
            any(p.row > 1 for p in self.problems)

    @property
    def problem_rows(self) -> int:
        """Data rows with at least one problem (not counting rows imported before)."""
        return len({p.row for p in self.problems if p.row > 1})


@dataclass(frozen=True)
class ImportResult:
    imported: int
    #: Appointment ids created, in file order.
    ids: tuple[int, ...]
    #: Rows added since the preview by someone else (same key): skipped.
    skipped: tuple[int, ...] = ()
    #: Imported rows flagged as conflicts (owned / another agency), by row number.
    conflicts: dict[int, Conflict] = field(default_factory=dict)


def read_table(path: Path) -> list[list[object]]:
    """The file's cells: XLSX by openpyxl (first sheet), CSV as UTF-8 (BOM or not) or GBK."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Messages", "Cannot read {path}: {reason}"), path=str(path),
                reason=_too_large(), code="too_large")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "Cannot read {path}: {reason}"), path=str(path),
            reason=exc.strerror or str(exc)) from exc
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(data, path)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte string
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{path} is neither UTF-8 nor GBK text."), path=str(path),
            code="not_text")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    # A field may be as long as the file (the rows then say which column is too
    # long); the csv module's default limit of 128 KiB would end the whole import.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    rows: list[list[object]] = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise ImportFileError(QT_TRANSLATE_NOOP(
                    "Messages", "Cannot read {path}: {reason}"), path=str(path),
                    reason=_too_many_rows(), code="too_many_rows")
    except csv.Error as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "Cannot read {path}: {reason}"), path=str(path),
            reason=str(exc), code="bad_csv") from exc
    return rows


def _too_large() -> str:
    return f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"


def _too_many_rows() -> str:
    return f"more than {MAX_ROWS} rows"


def _read_xlsx(data: bytes, path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{path} is not a readable Excel file."), path=str(path),
            code="not_xlsx") from exc
    rows: list[list[object]] = []
    try:
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise ImportFileError(QT_TRANSLATE_NOOP(
                    "Messages", "Cannot read {path}: {reason}"), path=str(path),
                    reason=_too_many_rows(), code="too_many_rows")
    except ImportFileError:
        raise
    except Exception as exc:  # a damaged sheet fails only while its rows are read
        raise ImportFileError(QT_TRANSLATE_NOOP(
            "Messages", "{path} is not a readable Excel file."), path=str(path),
            code="not_xlsx") from exc
    finally:
        book.close()
    return rows


class AppointmentImportService:
    def __init__(self, db: Database, bus: EventBus, settings: SettingsService,
                 clock: Clock = utc_now) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.clock = clock

    def preview(self, path: str | Path) -> ImportPreview:
        """Read and check the file; nothing is written. Raises ImportFileError if unreadable."""
        path = Path(path)
        table = read_table(path)
        rows, problems = check_rows(table)
        with self.db.read() as session:
            present = CustomerRepository(session).keys_present(r.key for r in rows)
        already = tuple(r.row for r in rows if r.key in present)
        rows = [r for r in rows if r.key not in present]
        problems.sort(key=lambda p: p.row)
        total = sum(1 for cells in table[1:] if any(str(c or "").strip() for c in cells))
        return ImportPreview(str(path), tuple(rows), tuple(problems), total, already)

    def import_rows(self, preview: ImportPreview, *, demo: bool = False,
                    at: datetime | None = None) -> ImportResult:
        """Write every valid row of the preview in one transaction."""
        now = at or self.clock()
        settings = self.settings.current()
        ids: list[int] = []
        skipped: list[int] = []
        conflicts: dict[int, Conflict] = {}
        customers: set[int] = set()
        with self.db.write() as session:
            repo = CustomerRepository(session)
            present = repo.keys_present(r.key for r in preview.rows)
            for row in preview.rows:
                if row.key in present:
                    skipped.append(row.row)
                    continue
                customer = find_or_create(session, row.phone, now, name=row.name, demo=demo)
                appointment = repo.add_imported(row, customer_id=customer.id, at=now,
                                                demo=demo)
                flag_conflict(session, appointment, now, settings)
                if appointment.conflict:
                    conflicts[row.row] = Conflict(appointment.conflict)
                ids.append(appointment.id)
                customers.add(customer.id)
            # One action, one event: the appointments, `also` their customers.
            also = {CUSTOMERS: tuple(sorted(customers))}
            if ids:
                self.db.record_change(session, APPOINTMENTS, tuple(ids), {"kind": "import"},
                                      also=also)
        if ids:
            self.bus.publish(Event(APPOINTMENTS, tuple(ids), data={"kind": "import"},
                                   also=also))
        return ImportResult(len(ids), tuple(ids), tuple(skipped), conflicts)

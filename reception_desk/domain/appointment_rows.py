"""An agency's pre-registration list (渠道报备) as a table: header mapping and row checks.

Pure rules: the service reads the file into a list of rows (cells as str,
date or number) and hands it here. Columns, in any order, English or Chinese:
agency / 渠道, customer name / 客户姓名, phone / 电话, expected date /
预计到访日期, agent / 经纪人; optional size / 人数 and note / 备注.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from .day_range import in_range
from .i18n import QT_TRANSLATE_NOOP
from .phone import normalise_phone
from .text import clean_text, code_of, export_safe, forbidden_char, invisible_only

#: Column -> accepted header spellings (compared case-, space- and width-insensitively).
HEADERS: dict[str, tuple[str, ...]] = {
    "agency": ("agency", "渠道", "渠道名称", "报备渠道", "中介", "中介公司"),
    "name": ("customer name", "customer", "name", "客户姓名", "客户名称", "姓名", "客户"),
    "phone": ("phone", "mobile", "telephone", "电话", "客户电话", "手机", "手机号", "联系电话"),
    "day": ("expected date", "date", "visit date", "预计到访日期", "预计到访时间",
            "到访日期", "日期"),
    "agent": ("agent", "经纪人", "置业顾问", "报备人"),
    "size": ("size", "people", "人数", "到访人数"),
    "note": ("note", "notes", "备注"),
}
REQUIRED = ("agency", "phone", "day")
MAX_AGENCY, MAX_NAME, MAX_AGENT, MAX_NOTE = 60, 40, 40, 1000


@dataclass(frozen=True)
class RowProblem:
    """One problem of one row; `row` is the line number as shown in a spreadsheet."""

    row: int
    #: A stable code for the command line's own messages (missing_phone, bad_date...).
    code: str
    message: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class ImportRow:
    row: int
    agency: str
    name: str
    phone: str
    day: date
    agent: str = ""
    size: int = 1
    note: str = ""

    @property
    def key(self) -> str:
        return import_key(self.agency, self.phone, self.day)


def import_key(agency: str, phone: str, day: date) -> str:
    """What makes a pre-registration unique: the same file twice adds nothing."""
    return f"{_fold(agency)}|{phone}|{day.isoformat()}"


_MESSAGES: dict[str, str] = {
    "missing_columns": QT_TRANSLATE_NOOP(
        "Messages", "The first row must name the columns; missing: {columns}."),
    "empty": QT_TRANSLATE_NOOP("Messages", "The file has no rows to import."),
    "missing_agency": QT_TRANSLATE_NOOP("Messages", "Row {row}: the agency is missing."),
    "missing_phone": QT_TRANSLATE_NOOP("Messages", "Row {row}: the phone is missing."),
    "bad_phone": QT_TRANSLATE_NOOP("Messages", "Row {row}: “{value}” is not a valid phone."),
    "missing_date": QT_TRANSLATE_NOOP("Messages", "Row {row}: the expected date is missing."),
    "bad_date": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: “{value}” is not a date (use 2026-11-28)."),
    "bad_size": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: “{value}” is not a number of people."),
    "too_long": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: {column} is too long (at most {max} characters)."),
    "bad_text": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: {column} holds a character that cannot be stored ({char})."),
    "invisible_text": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: {column} holds only invisible characters."),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: {value} is outside the dates this program works with."),
    "duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: the same customer, agency and date as row {first}."),
    "already_imported": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: already imported earlier."),
}


def problem(row: int, code: str, **params: object) -> RowProblem:
    return RowProblem(row, code, _MESSAGES[code], {"row": row, **params})


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone typed in a number cell: 13812345678.0
    return unicodedata.normalize("NFKC", str(value)).strip()


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


def parse_day(value: object) -> date | None:
    """A date cell: a real date, 2026-11-28, 2026/11/28, 2026.11.28, 2026年11月28日, 20261128."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell(value)
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    match = _DATE.match(text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def map_header(cells: Sequence[object]) -> tuple[dict[str, int], list[str]]:
    """Column name -> index, and the required columns that are missing."""
    spellings = {_fold(s): column for column, names in HEADERS.items() for s in names}
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        column = spellings.get(_fold(_cell(cell)).replace("_", " "))
        if column is not None and column not in columns:
            columns[column] = index
    return columns, [c for c in REQUIRED if c not in columns]


def check_rows(table: Sequence[Sequence[object]],
               already: frozenset[str] = frozenset()) -> tuple[list[ImportRow], list[RowProblem]]:
    """The valid rows and every problem, row by row (row 1 is the header).

    `already` holds the import keys stored before: those rows are reported,
    not imported again. A row with any problem is left out; the others stay.
    """
    if not table:
        return [], [problem(1, "empty")]
    columns, missing = map_header(table[0])
    if missing:
        return [], [problem(1, "missing_columns", columns=", ".join(
            HEADERS[c][0] + " / " + HEADERS[c][1] for c in missing))]
    rows: list[ImportRow] = []
    problems: list[RowProblem] = []
    first_row_of: dict[str, int] = {}
    for offset, cells in enumerate(table[1:], start=2):
        def get(column: str, cells: Sequence[object] = cells) -> object:
            index = columns.get(column)
            return cells[index] if index is not None and index < len(cells) else None
        if all(_cell(c) == "" for c in cells):
            continue  # blank lines between blocks are not errors
        found = _check_row(offset, get, problems)
        if found is None:
            continue
        if found.key in first_row_of:
            problems.append(problem(offset, "duplicate", first=first_row_of[found.key]))
            continue
        first_row_of[found.key] = offset
        if found.key in already:
            problems.append(problem(offset, "already_imported"))
            continue
        rows.append(found)
    if not rows and not problems:
        problems.append(problem(1, "empty"))
    return rows, problems


def _shown(value: str) -> str:
    """A cell quoted in a message: short, and printable whatever the file held."""
    safe = export_safe(value).replace("\n", " ").replace("\t", " ")
    return safe if len(safe) <= 40 else safe[:39] + "…"


def _check_row(row: int, cell: Callable[[str], object],
               problems: list[RowProblem]) -> ImportRow | None:
    before = len(problems)
    agency = _cell(cell("agency"))
    name = _cell(cell("name"))
    agent = _cell(cell("agent"))
    note = clean_text(_cell(cell("note")), multiline=True)
    raw_phone = _cell(cell("phone"))
    raw_day = cell("day")
    if not agency:
        problems.append(problem(row, "missing_agency"))
    phone = normalise_phone(raw_phone) if raw_phone else None
    if not raw_phone:
        problems.append(problem(row, "missing_phone"))
    elif phone is None:
        problems.append(problem(row, "bad_phone", value=_shown(raw_phone)))
    day = parse_day(raw_day)
    if not _cell(raw_day):
        problems.append(problem(row, "missing_date"))
    elif day is None:
        problems.append(problem(row, "bad_date", value=_shown(_cell(raw_day))))
    elif not in_range(day):
        problems.append(problem(row, "date_out_of_range", value=day.isoformat()))
        day = None
    size = 1
    raw_size = _cell(cell("size"))
    if raw_size:
        if raw_size.isdigit() and 1 <= int(raw_size) <= 50:
            size = int(raw_size)
        else:
            problems.append(problem(row, "bad_size", value=_shown(raw_size)))
    for column, value, limit in (("agency", agency, MAX_AGENCY), ("name", name, MAX_NAME),
                                 ("agent", agent, MAX_AGENT), ("note", note, MAX_NOTE)):
        bad = forbidden_char(value, multiline=column == "note")
        if bad is not None:
            problems.append(problem(row, "bad_text", column=HEADERS[column][0],
                                    char=code_of(bad[0])))
        elif invisible_only(value):
            problems.append(problem(row, "invisible_text", column=HEADERS[column][0]))
        elif len(value) > limit:
            problems.append(problem(row, "too_long", column=HEADERS[column][0], max=limit))
    if len(problems) > before or phone is None or day is None:
        return None
    return ImportRow(row=row, agency=agency, name=name, phone=phone, day=day, agent=agent,
                     size=size, note=note)

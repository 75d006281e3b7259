"""`reception-desk import appointments FILE [--dry-run]`: an agency's pre-registration list.

Prints the preview's problems row by row (Chinese by default) and the rows
imported before (counted apart: they are not problems), then imports the valid
rows in one transaction and names, by row, those the manager must decide (判客).
Exit 2 when nothing could be read.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .domain.i18n import QT_TRANSLATE_NOOP, Marked
from .i18n import Phrase

# English texts of the app's one catalogue (context "CLI"), their Chinese in
# resources/translations/reception_desk_zh_CN.ts (see cli_messages).
_TEXTS: dict[str, Marked] = {
    "missing_columns": QT_TRANSLATE_NOOP(
        "CLI", "the first row must name the columns; missing: {columns}"),
    "empty": QT_TRANSLATE_NOOP("CLI", "the file has no rows to import"),
    "missing_agency": QT_TRANSLATE_NOOP("CLI", "row {row}: the agency is missing"),
    "missing_phone": QT_TRANSLATE_NOOP("CLI", "row {row}: the phone is missing"),
    "bad_phone": QT_TRANSLATE_NOOP("CLI", "row {row}: '{value}' is not a valid phone"),
    "missing_date": QT_TRANSLATE_NOOP("CLI", "row {row}: the expected date is missing"),
    "bad_date": QT_TRANSLATE_NOOP(
        "CLI", "row {row}: '{value}' is not a date (use 2026-11-28)"),
    "bad_size": QT_TRANSLATE_NOOP("CLI", "row {row}: '{value}' is not a number of people"),
    "too_long": QT_TRANSLATE_NOOP(
        "CLI", "row {row}: {column} is too long (at most {max} characters)"),
    "bad_text": QT_TRANSLATE_NOOP(
        "CLI", "row {row}: {column} holds a character that cannot be stored ({char})"),
    "invisible_text": QT_TRANSLATE_NOOP(
        "CLI", "row {row}: {column} holds only invisible characters"),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "CLI", "row {row}: {value} is outside the dates this program works with"),
    "duplicate": QT_TRANSLATE_NOOP(
        "CLI", "row {row}: the same customer, agency and date as row {first}"),
    "already_imported": QT_TRANSLATE_NOOP("CLI", "row {row}: already imported earlier"),
    "unreadable": QT_TRANSLATE_NOOP("CLI", "cannot read {path}: {reason}"),
    "reason_too_large": QT_TRANSLATE_NOOP("CLI", "the file is larger than 20 MB"),
    "reason_too_many_rows": QT_TRANSLATE_NOOP("CLI", "more than 50000 rows"),
    "reason_not_text": QT_TRANSLATE_NOOP("CLI", "neither UTF-8 nor GBK text (a binary file?)"),
    "reason_not_xlsx": QT_TRANSLATE_NOOP("CLI", "not a readable Excel file"),
    "reason_bad_csv": QT_TRANSLATE_NOOP("CLI", "not a readable CSV file"),
    # {rows}: a count (`counted`), "3 rows" / "3 行".
    "summary": QT_TRANSLATE_NOOP(
        "CLI", "{path}: {rows}, {valid} valid, {already} already imported, {bad} with problems"),
    "dry_run": QT_TRANSLATE_NOOP("CLI", "dry run: nothing was imported"),
    # {appointments}, {conflicts}: counts, "3 appointments" / "3 条预约", "1 needs" / "1 条需".
    "imported": QT_TRANSLATE_NOOP(
        "CLI", "imported {appointments} ({conflicts} the manager's decision)"),
    "skipped": QT_TRANSLATE_NOOP("CLI", "row {row}: just imported on another PC, skipped"),
    "conflict_owned": QT_TRANSLATE_NOOP(
        "CLI", "row {row} {name} ({agency}): needs the manager's decision (判客): the customer "
               "already belongs to a consultant"),
    "conflict_agency": QT_TRANSLATE_NOOP(
        "CLI", "row {row} {name} ({agency}): needs the manager's decision (判客): another agency "
               "registered the customer first"),
}

#: The counts inside a message, English singular and plural (Chinese has one form).
_COUNTS: dict[str, tuple[Marked, Marked]] = {
    "rows": (QT_TRANSLATE_NOOP("CLI", "{n} row"), QT_TRANSLATE_NOOP("CLI", "{n} rows")),
    "appointments": (QT_TRANSLATE_NOOP("CLI", "{n} appointment"),
                     QT_TRANSLATE_NOOP("CLI", "{n} appointments")),
    "conflicts": (QT_TRANSLATE_NOOP("CLI", "{n} needs"), QT_TRANSLATE_NOOP("CLI", "{n} need")),
}


def text(key: str, lang: str, **params: object) -> str:
    """The message `key` in `lang`, from the app's one catalogue (see cli_messages)."""
    return Phrase(_TEXTS[key], params).text(lang)


def counted(n: int, what: str) -> Phrase:
    """A count to put in a message: "1 row", "3 rows" in English, "3 行" in Chinese."""
    one, several = _COUNTS[what]
    return Phrase(one if n == 1 else several, {"n": n})


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("what", choices=("appointments",),
                     help="what to import: appointments (an agency's pre-registration list)")
    cmd.add_argument("file", metavar="FILE", help="CSV (UTF-8 or GBK) or XLSX file")
    cmd.add_argument("--dry-run", action="store_true",
                     help="only check the file and print its problems")


def run(args: argparse.Namespace, url: str, lang: str, *, open_db: Callable[..., Any],
        error: Callable[[str], Exception], out: Callable[[str], None], user: str) -> int:
    from .cli_messages import store_error_text
    from .services.appointment_import import ImportFileError
    from .services.context import Services
    from .store.database import StoreError, explained

    db = open_db(url, lang, migrate=True, must_exist=True)
    try:
        services = Services.open(db)
        try:
            preview = services.appointment_import.preview(args.file)
        except ImportFileError as exc:
            code = exc.params.get("code")
            if f"reason_{code}" in _TEXTS:
                reason = text(f"reason_{code}", lang)
            else:
                reason = str(exc.params.get("reason", "")) or exc.message.format(**exc.params)
            raise error(text("unreadable", lang, path=args.file, reason=reason)) from exc
        lines = [(p.row, text(p.code, lang, **p.params)) for p in preview.problems]
        lines += [(row, text("already_imported", lang, row=row))
                  for row in preview.already_imported]
        for _row, line in sorted(lines, key=lambda line: line[0]):
            out(line)
        out(text("summary", lang, path=args.file, rows=counted(preview.total, "rows"),
                 valid=len(preview.rows), already=len(preview.already_imported),
                 bad=preview.problem_rows))
        if not preview.readable:
            return 2
        if args.dry_run:
            out(text("dry_run", lang))
            return 0
        try:
            with explained(db):
                result = services.appointment_import.import_rows(preview)
        except StoreError as exc:  # disk full, read-only: the one transaction rolled back
            raise error(store_error_text(str(exc), lang)) from exc
        for skipped in result.skipped:
            out(text("skipped", lang, row=skipped))
        conflicts = len(result.conflicts)
        out(text("imported", lang, appointments=counted(result.imported, "appointments"),
                 conflicts=counted(conflicts, "conflicts")))
        by_row = {row.row: row for row in preview.rows}
        for number, conflict in sorted(result.conflicts.items()):
            row = by_row[number]
            out(text(f"conflict_{conflict.value}", lang, row=number, name=row.name or "-",
                     agency=row.agency))
        return 0
    finally:
        db.dispose()

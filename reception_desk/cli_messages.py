"""The command line's own messages (pure Python, no Qt).

Each is an English sentence marked with `QT_TRANSLATE_NOOP("CLI", ...)`, so
`make translations` collects it into the app's one catalogue,
resources/translations/reception_desk_zh_CN.ts, where its Chinese lives next to
the windows' and the exports' texts; `reception_desk.i18n` reads that catalogue
without Qt (on the first message that needs Chinese, never at import), so the
command line works before and without Qt. `message(key, lang, **params)` picks
the language and fills the `{placeholders}`; a message the catalogue lacks
comes out in English. A new message: add it here, then `make translations` and
give it its Chinese (scripts/fill_translations.py '{"CLI|source": "译文"}').
"""

from __future__ import annotations

import errno
import re

from .domain.i18n import QT_TRANSLATE_NOOP, Marked
from .i18n import EN, LANGS, ZH, Phrase, default_lang, normalise_lang, translated

__all__ = ["EN", "LANGS", "MESSAGES", "ZH", "default_lang", "message", "normalise_lang",
           "os_reason", "store_error_text"]

MESSAGES: dict[str, Marked] = {
    # -- errors (stderr, one line, exit 2) ------------------------------------
    "db_generic": QT_TRANSLATE_NOOP("CLI", "cannot use the database: {detail}"),
    "db_missing": QT_TRANSLATE_NOOP(
        "CLI", "there is no database file at {path}; check --db or RECEPTION_DESK_DB, or create "
               "one with 'reception-desk migrate'"),
    "db_folder": QT_TRANSLATE_NOOP(
        "CLI", "cannot create the folder {path} for the database ({reason}); use --db to choose "
               "a writable place"),
    "db_corrupt": QT_TRANSLATE_NOOP(
        "CLI", "{path} is not a readable Reception Desk database (damaged or another kind of "
               "file); restore a backup or use another --db"),
    "db_cannot_open": QT_TRANSLATE_NOOP(
        "CLI", "cannot open {path}: check the folder exists and is writable"),
    "db_locked": QT_TRANSLATE_NOOP(
        "CLI", "{path} is locked by another program; close it and try again"),
    "db_unreachable": QT_TRANSLATE_NOOP(
        "CLI", "cannot reach the database server ({where}): check that it is running and the "
               "URL, user and password are right"),
    "db_newer": QT_TRANSLATE_NOOP(
        "CLI", "{where} was written by a newer version of Reception Desk (schema {revision}); "
               "update the program before opening it"),
    "db_damaged": QT_TRANSLATE_NOOP(
        "CLI", "{path} is damaged (integrity check: {detail}); restore a backup (reception-desk "
               "restore FILE) or use another --db"),
    "db_empty": QT_TRANSLATE_NOOP(
        "CLI", "{path} is empty and holds no Reception Desk data; restore a backup, or run "
               "'reception-desk migrate --create' to start a new database in its place"),
    "db_foreign": QT_TRANSLATE_NOOP(
        "CLI", "{path} is a database of another program, not of Reception Desk; use another --db"),
    "db_missing_tables": QT_TRANSLATE_NOOP(
        "CLI", "{where} is missing the tables {names}; restore a backup (reception-desk restore "
               "FILE)"),
    "db_missing_columns": QT_TRANSLATE_NOOP(
        "CLI", "{where} is missing the columns {names}; restore a backup (reception-desk restore "
               "FILE)"),
    "db_not_url": QT_TRANSLATE_NOOP(
        "CLI", "'{url}' is not a database URL; use e.g. sqlite:///path/to/desk.db or "
               "postgresql+psycopg://user@host/dbname"),
    "db_unsupported": QT_TRANSLATE_NOOP(
        "CLI", "database type '{kind}' is not supported; use SQLite or PostgreSQL"),
    "db_driver": QT_TRANSLATE_NOOP(
        "CLI", "the driver for '{driver}' is not installed; for PostgreSQL install the extra: "
               "pip install 'reception-desk[postgres]'"),
    "backup_write_failed": QT_TRANSLATE_NOOP(
        "CLI", "cannot write the backup {path} ({reason}); check that the folder exists, is "
               "writable and has free space"),
    "backup_missing": QT_TRANSLATE_NOOP("CLI", "there is no backup file at {path}"),
    "backup_empty": QT_TRANSLATE_NOOP(
        "CLI", "{path} holds no Reception Desk data; choose another backup"),
    "pg_dump_missing": QT_TRANSLATE_NOOP(
        "CLI", "pg_dump is not on PATH; install the PostgreSQL client tools and run: {command}"),
    "restore_postgres": QT_TRANSLATE_NOOP(
        "CLI", "restore a PostgreSQL database with pg_restore (close every window first): "
               "{command}"),
    "restore_in_use": QT_TRANSLATE_NOOP(
        "CLI", "{path} is open in another program (a Reception Desk window or command); close "
               "every window that uses it, then restore again"),
    "restore_self": QT_TRANSLATE_NOOP("CLI", "{path} is the database itself; choose a backup copy"),
    "restore_failed": QT_TRANSLATE_NOOP(
        "CLI", "cannot restore {source} to {path} ({reason}); the replaced file is {kept}"),
    "bad_date": QT_TRANSLATE_NOOP(
        "CLI", "'{value}' is not a valid date; use YYYY-MM-DD, e.g. 2026-11-28"),
    "date_order": QT_TRANSLATE_NOOP(
        "CLI", "the start date {start} is after the end date {end}; check --from and --to"),
    "db_full": QT_TRANSLATE_NOOP(
        "CLI", "{where}: the disk is full; nothing from this action was saved (everything saved "
               "before is safe). Free some space and try again"),
    "db_read_only": QT_TRANSLATE_NOOP(
        "CLI", "{where} is read-only; nothing from this action was saved (everything saved "
               "before is safe). Check the permissions of the file and its folder"),
    "date_bounds": QT_TRANSLATE_NOOP(
        "CLI", "{value} is outside the dates this program works with ({earliest} to {latest}); "
               "check --from and --to"),
    "days_range": QT_TRANSLATE_NOOP("CLI", "--days must be between 1 and {max} (got {value})"),
    "unknown_dataset": QT_TRANSLATE_NOOP(
        "CLI", "there is no export dataset called '{name}'; available: {known}"),
    "unknown_format": QT_TRANSLATE_NOOP(
        "CLI", "unsupported export format '{fmt}'; use csv or xlsx"),
    "write_failed": QT_TRANSLATE_NOOP(
        "CLI", "cannot write {path} ({reason}); check the folder exists, you may write there and "
               "the file is not open in another program such as Excel"),
    "demo_refused": QT_TRANSLATE_NOOP(
        "CLI", "the database already holds {count} real visits and demo data would mix with "
               "them; use another --db, or add --force if you are sure"),
    "print_not_found": QT_TRANSLATE_NOOP(
        "CLI", "there is no reception request with number or id '{request}'; check the number, "
               "e.g. JD20261203-01"),
    "print_blank_feedback_only": QT_TRANSLATE_NOOP(
        "CLI", "--blank applies to the feedback form only, not to '{kind}'"),
    "unexpected": QT_TRANSLATE_NOOP(
        "CLI", "unexpected error ({kind}: {detail}); details are in the log {log}"),
    # -- results (stdout) --------------------------------------------------------
    "demo_done": QT_TRANSLATE_NOOP(
        "CLI", "Wrote {days} days ({first} to {last}) of demo data to {db}: {parties} parties, "
               "{people} people; {today} today, {inside} in the building now; {requests} "
               "reception requests, {calls} hotline calls. Removed {deleted} earlier demo "
               "parties."),
    "demo_admin_pin": QT_TRANSLATE_NOOP(
        "CLI", "The demo administrator “{name}” has PIN {pin} (shown only this once: note it). "
               "Other demo accounts: receptionist 1111, bar 2222, department head 3333, general "
               "manager 4444."),
    "migrate_changed": QT_TRANSLATE_NOOP("CLI", "{db}: schema upgraded from {before} to {after}"),
    "migrate_same": QT_TRANSLATE_NOOP(
        "CLI", "{db}: schema already up to date ({after}); nothing to do"),
    "migrate_backup": QT_TRANSLATE_NOOP("CLI", "backup taken before the upgrade: {path}"),
    "migrate_no_backup": QT_TRANSLATE_NOOP(
        "CLI", "no backup made (new database or nothing to upgrade)"),
    "none": QT_TRANSLATE_NOOP("CLI", "(none)"),
    "check_db": QT_TRANSLATE_NOOP("CLI", "database: {db}"),
    "check_integrity_ok": QT_TRANSLATE_NOOP("CLI", "integrity: ok"),
    "check_integrity_bad": QT_TRANSLATE_NOOP(
        "CLI", "integrity: FAILED — {detail}; restore the latest backup"),
    "check_connection_ok": QT_TRANSLATE_NOOP("CLI", "connection: ok"),
    "check_schema": QT_TRANSLATE_NOOP("CLI", "schema version: current {current}, head {head}"),
    "check_schema_behind": QT_TRANSLATE_NOOP(
        "CLI", "the schema is behind: run 'reception-desk migrate'"),
    "check_schema_ahead": QT_TRANSLATE_NOOP(
        "CLI", "the schema is newer than this program: update the program"),
    "check_structure_ok": QT_TRANSLATE_NOOP("CLI", "tables, columns and indexes: all present"),
    "check_missing_tables": QT_TRANSLATE_NOOP("CLI", "missing tables: {names}; restore a backup"),
    "check_missing_columns": QT_TRANSLATE_NOOP("CLI", "missing columns: {names}; restore a backup"),
    "check_missing_indexes": QT_TRANSLATE_NOOP("CLI", "missing indexes: {names}; restore a backup"),
    "check_table": QT_TRANSLATE_NOOP("CLI", "  {table}: {count} rows"),
    "check_table_missing": QT_TRANSLATE_NOOP("CLI", "  {table}: missing"),
    "check_tables": QT_TRANSLATE_NOOP("CLI", "rows per table:"),
    "export_masked": QT_TRANSLATE_NOOP(
        "CLI", "phones, names and plates are masked. Full values need a manager's or admin's "
               "approval: --as NAME (then their PIN, or --pin-from-stdin in scripts)"),
    "export_ask_name": QT_TRANSLATE_NOOP(
        "CLI", "“{dataset}” holds personal data. Approving manager or admin (Enter for a masked "
               "export): "),
    "export_ask_pin": QT_TRANSLATE_NOOP("CLI", "PIN of {name}: "),
    "export_pin_needs_name": QT_TRANSLATE_NOOP(
        "CLI", "--pin-from-stdin needs --as NAME to say whose PIN it is; nothing was exported"),
    "export_pin_missing": QT_TRANSLATE_NOOP(
        "CLI", "no PIN: run it in a terminal to type the PIN, or give it on stdin with "
               "--pin-from-stdin; nothing was exported"),
    "export_no_account": QT_TRANSLATE_NOOP(
        "CLI", "there is no active account called “{name}”; use a manager's or admin's account "
               "name; nothing was exported"),
    "export_not_allowed": QT_TRANSLATE_NOOP(
        "CLI", "{name} may not approve a full export of “{dataset}” (a manager or admin may); "
               "nothing was exported"),
    "export_wrong_pin": QT_TRANSLATE_NOOP(
        "CLI", "wrong PIN for {name} ({n} tries left); nothing was exported"),
    "export_locked": QT_TRANSLATE_NOOP(
        "CLI", "the account of {name} is locked after too many wrong PINs until {until}; nothing "
               "was exported"),
    "check_audit_ok": QT_TRANSLATE_NOOP(
        "CLI", "audit log hash chain: intact ({rows} rows, last hash {head}…)"),
    "check_audit_broken": QT_TRANSLATE_NOOP(
        "CLI", "audit log hash chain BROKEN at row {id} ({at}, {actor}, {action}): this row or "
               "the one before it was edited, deleted or inserted outside the app"),
    "check_ok": QT_TRANSLATE_NOOP("CLI", "check passed"),
    "check_failed": QT_TRANSLATE_NOOP("CLI", "check FAILED"),
    "backup_done": QT_TRANSLATE_NOOP("CLI", "backup written to {path}"),
    "restore_done": QT_TRANSLATE_NOOP(
        "CLI", "restored {path} from {source}; the next start brings its schema up to date if "
               "needed"),
    "restore_kept": QT_TRANSLATE_NOOP("CLI", "the replaced database is kept as {path}"),
    "export_done": QT_TRANSLATE_NOOP(
        "CLI", "exported {rows} rows ({dataset}, {start} to {end}) to {path}"),
}


def message(key: str, lang: str, **params: object) -> str:
    """The message `key` in `lang` ("en…" English, anything else Chinese), filled."""
    return Phrase(MESSAGES[key], params).text(lang)


# StoreError carries an English sentence; these patterns turn the known ones into
# the message keys above so Chinese users read Chinese. Unknown ones keep the text.
_STORE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?P<path>.+) is not a readable Reception Desk database"), "db_corrupt"),
    (re.compile(r"^cannot open (?P<path>.+): check the folder"), "db_cannot_open"),
    (re.compile(r"^cannot create the folder (?P<path>.+) \((?P<reason>.+?)\);"), "db_folder"),
    (re.compile(r"^(?P<path>.+) is locked by another program"), "db_locked"),
    (re.compile(r"^cannot reach the database server \((?P<where>.+?)\)"), "db_unreachable"),
    (re.compile(r"^(?P<where>.+) was written by a newer version of Reception Desk "
                r"\(schema (?P<revision>[^)]*)\)"), "db_newer"),
    (re.compile(r"^(?P<path>.+) is damaged \(integrity check: (?P<detail>.*)\); restore"),
     "db_damaged"),
    (re.compile(r"^(?P<path>.+) is empty and holds no Reception Desk data"), "db_empty"),
    (re.compile(r"^(?P<path>.+) is a database of another program"), "db_foreign"),
    (re.compile(r"^cannot write the backup (?P<path>.+) \((?P<reason>.+?)\); check"),
     "backup_write_failed"),
    (re.compile(r"^there is no backup file at (?P<path>.+)$"), "backup_missing"),
    (re.compile(r"^(?P<path>.+) holds no Reception Desk data; choose another"),
     "backup_empty"),
    (re.compile(r"^(?P<path>.+) is open in another program"), "restore_in_use"),
    (re.compile(r"^(?P<path>.+) is the database itself"), "restore_self"),
    (re.compile(r"^cannot restore (?P<source>.+) to (?P<path>.+) \((?P<reason>.+?)\); "
                r"the replaced file is (?P<kept>.+)$"), "restore_failed"),
    (re.compile(r"^(?P<where>.+) is missing the tables (?P<names>.+); restore"),
     "db_missing_tables"),
    (re.compile(r"^(?P<where>.+) is missing the columns (?P<names>.+); restore"),
     "db_missing_columns"),
    (re.compile(r"^'(?P<url>.+)' is not a database URL"), "db_not_url"),
    (re.compile(r"^(?P<where>.+): the disk is full; nothing from this action"), "db_full"),
    (re.compile(r"^(?P<where>.+) is read-only; nothing from this action"), "db_read_only"),
    (re.compile(r"^database type '(?P<kind>.+)' is not supported"), "db_unsupported"),
    (re.compile(r"^the driver for '(?P<driver>.+)' is not installed"), "db_driver"),
)


def store_error_text(detail: str, lang: str) -> str:
    """A StoreError's message in the user's language."""
    for pattern, key in _STORE_PATTERNS:
        found = pattern.search(detail)
        if found:
            return message(key, lang, **found.groupdict())
    return message("db_generic", lang, detail=detail)



# Chinese for the commonest file-system errors; in English the system's own words
# (OSError.strerror) are clearer than these, so they are only looked up for Chinese.
_OS_REASONS: dict[int, Marked] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("CLI", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("CLI", "part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("CLI", "it is a folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("CLI", "no permission"),
    errno.EPERM: QT_TRANSLATE_NOOP("CLI", "no permission"),
    errno.EROFS: QT_TRANSLATE_NOOP("CLI", "read-only disk"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("CLI", "the disk is full"),
    errno.EBUSY: QT_TRANSLATE_NOOP("CLI", "the file is in use"),
}


def os_reason(exc: OSError, lang: str) -> str:
    """The short reason of a file-system error, e.g. 'Permission denied' / 没有权限."""
    if normalise_lang(lang) == ZH and exc.errno in _OS_REASONS:
        return translated(_OS_REASONS[exc.errno], lang)
    return exc.strerror or str(exc)

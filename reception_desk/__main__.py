"""The command line: start the windows, or run demo / migrate / check / export.

    reception-desk [--db URL] [--window main|bar|lobby] [--lang zh_CN|en] [--screenshot PATH]
    reception-desk demo    [--db URL] [--days N] [--force]
    reception-desk migrate [--db URL]
    reception-desk check   [--db URL]
    reception-desk export DATASET [--from DATE] [--to DATE] [--format csv|xlsx] -o FILE
                          [--as NAME [--pin-from-stdin]]
    reception-desk print   request|itinerary|feedback ID [-o FILE.pdf] [--blank]
    reception-desk privacy retention [--preview|--run] | export-person ID -o FILE | erase ID

Exit codes: 0 done, 1 `check` found a problem, 2 the command could not be done
(bad argument, database unusable, file not writable: one line on stderr, in
Chinese or with --lang en / LANG=en* in English), 3 an unexpected error (the
traceback goes to the log file only). Heavy modules are imported per command so
`--version` and `--help` stay quick; Qt is imported only for the windows.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TextIO

from . import __version__, paths
from .cli_messages import (
    LANGS,
    default_lang,
    message,
    normalise_lang,
    os_reason,
    store_error_text,
)

if TYPE_CHECKING:
    from .store.database import Database

PROG = "reception-desk"
EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_ERROR = 2
EXIT_UNEXPECTED = 3
CHECK_TABLES = ("parties", "stage_moves", "site_settings", "changes")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

log = logging.getLogger("reception_desk.cli")


class CliError(Exception):
    """A command cannot be done; `text` is the one line for stderr (already translated)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


# -- output -------------------------------------------------------------------------

def _write(stream: TextIO | None, text: str) -> None:
    """Print if there is a console (a windowed Windows build has none)."""
    if stream is None:
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding) + "\n")
    stream.flush()


def _out(text: str) -> None:
    _write(sys.stdout, text)


def _err(text: str) -> None:
    _write(sys.stderr, f"{PROG}: error: {text}")


def _note(text: str) -> None:
    _write(sys.stderr, f"{PROG}: note: {text}")


# -- arguments ----------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Reception Desk — front desk of a sales office (售楼处前台). "
                    "Without a command it opens the windows.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--db", metavar="URL", default=None,
                        help="database URL (default: $RECEPTION_DESK_DB, then the file "
                             "in the user data folder)")
    parser.add_argument("--lang", choices=LANGS, default=None,
                        help="language; the windows default to the saved choice, the "
                             "commands to zh_CN (en when $LANG starts with en)")
    parser.add_argument("--window", choices=("main", "bar", "lobby"), default="main",
                        help="main: the control desk; bar: the water-bar screen; lobby: "
                             "the read-only wall display (full screen)")
    parser.add_argument("--screenshot", metavar="PATH", default=None,
                        help="save a picture of the window to PATH and quit (for docs and tests)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def sub(name: str, help_text: str) -> argparse.ArgumentParser:
        cmd = commands.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: an option given before the command is not reset by the command's default.
        cmd.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                         help="database URL")
        cmd.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                         help="language of messages and exported headers")
        return cmd

    demo = sub("demo", "replace earlier demo data with N days of realistic visits ending today")
    demo.add_argument("--days", type=int, default=14,
                      help="days of data, 1-1100: about three years (default 14)")
    demo.add_argument("--force", action="store_true",
                      help="write demo data even though the database holds real visits")
    demo.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)

    migrate = sub("migrate", "back up the database file and bring its schema up to date")
    migrate.add_argument("--create", action="store_true",
                         help="make a new database in an empty (0-byte or table-less) file; "
                              "a file that holds data is never replaced")
    sub("check", "check integrity, schema version and row counts (exit 1 on a problem)")

    from . import cli_export

    cli_export.add_arguments(sub("export", "export a dataset (e.g. visits) to CSV or Excel; "
                                           "personal data is masked unless a manager or "
                                           "admin approves with --as NAME and their PIN"))

    from . import cli_backup

    cli_backup.add_backup_arguments(sub(
        "backup", "copy the database (safe while the windows are open); pg_dump on PostgreSQL"))
    cli_backup.add_restore_arguments(sub(
        "restore", "put a backup copy in place of the database (every window closed); "
                   "the replaced file is kept beside it"))
    from . import cli_print

    cli_print.add_arguments(sub("print", "print a reception request's sheet to a PDF file"))
    from . import cli_import

    cli_import.add_arguments(sub("import", "import an agency's pre-registration list "
                                           "(CSV or XLSX) as appointments"))
    from . import cli_privacy

    cli_privacy.add_arguments(sub("privacy", "personal data: retention preview/run, one "
                                             "customer's export or erasure (admin + PIN)"))
    return parser


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def _parse_date(value: str | None, lang: str) -> date | None:
    if value is None:
        return None
    text = value.strip()
    try:
        if not _ISO_DATE.match(text):
            raise ValueError(text)
        day = date.fromisoformat(text)
    except ValueError:
        raise CliError(message("bad_date", lang, value=value)) from None
    from .domain.day_range import EARLIEST_DAY, LATEST_DAY, in_range

    if not in_range(day):
        raise CliError(message("date_bounds", lang, value=day.isoformat(),
                               earliest=EARLIEST_DAY.isoformat(),
                               latest=LATEST_DAY.isoformat()))
    return day


# -- the database -------------------------------------------------------------------

def _open(url: str, lang: str, *, migrate: bool, must_exist: bool,
          create: bool = False, verify: bool = True) -> Database:
    """Open (and migrate) a database, turning every failure into one clear line."""
    from .startup import open_database
    from .store.database import StoreError, missing_sqlite_file

    try:
        if must_exist:
            missing = missing_sqlite_file(url)
            if missing is not None:
                raise CliError(message("db_missing", lang, path=missing))
        db, _ = open_database(url, migrate=migrate, create=create, verify=verify)
        return db
    except StoreError as exc:
        raise CliError(store_error_text(str(exc), lang)) from exc
    except OSError as exc:  # the folder for a new SQLite file cannot be made
        raise CliError(message("db_folder", lang, path=exc.filename or url,
                               reason=os_reason(exc, lang))) from exc


# -- commands -----------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace, url: str, lang: str) -> int:
    from .demo.accounts import demo_actors
    from .demo.fill import MAX_DAYS, DemoRefusedError, fill_demo
    from .services.context import Services

    if not 1 <= args.days <= MAX_DAYS:
        raise CliError(message("days_range", lang, value=args.days, max=MAX_DAYS))
    db = _open(url, lang, migrate=True, must_exist=False)
    try:
        log.info("demo: user %s writes %d days to %s (force=%s)", _user(), args.days,
                 db.describe(), args.force)
        services = Services.open(db)
        try:
            summary = fill_demo(services, args.days, args.force, rng_seed=args.seed)
        except DemoRefusedError as exc:
            raise CliError(message("demo_refused", lang, count=exc.real_parties)) from exc
        log.info("demo: %s", summary)
        _out(message("demo_done", lang, db=db.describe(), days=summary.days,
                     first=summary.first_day, last=summary.last_day,
                     parties=summary.parties, people=summary.people,
                     today=summary.today_parties, inside=summary.in_building,
                     deleted=summary.deleted, requests=summary.requests,
                     calls=summary.calls))
        if summary.admin_pin is not None:
            admin = demo_actors(services).get("admin")
            _out(message("demo_admin_pin", lang, name=admin.name if admin else "",
                         pin=summary.admin_pin))
    finally:
        db.dispose()
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace, url: str, lang: str) -> int:
    from .startup import open_database
    from .store.database import StoreError

    log.info("migrate: user %s migrates %s (create=%s)", _user(), url, args.create)
    try:
        db, result = open_database(url, migrate=True, create=args.create)
    except StoreError as exc:
        raise CliError(store_error_text(str(exc), lang)) from exc
    except OSError as exc:
        raise CliError(message("db_folder", lang, path=exc.filename or url,
                               reason=os_reason(exc, lang))) from exc
    try:
        assert result is not None
        none = message("none", lang)
        if result.changed:
            _out(message("migrate_changed", lang, db=db.describe(),
                         before=result.before or none, after=result.after))
        else:
            _out(message("migrate_same", lang, db=db.describe(), after=result.after))
        if result.backup is not None:
            _out(message("migrate_backup", lang, path=result.backup))
        else:
            _out(message("migrate_no_backup", lang))
        log.info("migrate: %s -> %s (backup %s)", result.before, result.after, result.backup)
    finally:
        db.dispose()
    return EXIT_OK


def cmd_check(args: argparse.Namespace, url: str, lang: str) -> int:
    from .store.database import StoreError
    from .store.health import integrity_rows_of, ping, table_counts
    from .store.migrate import all_revisions, current_revision, head_revision

    db = _open(url, lang, migrate=False, must_exist=True, verify=False)
    ok = True
    try:
        _out(message("check_db", lang, db=db.describe()))
        if db.is_sqlite:
            try:
                rows = integrity_rows_of(db)
            except StoreError as exc:
                rows = [str(exc)]
            if rows == ["ok"]:
                _out(message("check_integrity_ok", lang))
            else:
                ok = False
                _out(message("check_integrity_bad", lang, detail="; ".join(rows[:3])))
        else:
            try:
                ping(db)
                _out(message("check_connection_ok", lang))
            except StoreError as exc:
                raise CliError(store_error_text(str(exc), lang)) from exc

        none = message("none", lang)
        current = current_revision(db)
        head = head_revision()
        _out(message("check_schema", lang, current=current or none, head=head))
        if current != head:
            ok = False
            ahead = current is not None and current not in all_revisions()
            _out(message("check_schema_ahead" if ahead else "check_schema_behind", lang))
        else:
            ok = _check_structure(db, lang) and ok

        _out(message("check_tables", lang))
        try:
            for table, count in table_counts(db, CHECK_TABLES):
                if count is not None:
                    _out(message("check_table", lang, table=table, count=count))
                else:
                    _out(message("check_table_missing", lang, table=table))
        except StoreError as exc:
            ok = False
            _out(message("check_integrity_bad", lang, detail=str(exc)))
        if current == head:
            ok = _check_audit_chain(db, lang) and ok
        _out(message("check_ok" if ok else "check_failed", lang))
    finally:
        db.dispose()
    log.info("check: %s -> %s", url, "ok" if ok else "FAILED")
    return EXIT_OK if ok else EXIT_CHECK_FAILED


def _check_structure(db: Database, lang: str) -> bool:
    """Every table, column and index of the current schema is there (at head only:
    an older database gets them from `migrate`)."""
    from .store.database import StoreError
    from .store.health import schema_report

    try:
        report = schema_report(db)
    except StoreError as exc:
        _out(message("check_integrity_bad", lang, detail=str(exc)))
        return False
    if report.ok:
        _out(message("check_structure_ok", lang))
        return True
    for key, names in (("check_missing_tables", report.missing_tables),
                       ("check_missing_columns", report.missing_columns),
                       ("check_missing_indexes", report.missing_indexes)):
        if names:
            _out(message(key, lang, names=", ".join(names)))
    return False


def _check_audit_chain(db: Database, lang: str) -> bool:
    """Every audit row's hash follows from the rows before it; name the first that does not."""
    from .store.database import StoreError
    from .store.health import audit_chain

    try:
        report = audit_chain(db)
    except StoreError as exc:
        _out(message("check_integrity_bad", lang, detail=str(exc)))
        return False
    if report.broken is None:
        _out(message("check_audit_ok", lang, rows=report.rows, head=report.head[:16] or "-"))
        return True
    from .services.context import Services

    row = report.broken.row
    zone = Services.open(db).settings.current().zone()
    _out(message("check_audit_broken", lang, id=row.id,
                 at=row.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
                 action=row.action, actor=row.actor))
    log.warning("check: audit chain broken at row %s (%s %s)", row.id, row.at, row.action)
    return False


def cmd_export(args: argparse.Namespace, url: str, lang: str) -> int:
    from .cli_export import run

    return run(args, url, lang, open_db=_open, error=CliError, out=_out, warn=_note,
               user=_user(), parse_date=_parse_date)


def cmd_print(args: argparse.Namespace, url: str, lang: str) -> int:
    from .cli_print import run

    return run(args, url, lang, open_db=_open, error=CliError, out=_out, user=_user())


def cmd_privacy(args: argparse.Namespace, url: str, lang: str) -> int:
    from .cli_privacy import run

    return run(args, url, lang, open_db=_open, error=CliError, out=_out, user=_user())


def cmd_import(args: argparse.Namespace, url: str, lang: str) -> int:
    from .cli_import import run

    return run(args, url, lang, open_db=_open, error=CliError, out=_out, user=_user())


def cmd_backup(args: argparse.Namespace, url: str, lang: str) -> int:
    from .cli_backup import run_backup

    return run_backup(args, url, lang, open_db=_open, error=CliError, out=_out, user=_user())


def cmd_restore(args: argparse.Namespace, url: str, lang: str) -> int:
    from .cli_backup import run_restore

    return run_restore(args, url, lang, open_db=_open, error=CliError, out=_out, user=_user())


COMMANDS: dict[str, Callable[[argparse.Namespace, str, str], int]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "demo": cmd_demo,
    "migrate": cmd_migrate,
    "check": cmd_check,
    "export": cmd_export,
    "print": cmd_print,
    "import": cmd_import,
    "privacy": cmd_privacy,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(list(argv) if argv is not None else None)
    lang = normalise_lang(args.lang) if args.lang else default_lang()
    url = paths.resolve_db_url(args.db)
    if args.command is None:
        import gc

        from .store import early_check

        early_check.start(url)  # reads the file while Qt and SQLAlchemy load
        # The start creates some hundred thousand objects that live as long as the app:
        # the collector would go through them again and again (about 0.1 s) and free
        # nothing. run_gui turns it back on once the windows are painted.
        gc.disable()
        try:
            from .app import run_gui

            # No --lang: None lets the windows use the language saved in their preferences.
            return run_gui(url, args.window, args.lang, args.screenshot)
        finally:
            gc.enable()

    from .startup import setup_logging

    handler = setup_logging()
    try:
        return COMMANDS[args.command](args, url, lang)
    except CliError as exc:
        log.warning("%s: %s", args.command, exc.text)
        _err(exc.text)
        return EXIT_ERROR
    except Exception as exc:
        from .store.database import StoreError

        if isinstance(exc, StoreError):  # e.g. the server went away half-way
            text = store_error_text(str(exc), lang)
            log.warning("%s: %s", args.command, text)
            _err(text)
            return EXIT_ERROR
        log.exception("%s failed", args.command)
        where = getattr(handler, "baseFilename", None) or paths.log_dir()
        _err(message("unexpected", lang, kind=type(exc).__name__,
                     detail=str(exc).splitlines()[0] if str(exc) else "", log=where))
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())


"""The `export` command, and who approves full personal data in it.

    reception-desk export DATASET [--from DATE] [--to DATE] [--format csv|xlsx] -o FILE
                          [--as NAME [--pin-from-stdin]]

A dataset of personal data (visits, calls, customers, appointments, the audit
log, ...) is written with full phones and names only when a manager or admin
approves it: their name (`--as NAME`, or asked at the terminal) and PIN (asked
without echo, or one line on stdin with `--pin-from-stdin` for scripts). The
PIN is checked by the accounts service: a wrong one counts towards the lock
and is audited, and the command stops with exit 2 and writes nothing. Without
a name the export is written masked (138****5678, 张*) and says so on stderr.
Either way the audit log records who exported what and how many rows.

``__main__`` owns the error handling and the database opening; it hands them
in (``open_db``, ``error``, ``out``, ``warn``) so this module never imports
``__main__``.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TextIO

from .cli_messages import message, os_reason, store_error_text

if TYPE_CHECKING:
    from .domain.roles import Actor
    from .services.context import Services
    from .services.export import Dataset
    from .store.database import Database

log = logging.getLogger("reception_desk.cli")


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    """The arguments of `export` (the parser itself comes from ``__main__``)."""
    cmd.add_argument("dataset", help="what to export, e.g. visits")
    cmd.add_argument("--from", dest="date_from", metavar="DATE", default=None,
                     help="first local day, YYYY-MM-DD (default today)")
    cmd.add_argument("--to", dest="date_to", metavar="DATE", default=None,
                     help="last local day, YYYY-MM-DD (default today)")
    cmd.add_argument("--format", choices=("csv", "xlsx"), default=None,
                     help="default: xlsx for a .xlsx file, csv otherwise")
    cmd.add_argument("-o", "--output", metavar="FILE", required=True,
                     help="the file to write (replaced if it exists)")
    cmd.add_argument("--as", dest="approver", metavar="NAME", default=None,
                     help="personal data: the manager or admin who approves full values "
                          "(their PIN is asked); without it phones and names are masked")
    cmd.add_argument("--pin-from-stdin", action="store_true",
                     help="read the approver's PIN from the first line of stdin (scripts)")


def _interactive(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):
        return False


def _read_line(stream: TextIO | None) -> str:
    if stream is None:
        return ""
    line = stream.readline()
    return line.rstrip("\r\n")


def _prompt(text: str) -> None:
    """A question on stderr (stdout may be a file a script reads), the answer on stdin."""
    if sys.stderr is not None:
        sys.stderr.write(text)
        sys.stderr.flush()


def approver(services: Services, dataset: Dataset, args: argparse.Namespace, lang: str, *,
             error: Callable[[str], Exception], stdin: TextIO | None = None,
             ask_pin: Callable[[str], str] = getpass.getpass,
             prompt: Callable[[str], None] | None = None) -> Actor | None:
    """The manager or admin who approves full values, PIN checked; None: export masked.

    Raises ``error(text)`` for a name that is no active manager or admin, a
    missing PIN, a wrong PIN or a locked account: nothing is written then.
    """
    from .domain.errors import DomainError
    from .services.accounts import AccountLockedError, WrongPinError

    stdin = sys.stdin if stdin is None else stdin
    name = (args.approver or "").strip()
    if not name and args.pin_from_stdin:
        raise error(message("export_pin_needs_name", lang))
    if not name and _interactive(stdin):
        if prompt is not None:
            prompt(message("export_ask_name", lang, dataset=dataset.title(lang)))
        name = _read_line(stdin).strip()
    if not name:
        return None
    accounts = {a.name: a for a in services.accounts.list_accounts()}
    account = accounts.get(name)
    if account is None:
        raise error(message("export_no_account", lang, name=name))
    actor = account.actor()
    if dataset.permission is not None and not actor.may(dataset.permission):
        raise error(message("export_not_allowed", lang, name=name, dataset=dataset.name))
    if args.pin_from_stdin:
        pin = _read_line(stdin)
    elif _interactive(stdin):
        pin = ask_pin(message("export_ask_pin", lang, name=name))
    else:
        raise error(message("export_pin_missing", lang))
    try:
        return services.accounts.verify(account.id, pin)
    except WrongPinError as exc:
        raise error(message("export_wrong_pin", lang, name=name, n=exc.tries_left)) from exc
    except AccountLockedError as exc:
        until = exc.until.astimezone(services.settings.current().zone())
        raise error(message("export_locked", lang, name=name,
                            until=until.strftime("%Y-%m-%d %H:%M"))) from exc
    except DomainError as exc:  # deactivated meanwhile
        raise error(message("export_no_account", lang, name=name)) from exc


def run(args: argparse.Namespace, url: str, lang: str, *,
        open_db: Callable[..., Database], error: Callable[[str], Exception],
        out: Callable[[str], None], warn: Callable[[str], None], user: str,
        parse_date: Callable[[str | None, str], date | None]) -> int:
    """Do `export`; raise ``error(text)`` for anything the user must fix."""
    from .domain.roles import Actor
    from .services.context import Services
    from .services.export import (
        ExportError,
        UnknownDatasetError,
        export_to_file,
        format_for_path,
        get_dataset,
    )
    from .store.database import StoreError, explained

    date_from = parse_date(args.date_from, lang)
    date_to = parse_date(args.date_to, lang)
    try:
        dataset = get_dataset(args.dataset)
    except UnknownDatasetError as exc:
        raise error(message("unknown_dataset", lang, name=exc.name,
                            known=", ".join(exc.known))) from exc
    fmt = args.format or format_for_path(args.output)
    db = open_db(url, lang, migrate=True, must_exist=True)
    try:
        services: Services = Services.open(db)
        today = services.arrivals.today()
        start = date_from or today
        end = date_to or today
        if start > end:
            raise error(message("date_order", lang, start=start, end=end))
        actor: Actor = Actor.system(user)
        if dataset.personal:
            try:
                with explained(db):
                    approved = approver(services, dataset, args, lang, error=error,
                                        prompt=_prompt)
            except StoreError as exc:  # the PIN check could not be written
                raise error(store_error_text(str(exc), lang)) from exc
            if approved is not None:
                actor = approved
        masked = dataset.masked_for(actor)
        log.info("export: user %s exports %s %s..%s from %s to %s (%s, by %s)", user,
                 dataset.name, start, end, db.describe(), args.output,
                 "masked" if masked else "full", actor.name)
        try:
            with explained(db):
                rows = export_to_file(services, dataset, start, end, fmt, lang, args.output,
                                      actor=actor)
        except OSError as exc:
            raise error(message("write_failed", lang, path=args.output,
                                reason=os_reason(exc, lang))) from exc
        except ExportError as exc:  # pragma: no cover - every case is checked above
            raise error(str(exc)) from exc
        except StoreError as exc:  # the audit entry cannot be written: disk full, read-only
            raise error(store_error_text(str(exc), lang)) from exc
        if masked:
            warn(message("export_masked", lang))
        out(message("export_done", lang, rows=rows, dataset=dataset.title(lang),
                    start=start, end=end, path=args.output))
    finally:
        db.dispose()
    return 0

"""`reception-desk privacy ...`: retention and a person's rights from the command line.

    reception-desk privacy retention [--preview | --run]
    reception-desk privacy export-person ID -o FILE [--format json|xlsx] --as NAME
                           [--pin-from-stdin]
    reception-desk privacy erase ID --as NAME [--pin-from-stdin] [--yes]

`retention --preview` (the default) lists the customers the next run anonymises
(id, masked name and phone, last activity, counts); `--run` anonymises them now,
as the daily run does, audited as the operating-system user. `export-person` and
`erase` act on one person's data: an administrator's name (`--as`) and PIN (asked
without echo, or the first line of stdin with `--pin-from-stdin`) are required; a
wrong PIN counts towards the lock and nothing is written. `erase` asks to confirm
at a terminal; a script says `--yes`.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from .cli_messages import EN, ZH, os_reason, store_error_text
from .domain.i18n import QT_TRANSLATE_NOOP, Marked
from .i18n import Phrase

if TYPE_CHECKING:
    from .domain.roles import Actor
    from .services.context import Services

_TEXTS: dict[str, Marked] = {
    "preview_head": QT_TRANSLATE_NOOP(
        "CLI", "retention {days} days: customers with no call, visit or appointment since "
               "{cutoff} are anonymised by the next run:"),
    "preview_row": QT_TRANSLATE_NOOP(
        "CLI", "  customer {id}  {name}  {phone}  last activity {last}  {calls} calls, {visits} "
               "visits, {appointments} appointments"),
    "preview_none": QT_TRANSLATE_NOOP("CLI", "  (no customer is due)"),
    "preview_orphans": QT_TRANSLATE_NOOP(
        "CLI", "and records without a customer: {calls} calls, {visits} visits, {appointments} "
               "appointments"),
    "run_done": QT_TRANSLATE_NOOP(
        "CLI", "anonymised {customers} customers and, without a customer, {calls} calls, "
               "{visits} visits, {appointments} appointments; recorded in the audit log"),
    "needs_admin": QT_TRANSLATE_NOOP(
        "CLI", "this needs an administrator: name one with --as (the PIN is asked); nothing was "
               "changed"),
    "ask_pin": QT_TRANSLATE_NOOP("CLI", "PIN of {name}: "),
    "pin_missing": QT_TRANSLATE_NOOP(
        "CLI", "no PIN: run it in a terminal to type the PIN, or give it on stdin with "
               "--pin-from-stdin; nothing was changed"),
    "no_account": QT_TRANSLATE_NOOP(
        "CLI", "there is no active account called “{name}”; nothing was changed"),
    "not_admin": QT_TRANSLATE_NOOP(
        "CLI", "“{name}” is not an administrator: only an admin may export or erase a "
               "customer's personal data; nothing was changed"),
    "wrong_pin": QT_TRANSLATE_NOOP(
        "CLI", "wrong PIN for {name} ({n} tries left); nothing was changed"),
    "locked": QT_TRANSLATE_NOOP(
        "CLI", "the account of {name} is locked after too many wrong PINs until {until}; "
               "nothing was changed"),
    "no_customer": QT_TRANSLATE_NOOP(
        "CLI", "there is no customer {id}; look the number up in Customers or with retention "
               "--preview"),
    "already": QT_TRANSLATE_NOOP(
        "CLI", "the personal data of customer {id} was already removed on {when}"),
    "bad_format": QT_TRANSLATE_NOOP("CLI", "unsupported format “{fmt}”; use json or xlsx"),
    "write_failed": QT_TRANSLATE_NOOP("CLI", "cannot write {path} ({reason})"),
    "exported": QT_TRANSLATE_NOOP(
        "CLI", "wrote everything held about customer {id} to {path}; recorded in the audit log"),
    "confirm": QT_TRANSLATE_NOOP(
        "CLI", "erase the personal data of customer {id} (name, phones, plate, address, notes); "
               "statistics stay; this cannot be undone. Type yes to confirm: "),
    "confirm_needed": QT_TRANSLATE_NOOP(
        "CLI", "erasing needs a confirmation: run it in a terminal, or add --yes; nothing was "
               "changed"),
    "not_confirmed": QT_TRANSLATE_NOOP("CLI", "not confirmed; nothing was changed"),
    "erased": QT_TRANSLATE_NOOP(
        "CLI", "erased (anonymised) the personal data of customer {id} ({count} records merged "
               "into it included); recorded in the audit log"),
}


def text(key: str, lang: str, **params: object) -> str:
    """The message `key` in `lang`, from the app's one catalogue (see cli_messages)."""
    return Phrase(_TEXTS[key], params).text(lang)


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    actions = cmd.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
        sub.add_argument("--lang", choices=(ZH, EN), default=argparse.SUPPRESS,
                         help="language of messages")
        return sub

    retention = action("retention", "list (default) or anonymise now the customers past the "
                                    "retention period (site setting retention_days)")
    mode = retention.add_mutually_exclusive_group()
    mode.add_argument("--preview", action="store_true", help="only list them (the default)")
    mode.add_argument("--run", action="store_true", help="anonymise them now (audited)")

    def guarded(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("customer_id", metavar="ID", type=int, help="the customer's number")
        sub.add_argument("--as", dest="admin", metavar="NAME", default=None,
                         help="the administrator who does it (their PIN is asked)")
        sub.add_argument("--pin-from-stdin", action="store_true",
                         help="read the PIN from the first line of stdin (scripts)")

    export = action("export-person", "write everything held about one customer to one file")
    guarded(export)
    export.add_argument("-o", "--out", "--output", dest="output", metavar="FILE",
                        required=True, help="the file to write (.json or .xlsx)")
    export.add_argument("--format", choices=("json", "xlsx"), default=None,
                        help="default: xlsx for a .xlsx file, json otherwise")
    erase = action("erase", "erase (anonymise now) one customer's personal data")
    guarded(erase)
    erase.add_argument("--yes", action="store_true", help="do not ask for a confirmation")


def _interactive(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):
        return False


def _line(stream: TextIO | None) -> str:
    return stream.readline().rstrip("\r\n") if stream is not None else ""


def admin_actor(services: Services, args: argparse.Namespace, lang: str, *,
                error: Callable[[str], Exception], stdin: TextIO | None = None,
                ask_pin: Callable[[str], str] = getpass.getpass) -> Actor:
    """The administrator named by --as, PIN checked; raises ``error(text)`` otherwise."""
    from .domain.errors import DomainError
    from .domain.roles import Permission
    from .services.accounts import AccountLockedError, WrongPinError

    stdin = sys.stdin if stdin is None else stdin
    name = (args.admin or "").strip()
    if not name:
        raise error(text("needs_admin", lang))
    account = {a.name: a for a in services.accounts.list_accounts()}.get(name)
    if account is None:
        raise error(text("no_account", lang, name=name))
    if not account.actor().may(Permission.PRIVACY_ADMIN):
        raise error(text("not_admin", lang, name=name))
    if args.pin_from_stdin:
        pin = _line(stdin)
    elif _interactive(stdin):
        pin = ask_pin(text("ask_pin", lang, name=name))
    else:
        raise error(text("pin_missing", lang))
    try:
        return services.accounts.verify(account.id, pin)
    except WrongPinError as exc:
        raise error(text("wrong_pin", lang, name=name, n=exc.tries_left)) from exc
    except AccountLockedError as exc:
        until = exc.until.astimezone(services.settings.current().zone())
        raise error(text("locked", lang, name=name,
                         until=until.strftime("%Y-%m-%d %H:%M"))) from exc
    except DomainError as exc:  # deactivated meanwhile
        raise error(text("no_account", lang, name=name)) from exc


def run(args: argparse.Namespace, url: str, lang: str, *, open_db: Callable[..., Any],
        error: Callable[[str], Exception], out: Callable[[str], None], user: str,
        stdin: TextIO | None = None) -> int:
    from .domain.errors import NotFoundError
    from .domain.privacy import mask_name
    from .domain.roles import Actor
    from .services.context import Services
    from .services.privacy import AlreadyAnonymisedError
    from .store.database import StoreError, explained

    db = open_db(url, lang, migrate=True, must_exist=True)
    try:
        services = Services.open(db)
        zone = services.settings.current().zone()
        try:
            with explained(db):
                if args.privacy_action == "retention":
                    system = Actor.system(user)
                    if args.run:
                        result = services.privacy.run(system)
                        out(text("run_done", lang, customers=len(result.customers),
                                 calls=result.orphan_calls, visits=result.orphan_visits,
                                 appointments=result.orphan_appointments))
                        return 0
                    preview = services.privacy.preview(system)
                    out(text("preview_head", lang, days=preview.days,
                             cutoff=preview.cutoff.astimezone(zone).strftime("%Y-%m-%d %H:%M")))
                    for c in preview.customers:
                        out(text("preview_row", lang, id=c.customer_id,
                                 name=mask_name(c.name) or "-", phone=c.phone or "-",
                                 last=c.last_activity.astimezone(zone).strftime("%Y-%m-%d"),
                                 calls=c.calls, visits=c.visits, appointments=c.appointments))
                    if not preview.customers:
                        out(text("preview_none", lang))
                    out(text("preview_orphans", lang, calls=preview.orphan_calls,
                             visits=preview.orphan_visits,
                             appointments=preview.orphan_appointments))
                    return 0
                try:
                    services.customers.get(args.customer_id, history=False)
                except NotFoundError as exc:
                    raise error(text("no_customer", lang, id=args.customer_id)) from exc
                if args.privacy_action == "export-person":
                    fmt = args.format or ("xlsx" if args.output.lower().endswith(".xlsx")
                                          else "json")
                    admin = admin_actor(services, args, lang, error=error, stdin=stdin)
                    try:
                        path = services.privacy.export_person(admin, args.customer_id,
                                                              args.output, fmt)
                    except OSError as exc:
                        raise error(text("write_failed", lang, path=args.output,
                                         reason=os_reason(exc, lang))) from exc
                    out(text("exported", lang, id=args.customer_id, path=path))
                    return 0
                admin = admin_actor(services, args, lang, error=error, stdin=stdin)
                stream = sys.stdin if stdin is None else stdin
                if not args.yes:
                    if args.pin_from_stdin or not _interactive(stream):
                        raise error(text("confirm_needed", lang))
                    sys.stderr.write(text("confirm", lang, id=args.customer_id))
                    sys.stderr.flush()
                    if _line(stream).strip().lower() not in ("yes", "y", "是"):
                        raise error(text("not_confirmed", lang))
                try:
                    blanked = services.privacy.erase(admin, args.customer_id)
                except AlreadyAnonymisedError as exc:
                    raise error(text("already", lang, id=args.customer_id,
                                     when=exc.params.get("when", ""))) from exc
                out(text("erased", lang, id=args.customer_id, count=len(blanked) - 1))
                return 0
        except StoreError as exc:  # disk full, read-only: the one transaction rolled back
            raise error(store_error_text(str(exc), lang)) from exc
    finally:
        db.dispose()

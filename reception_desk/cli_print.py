"""The `print` command: a reception request's sheet as a PDF file, for the manager.

    reception-desk print request|itinerary|feedback ID [-o FILE.pdf] [--blank]

ID is the request number (JD20261203-01) or its numeric id. Without -o the PDF
is written as ``<number>-<kind>.pdf`` in the current folder. The path written
is printed on stdout (one line, so scripts can use it). The command acts as the
operating-system user (``Actor.system``), like every command: the guests'
phones are masked on its sheets, and every sheet written is audited.

``__main__`` owns the error handling and the database opening; it hands them
in (``open_db``, ``error``, ``out``) so this module never imports ``__main__``
(which is a different module object when run with ``python -m``).
"""

from __future__ import annotations

import argparse
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_messages import message, os_reason

if TYPE_CHECKING:
    from .domain.reception_request import RequestRecord
    from .domain.roles import Actor
    from .services.context import Services
    from .store.database import Database

KINDS = ("request", "itinerary", "feedback")
log = logging.getLogger("reception_desk.cli")


def add_arguments(cmd: argparse.ArgumentParser) -> None:
    """The arguments of `print` (the parser itself comes from ``__main__``)."""
    cmd.add_argument("kind", choices=KINDS,
                     help="request: the application with approval boxes; itinerary: "
                          "商务考察行程安排表; feedback: 客户接待信息反馈表")
    cmd.add_argument("key", metavar="ID", help="request number (e.g. JD20261203-01) or id")
    cmd.add_argument("-o", "--output", metavar="FILE", default=None,
                     help="the PDF to write (default: <number>-<kind>.pdf here)")
    cmd.add_argument("--blank", action="store_true",
                     help="feedback only: print the form empty, to fill in by hand")


def default_name(record: RequestRecord, kind: str) -> str:
    """``<number>-<kind>.pdf``, with anything unsafe in a file name replaced."""
    number = re.sub(r"[^\w.-]+", "_", record.number) or str(record.id)
    return f"{number}-{kind}.pdf"


def build_sheet(services: Services, record: RequestRecord, kind: str,
                blank: bool = False, viewer: Actor | None = None) -> bytes:
    """The PDF of one sheet, with the site's name and time zone, printed now; the
    guests' phones as ``viewer`` may see them on paper (masked for the OS user)."""
    from .printing.request_sheets import SheetKind, build_batch_pdf, sheet_record

    settings = services.settings.current()
    return build_batch_pdf([sheet_record(record, viewer)], [SheetKind(kind)],
                           settings.site_name, services.clock(), settings.zone(),
                           blank_feedback=blank)


def run(args: argparse.Namespace, url: str, lang: str, *,
        open_db: Callable[..., Database], error: Callable[[str], Exception],
        out: Callable[[str], None], user: str) -> int:
    """Do `print`; raise ``error(text)`` for anything the user must fix."""
    from .domain.errors import NotFoundError
    from .domain.privacy import Purpose, may_see_full
    from .domain.roles import Actor, Permission, require
    from .services.audit import Output
    from .services.context import Services

    if args.blank and args.kind != "feedback":
        raise error(message("print_blank_feedback_only", lang, kind=args.kind))
    actor = require(Actor.system(user), Permission.REQUEST_PRINT)
    db = open_db(url, lang, migrate=True, must_exist=True)
    try:
        services = Services.open(db)
        try:
            record = services.requests.find(args.key)
        except NotFoundError as exc:
            raise error(message("print_not_found", lang, request=args.key)) from exc
        target = Path(args.output) if args.output else Path.cwd() / default_name(record,
                                                                                   args.kind)
        pdf = build_sheet(services, record, args.kind, args.blank, viewer=actor)
        try:
            target.write_bytes(pdf)
        except OSError as exc:
            raise error(message("write_failed", lang, path=target,
                                reason=os_reason(exc, lang))) from exc
        # A sheet with personal data leaves the app: who, which, how many guests' rows.
        services.audit.record_output(
            actor, Output.PRINT, f"{args.kind} {record.number}",
            0 if args.blank else len(record.form.guests),
            masked=not may_see_full(actor, Purpose.SHEET), detail=f"saved as {target}")
        log.info("print: user %s printed the %s of %s to %s", user, args.kind, record.number,
                 target)
        out(str(target))
    finally:
        db.dispose()
    return 0

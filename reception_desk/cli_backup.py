"""The `backup` and `restore` commands.

    reception-desk backup  [-o FILE]
    reception-desk restore FILE

SQLite: `backup` checks the database (as every command does) and copies it with
SQLite's online backup API, safe while the windows are open, to FILE or to the
backup folder of the site settings. `restore` checks the copy (full integrity
check, schema of this or an older version), refuses while any window or command
has the database open, keeps the replaced file beside it and puts the copy in
place; the next start migrates it if it is older.

PostgreSQL: `backup` runs ``pg_dump`` when it is on PATH; otherwise it says the
exact command to run. `restore` says the ``pg_restore`` command.

``__main__`` hands in the database opening and error handling, as for `print`.
"""

from __future__ import annotations

import argparse
import logging
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_messages import message, store_error_text

if TYPE_CHECKING:
    from .store.database import Database

log = logging.getLogger("reception_desk.cli")


def add_backup_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("-o", "--output", metavar="FILE", default=None,
                     help="the copy to write (default: a new file in the backup folder "
                          "of the site settings)")


def add_restore_arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("file", metavar="FILE", help="the backup copy to put in place")


def run_backup(args: argparse.Namespace, url: str, lang: str, *,
               open_db: Callable[..., Database], error: Callable[[str], Exception],
               out: Callable[[str], None], user: str) -> int:
    from .services.context import Services
    from .store.backup import (
        backup_folder,
        copy_database,
        manual_backup_path,
        pg_dump_command,
        run_pg_dump,
        stamp,
    )
    from .store.database import StoreError

    db = open_db(url, lang, migrate=False, must_exist=True)
    try:
        if not db.is_sqlite:
            target = Path(args.output or f"reception-desk.{stamp()}.dump")
            command = shlex.join(pg_dump_command(url, target))
            log.info("backup: user %s runs %s", user, command)
            try:
                done = run_pg_dump(url, target)
            except StoreError as exc:
                raise error(store_error_text(str(exc), lang)) from exc
            if not done:
                raise error(message("pg_dump_missing", lang, command=command))
            out(message("backup_done", lang, path=target))
            return 0
        assert db.path is not None
        settings = Services.open(db).settings.current()
        path = db.path
    finally:
        db.dispose()
    target = Path(args.output).expanduser() if args.output else manual_backup_path(
        path, backup_folder(path, settings.backup_folder))
    log.info("backup: user %s copies %s to %s", user, path, target)
    try:
        copy_database(path, target)
    except StoreError as exc:
        raise error(store_error_text(str(exc), lang)) from exc
    out(message("backup_done", lang, path=target))
    return 0


def run_restore(args: argparse.Namespace, url: str, lang: str, *,
                open_db: Callable[..., Database], error: Callable[[str], Exception],
                out: Callable[[str], None], user: str) -> int:
    from .store.backup import restore_backup, sqlite_file
    from .store.database import StoreError
    from .store.migrate import all_revisions, head_revision

    source = Path(args.file).expanduser().resolve()
    path = sqlite_file(url)
    if path is None:
        command = f"pg_restore --clean --if-exists --dbname=<database> {shlex.quote(str(source))}"
        raise error(message("restore_postgres", lang, command=command))
    log.info("restore: user %s puts %s in place of %s", user, source, path)
    try:
        kept = restore_backup(source, path, known=all_revisions(), head=head_revision())
    except StoreError as exc:
        raise error(store_error_text(str(exc), lang)) from exc
    out(message("restore_done", lang, source=source, path=path))
    if kept is not None:
        out(message("restore_kept", lang, path=kept))
    log.info("restore: done; replaced file kept as %s", kept)
    return 0

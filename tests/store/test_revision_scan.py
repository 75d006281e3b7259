"""Start-up reads the revisions without Alembic: the same answers as Alembic gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from reception_desk.store.database import Database
from reception_desk.store.migrate import (
    _config,
    all_revisions,
    current_revision,
    head_revision,
    upgrade,
)


def test_the_files_revisions_are_alembics() -> None:
    script = ScriptDirectory.from_config(_config())
    assert head_revision() == script.get_current_head()
    assert all_revisions() == [r.revision for r in reversed(list(script.walk_revisions()))]


def test_current_revision_with_one_query_on_both_engines(any_db_url: str) -> None:
    db = Database(any_db_url)
    try:
        assert current_revision(db) is None  # no alembic_version table yet
        upgrade(db)
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    finally:
        db.dispose()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'current.db'}"
    db = Database(url)
    upgrade(db)
    db.dispose()
    code = ("import sys\n"
            "from reception_desk.startup import open_database\n"
            f"db, result = open_database({url!r})\n"
            "assert not result.changed\n"
            "db.dispose()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('alembic', 'pypinyin', 'reportlab', 'openpyxl')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"

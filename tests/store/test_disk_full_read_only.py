"""A full disk or a read-only database: the app's own message, nothing acknowledged lost.

SQLite: SQLITE_FULL comes from a tiny `PRAGMA max_page_count`, SQLITE_READONLY from
`PRAGMA query_only` (tests run as root, where chmod does not stop writes).
PostgreSQL: `default_transaction_read_only`; a full disk cannot be simulated there.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import DBAPIError

from reception_desk.cli_messages import store_error_text
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.database import Database, explain_db_error
from reception_desk.store.db_errors import DISK_FULL, READ_ONLY, storage_failure
from reception_desk.store.models import Party


def walk_in(note: str = "") -> PartyDraft:
    return PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络", note=note)


def count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Party)) or 0)


def on_connect(db: Database, statement: str) -> Callable[[], None]:
    """Run `statement` on every new connection; returns the undo."""
    def run(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(statement)
        cursor.close()
        if not db.is_sqlite:
            dbapi_connection.commit()

    event.listen(db.engine, "connect", run)
    db.engine.dispose()

    def undo() -> None:
        event.remove(db.engine, "connect", run)
        db.engine.dispose()
    return undo


@pytest.fixture
def any_db(any_db_url: str) -> Iterator[Database]:
    database, _ = open_database(any_db_url)
    yield database
    database.dispose()


def test_disk_full_on_sqlite(tmp_path: Path) -> None:
    db, _ = open_database(f"sqlite:///{tmp_path / 'desk.db'}")
    services = Services.open(db)
    acknowledged = [services.arrivals.register(walk_in()).id for _ in range(3)]
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    undo = on_connect(db, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DBAPIError) as info:
        for _ in range(5000):
            acknowledged.append(services.arrivals.register(walk_in("x" * 190)).id)
    assert storage_failure(info.value) == DISK_FULL
    text = explain_db_error(db, info.value)
    assert text.startswith(f"{db.path}: the disk is full; nothing from this action was saved")
    assert store_error_text(text, "zh_CN").startswith(f"{db.path}：磁盘已满")
    undo()
    assert count(db) == len(acknowledged)   # every acknowledged party is there
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    services.arrivals.register(walk_in())   # space again: the desk carries on
    assert count(db) == len(acknowledged) + 1
    db.dispose()


def test_read_only_database_on_both_engines(any_db: Database) -> None:
    services = Services.open(any_db)
    first = services.arrivals.register(walk_in()).id
    statement = ("PRAGMA query_only = ON" if any_db.is_sqlite
                 else "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    undo = on_connect(any_db, statement)
    with pytest.raises(DBAPIError) as info:
        services.arrivals.register(walk_in())
    assert storage_failure(info.value) == READ_ONLY
    text = explain_db_error(any_db, info.value)
    assert " is read-only; nothing from this action was saved" in text
    assert "是只读的" in store_error_text(text, "zh_CN")
    assert [p.id for p in services.arrivals.list_day(services.arrivals.today())] == [first]
    undo()
    services.arrivals.register(walk_in())
    assert count(any_db) == 2


def test_cli_import_into_a_read_only_database_says_so(tmp_path: Path) -> None:
    """The command line, in a new process, on a database file opened read-only."""
    import sys

    url = f"sqlite:///{tmp_path / 'desk.db'}"
    db, _ = open_database(url)
    db.dispose()
    csv_file = tmp_path / "list.csv"
    csv_file.write_text("渠道,客户姓名,电话,预计到访日期\n链家,张伟,13812345678,2100-12-01\n",
                        encoding="utf-8")
    script = (
        "import sys\n"
        "from sqlalchemy import event\n"
        "from sqlalchemy.engine import Engine\n"
        "from reception_desk.__main__ import main\n"
        "def ro(conn, _r):\n"
        "    if getattr(ro, 'armed', False):\n"
        "        conn.execute('PRAGMA query_only = ON')\n"
        "event.listen(Engine, 'connect', ro)\n"
        "import reception_desk.services.appointment_import as m\n"
        "orig = m.AppointmentImportService.import_rows\n"
        "def arm(self, *a, **k):\n"
        "    ro.armed = True\n"
        "    self.db.engine.dispose()\n"
        "    return orig(self, *a, **k)\n"
        "m.AppointmentImportService.import_rows = arm\n"
        "sys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run(
        [sys.executable, "-c", script, "import", "appointments", str(csv_file), "--db", url],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={"RECEPTION_DESK_HOME": str(tmp_path / "home"), "LANG": "zh_CN.UTF-8",
             "PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin",
             "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "是只读的，本次操作没有保存任何内容" in done.stderr

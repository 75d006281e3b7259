"""Backups with SQLite's online backup API, daily copies and their pruning, restore."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TypedDict

import pytest

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.backup import (
    BackupError,
    copy_database,
    daily_backup,
    daily_backups,
    in_use,
    newest_good_backup,
    pg_dump_command,
    restore_backup,
)
from reception_desk.store.database import StoreError
from reception_desk.store.migrate import all_revisions, head_revision


class Revisions(TypedDict):
    known: list[str]
    head: str


KNOWN: Revisions = {"known": all_revisions(), "head": head_revision()}
ROOT = Path(__file__).resolve().parents[2]


def draft(surname: str) -> PartyDraft:
    return PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络")


def _count(path: Path, table: str = "parties") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _integrity(path: Path) -> list[tuple[str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


@pytest.fixture
def live(tmp_path: Path, clock) -> Path:
    path = tmp_path / "desk.db"
    db, _ = open_database(f"sqlite:///{path}")
    services = Services.open(db, clock=clock)
    for name in ("王", "李", "张"):
        services.arrivals.register(draft(name))
    db.dispose()
    return path


def test_backup_while_another_connection_writes(live: Path, tmp_path: Path) -> None:
    db, _ = open_database(f"sqlite:///{live}")
    try:
        with db.engine.begin() as conn:  # enough pages to copy in several steps
            for i in range(2000):
                conn.exec_driver_sql(
                    "INSERT INTO changes (at, origin, topic, ids, data) "
                    "VALUES ('2026-11-28 02:00:00', 'o', 'parties', ?, ?)", (str(i), "x" * 200))
        before = _count(live, "changes")
        writes: list[int] = []
        other = sqlite3.connect(live, isolation_level=None, timeout=10)

        def write_meanwhile(_status: int, remaining: int, total: int) -> None:
            if len(writes) < 5:  # another connection commits while the copy runs
                other.execute("INSERT INTO changes (at, origin, topic, ids, data) VALUES "
                              "('2026-11-28 02:00:00', 'other', 'parties', '', '')")
                writes.append(remaining)

        target = copy_database(live, tmp_path / "copies" / "while-writing.bak", pages=5,
                               progress=write_meanwhile)
        other.close()
    finally:
        db.dispose()
    assert len(writes) == 5
    assert _integrity(target) == [("ok",)]
    copied = _count(target, "changes")
    assert before <= copied <= before + 5, "a consistent snapshot, never a torn one"
    assert copied == before + 5, "the copy starts over after another connection commits"
    assert _count(live, "changes") == before + 5, "nothing written meanwhile is lost"
    assert not list(target.parent.glob("*.part"))
    assert sorted(p.name for p in target.parent.iterdir()) == ["while-writing.bak"]


def test_a_failed_backup_leaves_nothing(live: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="cannot write the backup"):
        copy_database(live, blocker / "desk.bak")
    with pytest.raises(BackupError):
        daily_backup(live, blocker, date(2026, 11, 28))


def test_daily_backup_once_a_day_and_pruned(live: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = date(2026, 11, 1)
    made = daily_backup(live, folder, first, keep=3)
    assert made.made is not None and made.made.name == "desk.2026-11-01.daily.bak"
    again = daily_backup(live, folder, first, keep=3)
    assert again.made is None and again.pruned == (), "one copy per day"
    for offset in range(1, 6):
        daily_backup(live, folder, first + timedelta(days=offset), keep=3)
    names = [p.name for p in daily_backups(live, folder)]
    assert names == ["desk.2026-11-06.daily.bak", "desk.2026-11-05.daily.bak",
                     "desk.2026-11-04.daily.bak"]
    (folder / "unrelated.txt").write_text("kept")
    (folder / "other.2026-10-01.daily.bak").write_text("another database's copy")
    daily_backup(live, folder, first + timedelta(days=6), keep=3)
    assert (folder / "unrelated.txt").exists()
    assert (folder / "other.2026-10-01.daily.bak").exists()
    assert len(daily_backups(live, folder)) == 3
    assert _count(daily_backups(live, folder)[0]) == 3


def test_restore_round_trip_keeps_the_replaced_file(live: Path, tmp_path: Path,
                                                    clock) -> None:
    copy = copy_database(live, tmp_path / "backups" / "desk.manual.bak")
    db, _ = open_database(f"sqlite:///{live}")
    Services.open(db, clock=clock).arrivals.register(draft("后"))
    db.dispose()
    assert _count(live) == 4
    kept = restore_backup(copy, live, **KNOWN)
    assert kept is not None and kept.parent == live.parent and ".replaced." in kept.name
    assert _count(kept) == 4, "the replaced database is kept whole"
    db, _ = open_database(f"sqlite:///{live}")
    try:
        arrivals = Services.open(db, clock=clock).arrivals
        assert arrivals.search("后") == [] and len(arrivals.search("王")) == 1
    finally:
        db.dispose()
    assert _count(live) == 3


def test_restore_refused_while_the_database_is_open(live: Path, tmp_path: Path) -> None:
    copy = copy_database(live, tmp_path / "backups" / "desk.manual.bak")
    db, _ = open_database(f"sqlite:///{live}")
    try:
        with db.read() as session:
            session.connection().exec_driver_sql("SELECT 1")
        assert in_use(live)
        with pytest.raises(BackupError, match="is open in another program"):
            restore_backup(copy, live, **KNOWN)
    finally:
        db.dispose()
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from reception_desk.startup import open_database\n"
         "db, _ = open_database(sys.argv[1])\n"
         "with db.read() as s: s.connection().exec_driver_sql('SELECT 1')\n"
         "print('open', flush=True)\n"
         "sys.stdin.read()\n",
         f"sqlite:///{live}"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        assert in_use(live)
        with pytest.raises(BackupError, match="is open in another program"):
            restore_backup(copy, live, **KNOWN)
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(30)
        if child.stdout is not None:
            child.stdout.close()
    assert not in_use(live), "the other program has exited, so nothing holds the file"
    assert restore_backup(copy, live, **KNOWN) is not None


def test_restore_checks_the_backup_first(live: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.bak"
    garbage.write_bytes(b"\x01" * 5000)
    before = live.read_bytes()
    with pytest.raises(StoreError, match="not a readable"):
        restore_backup(garbage, live, **KNOWN)
    newer = copy_database(live, tmp_path / "newer.bak")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        restore_backup(newer, live, **KNOWN)
    with pytest.raises(StoreError, match="no backup file"):
        restore_backup(tmp_path / "missing.bak", live, **KNOWN)
    assert live.read_bytes() == before
    assert not list(tmp_path.glob("*.replaced.bak"))


def test_a_damaged_file_is_replaced_by_the_newest_good_backup(live: Path,
                                                              tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    good = daily_backup(live, folder, date(2026, 11, 27)).made
    assert good is not None
    bad = folder / "desk.2026-11-28.daily.bak"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # newer, but damaged
    assert newest_good_backup(live, [folder], **KNOWN) == good
    live.write_bytes(b"")  # emptied by a failed copy
    kept = restore_backup(good, live, **KNOWN)
    assert kept is not None and kept.stat().st_size == 0
    db, _ = open_database(f"sqlite:///{live}")
    db.dispose()
    assert _count(live) == 3


def test_pg_dump_command_names_everything_but_the_password() -> None:
    command = pg_dump_command("postgresql+psycopg://desk:secret@db.local:5433/sales",
                              Path("/tmp/x.dump"))
    assert command == ["pg_dump", "--format=custom", "--file=/tmp/x.dump",
                       "--host=db.local", "--port=5433", "--username=desk", "sales"]
    assert "secret" not in " ".join(command)

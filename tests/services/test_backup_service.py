"""The services' door to backups: today's copy is due once a day by the site's clock, goes
where the admin chose and keeps as many as set; a copy that cannot be made, or a restore
that must not be done, is refused in words; the recovery dialog's search finds the newest
good copy."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.backup import (
    BackupFailed,
    BackupService,
    DailyCopy,
    default_folder,
    newest_good_backup,
    restore_backup,
)
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from tests.conftest import TEST_ACTOR


def register(services: Services, surname: str = "王") -> None:
    services.arrivals.register(PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络"))


def parties(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM parties").fetchone()[0])
    finally:
        conn.close()


def test_todays_copy_is_due_once_a_day_by_the_sites_clock(services: Services, clock) -> None:
    assert services.db.path is not None
    clock.now = datetime(2026, 11, 28, 17, 0, tzinfo=UTC)  # 01:00 on the 29th in Beijing
    due = services.backup.daily_due()
    assert due == DailyCopy(services.db.path, default_folder(services.db.path),
                            date(2026, 11, 29), 30)
    result = BackupService.make_daily(due)
    assert result.made is not None and result.made.name == "desk.2026-11-29.daily.bak"
    assert services.backup.daily_due() is None, "today's copy exists"
    clock.advance(days=1)
    tomorrow = services.backup.daily_due()
    assert tomorrow is not None and tomorrow.day == date(2026, 11, 30)


def test_the_admins_folder_and_number_of_copies_are_kept_to(
        services: Services, clock, tmp_path: Path) -> None:
    folder = tmp_path / "usb" / "desk-copies"
    services.settings.save(replace(services.settings.current(), backup_folder=str(folder),
                                   backup_keep_days=2), TEST_ACTOR)
    made: list[Path] = []
    for _ in range(3):
        due = services.backup.daily_due()
        assert due is not None and due.folder == folder and due.keep == 2
        result = BackupService.make_daily(due)
        assert result.made is not None
        made.append(result.made)
        clock.advance(days=1)
    assert sorted(folder.iterdir()) == sorted(made[1:]), "the oldest copy was pruned"


def test_no_daily_copy_on_postgresql_or_in_memory(pg_url: str, clock) -> None:
    for url in (pg_url, "sqlite://"):
        db, _ = open_database(url)
        try:
            assert Services.open(db, clock=clock).backup.daily_due() is None
        finally:
            db.dispose()


def test_a_copy_that_cannot_be_written_is_refused_in_words(
        services: Services, tmp_path: Path) -> None:
    blocker = tmp_path / "share-gone"
    blocker.write_text("not a folder")
    services.settings.save(replace(services.settings.current(),
                                   backup_folder=str(blocker / "sub")), TEST_ACTOR)
    due = services.backup.daily_due()
    assert due is not None
    with pytest.raises(BackupFailed, match="cannot write the backup") as caught:
        BackupService.make_daily(due)
    assert str(blocker) in str(caught.value)
    assert not (blocker / "sub").exists()


def test_the_newest_good_copy_is_found_and_restored(tmp_path: Path, clock) -> None:
    path = tmp_path / "desk.db"
    db, _ = open_database(f"sqlite:///{path}")
    services = Services.open(db, clock=clock)
    register(services)
    due = services.backup.daily_due()
    assert due is not None
    good = BackupService.make_daily(due).made
    assert good is not None
    with pytest.raises(BackupFailed, match="open in another program"):
        restore_backup(good, path)  # the database is still open here
    db.dispose()
    damaged = default_folder(path) / "desk.2026-11-30.daily.bak"
    damaged.write_bytes(b"\x00garbage" * 512)  # newer, but no database
    assert newest_good_backup(path, [default_folder(path)]) == good
    path.write_bytes(b"")  # emptied by a failed copy
    kept = restore_backup(good, path)
    assert kept is not None and kept.stat().st_size == 0
    assert parties(path) == 1
    with pytest.raises(BackupFailed, match="is not a readable Reception Desk database"):
        restore_backup(damaged, path)
    assert parties(path) == 1

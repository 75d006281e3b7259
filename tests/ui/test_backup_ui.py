"""The window's daily backup (worker thread, banner on failure, retried), the backup
settings, and the recovery dialog offered when the database file is refused."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox

from reception_desk.app import DeskApp, open_or_recover
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.backup import copy_database, daily_backups
from reception_desk.ui.backup_guard import LAST_FOLDER, DailyBackup
from reception_desk.ui.prefs import make_prefs
from reception_desk.ui.recovery_dialog import RecoveryDialog, find_backup
from tests.conftest import TEST_ACTOR


def _parties(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM parties").fetchone()[0])
    finally:
        conn.close()


def test_the_daily_copy_is_made_in_a_worker_once_a_day(
        qtbot, desk: DeskApp, services: Services, clock) -> None:
    assert services.db.path is not None
    folder = services.db.path.parent / "copies"
    services.settings.save(replace(services.settings.current(), backup_folder=str(folder),
                                   backup_keep_days=2), TEST_ACTOR)
    backups = desk.start_backups("zh_CN")
    qtbot.waitUntil(lambda: backups.last is not None, timeout=10000)
    assert backups.last is not None and backups.last.made is not None
    assert backups.last.made.parent == folder
    assert not backups.banner.isVisible()
    assert make_prefs().value(LAST_FOLDER) == str(folder)
    assert backups.run_if_due() is False, "today's copy exists"
    for _ in range(3):  # three more days: two copies kept
        clock.advance(days=1)
        before = backups.last
        assert backups.run_if_due()
        # the worker's result reached the window (a queued signal), and the worker ended
        qtbot.waitUntil(lambda before=before: backups.last is not before, timeout=10000)
        qtbot.waitUntil(lambda: not backups.busy(), timeout=10000)
    qtbot.waitUntil(lambda: len(daily_backups(services.db.path, folder)) == 2, timeout=5000)


def test_a_failed_backup_shows_a_banner_and_is_retried(
        qtbot, desk: DeskApp, services: Services) -> None:
    assert services.db.path is not None and desk.main is not None
    blocker = services.db.path.parent / "share-gone"
    blocker.write_text("not a folder")
    services.settings.save(replace(services.settings.current(),
                                   backup_folder=str(blocker / "sub")), TEST_ACTOR)
    backups = DailyBackup(services, desk.main, "zh_CN", desk.main)
    desk.backups = backups
    backups.start()
    qtbot.waitUntil(lambda: backups.banner.isVisible(), timeout=10000)
    assert "无法写入备份" in backups.banner.text() and str(blocker) in backups.banner.text()
    assert backups._retry.isActive(), "tried again later"
    assert desk.main.isEnabled(), "the desk goes on"
    services.settings.save(replace(services.settings.current(), backup_folder=""),
                           TEST_ACTOR)
    backups._retry.timeout.emit()  # the retry, without waiting ten minutes
    qtbot.waitUntil(lambda: not backups.banner.isVisible(), timeout=10000)
    assert backups.last is not None and backups.last.made is not None
    assert backups.last.made.parent == services.db.path.parent / "backups"


def test_backup_settings_in_the_dialog(
        qtbot, main_window, services: Services, signed_in_admin) -> None:
    from reception_desk.ui.settings.settings_dialog import SettingsDialog

    main_window.act_settings.trigger()
    dialog = main_window.findChild(SettingsDialog)
    assert dialog is not None
    keep = dialog.findChild(QSpinBox, "setting_backup_keep_days")
    folder = dialog.findChild(QLineEdit, "setting_backup_folder")
    assert keep is not None and folder is not None
    assert keep.value() == 30 and folder.text() == ""
    keep.setValue(0)
    dialog.save()
    assert dialog.isVisible() and dialog.more.errors["backup_keep_days"].isVisible()
    keep.setValue(14)
    folder.setText("  /media/usb/desk-backups ")
    dialog.save()
    assert not dialog.isVisible()
    current = services.settings.current()
    assert current.backup_keep_days == 14
    assert current.backup_folder == "/media/usb/desk-backups"


@pytest.fixture
def refused(tmp_path: Path, clock) -> tuple[Path, Path]:
    """A database emptied by a failed copy, with a good daily copy in its backup folder."""
    from reception_desk.domain.party import Honorific, PartyDraft, VisitKind

    path = tmp_path / "desk.db"
    db, _ = open_database(f"sqlite:///{path}")
    Services.open(db, clock=clock).arrivals.register(
        PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
    db.dispose()
    good = copy_database(path, tmp_path / "backups" / "desk.2026-11-27.daily.bak")
    path.write_bytes(b"")
    return path, good


def test_the_recovery_dialog_offers_the_newest_good_backup(
        qtbot, zh_app: QApplication, refused: tuple[Path, Path]) -> None:
    path, good = refused
    assert find_backup(path) == good
    dialog = RecoveryDialog(path, "desk.db 是空文件", "zh_CN")
    qtbot.addWidget(dialog)
    assert str(good) in dialog.offer.text() and dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert dialog.kept is not None and dialog.kept.stat().st_size == 0
    assert _parties(path) == 1


def test_no_backup_means_restore_is_not_offered(
        qtbot, zh_app: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    path.write_bytes(b"junk" * 100)
    dialog = RecoveryDialog(path, "damaged", "en")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.backup is None


def test_the_window_restores_and_starts(
        qtbot, zh_app: QApplication, refused: tuple[Path, Path],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path, _good = refused
    shown: list[str] = []

    def restore_at_once(self: RecoveryDialog) -> int:
        shown.append(self.findChild(type(self.offer), "recoveryProblem").text())
        self.restore_offered()
        return int(self.result())

    monkeypatch.setattr(RecoveryDialog, "exec", restore_at_once)
    db = open_or_recover(f"sqlite:///{path}", "zh_CN", interactive=True)
    assert db is not None
    db.dispose()
    assert shown and str(path) in shown[0] and "是空文件" in shown[0]
    assert str(path) in capsys.readouterr().err
    assert _parties(path) == 1
    # Offscreen or --screenshot: the message and exit 2, no dialog.
    path.write_bytes(b"")
    assert open_or_recover(f"sqlite:///{path}", "en", interactive=False) is None
    assert "is empty" in capsys.readouterr().err

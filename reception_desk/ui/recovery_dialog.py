"""The recovery dialog: the window refused the database file; offer the newest good backup.

Shown by `run_gui` when the database cannot be trusted (empty, damaged, foreign,
missing tables, newer). It names the file and the problem, finds the newest copy
that passes the backup check in the backup folders (the one of the last good
copy, remembered in this PC's preferences, and ``backups`` beside the database),
and offers: restore it and start, choose another copy, or quit. Restoring keeps
the refused file beside the database (`services.backup.restore_backup`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..cli_messages import store_error_text
from ..services.backup import BackupFailed, default_folder, newest_good_backup, restore_backup
from .backup_guard import LAST_FOLDER
from .prefs import make_prefs

log = logging.getLogger(__name__)


def backup_folders(db_path: Path) -> list[Path]:
    """Where to look for copies: the folder of the last good copy, then the default."""
    folders: list[Path] = []
    remembered = str(make_prefs().value(LAST_FOLDER, "") or "")
    if remembered:
        folders.append(Path(remembered))
    folders.append(default_folder(db_path))
    return folders


def find_backup(db_path: Path) -> Path | None:
    return newest_good_backup(db_path, backup_folders(db_path))


class RecoveryDialog(QDialog):
    """Accepted once a backup has been put in place; rejected means quit."""

    def __init__(self, db_path: Path, problem: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.db_path = db_path
        self.language = language
        self.restored: Path | None = None
        self.kept: Path | None = None
        self.backup = find_backup(db_path)
        problem_label = QLabel(problem)
        problem_label.setObjectName("recoveryProblem")
        problem_label.setWordWrap(True)
        self.offer = QLabel()
        self.offer.setObjectName("recoveryOffer")
        self.offer.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore this backup and start"))
        self.restore_button.setObjectName("recoveryRestore")
        self.choose_button = QPushButton(self.tr("Choose another backup…"))
        self.choose_button.setObjectName("recoveryChoose")
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.setObjectName("recoveryQuit")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_offered)
        self.choose_button.clicked.connect(self.choose)
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(problem_label)
        layout.addWidget(self.offer)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._show_offer()

    def _show_offer(self) -> None:
        if self.backup is None:
            self.offer.setText(self.tr("No good backup was found. Choose a backup file, or "
                                       "quit and ask the administrator."))
            self.restore_button.setEnabled(False)
            return
        self.offer.setText(self.tr("Newest good backup: %1\nRestoring it puts it in place of "
                                   "the database; the refused file is kept beside it.")
                           .replace("%1", str(self.backup)))
        self.restore_button.setEnabled(True)

    def choose(self) -> None:
        start = str(self.backup.parent if self.backup else default_folder(self.db_path))
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), start,
            self.tr("Backups (*.bak *.db *.sqlite);;All files (*)"))
        if chosen:
            self.restore(Path(chosen))

    def restore_offered(self) -> None:
        if self.backup is not None:
            self.restore(self.backup)

    def restore(self, backup: Path) -> bool:
        try:
            self.kept = restore_backup(backup, self.db_path)
        except BackupFailed as exc:
            log.warning("restore of %s refused: %s", backup, exc)
            QMessageBox.warning(self, self.windowTitle(),
                                store_error_text(str(exc), self.language))
            return False
        log.info("restored %s from %s (replaced file kept as %s)", self.db_path, backup,
                 self.kept)
        self.restored = backup
        self.accept()
        return True

"""Settings groups for reception requests, accounts, the hotline and backups.

Part of the Settings dialog: each group edits some `SiteSettings` fields,
hands their values back with `values()` and shows a service's refusal
beside the field with `show_problem()`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..domain.site_settings import SiteSettings
from .widgets import FieldError, mark_invalid, with_error

_SPIN_FIELDS = (
    "notice_days_a", "notice_days_b", "notice_days_c",
    "capacity_a", "capacity_b", "capacity_c",
    "feedback_working_days", "itinerary_days_before",
    "signin_idle_minutes", "pin_attempts", "pin_lock_minutes", "call_ownership_days",
    "backup_keep_days",
)
_CHECK_FIELDS = ("gm_approval_b", "gm_approval_c")
FIELDS = (*_SPIN_FIELDS, *_CHECK_FIELDS, "holidays", "backup_folder")


class MoreSettings(QWidget):
    """The request, account and hotline settings, as three group boxes."""

    def __init__(self, current: SiteSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        days, minutes = self.tr(" days"), self.tr(" min")
        self.edits: dict[str, QWidget] = {}
        self.errors = {name: FieldError() for name in FIELDS}
        for name in _SPIN_FIELDS:
            box = QSpinBox()
            # Wide ranges: the service's rule (and its message) decides.
            box.setRange(-1, 9999)
            box.setValue(getattr(current, name))
            box.setObjectName(f"setting_{name}")
            self.edits[name] = box
        for name in ("capacity_a", "capacity_b", "capacity_c"):
            spin = self._spin(name)
            spin.setRange(0, 9999)
            spin.setSpecialValueText(self.tr("no limit"))
            spin.setValue(getattr(current, name))
        for name in ("notice_days_a", "notice_days_b", "notice_days_c",
                     "call_ownership_days"):
            self._spin(name).setSuffix(days)
        self._spin("feedback_working_days").setSuffix(self.tr(" working days"))
        self._spin("itinerary_days_before").setSuffix(days)
        self._spin("signin_idle_minutes").setSuffix(minutes)
        self._spin("pin_lock_minutes").setSuffix(minutes)
        self.edits["gm_approval_b"] = QCheckBox(
            self.tr("Level B needs the general manager's approval"))
        self.edits["gm_approval_c"] = QCheckBox(
            self.tr("Level C needs the general manager's approval"))
        for name in _CHECK_FIELDS:
            check = self.edits[name]
            assert isinstance(check, QCheckBox)
            check.setChecked(bool(getattr(current, name)))
            check.setObjectName(f"setting_{name}")
        holidays = QPlainTextEdit("\n".join(current.holidays))
        holidays.setObjectName("setting_holidays")
        holidays.setPlaceholderText("2027-01-01")
        holidays.setFixedHeight(80)
        self.edits["holidays"] = holidays
        self._spin("backup_keep_days").setSuffix(self.tr(" daily copies"))
        folder = QLineEdit(current.backup_folder)
        folder.setObjectName("setting_backup_folder")
        folder.setPlaceholderText(self.tr("“backups” beside the database"))
        self.edits["backup_folder"] = folder
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseBackupFolder")
        choose.clicked.connect(self._choose_folder)
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(with_error(folder, self.errors["backup_folder"]), 1)
        folder_layout.addWidget(choose)

        requests = QGroupBox(self.tr("Reception requests"))
        form = QFormLayout(requests)
        for level in ("a", "b", "c"):
            form.addRow(self.tr("Level %1: notice at least").replace("%1", level.upper()),
                        self._row(f"notice_days_{level}"))
        for level in ("a", "b", "c"):
            form.addRow(self.tr("Level %1: requests per day").replace("%1", level.upper()),
                        self._row(f"capacity_{level}"))
        form.addRow("", self._row("gm_approval_b"))
        form.addRow("", self._row("gm_approval_c"))
        form.addRow(self.tr("Feedback due after the visit within"),
                    self._row("feedback_working_days"))
        form.addRow(self.tr("Send the itinerary before arrival"),
                    self._row("itinerary_days_before"))
        form.addRow(self.tr("Holidays (YYYY-MM-DD, one per line)"), self._row("holidays"))

        accounts = QGroupBox(self.tr("Accounts"))
        account_form = QFormLayout(accounts)
        account_form.addRow(self.tr("Sign out after no input for"),
                            self._row("signin_idle_minutes"))
        account_form.addRow(self.tr("Lock an account after wrong PINs"),
                            self._row("pin_attempts"))
        account_form.addRow(self.tr("Keep it locked for"), self._row("pin_lock_minutes"))

        hotline = QGroupBox(self.tr("Hotline"))
        hotline_form = QFormLayout(hotline)
        hotline_form.addRow(self.tr("A call makes the consultant the owner for"),
                            self._row("call_ownership_days"))
        backups = QGroupBox(self.tr("Backups"))
        backup_form = QFormLayout(backups)
        backup_form.addRow(self.tr("Backup folder (USB disk or network share)"), folder_row)
        backup_form.addRow(self.tr("Keep"), self._row("backup_keep_days"))
        self.groups = (requests, accounts, hotline, backups)

    def _choose_folder(self) -> None:
        edit = self.edits["backup_folder"]
        assert isinstance(edit, QLineEdit)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), edit.text())
        if chosen:
            edit.setText(chosen)

    def _spin(self, name: str) -> QSpinBox:
        box = self.edits[name]
        assert isinstance(box, QSpinBox)
        return box

    def _row(self, name: str) -> QWidget:
        return with_error(self.edits[name], self.errors[name])

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {name: self._spin(name).value() for name in _SPIN_FIELDS}
        for name in _CHECK_FIELDS:
            check = self.edits[name]
            assert isinstance(check, QCheckBox)
            found[name] = check.isChecked()
        holidays = self.edits["holidays"]
        assert isinstance(holidays, QPlainTextEdit)
        found["holidays"] = [line.strip() for line in holidays.toPlainText().splitlines()
                             if line.strip()]
        folder = self.edits["backup_folder"]
        assert isinstance(folder, QLineEdit)
        found["backup_folder"] = folder.text().strip()
        return found

    def clear_problems(self) -> None:
        for name, error in self.errors.items():
            error.clear_text()
            mark_invalid(self.edits[name], False)

    def show_problem(self, name: str, text: str) -> bool:
        """Show a refusal beside its field; False if the field is not one of ours."""
        if name not in self.errors:
            return False
        self.errors[name].show_text(text)
        mark_invalid(self.edits[name], True)
        return True

"""Settings groups for reception requests, accounts, the hotline and backups.

The requests group holds the working-day calendar: holidays, make-up working
days (调休) and, when the optional `chinesecalendar` package is installed, a
button that fills in a year's official lists.

Part of the Settings dialog: each group edits some `SiteSettings` fields,
hands their values back with `values()` and shows a service's refusal
beside the field with `show_problem()`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain.site_settings import SiteSettings
from ...services.official_holidays import covered_years, official_days
from ..widgets import FieldError, count_suffix, mark_invalid, with_error

_SPIN_FIELDS = (
    "notice_days_a", "notice_days_b", "notice_days_c",
    "capacity_a", "capacity_b", "capacity_c",
    "feedback_working_days", "itinerary_days_before",
    "signin_idle_minutes", "pin_attempts", "pin_lock_minutes", "call_ownership_days",
    "backup_keep_days", "retention_days",
)
_CHECK_FIELDS = ("gm_approval_b", "gm_approval_c")
_DAY_LISTS = ("holidays", "makeup_working_days")
FIELDS = (*_SPIN_FIELDS, *_CHECK_FIELDS, *_DAY_LISTS, "backup_folder")
# A backup folder as a site types it (about 60 characters): the field shows it whole.
TYPICAL_FOLDER = "\\\\sales-nas\\前台共享\\滨江壹号售楼处\\Reception Desk\\backups\\front-desk"


class MoreSettings(QWidget):
    """The request, account and hotline settings, as three group boxes."""

    def __init__(self, current: SiteSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        day, days, minutes = self.tr(" day"), self.tr(" days"), self.tr(" min")
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
                     "call_ownership_days", "retention_days"):
            count_suffix(self._spin(name), day, days)
        count_suffix(self._spin("feedback_working_days"), self.tr(" working day"),
                     self.tr(" working days"))
        count_suffix(self._spin("itinerary_days_before"), day, days)
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
        for name, example in (("holidays", "2027-01-01"), ("makeup_working_days", "2027-02-07")):
            days_edit = QPlainTextEdit("\n".join(getattr(current, name)))
            days_edit.setObjectName(f"setting_{name}")
            days_edit.setPlaceholderText(example)
            days_edit.setFixedHeight(80)
            self.edits[name] = days_edit
        calendar = self._calendar()
        count_suffix(self._spin("backup_keep_days"), self.tr(" daily copy"),
                     self.tr(" daily copies"))
        folder = QLineEdit(current.backup_folder)
        folder.setObjectName("setting_backup_folder")
        folder.setPlaceholderText(self.tr("“backups” beside the database"))
        folder.setMinimumWidth(folder.fontMetrics().horizontalAdvance(TYPICAL_FOLDER) + 28)
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
        form.addRow(calendar)

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
        self._spin("retention_days").setToolTip(self.tr(
            "Personal data (PIPL): a customer with no visit, call or appointment for this "
            "long is anonymised once a day; counts and statistics stay. "
            "Accounts › Retention preview… lists who is next."))
        hotline_form.addRow(self.tr("Anonymise customers with no contact for"),
                            self._row("retention_days"))
        backups = QGroupBox(self.tr("Backups"))
        backup_form = QFormLayout(backups)
        # The label above the field: beside it, the field had some 80 pixels in English.
        folder_label = QLabel(self.tr("Backup folder (USB disk or network share)"))
        folder_label.setBuddy(folder)
        backup_form.addRow(folder_label)
        backup_form.addRow(folder_row)
        backup_form.addRow(self.tr("Keep"), self._row("backup_keep_days"))
        self.groups = (requests, accounts, hotline, backups)

    def _calendar(self) -> QWidget:
        """Holidays beside make-up working days, and the official-list button under them."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(QLabel(self.tr("Holidays")), 0, 0)
        grid.addWidget(QLabel(self.tr("Make-up working days")), 0, 1)
        grid.addWidget(self._row("holidays"), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._row("makeup_working_days"), 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.official_year = QSpinBox()
        self.official_year.setObjectName("officialYear")
        self.official_year.setRange(1900, 2200)
        self.official_year.setValue(QDate.currentDate().year())
        self.fill_official = QPushButton()
        self.fill_official.setObjectName("fillOfficialHolidays")
        self.fill_official.clicked.connect(self._fill_official_days)
        self.official_year.valueChanged.connect(self._name_fill_button)
        self._name_fill_button()
        years = covered_years()
        if years is None:
            self.fill_official.setEnabled(False)
            self.official_year.setEnabled(False)
            self.fill_official.setToolTip(self.tr(
                "Needs the optional package chinesecalendar (pip install chinesecalendar). "
                "Until then, type the days from the State Council notice."))
        else:
            self.fill_official.setToolTip(self.tr(
                "Adds the State Council's lists from the installed chinesecalendar package "
                "(years %1 to %2); nothing is downloaded.")
                .replace("%1", str(years[0])).replace("%2", str(years[1])))
        row = QHBoxLayout()
        row.addWidget(self.official_year)
        row.addWidget(self.fill_official, 1)
        grid.addLayout(row, 2, 0, 1, 2)
        # The hint, replaced by what the button did once it is used.
        self.official_note = QLabel(self.tr(
            "One date per line (YYYY-MM-DD). Make-up working days are the weekend days "
            "worked in exchange for a holiday."))
        self.official_note.setObjectName("officialNote")
        self.official_note.setWordWrap(True)
        grid.addWidget(self.official_note, 3, 0, 1, 2)
        return box

    def _name_fill_button(self) -> None:
        self.fill_official.setText(self.tr("Fill in official holidays for %1")
                                   .replace("%1", str(self.official_year.value())))

    def _fill_official_days(self) -> None:
        """Add the year's official days to both lists; what was typed stays."""
        year = self.official_year.value()
        found = official_days(year)
        if found is None:
            self.official_note.setText(self.tr(
                "The installed chinesecalendar package has no list for %1 yet; "
                "type the days from the State Council notice.").replace("%1", str(year)))
            return
        for name, days in (("holidays", found.holidays),
                           ("makeup_working_days", found.makeup_working_days)):
            edit = self.edits[name]
            assert isinstance(edit, QPlainTextEdit)
            typed = [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
            edit.setPlainText("\n".join(sorted(set(typed) | set(days))))
        self.official_note.setText(
            self.tr("Added for %1: %2 holidays and %3 make-up working days. "
                    "Check them, then save.")
            .replace("%1", str(year)).replace("%2", str(len(found.holidays)))
            .replace("%3", str(len(found.makeup_working_days))))

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
        for name in _DAY_LISTS:
            days_edit = self.edits[name]
            assert isinstance(days_edit, QPlainTextEdit)
            found[name] = [line.strip() for line in days_edit.toPlainText().splitlines()
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

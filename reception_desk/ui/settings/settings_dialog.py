"""The Settings dialog: site settings (in the database, shared by every PC) and
this PC's preferences (language, sound, in QSettings)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.edits import StaleEditError
from ...domain.errors import DomainError, ValidationError
from ...domain.roles import Actor
from ...services.site_settings import SettingsService
from ..prefs import LANGUAGE, SOUND, make_prefs, sound_enabled
from ..text import message
from ..widgets import FieldError, count_suffix, mark_invalid, with_error
from .more_groups import MoreSettings

BAR_FIELDS = ("serve_minutes", "serve_amber_minutes", "recall_seconds", "refill_minutes",
              "tea_fill_percent", "other_fill_percent", "closing_count_time")


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None, *,
                 actor: Actor | None = None) -> None:
        super().__init__(parent)
        #: Who confirmed opening the settings (SETTINGS_EDIT); the save is theirs.
        self.actor = actor
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.service = settings
        current = settings.current()
        #: The version the form's values are based on (optimistic locking).
        self.version = settings.version()
        self.site_name = QLineEdit(current.site_name)
        self.time_zone = QLineEdit(current.time_zone)
        self.places = QPlainTextEdit("\n".join(current.places))
        self.places.setFixedHeight(110)
        self.channels = QPlainTextEdit("\n".join(current.channels))
        self.channels.setFixedHeight(110)
        self.wait_alert_minutes = QSpinBox()
        self.wait_alert_minutes.setRange(0, 999)
        self.wait_alert_minutes.setValue(current.wait_alert_minutes)
        self.wait_alert_minutes.setSuffix(self.tr(" min"))
        self.arrival_notice_seconds = QSpinBox()
        self.arrival_notice_seconds.setRange(0, 999)
        self.arrival_notice_seconds.setValue(current.arrival_notice_seconds)
        self.arrival_notice_seconds.setSuffix(self.tr(" s"))
        self.fill_in_keeps_place = QCheckBox(
            self.tr("A consultant skipped by a fill-in keeps their place"))
        self.fill_in_keeps_place.setChecked(current.fill_in_keeps_place)
        self.invalid_restore_minutes = QSpinBox()
        self.invalid_restore_minutes.setRange(-1, 999)
        self.invalid_restore_minutes.setValue(current.invalid_restore_minutes)
        self.invalid_restore_minutes.setSuffix(self.tr(" min"))
        self.ownership_visit_days = QSpinBox()
        self.ownership_visit_days.setRange(0, 9999)
        self.ownership_visit_days.setValue(current.ownership_visit_days)
        count_suffix(self.ownership_visit_days, self.tr(" day"), self.tr(" days"))
        # Water bar: wide ranges, so the service's rule (and its message) decides.
        self.serve_minutes = self._spin(current.serve_minutes, -1, 999, self.tr(" min"))
        self.serve_amber_minutes = self._spin(current.serve_amber_minutes, -1, 999,
                                              self.tr(" min"))
        self.recall_seconds = self._spin(current.recall_seconds, -1, 9999, self.tr(" s"))
        self.refill_minutes = self._spin(current.refill_minutes, -1, 999, self.tr(" min"))
        self.tea_fill_percent = self._spin(current.tea_fill_percent, 0, 999, " %")
        self.other_fill_percent = self._spin(current.other_fill_percent, 0, 999, " %")
        self.closing_count_time = QLineEdit(current.closing_count_time)
        self.closing_count_time.setPlaceholderText("18:50")
        self.closing_count_time.setMaxLength(8)
        self.closing_count_time.setMaximumWidth(110)
        self.errors = {name: FieldError() for name in (
            "site_name", "time_zone", "places", "channels", "wait_alert_minutes",
            "arrival_notice_seconds", "fill_in_keeps_place", "invalid_restore_minutes",
            "ownership_visit_days", *BAR_FIELDS)}

        site = QGroupBox(self.tr("Site (shared by every PC)"))
        form = QFormLayout(site)
        form.addRow(self.tr("Site name"), with_error(self.site_name, self.errors["site_name"]))
        form.addRow(self.tr("Time zone"), with_error(self.time_zone, self.errors["time_zone"]))
        form.addRow(self.tr("Places (one per line)"),
                    with_error(self.places, self.errors["places"]))
        form.addRow(self.tr("Channels (one per line)"),
                    with_error(self.channels, self.errors["channels"]))
        form.addRow(self.tr("Flag a party not received after"),
                    with_error(self.wait_alert_minutes, self.errors["wait_alert_minutes"]))
        form.addRow(self.tr("Show the arrival notice for"),
                    with_error(self.arrival_notice_seconds,
                               self.errors["arrival_notice_seconds"]))

        rotation = QGroupBox(self.tr("Consultant rotation"))
        rotation_form = QFormLayout(rotation)
        rotation_form.addRow("", with_error(self.fill_in_keeps_place,
                                            self.errors["fill_in_keeps_place"]))
        rotation_form.addRow(self.tr("An invalid reception gives the turn back within"),
                             with_error(self.invalid_restore_minutes,
                                        self.errors["invalid_restore_minutes"]))
        rotation_form.addRow(self.tr("A visit makes the consultant the owner for"),
                             with_error(self.ownership_visit_days,
                                        self.errors["ownership_visit_days"]))

        water_bar = QGroupBox(self.tr("Water bar"))
        bar_form = QFormLayout(water_bar)
        for name, label in (
            ("serve_minutes", self.tr("Serve a drink within")),
            ("serve_amber_minutes", self.tr("Timer turns amber after")),
            ("recall_seconds", self.tr("A bump can be recalled for")),
            ("refill_minutes", self.tr("Refill round every")),
            ("tea_fill_percent", self.tr("Fill tea to")),
            ("other_fill_percent", self.tr("Fill other drinks to")),
            ("closing_count_time", self.tr("Closing stock count at (HH:MM)")),
        ):
            bar_form.addRow(label, with_error(getattr(self, name), self.errors[name]))

        prefs = make_prefs()
        this_pc = QGroupBox(self.tr("This PC"))
        pc_form = QFormLayout(this_pc)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(
            prefs.value(LANGUAGE, "zh_CN"))))
        self.sound = QCheckBox(self.tr("Play a sound on arrivals"))
        self.sound.setChecked(sound_enabled(prefs))
        pc_form.addRow(self.tr("Language (after restart)"), self.language)
        pc_form.addRow("", self.sound)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.more = MoreSettings(current)
        # Two columns: one column of every group would not fit a 768-pixel-high screen.
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(site)
        left.addWidget(rotation)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(water_bar)
        right.addWidget(this_pc)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        desk_page = QWidget()
        desk_page.setLayout(columns)
        office_page = QWidget()
        office_columns = QHBoxLayout(office_page)
        requests_group, accounts_group, hotline_group, backup_group = self.more.groups
        office_columns.addWidget(requests_group, 1)
        office_right = QVBoxLayout()
        office_right.addWidget(accounts_group)
        office_right.addWidget(hotline_group)
        office_right.addWidget(backup_group)
        office_right.addStretch(1)
        office_columns.addLayout(office_right, 1)
        self.pages = QTabWidget()
        self.pages.addTab(desk_page, self.tr("Desk, rotation and bar"))
        self.pages.addTab(office_page, self.tr("Requests, accounts and hotline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        # At least 880 pixels wide, and never narrower than its labels and fields need
        # (English labels are longer): a minimum set by hand replaces the layout's own.
        self.setMinimumSize(layout.minimumSize().expandedTo(QSize(880, 0)))

    def _spin(self, value: int, low: int, high: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        box.setSuffix(suffix)
        return box

    @staticmethod
    def _lines(edit: QPlainTextEdit) -> list[str]:
        return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]

    def save(self) -> None:
        for name, error in self.errors.items():
            error.clear_text()
            mark_invalid(getattr(self, name), False)
        self.more.clear_problems()
        candidate = replace(
            self.service.current(),
            site_name=self.site_name.text(),
            time_zone=self.time_zone.text().strip(),
            places=self._lines(self.places),
            channels=self._lines(self.channels),
            wait_alert_minutes=self.wait_alert_minutes.value(),
            arrival_notice_seconds=self.arrival_notice_seconds.value(),
            fill_in_keeps_place=self.fill_in_keeps_place.isChecked(),
            invalid_restore_minutes=self.invalid_restore_minutes.value(),
            ownership_visit_days=self.ownership_visit_days.value(),
            serve_minutes=self.serve_minutes.value(),
            serve_amber_minutes=self.serve_amber_minutes.value(),
            recall_seconds=self.recall_seconds.value(),
            refill_minutes=self.refill_minutes.value(),
            tea_fill_percent=self.tea_fill_percent.value(),
            other_fill_percent=self.other_fill_percent.value(),
            closing_count_time=self.closing_count_time.text().strip(),
            **self.more.values(),
        )
        try:
            self.service.save(candidate, self.actor,  # type: ignore[arg-type]
                              version=self.version)
        except StaleEditError as exc:
            # Keep what was typed; the next Save applies it over the newer version.
            self.version = exc.current
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        except ValidationError as exc:
            for problem in exc.problems:
                if problem.field in self.errors:
                    self.errors[problem.field].show_text(message(problem))
                    mark_invalid(getattr(self, problem.field), True)
                elif self.more.show_problem(problem.field, message(problem)):
                    self.pages.setCurrentIndex(1)
            return
        except DomainError as exc:  # e.g. nobody confirmed: PermissionDenied
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        prefs = make_prefs()
        old_language = prefs.value(LANGUAGE, "zh_CN")
        prefs.setValue(LANGUAGE, self.language.currentData())
        prefs.setValue(SOUND, "true" if self.sound.isChecked() else "false")
        prefs.sync()
        if old_language != self.language.currentData():
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("The new language shows after a restart."))
        self.accept()

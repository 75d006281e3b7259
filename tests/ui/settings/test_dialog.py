"""The Settings dialog validates site settings and keeps what was typed."""

from __future__ import annotations

import pytest

from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.prefs import SOUND, make_prefs
from reception_desk.ui.settings.settings_dialog import SettingsDialog

#: Roster, menu, stock and settings ask for a PIN unless someone who may is signed in.
pytestmark = pytest.mark.usefixtures("signed_in_admin")


def open_settings(main_window: MainWindow) -> SettingsDialog:
    main_window.act_settings.trigger()
    dialog = main_window.findChild(SettingsDialog)
    assert dialog is not None
    return dialog


def test_bad_values_are_refused_field_by_field(qtbot, main_window: MainWindow, services) -> None:
    dialog = open_settings(main_window)
    dialog.time_zone.setText("Mars/Olympus")
    dialog.places.setPlainText("   \n  ")
    dialog.wait_alert_minutes.setValue(0)
    dialog.save()
    assert dialog.isVisible()
    assert "Mars/Olympus" in dialog.errors["time_zone"].text()
    assert dialog.errors["places"].isVisible()
    assert dialog.errors["wait_alert_minutes"].isVisible()
    assert dialog.time_zone.text() == "Mars/Olympus"
    assert services.settings.current().time_zone == "Asia/Shanghai"


def test_saved_settings_reach_the_board_and_this_pc_prefs(
        qtbot, main_window: MainWindow, services) -> None:
    dialog = open_settings(main_window)
    dialog.site_name.setText("滨江壹号售楼处")
    dialog.places.setPlainText("VIP8\n洽谈区9")
    dialog.wait_alert_minutes.setValue(5)
    dialog.sound.setChecked(False)
    dialog.save()
    assert not dialog.isVisible()
    current = services.settings.current()
    assert current.places == ["VIP8", "洽谈区9"]
    assert current.wait_alert_minutes == 5
    assert "滨江壹号售楼处" in main_window.windowTitle()
    assert make_prefs().value(SOUND) == "false"


def test_rotation_rules_are_settings_with_their_defaults(
        qtbot, main_window: MainWindow, services) -> None:
    dialog = open_settings(main_window)
    assert dialog.fill_in_keeps_place.isChecked()
    assert dialog.invalid_restore_minutes.value() == 10
    assert dialog.ownership_visit_days.value() == 15
    dialog.ownership_visit_days.setValue(0)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["ownership_visit_days"].isVisible()
    dialog.ownership_visit_days.setValue(30)
    dialog.fill_in_keeps_place.setChecked(False)
    dialog.invalid_restore_minutes.setValue(5)
    dialog.save()
    current = services.settings.current()
    assert (current.fill_in_keeps_place, current.invalid_restore_minutes,
            current.ownership_visit_days) == (False, 5, 30)


def test_water_bar_rules_are_settings_checked_by_the_service(
        qtbot, main_window: MainWindow, services) -> None:
    dialog = open_settings(main_window)
    assert (dialog.serve_minutes.value(), dialog.serve_amber_minutes.value(),
            dialog.recall_seconds.value(), dialog.refill_minutes.value(),
            dialog.tea_fill_percent.value(), dialog.other_fill_percent.value(),
            dialog.closing_count_time.text()) == (3, 2, 60, 15, 80, 70, "18:50")
    dialog.closing_count_time.setText("25:70")
    dialog.serve_amber_minutes.setValue(3)  # not before the serve time
    dialog.refill_minutes.setValue(20)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["closing_count_time"].isVisible()
    assert dialog.errors["serve_amber_minutes"].isVisible()
    assert not dialog.errors["refill_minutes"].isVisible()
    assert dialog.closing_count_time.property("invalid") is True
    assert services.settings.current().refill_minutes == 15
    dialog.closing_count_time.setText("18:30")
    dialog.serve_amber_minutes.setValue(2)
    dialog.save()
    assert not dialog.isVisible()
    current = services.settings.current()
    assert (current.refill_minutes, current.closing_count_time) == (20, "18:30")
    assert services.bar.rules().refill_minutes == 20


def test_request_account_and_hotline_numbers_are_settings_with_their_defaults(
        qtbot, main_window: MainWindow, services) -> None:
    dialog = open_settings(main_window)
    more = dialog.more
    values = more.values()
    assert (values["notice_days_a"], values["notice_days_b"], values["notice_days_c"]) == (3, 2, 1)
    assert (values["capacity_a"], values["capacity_b"], values["capacity_c"]) == (1, 4, 0)
    assert more.edits["capacity_c"].text() in ("no limit", "不限")  # type: ignore[attr-defined]
    assert (values["feedback_working_days"], values["itinerary_days_before"],
            values["signin_idle_minutes"], values["pin_attempts"], values["pin_lock_minutes"],
            values["call_ownership_days"]) == (2, 1, 5, 5, 5, 7)
    more.edits["holidays"].setPlainText("2027-01-01\n2027-13-01")  # type: ignore[attr-defined]
    more.edits["notice_days_a"].setValue(90)  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == 1
    assert "2027-13-01" in more.errors["holidays"].text()
    assert more.errors["notice_days_a"].isVisible()
    assert services.settings.current().notice_days_a == 3
    more.edits["holidays"].setPlainText("2027-01-01")  # type: ignore[attr-defined]
    more.edits["notice_days_a"].setValue(5)  # type: ignore[attr-defined]
    more.edits["capacity_b"].setValue(2)  # type: ignore[attr-defined]
    more.edits["gm_approval_b"].setChecked(True)  # type: ignore[attr-defined]
    dialog.save()
    assert not dialog.isVisible()
    current = services.settings.current()
    assert (current.notice_days_a, current.capacity_b, current.gm_approval_b,
            current.holidays) == (5, 2, True, ["2027-01-01"])

"""The Settings dialog's working-day calendar: holidays, make-up working days (调休)
and the optional official-list button."""

from __future__ import annotations

import sys
from datetime import date
from types import ModuleType

import pytest

from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.settings.more_groups import MoreSettings
from reception_desk.ui.settings.settings_dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("signed_in_admin")


def open_settings(main_window: MainWindow) -> SettingsDialog:
    main_window.act_settings.trigger()
    dialog = main_window.findChild(SettingsDialog)
    assert dialog is not None
    return dialog


def test_makeup_days_are_saved_and_bad_ones_named(
        qtbot, main_window: MainWindow, services) -> None:
    dialog = open_settings(main_window)
    more = dialog.more
    more.edits["holidays"].setPlainText("2025-10-01\n2025-10-11")  # type: ignore[attr-defined]
    more.edits["makeup_working_days"].setPlainText(  # type: ignore[attr-defined]
        "2025-09-28\n2025-10-11")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == 1
    assert "2025-10-11" in more.errors["makeup_working_days"].text()
    assert more.edits["makeup_working_days"].property("invalid") is True
    # What was typed stays; the stored settings did not change.
    assert "2025-09-28" in more.edits["makeup_working_days"].toPlainText()  # type: ignore[attr-defined]
    assert services.settings.current().makeup_working_days == []

    more.edits["holidays"].setPlainText("2025-10-01")  # type: ignore[attr-defined]
    more.edits["makeup_working_days"].setPlainText("2025-10-11\n2025-09-28")  # type: ignore[attr-defined]
    dialog.save()
    assert not dialog.isVisible()
    assert services.settings.current().makeup_working_days == ["2025-09-28", "2025-10-11"]


def test_a_weekday_makeup_day_is_refused_in_the_ui_language(
        qtbot, main_window: MainWindow, services) -> None:
    dialog = open_settings(main_window)
    dialog.more.edits["makeup_working_days"].setPlainText("2025-09-29")  # type: ignore[attr-defined]
    dialog.save()
    text = dialog.more.errors["makeup_working_days"].text()
    assert "2025-09-29" in text
    assert "weekday" in text or "工作日" in text


def test_without_chinesecalendar_the_fill_button_says_why(
        qtbot, services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "chinese_calendar", None)
    more = MoreSettings(services.settings.current())
    qtbot.addWidget(more)
    assert not more.fill_official.isEnabled()
    assert "chinesecalendar" in more.fill_official.toolTip()


def test_the_fill_button_adds_a_years_official_days(
        qtbot, services, monkeypatch: pytest.MonkeyPatch) -> None:
    package = ModuleType("chinese_calendar")
    package.holidays = {date(2025, 10, d): "National Day" for d in range(1, 9)}  # type: ignore[attr-defined]
    package.workdays = {date(2025, 9, 28): "National Day",  # type: ignore[attr-defined]
                        date(2025, 10, 11): "National Day"}
    monkeypatch.setitem(sys.modules, "chinese_calendar", package)
    more = MoreSettings(services.settings.current())
    qtbot.addWidget(more)
    assert more.fill_official.isEnabled()
    more.edits["holidays"].setPlainText("2025-12-24")  # type: ignore[attr-defined]
    more.official_year.setValue(2025)
    assert "2025" in more.fill_official.text()
    more.fill_official.click()
    values = more.values()
    assert values["holidays"] == [f"2025-10-0{d}" for d in range(1, 9)] + ["2025-12-24"]
    assert values["makeup_working_days"] == ["2025-09-28", "2025-10-11"]
    assert "2025" in more.official_note.text()

    more.official_year.setValue(2026)
    more.fill_official.click()
    assert "2026" in more.official_note.text()
    assert more.values()["makeup_working_days"] == ["2025-09-28", "2025-10-11"]

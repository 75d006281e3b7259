"""The rotation log and statistics dialogs: filter, export, print, periods, totals.

A day at the desk is played through the services (four consultants, turns,
a missed turn, a fill-in, an override, a departure); the dialogs must show
exactly what the rotation recorded.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.rotation import AssignMode, DutyStatus, EventKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.period_choice import period_bounds
from reception_desk.ui.rotation.log_dialog import LogDialog
from reception_desk.ui.rotation.stats_dialog import StatsDialog
from tests.conftest import TEST_ACTOR, FakeClock, manager_actor

TODAY = date(2026, 11, 28)  # FakeClock starts at 10:00 Beijing time on this Saturday
TEAM = (("王芳", "S01"), ("李雷", "S02"), ("张伟", "S03"), ("陈静", "S04"))


def party(services: Services, surname: str) -> int:
    return services.arrivals.register(PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN,
                                                 "网络")).id


@pytest.fixture
def day(services: Services, clock: FakeClock) -> dict[str, int]:
    """Yesterday one reception by 王芳; today a busy morning. Returns ids by name."""
    ids = {name: services.rotation.save_consultant(ConsultantDraft(name, no), actor=TEST_ACTOR).id
           for name, no in TEAM}
    wang, li, zhang, chen = ids.values()
    clock.advance(days=-1)
    services.rotation.sign_in(wang)
    services.rotation.assign(party(services, "古"), wang)
    clock.advance(days=1)

    for cid in (wang, li, zhang, chen):
        clock.advance(minutes=1)
        services.rotation.sign_in(cid)
    first = party(services, "赵")
    services.rotation.assign(first, wang)                       # turn   [L Z C W]
    clock.advance(minutes=3)
    services.rotation.assign(party(services, "钱"), li)         # turn   [Z C W L]
    clock.advance(minutes=3)
    services.rotation.missed_turn(zhang)                        # missed [C W L Z]
    services.rotation.set_status(chen, DutyStatus.BREAK)
    clock.advance(minutes=3)
    services.rotation.assign(party(services, "孙"), zhang)      # fill-in for 陈静 on break
    clock.advance(minutes=3)
    services.rotation.assign(party(services, "李"), li, manager=manager_actor("刘经理"),
                             reason="客户点名要李雷")           # override
    clock.advance(minutes=20)
    services.arrivals.move(first, Stage.DEPARTED)               # 赵: 32 minutes with 王芳
    return ids


def open_log(qtbot, window: MainWindow, services: Services) -> LogDialog:
    dialog = LogDialog(services, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def column(dialog: LogDialog, col: int) -> list[str]:
    model = dialog.model
    return [str(model.index(row, col).data()) for row in range(model.rowCount())]


def test_log_shows_the_day_and_filters_by_consultant(
        qtbot, main_window: MainWindow, services: Services, day: dict[str, int]) -> None:
    dialog = open_log(qtbot, main_window, services)
    assert dialog.day() == TODAY
    everything = services.rotation.log(TODAY, TODAY)
    assert [e.id for e in dialog.entries()] == [e.id for e in everything]
    assert dialog.model.rowCount() == len(everything)
    assert set(column(dialog, 2)) == {"王芳", "李雷", "张伟", "陈静"}
    override = next(e for e in dialog.entries() if e.mode is AssignMode.OVERRIDE)
    row = dialog.entries().index(override)
    assert dialog.model.index(row, 6).data() == "刘经理"
    assert dialog.model.index(row, 7).data() == "客户点名要李雷"
    assert dialog.model.index(row, 3).data() == "李先生"
    assert "→" in dialog.model.index(row, 5).data()
    assert dialog.model.index(row, 0).data() == "10:16:00"  # local time, not UTC

    # Pick 李雷 in the consultant filter with the keyboard.
    dialog.consultant.setFocus()
    while dialog.consultant_id() != day["李雷"]:
        qtbot.keyClick(dialog.consultant, Qt.Key.Key_Down)
    assert set(column(dialog, 2)) == {"李雷"}
    assert [e.id for e in dialog.entries()] == [
        e.id for e in everything if e.consultant_id == day["李雷"]]
    kinds = [e.kind for e in dialog.entries()]
    assert kinds == [EventKind.SIGN_IN, EventKind.ASSIGN, EventKind.ASSIGN]

    dialog.set_consultant(None)
    dialog.set_day(TODAY - timedelta(days=1))
    assert column(dialog, 2) == ["王芳", "王芳"]
    dialog.close()


def test_log_follows_new_events_while_open(
        qtbot, main_window: MainWindow, services: Services, day: dict[str, int]) -> None:
    dialog = open_log(qtbot, main_window, services)
    before = dialog.model.rowCount()
    services.rotation.set_status(day["陈静"], DutyStatus.AVAILABLE)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == before + 1)
    dialog.close()
    services.rotation.set_status(day["陈静"], DutyStatus.OUT)  # hidden: no longer listening
    assert dialog.model.rowCount() == before + 1


def test_log_exports_the_day_and_prints_the_rows_shown(
        qtbot, main_window: MainWindow, services: Services, day: dict[str, int],
        tmp_path: Path) -> None:
    dialog = open_log(qtbot, main_window, services)
    target = tmp_path / "log.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=15000) as blocker:
        assert dialog.export_to(str(target))
    assert blocker.args == [str(target), len(services.rotation.log(TODAY, TODAY))]
    sheet = load_workbook(target).active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "刘经理" in values and "客户点名要李雷" in values

    dialog.set_consultant(day["张伟"])
    pdf = tmp_path / "log.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=15000):
        assert dialog.print_to(str(pdf))
    with pdfplumber.open(pdf) as document:
        text = "".join(page.extract_text() or "" for page in document.pages)
    assert "张伟" in text and "过号" in text
    assert "刘经理" not in text  # only the rows shown: 张伟's
    assert dialog.export_button.isEnabled() and dialog.print_button.isEnabled()
    dialog.close()


def test_log_export_to_a_missing_folder_says_so(
        qtbot, main_window: MainWindow, services: Services, day: dict[str, int],
        tmp_path: Path) -> None:
    dialog = open_log(qtbot, main_window, services)
    assert not dialog.export_to(str(tmp_path / "nowhere" / "log.csv"))
    assert dialog.error.isVisible() and "nowhere" in dialog.error.text()
    assert not (tmp_path / "nowhere").exists()
    dialog.close()


def open_stats(qtbot, window: MainWindow, services: Services) -> StatsDialog:
    dialog = StatsDialog(services, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def table(dialog: StatsDialog) -> dict[str, list[str]]:
    model = dialog.model
    return {str(model.index(row, 0).data()): [str(model.index(row, c).data())
                                               for c in range(1, model.columnCount())]
            for row in range(model.rowCount())}


def test_stats_show_todays_counts_with_totals(
        qtbot, main_window: MainWindow, services: Services, day: dict[str, int]) -> None:
    dialog = open_stats(qtbot, main_window, services)
    assert dialog.period.currentData() == "today"
    assert dialog.dates() == (TODAY, TODAY)
    rows = table(dialog)
    # valid, invalid, returning, average minutes, skipped, missed, overrides
    assert rows["王芳"][0] == "1" and rows["王芳"][3] == "32"
    assert rows["李雷"][0] == "2" and rows["李雷"][6] == "1"
    assert rows["张伟"][0] == "1" and rows["张伟"][5] == "1"
    assert rows["陈静"][4] == "1"  # skipped by the fill-in while on break
    assert rows["李雷"][3] == "—"  # nobody of 李雷's has left yet
    total = rows[dialog.model.index(dialog.model.rowCount() - 1, 0).data()]
    assert dialog.model.is_total(dialog.model.rowCount() - 1)
    assert total[0] == "4" and total[5] == "1" and total[6] == "1"
    assert dialog.model.totals()["valid"] == sum(s.valid for s in dialog.stats())


def test_stats_periods_and_custom_dates(
        qtbot, main_window: MainWindow, services: Services, day: dict[str, int]) -> None:
    dialog = open_stats(qtbot, main_window, services)
    assert not dialog.date_from.isEnabled()
    dialog.period.setFocus()
    qtbot.keyClick(dialog.period, Qt.Key.Key_Down)  # this week: Monday 23 November on
    assert dialog.period.currentData() == "week"
    assert dialog.dates() == (date(2026, 11, 23), TODAY)
    assert table(dialog)["王芳"][0] == "2"  # yesterday's reception counts too
    dialog.set_period("month")
    assert dialog.dates() == (date(2026, 11, 1), TODAY)
    dialog.set_dates(TODAY - timedelta(days=1), TODAY - timedelta(days=1))
    assert dialog.date_from.isEnabled()
    assert list(table(dialog)) == ["王芳", dialog.model.tr("Total")]
    dialog.set_dates(TODAY, TODAY - timedelta(days=1))
    assert dialog.error.isVisible() and dialog.model.rowCount() == 0


def test_period_bounds() -> None:
    assert period_bounds("today", TODAY) == (TODAY, TODAY)
    assert period_bounds("week", date(2026, 11, 23)) == (date(2026, 11, 23),
                                                          date(2026, 11, 23))
    assert period_bounds("week", TODAY) == (date(2026, 11, 23), TODAY)
    assert period_bounds("month", TODAY) == (date(2026, 11, 1), TODAY)

"""Bar › Closing count…: counts typed into the table, the variance live, a shortage in red
with its word, the count stored through the stock service; the consumption sheet; and
the 18:50 reminder driven by the injected clock."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit

from reception_desk.domain.bar import DrinkCategory, OrderLine
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.stock.closing_dialog import (
    COL_COUNTED,
    COL_EXPECTED,
    COL_RESULT,
    COL_VARIANCE,
    VARIANCE_ROLE,
    ClosingDialog,
)
from reception_desk.ui.stock.reminder import ReminderNotice, closing_time
from tests.conftest import TEST_ACTOR, FakeClock
from tests.ui.typing import type_text

TODAY = date(2026, 11, 28)


def shortage_word() -> str:
    return QCoreApplication.translate("ClosingModel", "Shortage")


@pytest.fixture
def stocked(services: Services, clock: FakeClock) -> dict[str, int]:
    """Since yesterday 茶叶 500 g and 纸杯 100; today two teas served (10 g, 2 cups) and
    50 cups came in."""
    clock.advance(days=-1)
    leaves = services.stock.save_item("茶叶", "克", 100, quantity=500, actor=TEST_ACTOR).id
    cups = services.stock.save_item("纸杯", "个", 20, quantity=100, actor=TEST_ACTOR).id
    clock.advance(days=1)
    tea = services.bar.save_menu_item("铁观音", DrinkCategory.TEA, [(leaves, 5), (cups, 1)],
                                      actor=TEST_ACTOR).id
    party = services.arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN,
                                                  "网络")).id
    services.arrivals.move(party, Stage.SEATED, place="VIP1")
    order = services.bar.order(party, [OrderLine(tea, 2)]).id
    clock.advance(minutes=2)
    services.bar.bump(order)
    services.stock.receive(cups, 50, "送货")
    return {"leaves": leaves, "cups": cups}


def open_closing(qtbot, window: MainWindow) -> ClosingDialog:
    dialog = window.bar_menu.open_closing()
    qtbot.waitExposed(dialog)
    return dialog


def row_of(dialog: ClosingDialog, name: str) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def type_count(qtbot, dialog: ClosingDialog, row: int, text: str) -> None:
    """Select the Counted cell and type over it, then Enter, as the attendant does."""
    table = dialog.table
    index = dialog.model.index(row, COL_COUNTED)
    table.setCurrentIndex(index)
    table.edit(index)
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # commits queued


def cell(dialog: ClosingDialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.index(row, column).data(role)


def test_a_count_with_a_shortage_is_stored(qtbot, main_window: MainWindow,
                                           services: Services, stocked: dict[str, int]) -> None:
    dialog = open_closing(qtbot, main_window)
    assert dialog.day() == TODAY
    assert dialog.model.editable and dialog.save_button.isEnabled()
    leaves, cups = row_of(dialog, "茶叶"), row_of(dialog, "纸杯")
    assert (cups, leaves) == (0, 1)
    assert [cell(dialog, leaves, c) for c in range(2, 7)] == ["500", "0", "10", "490", "490"]
    assert [cell(dialog, cups, c) for c in range(2, 7)] == ["100", "50", "2", "148", "148"]
    assert cell(dialog, leaves, COL_VARIANCE) == "0"
    assert not dialog.shortages_label.isVisible()

    type_count(qtbot, dialog, leaves, "487")
    assert cell(dialog, leaves, COL_COUNTED) == "487"
    assert cell(dialog, leaves, COL_VARIANCE) == "-3"
    assert cell(dialog, leaves, COL_VARIANCE, VARIANCE_ROLE) == -3
    assert cell(dialog, leaves, COL_RESULT) == shortage_word()
    assert cell(dialog, leaves, COL_RESULT, Qt.ItemDataRole.ForegroundRole).color().name() \
        == "#b42318"
    assert dialog.shortages_label.isVisible()
    assert "茶叶 -3 克" in dialog.shortages_label.text()

    type_count(qtbot, dialog, cups, "150")                    # a surplus is not a shortage
    assert dialog.table.currentIndex().row() == cups + 1     # Enter moved down
    assert cell(dialog, cups, COL_VARIANCE) == "+2"
    assert cell(dialog, cups, COL_RESULT) != shortage_word()
    assert "纸杯" not in dialog.shortages_label.text()

    type_count(qtbot, dialog, cups, "很多")                    # not a number: refused
    assert dialog.error.isVisible()
    assert cell(dialog, cups, COL_COUNTED) == "150"

    with qtbot.waitSignal(dialog.saved) as signal:
        assert dialog.save()
    stored = {line.stock_item_id: line.variance for line in signal.args[0]}
    assert stored == {stocked["leaves"]: -3, stocked["cups"]: 2}

    day = {line.name: line for line in services.stock.day(TODAY)}
    assert (day["茶叶"].counted, day["茶叶"].variance) == (487, -3)
    assert (day["纸杯"].counted, day["纸杯"].variance) == (150, 2)
    assert {s.name: s.quantity for s in services.stock.items()} == {"茶叶": 487, "纸杯": 150}

    # The stored figures are shown, read-only, with the shortages listed.
    assert not dialog.model.editable and not dialog.save_button.isEnabled()
    assert cell(dialog, leaves, COL_COUNTED) == "487"
    assert cell(dialog, leaves, COL_VARIANCE) == "-3"
    assert cell(dialog, leaves, COL_RESULT) == shortage_word()
    assert "茶叶 -3 克" in dialog.shortages_label.text()
    assert dialog.result_label.text()
    assert not dialog.model.flags(dialog.model.index(leaves, COL_COUNTED)) \
        & Qt.ItemFlag.ItemIsEditable
    dialog.close()


def test_expected_follows_serving_while_counting(qtbot, main_window: MainWindow,
                                                 services: Services, clock: FakeClock,
                                                 stocked: dict[str, int]) -> None:
    dialog = open_closing(qtbot, main_window)
    leaves = row_of(dialog, "茶叶")
    type_count(qtbot, dialog, leaves, "480")
    assert cell(dialog, leaves, COL_VARIANCE) == "-10"
    party = services.arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN,
                                                  "网络")).id
    services.arrivals.move(party, Stage.SEATED, place="VIP2")
    tea = services.bar.menu()[0].id
    services.bar.bump(services.bar.order(party, [OrderLine(tea, 2)]).id)
    qtbot.waitUntil(lambda: cell(dialog, row_of(dialog, "茶叶"), COL_EXPECTED) == "480")
    leaves = row_of(dialog, "茶叶")
    assert cell(dialog, leaves, COL_COUNTED) == "480"           # what was typed stays
    assert cell(dialog, leaves, COL_VARIANCE) == "0"
    dialog.close()


def test_an_earlier_day_is_read_only(qtbot, main_window: MainWindow,
                                     services: Services, stocked: dict[str, int]) -> None:
    dialog = open_closing(qtbot, main_window)
    dialog.set_day(TODAY - timedelta(days=1))
    assert not dialog.model.editable and not dialog.save_button.isEnabled()
    assert not dialog.save()
    assert cell(dialog, 0, COL_COUNTED) == ""
    dialog.go_today()
    assert dialog.model.editable
    dialog.close()


def test_print_the_consumption_sheet(qtbot, main_window: MainWindow,
                                     services: Services, stocked: dict[str, int],
                                     tmp_path: Path) -> None:
    dialog = open_closing(qtbot, main_window)
    type_count(qtbot, dialog, row_of(dialog, "茶叶"), "487")
    dialog.save()
    target = tmp_path / "consumption.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        assert dialog.print_to(str(target))
    with pdfplumber.open(target) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    for expected in ("物耗日报", "茶叶", "纸杯", "短缺", "2026-11-28"):
        assert expected in text, expected
    dialog.close()


# -- the 18:50 reminder ------------------------------------------------------------------------

def at_local(clock: FakeClock, hour: int, minute: int) -> None:
    """Move the fake clock to hour:minute Beijing time on its current day."""
    local = clock.now + timedelta(hours=8)
    target = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    clock.advance(seconds=(target - local).total_seconds())


def visible_notices(window: MainWindow) -> list[ReminderNotice]:
    return [n for n in window.findChildren(ReminderNotice) if n.isVisible()]


def test_the_reminder_fires_once_at_closing_time(qtbot, main_window: MainWindow,
                                                 services: Services, clock: FakeClock,
                                                 stocked: dict[str, int]) -> None:
    reminder = main_window.closing_reminder
    assert reminder.timer.isActive()
    assert reminder.due_at() == closing_time("18:50")
    assert not reminder.check(clock())                 # 10:02
    at_local(clock, 18, 49)
    assert not reminder.check(clock())
    assert visible_notices(main_window) == []

    at_local(clock, 18, 50)
    with qtbot.waitSignal(reminder.fired) as fired:
        assert reminder.check(clock())
    assert fired.args == [TODAY]
    [notice] = visible_notices(main_window)
    assert notice.objectName() == "closingReminder"
    assert "18:50" in notice.text.text() and "清点物耗" in notice.text.text()
    assert not notice.hasFocus()

    at_local(clock, 18, 55)
    assert not reminder.check(clock())                 # once a day
    reminder._tick()                                   # the timer's own call agrees
    assert len(reminder.notices) == 1

    # "Count now" opens the closing count and puts the notice away.
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    dialog = main_window.bar_menu._existing("closing")
    assert isinstance(dialog, ClosingDialog)
    assert visible_notices(main_window) == []
    dialog.close()

    # The next day it comes again, at the same time and not before.
    clock.advance(days=1)
    at_local(clock, 18, 0)
    assert not reminder.check(clock())
    at_local(clock, 19, 30)                             # the app was off at 18:50
    assert reminder.check(clock())
    assert len(visible_notices(main_window)) == 1
    qtbot.mouseClick(visible_notices(main_window)[0].later_button, Qt.MouseButton.LeftButton)
    assert visible_notices(main_window) == []


def test_no_reminder_when_already_counted(qtbot, main_window: MainWindow,
                                          services: Services, clock: FakeClock,
                                          stocked: dict[str, int]) -> None:
    at_local(clock, 18, 40)
    services.stock.close_day(TODAY, {stocked["leaves"]: 490, stocked["cups"]: 148})
    at_local(clock, 18, 50)
    assert not main_window.closing_reminder.check(clock())
    assert visible_notices(main_window) == []


def test_the_reminder_follows_the_setting_and_saving_dismisses_it(
        qtbot, main_window: MainWindow, services: Services, clock: FakeClock,
        stocked: dict[str, int]) -> None:
    from dataclasses import replace

    services.settings.save(replace(services.settings.current(), closing_count_time="17:30"),
                           TEST_ACTOR)
    reminder = main_window.closing_reminder
    at_local(clock, 17, 29)
    assert not reminder.check(clock())
    at_local(clock, 17, 30)
    assert reminder.check(clock())
    assert reminder.visible_notices()
    dialog = open_closing(qtbot, main_window)
    dialog.save()
    assert reminder.visible_notices() == []
    dialog.close()


def test_the_reminder_shows_in_the_bar_window_too(qtbot, main_window: MainWindow,
                                                  clock: FakeClock,
                                                  stocked: dict[str, int]) -> None:
    bar = main_window.open_bar_window()
    qtbot.waitExposed(bar)
    at_local(clock, 18, 50)
    assert main_window.closing_reminder.check(clock())
    assert [n for n in bar.findChildren(ReminderNotice) if n.isVisible()]
    assert visible_notices(main_window)
    bar.close()


@pytest.mark.parametrize(("text", "expected"), [
    ("18:50", (18, 50)), ("07:05", (7, 5)), ("bad", (18, 50)), ("", (18, 50))])
def test_closing_time(text: str, expected: tuple[int, int]) -> None:
    value = closing_time(text)
    assert (value.hour, value.minute) == expected

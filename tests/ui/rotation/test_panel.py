"""The rotation dock driven by keys: roster, sign-in, duty keys, missed turn, override."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from reception_desk.app import DeskApp
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.roles import Role
from reception_desk.domain.rotation import DutyStatus, EventKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.rotation.dialogs import (
    ConsultantEditDialog,
    PositionDialog,
    RosterDialog,
    SignInDialog,
)
from reception_desk.ui.rotation.model import Col, Mark
from reception_desk.ui.rotation.override_dialog import OverrideDialog
from reception_desk.ui.rotation.panel import RotationPanel
from tests.conftest import TEST_ACTOR, FakeClock
from tests.ui.typing import type_text

TEAM = [("张伟", "A01"), ("李娜", "A02"), ("王芳", "A03"), ("陈静", "A04")]
TODAY = date(2026, 11, 28)  # FakeClock starts at 10:00 Beijing time on this day
T = TypeVar("T", bound=QWidget)

#: The roster asks for a PIN unless someone who may is signed in; overrides always
#: ask for the confirming manager (tested below).
pytestmark = pytest.mark.usefixtures("signed_in_admin")


def shown(qtbot, kind: type[T]) -> T:
    """Wait for the visible top-level dialog of a kind and return it."""

    def find() -> T | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: find() is not None)
    found = find()
    assert found is not None
    return found


def ids_by_name(services: Services) -> dict[str, int]:
    return {c.name: c.id for c in services.rotation.consultants(include_inactive=True)}


def add_by_roster(qtbot, panel: RotationPanel, team: list[tuple[str, str]]) -> None:
    qtbot.mouseClick(panel.buttons["roster"], Qt.MouseButton.LeftButton)
    roster = shown(qtbot, RosterDialog)
    for name, staff_no in team:
        qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)
        form = shown(qtbot, ConsultantEditDialog)
        type_text(form.name, name)
        qtbot.keyClicks(form.staff_no, staff_no)
        qtbot.keyClick(form.staff_no, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda f=form: not f.isVisible())
    assert [r.name for r in roster.records()] == [n for n, _ in team]
    roster.accept()
    qtbot.waitUntil(lambda: not roster.isVisible())


def sign_in_by_keys(qtbot, panel: RotationPanel, name: str) -> None:
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    picker = shown(qtbot, SignInDialog)
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    target = next(i for i, text in enumerate(texts) if text.startswith(name))
    for _ in range(target):
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())


def click_row(qtbot, panel: RotationPanel, consultant_id: int) -> None:
    row = panel.model.row_of(consultant_id)
    assert row >= 0
    rect = panel.view.visualRect(panel.model.index(row, Col.NAME))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected_id() == consultant_id
    panel.view.setFocus()


def order(panel: RotationPanel) -> list[str]:
    return [r.name for r in panel.model.rows()]


def team_on_duty(services: Services) -> dict[str, int]:
    for name, staff_no in TEAM:
        consultant = services.rotation.save_consultant(ConsultantDraft(name, staff_no),
                                                       actor=TEST_ACTOR)
        services.rotation.sign_in(consultant.id)
    return ids_by_name(services)


def test_roster_sign_in_and_the_up_and_on_deck_cards(qtbot, main_window: MainWindow,
                                                      services: Services) -> None:
    panel = main_window.rotation
    assert main_window.docks["dock_rotation"].widget() is panel
    # Nobody on duty: the desk has no receiving consultant, and says so loudly.
    assert panel.up_card.level() == "alarm"
    assert panel.alarm.isVisible()

    add_by_roster(qtbot, panel, TEAM)
    for name, _ in TEAM:
        sign_in_by_keys(qtbot, panel, name)

    assert order(panel) == ["张伟", "李娜", "王芳", "陈静"]
    assert panel.up_card.name.text() == "张伟"
    assert panel.deck_card.name.text() == "李娜"
    assert panel.up_card.level() == "normal"
    assert not panel.alarm.isVisible()
    marks = [r.mark for r in panel.model.rows()]
    assert marks == [Mark.UP, Mark.ON_DECK, Mark.NONE, Mark.NONE]
    assert [panel.model.index(i, Col.POSITION).data() for i in range(4)] == ["1", "2", "3", "4"]
    assert panel.model.index(0, Col.STATUS).data() == "空闲"
    # The last one signed in is selected; everyone is signed in now.
    assert panel.selected_row() is not None and panel.selected_row().name == "陈静"
    assert services.rotation.state().order == [ids_by_name(services)[n] for n, _ in TEAM]


def test_break_key_on_the_up_consultant_moves_the_turn_on(qtbot, main_window: MainWindow,
                                                            services: Services) -> None:
    ids = team_on_duty(services)
    panel = main_window.rotation
    assert panel.up_card.name.text() == "张伟"
    click_row(qtbot, panel, ids["张伟"])
    qtbot.keyClick(panel.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)

    assert services.rotation.state().status[ids["张伟"]] is DutyStatus.BREAK
    assert panel.up_card.name.text() == "李娜"
    assert panel.deck_card.name.text() == "王芳"
    assert panel.model.index(0, Col.STATUS).data() == "休息"
    assert panel.selected_id() == ids["张伟"]  # selection kept across the reload
    assert not panel.status_actions[DutyStatus.BREAK].isEnabled()

    qtbot.keyClick(panel.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert panel.up_card.name.text() == "张伟"  # back in place, still first

    # Signing off takes the consultant out of the queue; the next row is selected.
    qtbot.keyClick(panel.view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert order(panel) == ["李娜", "王芳", "陈静"]
    assert panel.selected_id() == ids["李娜"]
    assert panel.up_card.name.text() == "李娜"


def test_missed_turn_sends_the_consultant_to_the_back(qtbot, main_window: MainWindow,
                                                      services: Services) -> None:
    ids = team_on_duty(services)
    panel = main_window.rotation
    click_row(qtbot, panel, ids["张伟"])
    qtbot.keyClick(panel.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)

    assert order(panel) == ["李娜", "王芳", "陈静", "张伟"]
    assert panel.up_card.name.text() == "李娜"
    assert panel.deck_card.name.text() == "王芳"
    assert panel.selected_id() == ids["张伟"]
    assert services.rotation.state().missed[ids["张伟"]] == 1
    kinds = [e.kind for e in services.rotation.log(TODAY, TODAY, ids["张伟"])]
    assert kinds == [EventKind.SIGN_IN, EventKind.MISSED]


def test_move_needs_a_manager_and_a_reason_and_is_logged(qtbot, main_window: MainWindow,
                                                         services: Services) -> None:
    ids = team_on_duty(services)
    services.accounts.create(TEST_ACTOR, "刘经理", Role.MANAGER, pin="3333")
    panel = main_window.rotation
    click_row(qtbot, panel, ids["陈静"])
    qtbot.keyClick(panel.view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    picker = shown(qtbot, PositionDialog)
    qtbot.keyClick(picker.list, Qt.Key.Key_Home)
    assert picker.value() == 1
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)

    confirm = shown(qtbot, OverrideDialog)
    assert confirm.pin.name.currentText() == "刘经理"      # the only one who may
    qtbot.keyClick(confirm.pin.pin, Qt.Key.Key_Return)  # no PIN, no reason
    assert confirm.isVisible()
    assert confirm.reason_error.isVisible()
    type_text(confirm.reason, "客户点名要陈静")
    qtbot.keyClick(confirm.reason, Qt.Key.Key_Return)   # still no PIN
    assert confirm.isVisible() and confirm.pin.error.isVisible()
    qtbot.keyClicks(confirm.pin.pin, "9999")
    qtbot.keyClick(confirm.pin.pin, Qt.Key.Key_Return)  # wrong PIN: tries left, stays open
    assert confirm.isVisible() and "4" in confirm.pin.error.text()
    assert confirm.pin.pin.text() == "" and confirm.pin.name.currentText() == "刘经理"
    assert order(panel) == ["张伟", "李娜", "王芳", "陈静"]
    assert [e.kind for e in services.rotation.log(TODAY, TODAY)].count(EventKind.MOVE) == 0

    qtbot.keyClicks(confirm.pin.pin, "3333")
    qtbot.keyClick(confirm.pin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not confirm.isVisible())

    assert order(panel) == ["陈静", "张伟", "李娜", "王芳"]
    assert panel.up_card.name.text() == "陈静"
    assert panel.selected_id() == ids["陈静"]
    moves = [e for e in services.rotation.log(TODAY, TODAY) if e.kind is EventKind.MOVE]
    assert len(moves) == 1
    assert (moves[0].consultant, moves[0].actor, moves[0].reason) == (
        "陈静", "刘经理", "客户点名要陈静")
    assert (moves[0].position_before, moves[0].position_after) == (4, 1)


def test_roster_form_shows_problems_and_keeps_what_was_typed(qtbot, main_window: MainWindow,
                                                             services: Services) -> None:
    services.rotation.save_consultant(ConsultantDraft("张伟", "A01"), actor=TEST_ACTOR)
    panel = main_window.rotation
    roster = panel.open_roster()
    qtbot.waitUntil(roster.isVisible)
    qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)
    form = shown(qtbot, ConsultantEditDialog)

    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # everything empty
    assert form.isVisible()
    assert form.errors["name"].isVisible()
    assert form.errors["staff_no"].isVisible()
    assert form.name.property("invalid") is True

    type_text(form.name, "赵敏")
    qtbot.keyClicks(form.staff_no, "a01")
    qtbot.keyClick(form.staff_no, Qt.Key.Key_Return)  # A01 belongs to 张伟
    assert form.isVisible()
    assert not form.errors["name"].isVisible()
    assert form.errors["staff_no"].isVisible()
    assert "张伟" in form.errors["staff_no"].text()
    assert (form.name.text(), form.staff_no.text()) == ("赵敏", "a01")
    assert [c.name for c in services.rotation.consultants()] == ["张伟"]

    form.staff_no.selectAll()
    qtbot.keyClicks(form.staff_no, "A02")
    qtbot.keyClicks(form.phone, "13812345678")
    qtbot.keyClick(form.staff_no, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = {c.name: c for c in services.rotation.consultants()}
    assert saved["赵敏"].staff_no == "A02" and saved["赵敏"].phone
    assert roster.selected() is not None and roster.selected().name == "赵敏"

    # Deactivate: off the roster, out of the sign-in picker.
    qtbot.mouseClick(roster.toggle_button, Qt.MouseButton.LeftButton)
    assert not {c.name: c for c in services.rotation.consultants(True)}["赵敏"].active
    roster.accept()
    qtbot.waitUntil(lambda: not roster.isVisible())
    picker = panel.sign_in()
    assert picker is not None
    assert [picker.list.item(i).text().split()[0] for i in range(picker.list.count())] == ["张伟"]
    picker.reject()


def test_panel_follows_a_sign_in_on_another_pc(qtbot, desk: DeskApp, db_url: str,
                                               clock: FakeClock) -> None:
    assert desk.main is not None
    panel = desk.main.rotation
    other_db, _ = open_database(db_url)
    other = Services.open(other_db, clock=clock)
    try:
        first = other.rotation.save_consultant(ConsultantDraft("韩梅", "B01"), actor=TEST_ACTOR)
        other.rotation.sign_in(first.id)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
        assert panel.up_card.name.text() == "韩梅"
        assert not panel.alarm.isVisible()
        second = other.rotation.save_consultant(ConsultantDraft("林涛", "B02"), actor=TEST_ACTOR)
        other.rotation.sign_in(second.id)
        qtbot.waitUntil(lambda: panel.deck_card.name.text() == "林涛", timeout=5000)
    finally:
        other_db.dispose()


def test_time_since_last_customer_ticks_and_refusals_are_shown(
        qtbot, main_window: MainWindow, services: Services, clock: FakeClock) -> None:
    ids = team_on_duty(services)
    panel = main_window.rotation
    party = services.arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN, "路过"))
    services.rotation.assign(party.id, ids["张伟"])
    assert order(panel) == ["李娜", "王芳", "陈静", "张伟"]
    row = panel.model.row_of(ids["张伟"])
    assert panel.model.index(row, Col.STATUS).data() == "接待中"
    assert panel.model.index(row, Col.VALID).data() == "1"
    assert panel.model.index(row, Col.SINCE).data() == "0:00"
    assert panel.model.index(0, Col.SINCE).data() == "—"
    clock.advance(minutes=1, seconds=5)
    qtbot.waitUntil(lambda: panel.model.index(row, Col.SINCE).data() == "1:05", timeout=3000)



def test_a_refusal_is_told_in_a_message_box(qtbot, desk: DeskApp, db_url: str,
                                            clock: FakeClock) -> None:
    assert desk.main is not None
    ids = team_on_duty(desk.services)
    panel = desk.main.rotation
    other_db, _ = open_database(db_url)
    other = Services.open(other_db, clock=clock)
    try:
        click_row(qtbot, panel, ids["李娜"])
        other.rotation.set_status(ids["李娜"], DutyStatus.OFF)  # on the manager's PC
        # Before this window hears of it, the receptionist presses Alt+M on 李娜.
        qtbot.keyClick(panel.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        box = panel.findChild(QMessageBox, "rotationMessage")
        assert box is not None and box.isVisible()
        assert not desk.services.rotation.state().missed
        box.accept()
        qtbot.waitUntil(lambda: panel.model.row_of(ids["李娜"]) < 0, timeout=5000)
    finally:
        other_db.dispose()


def test_new_day_starts_with_an_empty_queue(qtbot, main_window: MainWindow,
                                            services: Services, clock: FakeClock) -> None:
    team_on_duty(services)
    panel = main_window.rotation
    assert panel.model.rowCount() == 4
    clock.advance(days=1)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=3000)
    assert panel.up_card.level() == "alarm"


def test_rotation_menu_lists_the_panel_actions(main_window: MainWindow) -> None:
    menus = [a.menu() for a in main_window.menuBar().actions()]
    menu = next(m for m in menus if isinstance(m, QMenu) and m.objectName() == "rotationMenu")
    names = {a.objectName() for a in menu.actions() if a.objectName()}
    assert {"signIn", "setAvailable", "setBreak", "setOut", "signOff", "missedTurn",
            "moveInQueue", "roster", "rotationLog", "rotationStats"} <= names
    keys = {a.objectName(): a.shortcut().toString() for a in menu.actions()}
    assert keys["signIn"] == "Ctrl+I" and keys["setBreak"] == "Alt+2"
    assert keys["missedTurn"] == "Alt+M" and keys["moveInQueue"] == "Alt+O"
    assert keys["rotationLog"] == "Ctrl+L"
    assert main_window.docks["dock_rotation"].minimumWidth() >= 340


def test_the_queue_follows_turns_taken_and_given_back_and_no_other_party_change(
        qtbot, main_window: MainWindow, services: Services, monkeypatch) -> None:
    panel = main_window.rotation
    ids = team_on_duty(services)
    up = order(panel)[0]
    reads: list[None] = []
    real_state = services.rotation.state

    def counted_state(*args: object) -> object:
        reads.append(None)
        return real_state(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(services.rotation, "state", counted_state)
    # A walk-in registered and moved on, nobody given yet: the queue is as it was.
    party = services.arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN,
                                                  "网络"))
    services.arrivals.move(party.id, Stage.PARKED)
    assert reads == []
    # Given to the up consultant: the turn moves on, and their row counts the party.
    services.rotation.assign(party.id, ids[up])
    assert reads and order(panel)[-1] == up
    row = next(r for r in panel.model.rows() if r.name == up)
    assert row.parties == 1
    # The party leaves: the consultant is free again.
    services.arrivals.move(party.id, Stage.DEPARTED)
    row = next(r for r in panel.model.rows() if r.name == up)
    assert row.parties == 0

"""The arrival board with the rotation: proposals, Enter assigns, overrides ask a manager.

Four consultants sign in (王芳, 李雷, 张伟, 陈静, in that order); the receptionist
works by keyboard as at the desk.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.roles import Role
from reception_desk.domain.rotation import AssignMode, DutyStatus, EventKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.dialogs import ChoiceDialog
from reception_desk.ui.arrival_board.entry_dialog import PartyEntryDialog
from reception_desk.ui.arrival_board.model import Col
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.rotation.override_dialog import OverrideDialog
from tests.conftest import TEST_ACTOR, FakeClock
from tests.ui.arrival_board.test_board_keyboard import cell, open_entry
from tests.ui.typing import type_text

TEAM = (("王芳", "S01"), ("李雷", "S02"), ("张伟", "S03"), ("陈静", "S04"))
PHONE = "13912345678"


@pytest.fixture
def team(services: Services, clock: FakeClock) -> dict[str, int]:
    """Four consultants on the roster, signed in in this order (the initial queue);
    刘经理 (PIN 3333) may override."""
    services.accounts.create(TEST_ACTOR, "刘经理", Role.MANAGER, pin="3333")
    ids: dict[str, int] = {}
    for name, staff_no in TEAM:
        ids[name] = services.rotation.save_consultant(ConsultantDraft(name, staff_no),
                                                      actor=TEST_ACTOR).id
    for name, _ in TEAM:
        clock.advance(seconds=30)
        services.rotation.sign_in(ids[name])
    return ids


def fill_and_confirm(qtbot, dialog: PartyEntryDialog, surname: str = "王",
                     phone: str = "") -> None:
    type_text(dialog.surname, surname)
    dialog.channel.setFocus()
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)
    if phone:
        qtbot.keyClicks(dialog.phone, phone)
        qtbot.waitUntil(lambda: dialog.proposal is not None and dialog.proposal.owner_id
                        is not None)
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)


def pick_consultant(qtbot, dialog: PartyEntryDialog, consultant_id: int) -> None:
    """Arrow down the consultant field to a name, as a person does."""
    dialog.consultant.setFocus()
    for _ in range(dialog.consultant.count()):
        if dialog.chosen_consultant() == consultant_id:
            return
        qtbot.keyClick(dialog.consultant, Qt.Key.Key_Down)
    raise AssertionError(f"consultant {consultant_id} not in the roster field")


def override_dialog(qtbot, parent) -> OverrideDialog:
    qtbot.waitUntil(lambda: parent.findChild(OverrideDialog) is not None
                    and parent.findChild(OverrideDialog).isVisible())
    dialog = parent.findChild(OverrideDialog)
    assert dialog is not None
    return dialog


def order(services: Services) -> list[int]:
    return services.rotation.state().order


def test_walk_in_goes_to_the_up_consultant_and_the_queue_moves(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int]) -> None:
    wang, li, zhang, chen = team.values()
    dialog = open_entry(qtbot, main_window)
    assert dialog.roster_mode
    assert dialog.chosen_consultant() == wang
    assert dialog.choice_mode is AssignMode.TURN
    assert dialog.consultant_meaning.text()
    fill_and_confirm(qtbot, dialog, "王")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    board = main_window.board
    record = board.selected_record()
    assert record is not None and record.consultant == "王芳"
    assert cell(board, 0, Col.CONSULTANT) == "王芳"
    assert order(services) == [li, zhang, chen, wang]
    assert services.rotation.state().status[wang] is DutyStatus.RECEIVING

    second = open_entry(qtbot, main_window)
    assert second.chosen_consultant() == li
    assert second.choice_mode is AssignMode.TURN
    fill_and_confirm(qtbot, second, "李")
    qtbot.waitUntil(lambda: not second.isVisible())
    assert order(services) == [zhang, chen, wang, li]
    assert [e.consultant for e in services.rotation.log(services.arrivals.today(),
                                                        services.arrivals.today())
            if e.kind is EventKind.ASSIGN] == ["王芳", "李雷"]


def test_appointment_is_proposed_like_a_walk_in(
        qtbot, main_window: MainWindow, team: dict[str, int]) -> None:
    dialog = open_entry(qtbot, main_window)
    dialog.appointment.setFocus()
    qtbot.keyClick(dialog.appointment, Qt.Key.Key_Space)
    assert dialog.appointment.isChecked()
    assert dialog.chosen_consultant() == team["王芳"]
    assert dialog.choice_mode is AssignMode.TURN


def test_returning_customer_goes_to_the_owner_without_using_a_turn(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int],
        clock: FakeClock) -> None:
    wang, li, zhang, chen = team.values()
    first = services.arrivals.register(PartyDraft("周", Honorific.MS, 2, VisitKind.WALK_IN,
                                                  "网络", phone=PHONE))
    services.rotation.assign(first.id, wang)
    clock.advance(minutes=40)
    before = order(services)
    assert before == [li, zhang, chen, wang]

    dialog = open_entry(qtbot, main_window)
    assert dialog.chosen_consultant() == li  # a new customer, until the phone is known
    type_text(dialog.surname, "周")
    dialog.channel.setFocus()
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.phone, "139 1234 5678")
    qtbot.waitUntil(lambda: dialog.proposal is not None and dialog.proposal.owner_id == wang)
    assert dialog.proposal.mode is AssignMode.RETURNING
    assert dialog.chosen_consultant() == wang
    assert dialog.choice_mode is AssignMode.RETURNING
    assert "王芳" in dialog.consultant_meaning.text()
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    record = main_window.board.selected_record()
    assert record is not None and record.consultant == "王芳"
    assert order(services) == before
    assert services.rotation.state().returning[wang] == 1


def test_owner_not_on_duty_proposes_the_up_consultant_as_stand_in(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int],
        clock: FakeClock) -> None:
    wang, li = team["王芳"], team["李雷"]
    first = services.arrivals.register(PartyDraft("周", Honorific.MS, 2, VisitKind.WALK_IN,
                                                  "网络", phone=PHONE))
    services.rotation.assign(first.id, wang)
    services.arrivals.move(first.id, Stage.DEPARTED)
    services.rotation.set_status(wang, DutyStatus.OFF)
    clock.advance(minutes=5)

    dialog = open_entry(qtbot, main_window)
    qtbot.keyClicks(dialog.phone, PHONE)
    qtbot.waitUntil(lambda: dialog.proposal is not None and dialog.proposal.owner_id == wang)
    assert dialog.chosen_consultant() == li
    assert dialog.choice_mode is AssignMode.STAND_IN
    assert "王芳" in dialog.consultant_meaning.text()


def test_override_asks_a_manager_cancel_keeps_the_form_and_confirm_logs_who_and_why(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int]) -> None:
    wang, li, zhang, chen = team.values()
    dialog = open_entry(qtbot, main_window)
    type_text(dialog.surname, "赵")
    dialog.channel.setFocus()
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)
    pick_consultant(qtbot, dialog, zhang)
    assert dialog.choice_mode is AssignMode.OVERRIDE
    qtbot.keyClick(dialog.consultant, Qt.Key.Key_Return)

    confirm = override_dialog(qtbot, dialog)
    summary = confirm.findChild(QLabel, "overrideSummary")
    assert summary is not None and "张伟" in summary.text() and "王芳" in summary.text()
    qtbot.keyClick(confirm.pin.pin, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert dialog.isVisible()
    assert dialog.surname.text() == "赵"
    assert dialog.chosen_consultant() == zhang
    assert services.arrivals.list_day(services.arrivals.today()) == []

    qtbot.keyClick(dialog.consultant, Qt.Key.Key_Return)
    confirm = override_dialog(qtbot, dialog)
    type_text(confirm.reason, "客户指定张伟")
    qtbot.keyClick(confirm.reason, Qt.Key.Key_Return)  # no PIN: refused, stays open
    assert confirm.isVisible() and confirm.pin.error.isVisible()
    assert services.arrivals.list_day(services.arrivals.today()) == []
    qtbot.keyClicks(confirm.pin.pin, "3333")
    qtbot.keyClick(confirm.pin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    record = main_window.board.selected_record()
    assert record is not None and record.consultant == "张伟"
    assert order(services) == [wang, li, chen, zhang]
    entry = services.rotation.log(services.arrivals.today(), services.arrivals.today())[-1]
    assert (entry.kind, entry.mode, entry.consultant) == (
        EventKind.ASSIGN, AssignMode.OVERRIDE, "张伟")
    assert (entry.actor, entry.reason) == ("刘经理", "客户指定张伟")


def test_refused_assignment_registers_nothing_and_keeps_the_form(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int]) -> None:
    dialog = open_entry(qtbot, main_window)
    assert dialog.chosen_consultant() == team["王芳"]
    # Meanwhile a manager takes 王芳 off the roster on another PC.
    services.rotation.save_consultant(ConsultantDraft("王芳", "S01", active=False),
                                      team["王芳"], actor=TEST_ACTOR)
    fill_and_confirm(qtbot, dialog, "孙")
    qtbot.waitUntil(lambda: dialog.conflict.isVisible())
    assert dialog.isVisible() and dialog.surname.text() == "孙"
    assert "王芳" in dialog.conflict.text()
    assert services.arrivals.list_day(services.arrivals.today()) == []
    assert services.rotation.state().assignments == {}

    pick_consultant(qtbot, dialog, team["李雷"])
    qtbot.keyClick(dialog.consultant, Qt.Key.Key_Return)
    confirm = override_dialog(qtbot, dialog)  # 李雷 is not up: a manager confirms
    type_text(confirm.reason, "王芳不在")
    qtbot.keyClicks(confirm.pin.pin, "3333")
    qtbot.keyClick(confirm.pin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    parties = services.arrivals.list_day(services.arrivals.today())
    assert [(p.surname, p.consultant) for p in parties] == [("孙", "李雷")]


def test_a_turn_taken_at_another_desk_proposes_the_next_up_and_registers_on_enter(
        qtbot, monkeypatch: pytest.MonkeyPatch, main_window: MainWindow, services: Services,
        team: dict[str, int]) -> None:
    dialog = open_entry(qtbot, main_window)
    assert dialog.chosen_consultant() == team["王芳"]
    other = services.arrivals.register(PartyDraft("周", Honorific.MR, 2, VisitKind.WALK_IN,
                                                  "网络"))
    owner_for = services.rotation.owner_for
    raced: list[int] = []

    def another_desk_first(*args: Any, **kwargs: Any) -> int | None:
        # Another desk gives 王芳 a party after this desk read the queue for Enter,
        # before it writes: the service refuses, and the rotation is not touched twice.
        if not raced:
            raced.append(services.rotation.assign(other.id, team["王芳"], proposed=True).id)
        return owner_for(*args, **kwargs)

    monkeypatch.setattr(services.rotation, "owner_for", another_desk_first)
    fill_and_confirm(qtbot, dialog, "孙")
    qtbot.waitUntil(lambda: dialog.conflict.isVisible())
    assert dialog.isVisible() and dialog.surname.text() == "孙"
    assert "周" in dialog.conflict.text() and "李雷" in dialog.conflict.text()
    assert dialog.chosen_consultant() == team["李雷"]
    assert [p.surname for p in services.arrivals.list_day(services.arrivals.today())] == ["周"]

    qtbot.keyClick(dialog.consultant, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    record = main_window.board.selected_record()
    assert record is not None and (record.surname, record.consultant) == ("孙", "李雷")
    assert services.rotation.state().assignments[record.id].mode is AssignMode.TURN


def test_f5_gives_the_selected_party_to_the_up_consultant(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int]) -> None:
    wang, li, zhang, chen = team.values()
    waiting = services.arrivals.register(PartyDraft("钱", Honorific.MR, 3, VisitKind.WALK_IN,
                                                    "网络"))
    board = main_window.board
    qtbot.waitUntil(lambda: board.active_model.row_of(waiting.id) >= 0)
    board.select_party(waiting.id)
    board.active_view.setFocus()
    qtbot.keyClick(board.active_view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: cell(board, board.active_model.row_of(waiting.id),
                                 Col.CONSULTANT) == "王芳")
    assert order(services) == [li, zhang, chen, wang]
    assert services.rotation.state().assignments[waiting.id].mode is AssignMode.TURN
    record = board.selected_record()
    assert record is not None and not record.unreceived


def test_f5_reads_the_queue_and_the_owner_once_before_assigning(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The check, the proposal and the assignment's mode come from one read of the queue
    (the service decides again inside its write: a turn taken meanwhile is refused)."""
    waiting = services.arrivals.register(PartyDraft("钱", Honorific.MR, 3, VisitKind.WALK_IN,
                                                    "网络", phone=PHONE))
    board = main_window.board
    qtbot.waitUntil(lambda: board.active_model.row_of(waiting.id) >= 0)
    board.select_party(waiting.id)
    board.active_view.setFocus()
    rotation = services.rotation
    calls: list[str] = []

    def counting(name: str) -> Any:
        real = getattr(rotation, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real(*args, **kwargs)
        return counted

    for name in ("state", "owner_for", "assign"):
        monkeypatch.setattr(rotation, name, counting(name))
    qtbot.keyClick(board.active_view, Qt.Key.Key_F5)
    assert calls[:calls.index("assign") + 1] == ["state", "owner_for", "assign"]
    assert services.arrivals.get(waiting.id).consultant == "王芳"


def test_f3_offers_the_roster_and_an_out_of_turn_choice_asks_a_manager(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int]) -> None:
    wang, li, zhang, chen = team.values()
    waiting = services.arrivals.register(PartyDraft("钱", Honorific.MR, 3, VisitKind.WALK_IN,
                                                    "网络"))
    board = main_window.board
    qtbot.waitUntil(lambda: board.active_model.row_of(waiting.id) >= 0)
    board.select_party(waiting.id)
    board.active_view.setFocus()
    qtbot.keyClick(board.active_view, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: board.findChild(ChoiceDialog, "rosterDialog") is not None
                    and board.findChild(ChoiceDialog, "rosterDialog").isVisible())
    roster = board.findChild(ChoiceDialog, "rosterDialog")
    values = [roster.list.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(roster.list.count())]
    assert values == [wang, li, zhang, chen]  # on duty, in queue order
    assert roster.value() == wang  # the proposal is preselected
    qtbot.keyClick(roster.list, Qt.Key.Key_Down)
    qtbot.keyClick(roster.list, Qt.Key.Key_Down)
    assert roster.value() == zhang
    qtbot.keyClick(roster.list, Qt.Key.Key_Return)

    confirm = override_dialog(qtbot, board)
    qtbot.keyClicks(confirm.pin.pin, "3333")
    type_text(confirm.reason, "老同事介绍")
    qtbot.keyClick(confirm.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(board, board.active_model.row_of(waiting.id),
                                 Col.CONSULTANT) == "张伟")
    assert order(services) == [wang, li, chen, zhang]
    entry = services.rotation.log(services.arrivals.today(), services.arrivals.today())[-1]
    assert (entry.mode, entry.actor, entry.reason) == (AssignMode.OVERRIDE, "刘经理",
                                                       "老同事介绍")


def test_nobody_on_duty_keeps_the_free_text_consultant(
        qtbot, main_window: MainWindow, services: Services) -> None:
    services.rotation.save_consultant(ConsultantDraft("王芳", "S01"), actor=TEST_ACTOR)
    dialog = open_entry(qtbot, main_window)
    assert not dialog.roster_mode and dialog.consultant.isEditable()
    type_text(dialog.surname, "吴")
    dialog.channel.setCurrentIndex(0)
    editor = dialog.consultant.lineEdit()
    assert editor is not None
    type_text(editor, "陈静")
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert cell(main_window.board, 0, Col.CONSULTANT) == "陈静"
    assert services.rotation.state().assignments == {}


def test_f5_on_a_party_already_received_says_so_and_changes_nothing(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int]) -> None:
    received = services.arrivals.register(PartyDraft("钱", Honorific.MR, 3, VisitKind.WALK_IN,
                                                     "网络"))
    services.rotation.assign(received.id, team["王芳"])
    entries = len(services.rotation.log(services.arrivals.today(), services.arrivals.today()))
    board = main_window.board
    qtbot.waitUntil(lambda: board.active_model.row_of(received.id) >= 0)
    board.select_party(received.id)
    board.active_view.setFocus()
    qtbot.keyClick(board.active_view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: board.findChild(QMessageBox, "boardMessage") is not None)
    box = board.findChild(QMessageBox, "boardMessage")
    assert "王芳" in box.text()
    box.close()
    assert len(services.rotation.log(services.arrivals.today(),
                                     services.arrivals.today())) == entries


def test_editing_an_assigned_party_keeps_its_consultant(
        qtbot, main_window: MainWindow, services: Services, team: dict[str, int]) -> None:
    party = services.arrivals.register(PartyDraft("钱", Honorific.MR, 3, VisitKind.WALK_IN,
                                                  "网络"))
    services.rotation.assign(party.id, team["王芳"])
    board = main_window.board
    qtbot.waitUntil(lambda: board.active_model.row_of(party.id) >= 0)
    board.select_party(party.id)
    board.active_view.setFocus()
    qtbot.keyClick(board.active_view, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: board.findChild(PartyEntryDialog) is not None
                    and board.findChild(PartyEntryDialog).isVisible())
    dialog = board.findChild(PartyEntryDialog)
    assert not dialog.roster_mode and not dialog.consultant.isEnabled()
    assert dialog.consultant.currentText() == "王芳"
    dialog.party_size.selectAll()
    qtbot.keyClicks(dialog.party_size, "5")
    qtbot.keyClick(dialog.party_size, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.arrivals.get(party.id).size == 5)
    assert services.arrivals.get(party.id).consultant == "王芳"
    assert services.rotation.state().assignments[party.id].consultant_id == team["王芳"]

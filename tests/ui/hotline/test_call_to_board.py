"""The hotline by keyboard: a call with a visit today shows as expected, and is checked in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from reception_desk.domain.call_form import CallForm
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, VisitKind
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.model import Col
from reception_desk.ui.hotline.call_dialog import CallDialog
from reception_desk.ui.hotline.vip_card_dialog import VipCardDialog
from reception_desk.ui.main_window import MainWindow
from tests.conftest import manager_actor
from tests.ui.typing import type_text


def open_call_form(qtbot, window: MainWindow) -> CallDialog:
    """F12 from wherever the focus is in the main window."""
    window.board.active_view.setFocus()
    qtbot.keyClick(window.board.active_view, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CallDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CallDialog)
    qtbot.waitUntil(dialog.phone.hasFocus)  # the phone is typed first
    return dialog


def test_call_by_keyboard_expected_on_board_then_checked_in(
        qtbot, main_window: MainWindow, services: Services) -> None:
    services.rotation.save_consultant(ConsultantDraft("李娜", "001"), actor=manager_actor())
    dialog = open_call_form(qtbot, main_window)
    qtbot.keyClicks(dialog.phone, "138 1234 5678")
    type_text(dialog.caller_name, "张伟")
    dialog.channel.setFocus()
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)
    dialog.consultant.setFocus()
    qtbot.keyClick(dialog.consultant, Qt.Key.Key_Down)  # the first consultant: 李娜
    qtbot.keyClicks(dialog.area, "90-120")
    qtbot.keyClicks(dialog.visit_time, "11:30")  # the test clock says 10:00 in Beijing
    dialog.grab().save("/tmp/hotline_call_dialog_new.png")
    qtbot.keyClick(dialog.visit_time, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    call = services.calls.calls(services.appointments.today())[0]
    assert (call.caller_name, call.phone, call.consultant) == ("张伟", "13812345678", "李娜")
    assert "11:30" in main_window.statusBar().currentMessage()
    hotline = main_window.hotline
    qtbot.waitUntil(lambda: hotline.table.rowCount() == 1)
    assert hotline.table.item(0, 2).text() == "138****5678"
    assert hotline.table.item(0, 3).text() == "李娜"
    hotline.grab().save("/tmp/hotline_dock.png")

    strip = main_window.board.expected
    qtbot.waitUntil(lambda: len(strip.records()) == 1)
    assert strip.table.item(0, 0).text() == "11:30"
    assert strip.table.item(0, 1).text() == "张伟"
    main_window.board.grab().save("/tmp/hotline_expected_strip.png")

    strip.table.setFocus()
    strip.table.selectRow(0)
    qtbot.keyClick(strip.table, Qt.Key.Key_Return)
    board = main_window.board
    qtbot.waitUntil(lambda: board.active_model.rowCount() == 1)
    party = board.selected_record()
    assert party is not None
    assert (party.surname, party.phone, party.kind) == ("张", "13812345678", VisitKind.APPOINTMENT)
    assert party.channel == services.settings.current().channels[0]
    assert board.active_model.index(0, Col.NAME).data() == "张先生"
    assert strip.records() == []  # arrived: no longer expected

    # V on the board: the VIP card of the party's customer, pre-filled from the call.
    main_window.activateWindow()  # offscreen: the closed dialog does not hand it back
    qtbot.waitUntil(board.active_view.hasFocus)
    qtbot.keyClick(board.active_view, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VipCardDialog))
    card = QApplication.activeModalWidget()
    assert isinstance(card, VipCardDialog)
    assert card.area.text() == "90-120"
    card.grab().save("/tmp/hotline_vip_card.png")
    qtbot.keyClicks(card.budget, "300")
    qtbot.keyClick(card.budget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not card.isVisible())
    customer = services.customers.customer_for_party(party.id)
    assert customer is not None
    assert services.customers.vip_card(customer.id).budget == "300"


def test_known_phone_fills_the_caller_and_shows_history(
        qtbot, main_window: MainWindow, services: Services) -> None:
    consultant = services.rotation.save_consultant(ConsultantDraft("李娜", "001"),
                                                   actor=manager_actor())
    services.calls.log_call(CallForm(phone="13912345678", caller_name="王芳",
                                     honorific=Honorific.MS, address="南山区",
                                     layout="3室2厅", consultant_id=consultant.id))
    dialog = open_call_form(qtbot, main_window)
    qtbot.keyClicks(dialog.phone, "139-1234-5678")
    qtbot.waitUntil(lambda: dialog.caller_name.text() == "王芳")
    assert dialog.ms.isChecked()
    assert dialog.address.text() == "南山区"
    assert dialog.consultant.currentText() == "李娜"  # the owner answers again
    history = dialog.history.toPlainText()
    assert "王芳" in history and "李娜" in history and "3室2厅" in history
    dialog.grab().save("/tmp/hotline_call_dialog_history.png")


def test_bad_phone_is_shown_beside_the_field_and_the_form_is_kept(
        qtbot, main_window: MainWindow, services: Services) -> None:
    dialog = open_call_form(qtbot, main_window)
    qtbot.keyClicks(dialog.phone, "12345")
    type_text(dialog.caller_name, "赵")
    qtbot.keyClicks(dialog.visit_time, "25:00")
    qtbot.keyClick(dialog.caller_name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    error = dialog.findChild(QLabel, "visitError")
    assert error is not None and error.isVisible() and "14:30" in error.text()
    dialog.visit_time.clear()
    qtbot.keyClick(dialog.caller_name, Qt.Key.Key_Return)
    phone_error = dialog.findChild(QLabel, "phoneError")
    assert phone_error is not None and phone_error.isVisible()
    assert phone_error.text()
    assert dialog.isVisible()
    assert (dialog.phone.text(), dialog.caller_name.text()) == ("12345", "赵")
    assert dialog.phone.hasFocus()
    assert services.calls.calls(services.appointments.today()) == []


def test_esc_asks_before_throwing_away_what_was_typed(
        qtbot, main_window: MainWindow, services: Services) -> None:
    dialog = open_call_form(qtbot, main_window)
    qtbot.keyClicks(dialog.phone, "13812345678")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    question = QApplication.activeModalWidget()
    assert isinstance(question, QMessageBox)
    assert dialog.isVisible()  # nothing lost yet
    question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.calls.calls(services.appointments.today()) == []


def test_the_calls_follow_a_renamed_consultant_but_not_the_queue(
        qtbot, main_window: MainWindow, services: Services) -> None:
    consultant = services.rotation.save_consultant(ConsultantDraft("李娜", "001"),
                                                   actor=manager_actor())
    dialog = open_call_form(qtbot, main_window)
    qtbot.keyClicks(dialog.phone, "138 1234 5678")
    type_text(dialog.caller_name, "张伟")
    dialog.channel.setFocus()
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)
    dialog.consultant.setFocus()
    qtbot.keyClick(dialog.consultant, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    hotline = main_window.hotline
    qtbot.waitUntil(lambda: hotline.table.rowCount() == 1)
    shown = hotline.table.item(0, 3)
    services.rotation.sign_in(consultant.id)             # a queue move: no call changes
    assert hotline.table.item(0, 3) is shown
    services.rotation.save_consultant(ConsultantDraft("李娜娜", "001"), consultant.id,
                                      actor=manager_actor(), version=consultant.version)
    qtbot.waitUntil(lambda: hotline.table.item(0, 3).text() == "李娜娜")

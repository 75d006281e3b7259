"""The consent box on the registration form, the call form and the VIP card."""

from __future__ import annotations

import re
import socket

from PySide6.QtCore import Qt

from reception_desk.domain.customer_records import Consent, ConsentSource
from reception_desk.services.context import Services
from reception_desk.ui.hotline.call_dialog import CallDialog
from reception_desk.ui.hotline.vip_card_dialog import VipCardDialog
from reception_desk.ui.main_window import MainWindow
from tests.ui.arrival_board.test_board_keyboard import open_entry
from tests.ui.hotline.test_call_to_board import open_call_form
from tests.ui.typing import type_text

CJK = re.compile(r"[\u4e00-\u9fff]")


def _choose(box, consent: Consent) -> None:
    box.combo.setCurrentIndex(box.combo.findData(consent.value))


def test_the_call_form_records_consent_and_shows_what_is_on_record(
        qtbot, main_window: MainWindow, services: Services) -> None:
    dialog = open_call_form(qtbot, main_window)
    qtbot.keyClicks(dialog.phone, "138 1234 5678")
    type_text(dialog.caller_name, "张伟")
    _choose(dialog.consent, Consent.YES)
    dialog.grab().save("/tmp/privacy_call_dialog_consent.png")
    qtbot.keyClick(dialog.caller_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    customer = services.customers.find_by_phone("13812345678")
    assert customer is not None and customer.consent is Consent.YES
    assert customer.consent_source is ConsentSource.CALL
    assert customer.consent_by == socket.gethostname()

    again = CallDialog(services, main_window)
    qtbot.addWidget(again)
    qtbot.keyClicks(again.phone, "138 1234 5678")
    qtbot.waitUntil(lambda: "同意联系" in again.consent.recorded.text())
    # A competitor call has no customer: the box is cleared and disabled.
    again.competitor.setChecked(True)
    assert not again.consent.isEnabled() and again.consent.value() is Consent.UNKNOWN
    again.competitor.setChecked(False)
    assert again.consent.isEnabled()
    again.done(0)


def test_the_registration_form_needs_a_phone_for_consent(
        qtbot, main_window: MainWindow, services: Services) -> None:
    dialog = open_entry(qtbot, main_window)
    type_text(dialog.surname, "王")
    dialog.channel.setCurrentIndex(0)
    _choose(dialog.consent, Consent.NO)
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)
    assert dialog.isVisible()
    text = dialog.errors["consent"].text()
    assert CJK.search(text) and "电话" in text
    assert dialog.surname.text() == "王" and dialog.consent.value() is Consent.NO
    dialog.grab().save("/tmp/privacy_entry_dialog_consent.png")
    type_text(dialog.phone, "13900001111")
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    customer = services.customers.find_by_phone("13900001111")
    assert customer is not None and customer.consent is Consent.NO
    assert customer.consent_source is ConsentSource.REGISTRATION


def test_the_vip_card_shows_and_changes_the_customers_consent(
        qtbot, main_window: MainWindow, services: Services) -> None:
    from tests.services.hotline_helpers import call_form

    call = services.calls.log_call(call_form(consent=Consent.YES), actor="前台小王")
    card = VipCardDialog(services, call.customer_id or 0, main_window)
    qtbot.addWidget(card)
    assert card.consent.value() is Consent.YES
    assert "前台小王" in card.consent.recorded.text()
    card.grab().save("/tmp/privacy_vip_card_consent.png")
    _choose(card.consent, Consent.NO)
    assert card.save() is not None
    customer = services.customers.get(call.customer_id or 0)
    assert customer.consent is Consent.NO and customer.consent_source is ConsentSource.VIP_CARD

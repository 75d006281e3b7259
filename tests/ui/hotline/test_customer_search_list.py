"""The customer search's list: Enter searches (and opens nothing), the first row's
history is read once, and a search that finds more than the list shows says so."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from reception_desk.domain.call_form import CallForm
from reception_desk.services.context import Services
from reception_desk.ui.hotline import common, customers_dialog
from reception_desk.ui.hotline.customers_dialog import CustomersDialog
from tests.ui.paints import PaintCounter


def _open(qtbot, services: Services) -> CustomersDialog:
    dialog = CustomersDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _other_dialogs(dialog: CustomersDialog) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w is not dialog and w.isVisible()]


def test_enter_in_the_search_box_searches_and_opens_nothing_else(
        qapp: QApplication, services: Services, qtbot) -> None:
    services.calls.log_call(CallForm(phone="13812345678", caller_name="张伟", area="90"))
    services.calls.log_call(CallForm(phone="13987654321", caller_name="李娜"))
    dialog = _open(qtbot, services)
    dialog.search.setText("zw")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    assert [c.name for c in dialog.records()] == ["张伟"]
    assert dialog.isVisible()
    assert _other_dialogs(dialog) == []  # no VIP card opened by the Enter key
    assert "90" in dialog.history.toPlainText()
    assert dialog.count.text() == dialog.tr("%n customer(s) found", "", 1)


def test_the_first_customers_history_is_read_once_a_search(
        qapp: QApplication, services: Services, qtbot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.calls.log_call(CallForm(phone="13812345678", caller_name="张伟"))
    dialog = _open(qtbot, services)
    read: list[object] = []

    def counting(name: str) -> object:
        real = getattr(services.customers, name)

        def call(*args: object, **kwargs: object) -> object:
            read.append(name)
            return real(*args, **kwargs)
        return call

    for name in ("get", "with_history"):
        monkeypatch.setattr(services.customers, name, counting(name))
    dialog.search.setText("5678")
    dialog.run_search()

    assert [c.name for c in dialog.records()] == ["张伟"]
    # Its history alone: the customer and its owner are as the search listed them.
    assert read == ["with_history"]
    assert dialog.history.customer == services.customers.get(dialog.records()[0].id)


def test_a_search_finding_more_than_the_list_shows_says_so(
        qapp: QApplication, services: Services, qtbot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(customers_dialog, "SHOWN", 3)
    for n, given in enumerate("一二三四", 1):
        services.calls.log_call(CallForm(phone=f"1380000000{n}", caller_name=f"王{given}"))
    dialog = _open(qtbot, services)

    dialog.search.setText("13800000")  # phone digits: all four
    dialog.run_search()
    assert dialog.table.rowCount() == 3 and len(dialog.records()) == 3
    assert dialog.count.text() == dialog.tr(
        "Showing the first %1 customers found; more match: type more of the name or "
        "number").replace("%1", "3")

    dialog.search.setText("wang")  # full pinyin: all four too
    dialog.run_search()
    assert len(dialog.records()) == 3
    assert "3" in dialog.count.text()

    dialog.search.setText("13800000004")  # exactly one: no "more"
    dialog.run_search()
    assert [c.name for c in dialog.records()] == ["王四"]
    assert dialog.count.text() == dialog.tr("%n customer(s) found", "", 1)


def test_a_search_that_fills_an_empty_list_paints_it_once(
        qapp: QApplication, services: Services, qtbot) -> None:
    given = "一二三四五六七八九十"
    for n in range(30):  # more than the list shows: it needs its scroll bar
        services.calls.log_call(CallForm(phone=f"1380000{n:04d}",
                                         caller_name=f"王{given[n // 10]}{given[n % 10]}"))
    dialog = _open(qtbot, services)
    dialog.search.setText("没有")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.wait(100)
    paints = PaintCounter(dialog.table.viewport())

    dialog.search.setText("wang")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.wait(200)  # the repaint, and any the list would do after it
    assert len(dialog.records()) == 30
    assert paints.count == 1


def test_a_search_asks_who_is_looking_once_for_the_whole_list(
        qapp: QApplication, services: Services, qtbot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for n, given in enumerate("一二三四", 1):
        services.calls.log_call(CallForm(phone=f"1380000000{n}", caller_name=f"王{given}"))
    dialog = _open(qtbot, services)
    asked: list[object] = []
    real_viewer = common.viewer

    def counting_viewer() -> object:
        asked.append(None)
        return real_viewer()

    monkeypatch.setattr(common, "viewer", counting_viewer)
    monkeypatch.setattr(customers_dialog, "viewer", counting_viewer, raising=False)
    dialog.search.setText("wang")
    dialog.run_search()

    assert len(dialog.records()) == 4
    assert len(asked) == 2  # once for the list's phones, once for the history box's
    assert dialog.table.item(0, 1).text() == "138****0004"  # masked at the shared desk


def test_the_first_search_is_prepared_once_the_dialog_is_on_screen(
        qapp: QApplication, services: Services, qtbot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.calls.log_call(CallForm(phone="13800000001", caller_name="王一"))
    prepared: list[threading.Thread] = []
    real_prepare = services.customers.prepare_search

    def counting_prepare() -> None:
        prepared.append(threading.current_thread())
        real_prepare()

    monkeypatch.setattr(services.customers, "prepare_search", counting_prepare)
    dialog = _open(qtbot, services)
    qtbot.waitUntil(lambda: dialog.preparing is not None)
    assert dialog.preparing is not None
    dialog.preparing.join(timeout=30)
    # Aside: the dialog's thread never waited for it (the phone parser loads in ~60 ms).
    assert prepared == [dialog.preparing]
    assert prepared[0] is not threading.main_thread()
    loaded = set(sys.modules)

    dialog.search.setText("138 0000")
    dialog.run_search()
    assert [c.name for c in dialog.records()] == ["王一"]
    assert set(sys.modules) == loaded  # nothing left to load (the phone parser) on Enter


def test_a_warm_up_that_fails_leaves_the_search_to_do_the_work(
        qapp: QApplication, services: Services, qtbot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.calls.log_call(CallForm(phone="13800000001", caller_name="王一"))

    def failing_prepare() -> None:
        raise RuntimeError("the database is closing")

    monkeypatch.setattr(services.customers, "prepare_search", failing_prepare)
    dialog = _open(qtbot, services)
    qtbot.waitUntil(lambda: dialog.preparing is not None)
    assert dialog.preparing is not None
    dialog.preparing.join(timeout=30)

    dialog.search.setText("13800000001")
    dialog.run_search()
    assert [c.name for c in dialog.records()] == ["王一"]

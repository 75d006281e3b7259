"""What the screens show of a person (domain/privacy.py's one rule, read off the widgets).

The bar window never shows a phone or a full name; the arrival board never a full
phone, whoever is signed in; the customers dialog shows full phones only to a
signed-in manager or admin. Every text a widget or an item model holds is read.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from reception_desk.app import DeskApp
from reception_desk.domain.bar import DrinkCategory, OrderLine
from reception_desk.domain.call_form import CallForm
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.roles import Actor, Role
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.accounts.session import SignInSession
from reception_desk.ui.hotline.customers_dialog import CustomersDialog
from reception_desk.ui.main_window import MainWindow
from tests.conftest import TEST_ACTOR

PHONE = "13812345678"
PHONE_SPACED = "138 1234 5678"
FULL_NAME = "张伟"
MANAGER = Actor("王经理", Role.MANAGER, account_id=None)

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
          Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.AccessibleTextRole,
          *range(int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.UserRole) + 40))


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    # A list model's columnCount is private in the binding: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for section in range(columns):
        yield str(model.headerData(section, Qt.Orientation.Horizontal))
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            flat = isinstance(model, QAbstractTableModel | QAbstractListModel)
            if column == 0 and not flat and model.rowCount(index) > 0:  # a tree's children
                yield from _model_texts(model, index)


def all_text(root: QWidget) -> str:
    """Every text the window holds: labels, buttons, fields, rich text, tooltips, models."""
    parts: list[str] = [root.windowTitle(), root.toolTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        parts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            parts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            parts.extend(_model_texts(widget.model()))
    return "\n".join(parts)


def _customer_with_a_party(services: Services, place: str = "VIP1") -> int:
    """张伟 called the hotline, then came with his phone: a seated party with drinks."""
    services.calls.log_call(CallForm(phone=PHONE, caller_name=FULL_NAME,
                                     honorific=Honorific.MR))
    party = services.arrivals.register(PartyDraft("张", Honorific.MR, 2, VisitKind.WALK_IN,
                                                  "网络", phone=PHONE))
    services.arrivals.move(party.id, Stage.SEATED, place)
    water = services.stock.save_item("矿泉水", "瓶", 6, quantity=48, actor=TEST_ACTOR).id
    drink = services.bar.save_menu_item("矿泉水", DrinkCategory.WATER, [(water, 1)],
                                        actor=TEST_ACTOR).id
    services.bar.order(party.id, [OrderLine(drink, 2)])
    return party.id


def _assert_no_full_phone(text: str) -> None:
    assert PHONE not in text and PHONE_SPACED not in text and "12345678" not in text


@pytest.mark.parametrize("viewer", [None, MANAGER], ids=["desk", "manager signed in"])
def test_the_bar_window_never_shows_a_phone_or_a_full_name(
        services: Services, qtbot, zh_app: QApplication, viewer: Actor | None) -> None:
    _customer_with_a_party(services)
    if viewer is not None:
        SignInSession.instance().sign_in(viewer)
    app = DeskApp(zh_app, services, "bar", interactive=False)
    assert app.bar is not None
    qtbot.addWidget(app.bar)
    app.show()
    qtbot.waitExposed(app.bar)
    try:
        qtbot.waitUntil(lambda: "张先生" in all_text(app.bar))
        text = all_text(app.bar)
        _assert_no_full_phone(text)
        assert "5678" not in text  # not even the masked form: the bar has no phones at all
        assert FULL_NAME not in text
    finally:
        app.close()


@pytest.mark.parametrize("viewer", [None, MANAGER], ids=["desk", "manager signed in"])
def test_the_board_never_shows_a_full_phone(main_window: MainWindow, services: Services,
                                            qtbot, viewer: Actor | None) -> None:
    _customer_with_a_party(services)
    if viewer is not None:
        SignInSession.instance().sign_in(viewer)
    board = main_window.board
    qtbot.waitUntil(lambda: board.active_model.rowCount() >= 1)
    text = all_text(main_window)
    assert "138****5678" in text  # the tooltip names the phone, masked
    _assert_no_full_phone(text)


@pytest.mark.parametrize("viewer, full", [(None, False), (MANAGER, True),
                                          (Actor("小李", Role.RECEPTIONIST), False)],
                         ids=["desk", "manager", "receptionist"])
def test_the_customers_dialog_shows_full_phones_to_a_manager_only(
        zh_app: QApplication, services: Services, qtbot, viewer: Actor | None,
        full: bool) -> None:
    _customer_with_a_party(services)
    if viewer is not None:
        SignInSession.instance().sign_in(viewer)
    dialog = CustomersDialog(services)
    qtbot.addWidget(dialog)
    dialog.search.setText("张伟")
    dialog.run_search()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    text = all_text(dialog)
    assert (PHONE in text) is full
    assert "138****5678" in text or full

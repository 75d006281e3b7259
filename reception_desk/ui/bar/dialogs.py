"""The bar's small dialogs: a refill round's three choices, the drink picker, the
seated-party picker and the one-line customer remark.

All are big-button dialogs for a touch screen that also work by keys:
1/2/3 for the refill choices, digits to add drinks, arrows to choose a table,
Enter to order or save, Esc to cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.bar import CATEGORY_LABELS, OrderLine, RefillOutcome
from ...domain.bar_records import MenuRecord, RefillRecord
from ...domain.errors import DomainError, ValidationError
from ...domain.records import PartyRecord
from ..text import message, record_name, translate
from .side_panel import big_button

CHOICE_HEIGHT = 72


def _category_label(record: MenuRecord) -> str:
    return translate("DrinkCategory", CATEGORY_LABELS[record.category])


DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class RefillDialog(QDialog):
    """"Refilled / new drink / not needed" for one refill round (the R key)."""

    chosen = Signal(str)

    def __init__(self, record: RefillRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refillDialog")
        self.record = record
        self.outcome: RefillOutcome | None = None
        self.setWindowTitle(self.tr("Refill round"))
        who = QLabel(f"{record.place}   {record.guest}")
        who.setObjectName("dialogTitle")
        drinks = QLabel(record.drinks)
        drinks.setObjectName("dialogDetail")
        drinks.setWordWrap(True)
        self.buttons = {
            RefillOutcome.REFILLED: big_button(
                self.tr("1   Refilled (same cup)"), "choiceRefilled", "go"),
            RefillOutcome.NEW_DRINK: big_button(
                self.tr("2   New drink (new cup)"), "choiceNewDrink"),
            RefillOutcome.DECLINED: big_button(self.tr("3   Not needed"), "choiceDeclined"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(who)
        layout.addWidget(drinks)
        for outcome, button in self.buttons.items():
            button.setMinimumHeight(CHOICE_HEIGHT)
            button.clicked.connect(lambda _=False, o=outcome: self.choose(o))
            layout.addWidget(button)
        cancel = big_button(self.tr("Cancel (Esc)"), "choiceCancel")
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)
        self.setMinimumWidth(520)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = DIGITS.get(Qt.Key(event.key()))
        if number is not None and number <= len(self.buttons):
            self.choose(list(self.buttons)[number - 1])
            return
        super().keyPressEvent(event)  # Esc cancels

    def choose(self, outcome: RefillOutcome) -> None:
        self.outcome = outcome
        self.chosen.emit(outcome.value)
        self.accept()


class DrinkPicker(QDialog):
    """A new cup at a refill round: tap (or press the digit of) each drink, then Order."""

    def __init__(self, menu: list[MenuRecord], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drinkPicker")
        self.menu = [m for m in menu if m.available]
        self.counts: dict[int, int] = {}
        self._added: list[int] = []
        self.setWindowTitle(self.tr("New drink"))
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        grid = QGridLayout()
        grid.setSpacing(10)
        self.drink_buttons: list[QPushButton] = []
        for position, item in enumerate(self.menu):
            key = str(position + 1) if position < 9 else ""
            text = f"{key}   {item.name}" if key else item.name
            button = big_button(text, "pickDrink")
            button.setMinimumHeight(CHOICE_HEIGHT)
            button.setToolTip(_category_label(item))
            button.clicked.connect(lambda _=False, m=item.id: self.add(m))
            grid.addWidget(button, position // 3, position % 3)
            self.drink_buttons.append(button)
        self.summary = QLabel()
        self.summary.setObjectName("pickSummary")
        self.summary.setWordWrap(True)
        self.undo_button = big_button(self.tr("Remove last (Backspace)"), "pickUndo")
        self.undo_button.clicked.connect(self.remove_last)
        cancel = big_button(self.tr("Cancel (Esc)"), "pickCancel")
        cancel.clicked.connect(self.reject)
        self.order_button = big_button(self.tr("Order (Enter)"), "pickOrder", "go")
        self.order_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.order_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self._show_summary()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        number = DIGITS.get(key)
        if number is not None:
            if number <= len(self.menu):
                self.add(self.menu[number - 1].id)
            return
        if key == Qt.Key.Key_Backspace:
            self.remove_last()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            return
        super().keyPressEvent(event)  # Esc cancels

    def add(self, menu_id: int) -> None:
        self.counts[menu_id] = self.counts.get(menu_id, 0) + 1
        self._added.append(menu_id)
        self._show_summary()

    def remove_last(self) -> None:
        if not self._added:
            return
        menu_id = self._added.pop()
        self.counts[menu_id] -= 1
        if not self.counts[menu_id]:
            del self.counts[menu_id]
        self._show_summary()

    def lines(self) -> list[OrderLine]:
        return [OrderLine(menu_id, count) for menu_id, count in self.counts.items()]

    def confirm(self) -> None:
        if self.counts:
            self.accept()

    def _show_summary(self) -> None:
        names = {m.id: m.name for m in self.menu}
        chosen = "、".join(f"{names[i]}×{n}" if n > 1 else names[i]
                          for i, n in self.counts.items())
        self.summary.setText(chosen or self.tr("Tap the drinks (or press their numbers)."))
        self.order_button.setEnabled(bool(self.counts))
        self.undo_button.setEnabled(bool(self.counts))


def party_label(record: PartyRecord) -> str:
    """Place and surname with honorific: all the bar shows of a party (never a phone)."""
    return f"{record.place or record.last_place}   {record_name(record)}"


class PartyPicker(QDialog):
    """Which seated party (table) a new order or a remark is for: arrows and Enter, or a tap."""

    chosen = Signal(int)

    def __init__(self, parties: list[PartyRecord], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyPicker")
        self.parties = list(parties)
        self.party_id: int | None = None
        self.setWindowTitle(self.tr("Choose the table"))
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        self.list = QListWidget()
        self.list.setObjectName("partyList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the dialog takes the keys
        for record in self.parties:
            item = QListWidgetItem(party_label(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemClicked.connect(lambda item: self.choose(self.list.row(item)))
        cancel = big_button(self.tr("Cancel (Esc)"), "partyCancel")
        cancel.clicked.connect(self.reject)
        ok = big_button(self.tr("Choose (Enter)"), "partyChoose", "go")
        ok.clicked.connect(lambda: self.choose(self.list.currentRow()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setMinimumSize(520, 420)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.parties:
            step = -1 if key == Qt.Key.Key_Up else 1
            row = max(0, min(len(self.parties) - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose(self.list.currentRow())
            return
        super().keyPressEvent(event)  # Esc cancels

    def choose(self, row: int) -> None:
        if not 0 <= row < len(self.parties):
            return
        self.party_id = self.parties[row].id
        self.accept()  # closed first: the next dialog opens on the window, not on this one
        self.chosen.emit(self.party_id)


class RemarkEntry(QDialog):
    """One line of what the customer said (客户意见); Enter saves, a refusal keeps the text."""

    def __init__(self, record: PartyRecord, save: Callable[[int, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remarkEntry")
        self.record = record
        self._save = save
        self.setWindowTitle(self.tr("Customer remark"))
        heading = QLabel(party_label(record))
        heading.setObjectName("dialogTitle")
        self.text = QLineEdit()
        self.text.setObjectName("remarkText")
        self.text.setPlaceholderText(self.tr("What did the customer say?"))
        self.error = QLabel()
        self.error.setObjectName("remarkError")
        self.error.setWordWrap(True)
        self.error.hide()
        cancel = big_button(self.tr("Cancel (Esc)"), "remarkCancel")
        cancel.clicked.connect(self.reject)
        ok = big_button(self.tr("Save (Enter)"), "remarkSave", "go")
        ok.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.text.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The line edit passes Enter on (it has no use for it); buttons never hold focus.
        if Qt.Key(event.key()) in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)  # Esc cancels

    def save(self) -> bool:
        try:
            self._save(self.record.id, self.text.text())
        except ValidationError as exc:
            problem = exc.for_field("text") or exc.problems[0]
            self._refuse(message(problem))
            return False
        except DomainError as exc:
            self._refuse(message(exc))
            return False
        self.accept()
        return True

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.text.setFocus()

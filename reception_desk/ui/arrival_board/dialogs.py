"""Small pickers of the arrival board: place, stage, consultant, invalid reception.

Also the words for what choosing a consultant means under the rotation rules
(in turn, fill-in, returning customer, stand-in, override), shared by the
entry form and the board's consultant picker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...domain.party import INVALID_REASON_LABELS, InvalidReason
from ...domain.rotation import AssignMode, DutyStatus, QueueState, classify
from ...domain.stages import STAGE_ORDER, Stage
from ..text import duty_label, invalid_label, message, stage_label
from ..widgets import FieldError

translate = QCoreApplication.translate

#: Colour of the words beside the consultant: green for the rules' own choice,
#: blue for a returning customer, amber for a stand-in, red for an override.
MODE_COLOURS: dict[AssignMode, str] = {
    AssignMode.TURN: "#067647",
    AssignMode.FILL_IN: "#067647",
    AssignMode.RETURNING: "#175cd3",
    AssignMode.STAND_IN: "#b54708",
    AssignMode.OVERRIDE: "#b42318",
}


def duty_text(status: DutyStatus | None) -> str:
    return duty_label(status) if status is not None else ""


def choice_meaning(mode: AssignMode, owner: str = "", up: str = "", *,
                   short: bool = False) -> str:
    """What giving a party to a consultant means, in the receptionist's words.

    `short` leaves out the explanation of an override (for lists of choices).
    """
    if mode is AssignMode.OVERRIDE and short:
        return translate("RotationChoice", "Override — needs a manager")
    if mode is AssignMode.TURN:
        return translate("RotationChoice", "In turn (up)")
    if mode is AssignMode.FILL_IN:
        return translate("RotationChoice", "Fill-in: the consultants ahead are busy")
    if mode is AssignMode.RETURNING:
        return translate("RotationChoice", "Returning customer: owner %1").replace("%1", owner)
    if mode is AssignMode.STAND_IN:
        return translate("RotationChoice", "Stand-in: owner %1 is not on duty").replace(
            "%1", owner)
    if owner:
        return translate("RotationChoice",
                         "Override — the owner %1 is here; needs a manager").replace("%1", owner)
    text = translate("RotationChoice", "Override — not their turn; needs a manager")
    if up:
        text += translate("RotationChoice", " (up: %1)").replace("%1", up)
    return text


def override_summary(party: str, chosen: str, owner: str = "", up: str = "") -> str:
    """Why the manager is asked: what the rules wanted and what is being done instead."""
    if owner:
        text = translate("RotationChoice",
                         "%1 is a returning customer of %2. Giving the party to %3 instead is "
                         "an override of the rotation: a manager must confirm, with a reason.")
        other = owner
    else:
        text = translate("RotationChoice",
                         "It is not %3's turn (up: %2). Giving %1 to %3 is an override of "
                         "the rotation: a manager must confirm, with a reason.")
        other = up or "—"
    return text.replace("%1", party).replace("%2", other).replace("%3", chosen)


def _roster_item(state: QueueState, cid: int, text: str, owner: int | None, owner_name: str,
                 up_name: str, current: int | None) -> tuple[str, object, bool]:
    if cid == current:
        return (f"{text}  —  " + translate("RotationChoice", "receiving this party"), cid, False)
    meaning = choice_meaning(classify(state, cid, owner), owner_name, up_name, short=True)
    return (f"{text}  —  {meaning}", cid, True)


def roster_items(state: QueueState, roster: list[tuple[int, str]], owner: int | None,
                 names: dict[int, str], current: int | None = None
                 ) -> list[tuple[str, object, bool]]:
    """The roster for a picker: on-duty consultants in queue order, then the others.

    Each entry says the consultant's place and status and what choosing them
    for this party would mean; `current` (the party's consultant) is listed
    but cannot be chosen again.
    """
    items: list[tuple[str, object, bool]] = []
    owner_name = names.get(owner, "") if owner is not None else ""
    up = state.up()
    up_name = names.get(up, "") if up is not None else ""
    for position, cid in enumerate(state.order, 1):
        text = f"{position}. {names.get(cid, '?')} · {duty_text(state.status.get(cid))}"
        items.append(_roster_item(state, cid, text, owner, owner_name, up_name, current))
    for cid, name in roster:
        if not state.on_duty(cid):
            text = translate("RotationChoice", "%1 · not on duty").replace("%1", name)
            items.append(_roster_item(state, cid, text, owner, owner_name, up_name, current))
    return items


class ChoiceDialog(QDialog):
    """Pick one entry from a list with the arrow keys and Enter (or a double click)."""

    def __init__(self, title: str, prompt: str, items: Sequence[tuple[str, object, bool]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget()
        self.list.setObjectName("choices")
        font = QFont(self.list.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.list.setFont(font)
        for text, value, enabled in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            if not enabled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        first = next((i for i in range(self.list.count())
                      if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled), -1)
        self.list.setCurrentRow(first)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def value(self) -> object:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(Qt.ItemDataRole.UserRole)


def place_dialog(places: list[str], taken: dict[str, str], parent: QWidget) -> ChoiceDialog:
    """Free places first; taken ones are listed greyed out with who sits there."""
    items: list[tuple[str, object, bool]] = []
    for place in places:
        if place in taken:
            items.append((translate("ChoiceDialog", "%1 — taken by %2").replace("%1", place)
                          .replace("%2", taken[place]), place, False))
        else:
            items.append((place, place, True))
    items.sort(key=lambda item: not item[2])
    return ChoiceDialog(translate("ChoiceDialog", "Seat the party"),
                        translate("ChoiceDialog", "Where does the party sit?"), items, parent)


def stage_dialog(current: Stage, parent: QWidget) -> ChoiceDialog:
    items = [(stage_label(s), s, s is not current) for s in STAGE_ORDER]
    dialog = ChoiceDialog(translate("ChoiceDialog", "Move to stage"),
                          translate("ChoiceDialog", "Move the party to:"), items, parent)
    nxt = STAGE_ORDER.index(current) + 1
    if nxt < len(STAGE_ORDER):
        dialog.list.setCurrentRow(nxt)
    return dialog


class ConsultantDialog(QDialog):
    def __init__(self, names: list[str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consultant"))
        self.combo = QComboBox()
        self.combo.setObjectName("consultantName")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(names)
        self.combo.setCurrentText(current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Consultant receiving this party:")))
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.combo.setFocus()

    def value(self) -> str:
        return self.combo.currentText()


class InvalidDialog(QDialog):
    """无效接待: competitor survey, asking the way, looking for someone, delivery, other."""

    def __init__(self, reason: InvalidReason | None, note: str,
                 apply: Callable[[InvalidReason | None, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply = apply
        self.setWindowTitle(self.tr("Invalid reception"))
        self.reason = QComboBox()
        self.reason.setObjectName("invalidReason")
        self.reason.addItem(self.tr("— not invalid (clear the mark) —"), None)
        for value in INVALID_REASON_LABELS:
            self.reason.addItem(invalid_label(value), value)
        self.reason.setCurrentIndex(
            self.reason.findData(reason) if reason is not None else 1)
        self.note = QLineEdit(note)
        self.note.setObjectName("invalidNote")
        self.note.setMaxLength(250)
        self.error = FieldError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Details"), self.note)
        form.addRow("", self.error)
        form.addRow(buttons)

    def value(self) -> tuple[InvalidReason | None, str]:
        return self.reason.currentData(), self.note.text()

    def accept(self) -> None:
        """Apply through the service; a refusal shows here and the dialog stays open."""
        try:
            self._apply(*self.value())
        except DomainError as exc:
            self.error.show_text(message(exc))
            self.note.setFocus()
            return
        super().accept()

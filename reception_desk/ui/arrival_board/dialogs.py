"""Small pickers of the arrival board: place, stage, consultant, invalid reception."""

from __future__ import annotations

from collections.abc import Callable

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
from ...domain.stages import STAGE_ORDER, Stage
from ..text import invalid_label, message, stage_label
from ..widgets import FieldError

translate = QCoreApplication.translate


class ChoiceDialog(QDialog):
    """Pick one entry from a list with the arrow keys and Enter (or a double click)."""

    def __init__(self, title: str, prompt: str, items: list[tuple[str, object, bool]],
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

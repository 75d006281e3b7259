"""Small dialogs of the requests panel: the feedback form and the reason prompt.

Both call the service themselves (through a callback) and stay open with the
message beside the field when it refuses, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.reception_request import FeedbackForm
from ..text import message
from ..widgets import FieldError, mark_invalid, with_error

FEEDBACK_NOTES = ("summary", "customer_opinion", "follow_up")
FEEDBACK_LINES = ("follow_up_by", "expenses", "items_returned")


class ReasonDialog(QDialog):
    """Reject… / Cancel…: a reason is required; `act(reason)` does the work."""

    def __init__(self, title: str, prompt: str, act: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self._act = act
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.error = FieldError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(with_error(self.reason, self.error))
        layout.addWidget(buttons)
        self.reason.setFocus()

    def confirm(self) -> None:
        self.error.clear_text()
        mark_invalid(self.reason, False)
        try:
            self._act(self.reason.toPlainText().strip())
        except DomainError as exc:
            self.error.show_text(message(exc))
            mark_invalid(self.reason, True)
            self.reason.setFocus()
            return
        self.accept()


class FeedbackDialog(QDialog):
    """客户接待信息反馈表: what happened, what the customer said, what follows."""

    def __init__(self, number: str, current: FeedbackForm, act: Callable[[FeedbackForm], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(self.tr("Feedback for %1").replace("%1", number))
        self.setMinimumWidth(560)
        self._act = act
        self.notes: dict[str, QPlainTextEdit] = {}
        for name in FEEDBACK_NOTES:
            edit = QPlainTextEdit(getattr(current, name))
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            self.notes[name] = edit
        self.satisfaction = QComboBox()
        self.satisfaction.setObjectName("satisfaction")
        self.satisfaction.setEditable(True)
        self.satisfaction.addItems([self.tr("Very satisfied"), self.tr("Satisfied"),
                                    self.tr("Neutral"), self.tr("Dissatisfied")])
        self.satisfaction.setCurrentText(current.satisfaction)
        self.lines: dict[str, QLineEdit] = {}
        for name in FEEDBACK_LINES:
            line = QLineEdit(getattr(current, name))
            line.setObjectName(name)
            self.lines[name] = line
        self.errors = {name: FieldError() for name in
                       (*FEEDBACK_NOTES, "satisfaction", *FEEDBACK_LINES)}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        labels = {
            "summary": self.tr("How the visit went"),
            "customer_opinion": self.tr("Customer's opinion"),
            "satisfaction": self.tr("Satisfaction"),
            "follow_up": self.tr("Follow-up"),
            "follow_up_by": self.tr("Follow-up by"),
            "expenses": self.tr("Expenses / receipts"),
            "items_returned": self.tr("Unused items returned"),
        }
        for name, text in labels.items():
            form.addRow(text, with_error(self.widget(name), self.errors[name]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        self.general_error = FieldError()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.notes["summary"].setFocus()

    def widget(self, name: str) -> QWidget:
        if name == "satisfaction":
            return self.satisfaction
        return self.notes.get(name) or self.lines[name]

    def value(self) -> FeedbackForm:
        return FeedbackForm(
            satisfaction=self.satisfaction.currentText().strip(),
            **{n: e.toPlainText().strip() for n, e in self.notes.items()},
            **{n: e.text().strip() for n, e in self.lines.items()})

    def confirm(self) -> None:
        for name, error in self.errors.items():
            error.clear_text()
            mark_invalid(self.widget(name), False)
        self.general_error.clear_text()
        try:
            self._act(self.value())
        except ValidationError as exc:
            for problem in exc.problems:
                target = self.errors.get(problem.field.split(".")[0], self.general_error)
                target.show_text(message(problem))
                if problem.field in self.errors:
                    mark_invalid(self.widget(problem.field), True)
            return
        except DomainError as exc:
            self.general_error.show_text(message(exc))
            return
        self.accept()

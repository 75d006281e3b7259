"""Manager confirmation for a rotation override: who confirms, and why.

Until user accounts exist, a manager confirms by name; the reason is
required. Both are written into the rotation log with the change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ..text import message
from ..widgets import FieldError, mark_invalid, with_error


class OverrideDialog(QDialog):
    """Asks for the manager's name and a reason, then calls `apply(manager, reason)`.

    A refusal from the service shows beside its field and the dialog stays
    open with what was typed; success closes it.
    """

    def __init__(self, summary: str, apply: Callable[[str, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Manager confirmation"))
        self._apply = apply
        self.result_value: object = None
        intro = QLabel(summary)
        intro.setWordWrap(True)
        intro.setObjectName("overrideSummary")
        self.manager = QLineEdit()
        self.manager.setObjectName("overrideManager")
        self.manager.setPlaceholderText(self.tr("name of the manager who confirms"))
        self.manager.setMaxLength(60)
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr("why the rotation is overridden"))
        self.reason.setMaxLength(250)
        self.errors = {"manager": FieldError(), "reason": FieldError()}
        form = QFormLayout()
        form.addRow(self.tr("Manager"), with_error(self.manager, self.errors["manager"]))
        form.addRow(self.tr("Reason"), with_error(self.reason, self.errors["reason"]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.manager.setFocus()

    def accept(self) -> None:
        for name, error in self.errors.items():
            error.clear_text()
            mark_invalid(getattr(self, name), False)
        try:
            self.result_value = self._apply(self.manager.text(), self.reason.text())
        except ValidationError as exc:
            first = None
            for problem in exc.problems:
                if problem.field in self.errors:
                    self.errors[problem.field].show_text(message(problem))
                    widget = getattr(self, problem.field)
                    mark_invalid(widget, True)
                    first = first or widget
            if first is not None:
                first.setFocus()
            return
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        super().accept()

"""Manager confirmation for a rotation override: who confirms (by PIN), and why.

A person who may override the rotation chooses their name and types their PIN
(or is already signed in at this PC); the reason is required. Both go into
the rotation log and the audit log with the change.
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
from ...domain.roles import Actor, Permission
from ...services.accounts import AccountService
from ...services.rotation import check_reason
from ..accounts import PinEntry
from ..text import message
from ..widgets import FieldError, mark_invalid, with_error


class OverrideDialog(QDialog):
    """Asks for a manager's PIN and a reason, then calls `apply(actor, reason)`.

    A refusal shows beside its field and the dialog stays open with what was
    typed (a wrong PIN is cleared, the name kept); success closes it.
    """

    def __init__(self, accounts: AccountService, summary: str,
                 apply: Callable[[Actor, str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Manager confirmation"))
        self._apply = apply
        self.result_value: object = None
        self.actor: Actor | None = None
        intro = QLabel(summary)
        intro.setWordWrap(True)
        intro.setObjectName("overrideSummary")
        self.pin = PinEntry(accounts, Permission.ROTATION_OVERRIDE, self)
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr("why the rotation is overridden"))
        self.reason.setMaxLength(250)
        self.reason_error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("Reason"), with_error(self.reason, self.reason_error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pin)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.pin.focus()

    def _show_reason(self, text: str) -> None:
        self.reason_error.show_text(text)
        mark_invalid(self.reason, True)
        self.reason.setFocus()

    def accept(self) -> None:
        self.reason_error.clear_text()
        mark_invalid(self.reason, False)
        try:
            reason = check_reason(self.reason.text())
        except ValidationError as exc:
            self._show_reason(message(exc.problems[0]))
            return
        actor = self.actor or self.pin.confirm()
        if actor is None:
            return
        self.actor = actor  # confirmed once: a later refusal does not ask again
        try:
            self.result_value = self._apply(actor, reason)
        except ValidationError as exc:
            problem = exc.for_field("reason")
            if problem is not None:
                self._show_reason(message(problem))
            else:
                QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc))
            return
        super().accept()

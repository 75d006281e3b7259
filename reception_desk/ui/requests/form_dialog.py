"""The reception request form (客户来访接待申请单) as a dialog, with autosave.

A draft saves itself a couple of seconds after the last edit ("Draft saved
14:05" beside the buttons). Submit checks everything through the service; a
problem shows beside its field and nothing typed is lost. A capacity warning
names the other requests that day and lets the host go on. Closing with
unsaved changes asks Save / Discard / Cancel. A request past the draft stage
opens read-only.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.edits import StaleEditError
from ...domain.errors import DomainError, FieldProblem, ValidationError
from ...domain.reception_request import RequestForm, RequestRecord, Status
from ...domain.request_rules import notice_shortfall
from ...domain.roles import Actor
from ...services.context import Services
from ..text import message
from .form_sections import FormFields
from .labels import status_label

#: A draft saves this long after the last edit.
AUTOSAVE_MS = 2000


def warning_text(warning: object) -> str:
    """A capacity warning as the service hands it: a FieldProblem, a DomainError or text."""
    if isinstance(warning, FieldProblem | DomainError):
        return message(warning)
    return str(warning)


class RequestFormDialog(QDialog):
    """New request (record None) or an existing one; `saved` carries each stored record."""

    saved = Signal(object)
    submitted = Signal(object)

    def __init__(self, services: Services, actor: Actor | None,
                 record: RequestRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestFormDialog")
        self.services = services
        self.actor = actor
        self.record = record
        self.dirty = False
        self._loading = False
        self._closing = False
        #: Only a draft changes, and only with a person who may fill in requests.
        self.editable = actor is not None and (record is None or record.status is Status.DRAFT)
        settings = services.settings

        self.fields = FormFields(lambda: settings.current().zone(), services.clock, self)
        page = self.fields.build()
        scroll = QScrollArea()
        scroll.setObjectName("requestFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        page.setEnabled(self.editable)

        self.status_line = QLabel()
        self.status_line.setObjectName("requestStatusLine")
        self.status_line.setStyleSheet("font-weight: 600; color: #344054;")
        self.saved_hint = QLabel()
        self.saved_hint.setObjectName("savedHint")
        self.saved_hint.setStyleSheet("color: #667085;")
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(lambda: self.save_draft())
        self.submit_button = QPushButton(self.tr("Submit for approval"))
        self.submit_button.setObjectName("submitRequest")
        self.submit_button.setStyleSheet("font-weight: 700;")
        self.submit_button.clicked.connect(self.submit)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeForm")
        self.close_button.clicked.connect(self.close)
        for button in (self.save_button, self.submit_button):
            button.setVisible(self.editable)
            button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_hint, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.submit_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_line)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.autosave = QTimer(self)
        self.autosave.setObjectName("autosaveTimer")
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)
        self.fields.changed.connect(self._on_changed)
        self.fields.notice_inputs_changed.connect(self._update_notice)

        if record is not None:
            self._loading = True
            self.fields.fill(record.form)
            self._loading = False
        self._update_title()
        self._update_notice()
        self.resize(1180, 800)
        self.fields.edits["host" if record is None else "organisation"].setFocus()

    # -- state ---------------------------------------------------------------------
    def request_id(self) -> int | None:
        return self.record.id if self.record is not None else None

    def form(self) -> RequestForm:
        return self.fields.form()

    def _update_title(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New reception request"))
            self.status_line.setText(self.tr("New request · not saved yet"))
            return
        self.setWindowTitle(self.tr("Reception request %1").replace("%1", self.record.number))
        line = f"{self.record.number} · {status_label(self.record.status)}"
        if not self.editable:
            line += " · " + self.tr("read-only: only a draft can be changed")
        self.status_line.setText(line)

    def _on_changed(self) -> None:
        if self._loading or not self.editable:
            return
        self.dirty = True
        self.saved_hint.setText(self.tr("Unsaved changes…"))
        self.autosave.start()

    def _update_notice(self) -> None:
        settings = self.services.settings.current()
        short = notice_shortfall(self.fields.form(), settings, self.services.clock())
        self.fields.set_short_notice(short is not None or bool(
            self.fields.notes["short_notice_reason"].toPlainText().strip()))

    # -- saving ----------------------------------------------------------------------
    def _autosave(self) -> None:
        if self.dirty and not self._closing:
            self.save_draft(quiet=True)

    def save_draft(self, quiet: bool = False) -> bool:
        """Store the form as a draft; on a refusal show why beside the fields."""
        self.autosave.stop()
        if not self.editable or self.actor is None:
            return True
        try:
            record = self.services.requests.save_draft(
                self.actor, self.form(), request_id=self.request_id(),
                version=self.record.version if self.record is not None else None)
        except StaleEditError as exc:
            # Autosave leaves it to the person; an explicit Save shows who changed what and
            # bases the next Save on the newer version. What was typed stays either way.
            self.saved_hint.setText(self.tr("Not saved: %1").replace("%1", message(exc)))
            if not quiet and self.record is not None:
                self.record = replace(self.record, version=exc.current)
                self._warn(message(exc))
            return False
        except ValidationError as exc:
            self.show_problems(exc, focus=not quiet)
            self.saved_hint.setText(self.tr("Not saved: see the marked fields"))
            return False
        except DomainError as exc:
            self.saved_hint.setText(self.tr("Not saved: %1").replace("%1", message(exc)))
            if not quiet:
                self._warn(message(exc))
            return False
        if not quiet:
            self.fields.clear_problems()
        self.record = record
        self.dirty = False
        when = record.updated_at.astimezone(self.services.settings.current().zone())
        self.saved_hint.setText(self.tr("Draft saved %1").replace("%1", when.strftime("%H:%M")))
        self._update_title()
        self.saved.emit(record)
        return True

    def show_problems(self, exc: ValidationError, focus: bool = True) -> None:
        self.fields.clear_problems()
        first: QWidget | None = None
        for problem in exc.problems:
            widget = self.fields.show_problem(problem.field, message(problem))
            first = first or widget
        if focus and first is not None:
            first.setFocus()
            parent = first.parentWidget()
            while parent is not None and not isinstance(parent, QScrollArea):
                parent = parent.parentWidget()
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(first)

    def submit(self) -> None:
        """Save, warn about a full day (the host may go on), then submit for approval."""
        if not self.save_draft():
            return
        assert self.record is not None
        try:
            warnings = self.services.requests.capacity_warning(self.form(), self.record.id)
        except DomainError:
            warnings = None
        if isinstance(warnings, list | tuple):
            texts = [warning_text(w) for w in warnings]
        else:
            texts = [warning_text(warnings)] if warnings else []
        if texts:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Day is full"),
                              "\n".join(texts) + "\n\n" + self.tr("Submit anyway?"),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self)
            box.setObjectName("capacityWarning")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Submit anyway"))
            box.accepted.connect(self._do_submit)
            box.open()
            return
        self._do_submit()

    def _do_submit(self) -> None:
        assert self.record is not None and self.actor is not None
        try:
            self.services.requests.submit(self.actor, self.record.id)
        except ValidationError as exc:
            self.show_problems(exc)
            self.saved_hint.setText(self.tr("Not submitted: see the marked fields"))
            return
        except DomainError as exc:
            self._warn(message(exc))
            return
        record = self.services.requests.get(self.record.id)
        self.record = record
        self.submitted.emit(record)
        self._closing = True
        self.accept()

    def _warn(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("requestFormMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- closing ---------------------------------------------------------------------
    def reject(self) -> None:
        """Esc / Close / the window's × (QDialog routes them here): ask when not saved."""
        if self._closing or not self.dirty:
            self._finish()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("This request has changes that are not saved yet."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedChanges")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._after_question(box.clickedButton(), box))
        box.open()

    def _after_question(self, clicked: object, box: QMessageBox) -> None:
        role = box.buttonRole(clicked) if clicked is not None else None  # type: ignore[arg-type]
        if role == QMessageBox.ButtonRole.AcceptRole:
            if self.save_draft():
                self._finish()
        elif role == QMessageBox.ButtonRole.DestructiveRole:
            self._finish()

    def _finish(self) -> None:
        self._closing = True
        self.autosave.stop()
        super().reject()

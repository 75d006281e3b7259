"""What the requests panel's buttons do: each asks who acts, calls one service method.

An action that needs a role asks for the person (the signed-in manager, or a
PIN prompt at the shared desk) through the accounts guard; the service checks
the role again and its refusal is shown in words. Printing builds the sheet
with ReportLab and shows it in the preview (Print… / Save as PDF…); a batch is
built off the Qt thread with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.errors import DomainError
from ...domain.privacy import Purpose, may_see_full
from ...domain.reception_request import FeedbackForm, RequestRecord, Status
from ...domain.request_workflow import Action, approval_action
from ...domain.roles import Actor, Permission
from ...services.audit import Output
from ...services.context import Services
from ..accounts import ask_actor
from ..print_jobs import BatchPrintJob
from ..text import message
from .feedback_dialog import FeedbackDialog, ReasonDialog
from .form_dialog import RequestFormDialog

if TYPE_CHECKING:
    # ReportLab (printing/) and QtPdf (the preview) load when a sheet is first printed.
    from ...printing.request_sheets import SheetKind
    from ..print_preview import PrintPreviewDialog

APPROVAL_PERMISSION: dict[Action, Permission] = {
    Action.APPROVE_DEPARTMENT: Permission.REQUEST_APPROVE_DEPARTMENT,
    Action.APPROVE_GM: Permission.REQUEST_APPROVE_GM,
}


class Sheet:
    """Which printed sheet: the request, the itinerary, the feedback form blank / filled."""

    REQUEST = "request"
    ITINERARY = "itinerary"
    FEEDBACK_BLANK = "feedback_blank"
    FEEDBACK_FILLED = "feedback_filled"


def approval_permission(record: RequestRecord) -> Permission | None:
    """The permission the pending approval of this request needs (None: nothing pending)."""
    action = approval_action(record.status)
    return APPROVAL_PERMISSION.get(action) if action is not None else None


class RequestActions(QObject):
    """The glue between the panel's buttons and the requests service."""

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.panel = parent
        #: The open form dialogs by request id (a new one under None), to raise not reopen.
        self.forms: list[RequestFormDialog] = []
        #: The latest preview and batch job (tests and the main window look at them).
        self.last_preview: PrintPreviewDialog | None = None
        self.last_job: BatchPrintJob | None = None

    # -- helpers -------------------------------------------------------------------
    def ask(self, permission: Permission, action_text: str = "") -> Actor | None:
        """The signed-in person if they may, else whoever confirms by PIN (None: cancelled)."""
        return ask_actor(self.panel, self.services, permission, action_text)

    def warn(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Reception requests"), text,
                          QMessageBox.StandardButton.Ok, self.panel)
        box.setObjectName("requestsMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def run(self, work: Callable[[], object]) -> bool:
        """One service call; a refusal is shown in words and nothing else happens."""
        try:
            work()
        except DomainError as exc:
            self.warn(message(exc))
            return False
        return True

    # -- the form ------------------------------------------------------------------
    def new_request(self) -> RequestFormDialog | None:
        actor = self.ask(Permission.REQUEST_CREATE, self.tr("fill in a reception request"))
        if actor is None:
            return None
        return self._show_form(actor, None)

    def open_request(self, record: RequestRecord) -> RequestFormDialog | None:
        for dialog in self.forms:
            if dialog.request_id() == record.id and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        actor: Actor | None = None   # past the draft stage the form is read-only
        if record.status is Status.DRAFT:
            actor = self.ask(Permission.REQUEST_CREATE, self.tr("change a reception request"))
            if actor is None:
                return None
        return self._show_form(actor, record)

    def _show_form(self, actor: Actor | None,
                   record: RequestRecord | None) -> RequestFormDialog:
        dialog = RequestFormDialog(self.services, actor, record, self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.forms.append(dialog)
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._forget(d))
        dialog.open()
        return dialog

    def _forget(self, dialog: RequestFormDialog) -> None:
        self.forms = [d for d in self.forms if d is not dialog]

    def submit(self, record: RequestRecord) -> RequestFormDialog | None:
        """Submit the selected draft; what is missing opens the form with the marks."""
        actor = self.ask(Permission.REQUEST_CREATE, self.tr("submit a reception request"))
        if actor is None:
            return None
        dialog = self._show_form(actor, record)
        dialog.submit()
        return dialog

    # -- workflow ------------------------------------------------------------------
    def approve(self, record: RequestRecord) -> bool:
        permission = approval_permission(record)
        if permission is None:
            self.warn(self.tr("Request %1 is not waiting for an approval.")
                      .replace("%1", record.number))
            return False
        actor = self.ask(permission, self.tr("approve request %1").replace("%1", record.number))
        if actor is None:
            return False
        return self.run(lambda: self.services.requests.approve(actor, record.id))

    def reject(self, record: RequestRecord) -> ReasonDialog | None:
        permission = approval_permission(record)
        if permission is None:
            self.warn(self.tr("Request %1 is not waiting for an approval.")
                      .replace("%1", record.number))
            return None
        actor = self.ask(permission, self.tr("reject request %1").replace("%1", record.number))
        if actor is None:
            return None
        return self._reason(
            self.tr("Reject request %1").replace("%1", record.number),
            self.tr("Why is it sent back? The host sees this and corrects the draft."),
            lambda reason: self.services.requests.reject(actor, record.id, reason))

    def cancel(self, record: RequestRecord) -> ReasonDialog | None:
        actor = self.ask(Permission.REQUEST_CREATE,
                         self.tr("cancel request %1").replace("%1", record.number))
        if actor is None:
            return None
        return self._reason(
            self.tr("Cancel request %1").replace("%1", record.number),
            self.tr("Why is the visit cancelled?"),
            lambda reason: self.services.requests.cancel(actor, record.id, reason))

    def _reason(self, title: str, prompt: str, act: Callable[[str], object]) -> ReasonDialog:
        dialog = ReasonDialog(title, prompt, act, self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def itinerary_sent(self, record: RequestRecord) -> bool:
        actor = self.ask(Permission.REQUEST_CREATE, self.tr("mark the itinerary sent"))
        if actor is None:
            return False
        return self.run(lambda: self.services.requests.mark_itinerary_sent(actor, record.id))

    def visited(self, record: RequestRecord) -> bool:
        """The visitors came (the feedback falls due from today)."""
        actor = self.ask(Permission.REQUEST_CREATE, self.tr("mark the visit done"))
        if actor is None:
            return False
        return self.run(lambda: self.services.requests.mark_visited(actor, record.id))

    def close_request(self, record: RequestRecord) -> bool:
        """Receipts reimbursed, unused items returned: the request is done."""
        actor = self.ask(Permission.REQUEST_CREATE,
                         self.tr("close request %1").replace("%1", record.number))
        if actor is None:
            return False
        return self.run(lambda: self.services.requests.close(actor, record.id))

    def feedback(self, record: RequestRecord) -> FeedbackDialog | None:
        actor = self.ask(Permission.REQUEST_CREATE,
                         self.tr("file the feedback of request %1").replace("%1", record.number))
        if actor is None:
            return None

        def act(form: FeedbackForm) -> None:
            self.services.requests.file_feedback(actor, record.id, form)

        dialog = FeedbackDialog(record.number, record.feedback, act, self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- printing ------------------------------------------------------------------
    def _site(self) -> tuple[str, datetime]:
        settings = self.services.settings.current()
        return settings.site_name, self.services.clock()

    def sheet_pdf(self, record: RequestRecord, sheet: str) -> bytes:
        from ...printing.request_sheets import (
            build_feedback_pdf,
            build_itinerary_pdf,
            build_request_pdf,
        )

        site, now = self._site()
        zone = self.services.settings.current().zone()
        if sheet == Sheet.REQUEST:
            return build_request_pdf(record, site, now, zone)
        if sheet == Sheet.ITINERARY:
            return build_itinerary_pdf(record, site, now, zone)
        return build_feedback_pdf(record, site, now, zone, blank=sheet == Sheet.FEEDBACK_BLANK)

    def sheet_title(self, record: RequestRecord, sheet: str) -> str:
        titles = {
            Sheet.REQUEST: self.tr("Request sheet"), Sheet.ITINERARY: self.tr("Itinerary"),
            Sheet.FEEDBACK_BLANK: self.tr("Feedback form (blank)"),
            Sheet.FEEDBACK_FILLED: self.tr("Feedback form"),
        }
        return f"{titles[sheet]} {record.number}"

    def print_sheet(self, record: RequestRecord, sheet: str) -> PrintPreviewDialog | None:
        from ...printing.request_sheets import sheet_record

        actor = self.ask(Permission.REQUEST_PRINT, self.tr("print request sheets"))
        if actor is None:
            return None
        try:
            pdf = self.sheet_pdf(sheet_record(record, actor), sheet)
        except (DomainError, ValueError, OSError) as exc:
            self.warn(message(exc) if isinstance(exc, DomainError) else str(exc))
            return None
        dialog = self._preview(pdf, self.sheet_title(record, sheet), f"{record.number}-{sheet}")
        self._audit_output(dialog, actor, f"{sheet} {record.number}", [record])
        return dialog

    def _audit_output(self, dialog: PrintPreviewDialog, actor: Actor, what: str,
                      records: list[RequestRecord]) -> None:
        """A sheet that leaves the screen (printed or saved as PDF) is audited: who, what,
        how many guests' rows, their phones masked or full."""
        rows = sum(len(r.form.guests) for r in records)
        masked = not may_see_full(actor, Purpose.SHEET)
        numbers = ", ".join(r.number for r in records)

        def record(how: str) -> None:
            try:
                self.services.audit.record_output(actor, Output.PRINT, what, rows,
                                                  masked=masked, detail=f"{how}: {numbers}")
            except DomainError as exc:
                self.warn(message(exc))

        dialog.printed.connect(lambda pages: record(f"{pages} pages to the printer"))
        dialog.saved.connect(lambda path: record(f"saved as {path}"))

    def _preview(self, pdf: bytes, title: str, file_stem: str) -> PrintPreviewDialog:
        from ..print_preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(pdf, title, f"{file_stem}.pdf", self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_preview = dialog
        return dialog

    def batch_print(self, records: list[RequestRecord],
                    kinds: tuple[SheetKind, ...] | None = None) -> BatchPrintJob | None:
        """Several requests' sheets in one print job, built off the Qt thread
        (by default each request's application sheet)."""
        from ...printing.request_sheets import SheetKind, build_batch_pdf, sheet_record

        sheets: tuple[SheetKind, ...] = kinds or (SheetKind.REQUEST,)
        if not records:
            return None
        actor = self.ask(Permission.REQUEST_PRINT, self.tr("print request sheets"))
        if actor is None:
            return None
        site, now = self._site()
        zone = self.services.settings.current().zone()
        chosen = [sheet_record(record, actor) for record in records]
        title = self.tr("Print %n requests", "", len(chosen))
        job = BatchPrintJob(
            self.panel, lambda progress: build_batch_pdf(chosen, sheets, site, now, zone,
                                                         progress=progress), title)
        what = f"{'+'.join(k.value for k in sheets)} ×{len(chosen)}"
        job.finished.connect(lambda pdf: self._audit_output(
            self._preview(pdf, title, "requests"), actor, what, chosen))
        job.failed.connect(self.warn)
        job.start()
        self.last_job = job
        return job

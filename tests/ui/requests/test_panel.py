"""The requests dock: approvals at each approver's login, refusals in words, printing
to a file, the itinerary reminder and the filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reception_desk.domain.reception_request import Level, Status
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.requests.actions import Sheet
from reception_desk.ui.requests.feedback_dialog import FeedbackDialog, ReasonDialog
from reception_desk.ui.requests.labels import status_label
from reception_desk.ui.requests.model import Col
from reception_desk.ui.requests.panel import Filter, RequestsPanel
from tests.ui.requests.conftest import (
    People,
    answer_pin,
    full_form,
    present,
    shown,
    submitted,
)
from tests.ui.typing import type_text


def panel_of(qtbot, window: MainWindow) -> RequestsPanel:
    window.show_requests()
    return window.requests


def click(qtbot, panel: RequestsPanel, name: str) -> None:
    button = panel.buttons[name]
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_department_head_then_general_manager_approve(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    record = submitted(services, people.receptionist, full_form(level=Level.A))
    panel = panel_of(qtbot, main_window)
    assert panel.select_request(record.id)

    # At the shared desk the department head confirms with their PIN.
    asked = answer_pin(qtbot, "李部长", people.pins["李部长"])
    click(qtbot, panel, "approve")
    assert asked and record.number in asked[0]
    assert services.requests.get(record.id).status is Status.DEPARTMENT_APPROVED
    row = panel.model.row_of(record.id)
    assert panel.model.index(row, Col.STATUS).data() == status_label(
        Status.DEPARTMENT_APPROVED)

    # The general manager signs in at their own PC and approves without a PIN.
    present(people.general_manager)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(panel.view, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: services.requests.get(record.id).status is Status.SCHEDULED)
    steps = [s.actor for s in services.requests.get(record.id).steps]
    assert "李部长" in steps and "赵总" in steps
    assert not panel.act_approve.isEnabled()   # nothing left to approve


def test_service_refusal_is_shown_in_words(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    # The department head hosts this one: they may not approve their own request.
    record = submitted(services, people.department_head,
                       full_form(organisation="自家考察", level=Level.B))
    panel = panel_of(qtbot, main_window)
    panel.select_request(record.id)
    present(people.department_head)
    click(qtbot, panel, "approve")
    box = shown(qtbot, QMessageBox, "requestsMessage")
    assert isinstance(box, QMessageBox)
    assert "李部长" in box.text() and record.number in box.text()
    box.accept()
    assert services.requests.get(record.id).status is Status.SUBMITTED


def test_reject_needs_a_reason_and_sends_back_to_draft(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    record = submitted(services, people.receptionist)
    panel = panel_of(qtbot, main_window)
    panel.select_request(record.id)
    present(people.department_head)
    click(qtbot, panel, "reject")
    dialog = shown(qtbot, ReasonDialog)
    assert isinstance(dialog, ReasonDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)   # no reason yet
    assert dialog.isVisible() and dialog.error.isVisible()
    type_text(dialog.reason, "行程不完整")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back = services.requests.get(record.id)
    assert back.status is Status.DRAFT and back.steps[-1].reason == "行程不完整"


def test_manager_prints_the_request_sheet_to_a_file(
        qtbot, main_window: MainWindow, services: Services, people: People,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    record = submitted(services, people.receptionist, full_form(organisation="华润置地考察团"))
    panel = panel_of(qtbot, main_window)
    panel.select_request(record.id)
    present(people.manager)
    target = tmp_path / "申请单.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF (*.pdf)"))

    panel.print_actions[Sheet.REQUEST].trigger()   # Print ▾ → Request sheet…
    preview = panel.request_actions.last_preview
    assert preview is not None and preview.isVisible() and preview.page_count() >= 1
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    assert target.exists()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "华润置地考察团" in text and record.number in text


def test_batch_print_builds_one_job_off_the_qt_thread(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    first = submitted(services, people.receptionist, full_form(organisation="甲公司"))
    second = submitted(services, people.receptionist, full_form(organisation="乙公司"))
    panel = panel_of(qtbot, main_window)
    panel.select_ids([first.id, second.id])
    present(people.manager)
    click(qtbot, panel, "batchPrint")
    job = panel.request_actions.last_job
    assert job is not None
    qtbot.waitUntil(lambda: panel.request_actions.last_preview is not None)
    preview = panel.request_actions.last_preview
    assert preview is not None and preview.page_count() >= 2


def test_itinerary_reminder_and_flags(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    form = full_form(organisation="明日来访", level=Level.C, days=1)
    record = submitted(services, people.receptionist, form)
    panel = panel_of(qtbot, main_window)
    assert panel.reminder.isVisible() and "明日来访" in panel.reminder.text()
    row = panel.model.row_of(record.id)
    assert panel.model.index(row, Col.FLAGS).data()   # the attention column says why
    panel.select_request(record.id)
    present(people.receptionist)
    click(qtbot, panel, "itinerarySent")
    qtbot.waitUntil(lambda: not panel.reminder.isVisible())
    assert services.requests.get(record.id).itinerary_sent_at is not None


def test_filters_mine_and_waiting_for_my_approval(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    mine = submitted(services, people.receptionist, full_form(organisation="我的申请"))
    draft = services.requests.save_draft(people.manager, full_form(organisation="经理草稿"))
    panel = panel_of(qtbot, main_window)
    assert panel.model.rowCount() == 2
    # Nobody signed in: the filter asks who is there.
    answer_pin(qtbot, "李部长", people.pins["李部长"])
    qtbot.mouseClick(panel.filter_buttons[Filter.AWAITING], Qt.MouseButton.LeftButton)
    assert [r.id for r in panel.model.records()] == [mine.id]
    present(people.manager)
    qtbot.mouseClick(panel.filter_buttons[Filter.MINE], Qt.MouseButton.LeftButton)
    assert [r.id for r in panel.model.records()] == [draft.id]
    qtbot.mouseClick(panel.filter_buttons[Filter.OPEN], Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 2


def test_host_files_the_feedback_after_the_visit(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    record = submitted(services, people.receptionist, full_form(level=Level.B, days=3))
    services.requests.approve(people.department_head, record.id)
    panel = panel_of(qtbot, main_window)
    panel.select_request(record.id)
    present(people.receptionist)
    click(qtbot, panel, "visited")
    assert services.requests.get(record.id).status is Status.VISITED
    click(qtbot, panel, "feedback")
    dialog = shown(qtbot, FeedbackDialog)
    assert isinstance(dialog, FeedbackDialog)
    type_text(dialog.notes["summary"], "参观顺利，客户对样板房满意")
    type_text(dialog.lines["follow_up_by"], "刘经理")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    filed = services.requests.get(record.id)
    assert filed.status is Status.FEEDBACK_FILED
    assert filed.feedback.summary == "参观顺利，客户对样板房满意"
    click(qtbot, panel, "closeRequest")
    assert services.requests.get(record.id).status is Status.CLOSED


def test_approve_shows_only_for_people_who_may(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    from reception_desk.ui.accounts.session import SignInSession

    record = submitted(services, people.receptionist)
    panel = panel_of(qtbot, main_window)
    panel.select_request(record.id)
    session = SignInSession.instance()
    session.sign_in(people.receptionist)
    assert not panel.buttons["approve"].isVisible()
    assert not panel.buttons["reject"].isVisible()
    session.sign_in(people.general_manager)   # GM: the department head's box comes first
    assert panel.buttons["approve"].isVisible()
    assert not panel.buttons["approve"].isEnabled()
    session.sign_in(people.department_head)
    assert panel.buttons["approve"].isVisible() and panel.buttons["approve"].isEnabled()
    session.sign_out()   # the shared desk: shown, and it asks for a PIN
    assert panel.buttons["approve"].isEnabled()

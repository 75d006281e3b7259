"""The request form driven by keys and clicks: fill and submit, messages beside the fields,
autosave of the draft, and the question when closing with unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from reception_desk.domain.reception_request import Status
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.requests.form_dialog import AUTOSAVE_MS, RequestFormDialog
from tests.ui.requests.conftest import People, present, shown
from tests.ui.typing import type_text


def visible_errors(dialog: RequestFormDialog) -> list[str]:
    """The messages shown beside the fields (for a readable failure)."""
    fields = dialog.fields
    errors = [*fields.errors.values(), fields.guests.error, fields.itinerary.error]
    return [e.text() for e in errors if e.isVisible()] + [dialog.saved_hint.text()]


def pause(qtbot, dialog: RequestFormDialog) -> None:
    """The typist stops: the pending debounce runs out now instead of in two seconds."""
    timer = dialog.autosave
    assert timer.isActive() and timer.interval() == AUTOSAVE_MS
    with qtbot.waitSignal(dialog.saved):
        timer.start(0)
    timer.setInterval(AUTOSAVE_MS)


def open_new_form(qtbot, window: MainWindow) -> RequestFormDialog:
    """Ctrl+Shift+N on the desk: the new request form opens."""
    window.show_requests()
    forms = window.requests.request_actions.forms
    before = len(forms)
    qtbot.keyClick(window.requests.view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(forms) > before and forms[-1].isVisible())
    return forms[-1]


def test_receptionist_fills_in_the_form_and_submits(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    present(people.receptionist)
    dialog = open_new_form(qtbot, main_window)
    fields = dialog.fields
    type_text(fields.edits["host"], "小王")
    type_text(fields.edits["department"], "营销部")
    type_text(fields.edits["organisation"], "万科考察团")
    qtbot.mouseClick(fields.level_buttons[fields.level().C], Qt.MouseButton.LeftButton)
    assert "C" in fields.level_definition.text()
    qtbot.mouseClick(fields.arrival_at, Qt.MouseButton.LeftButton)    # tomorrow 09:30
    qtbot.mouseClick(fields.departure_at, Qt.MouseButton.LeftButton)  # three hours later
    qtbot.mouseClick(fields.guests.add_button, Qt.MouseButton.LeftButton)
    type_text(fields.guests.cell(0, 0), "王建国")
    type_text(fields.guests.cell(0, 1), "总经理")
    qtbot.mouseClick(fields.guests.add_button, Qt.MouseButton.LeftButton)
    type_text(fields.guests.cell(1, 0), "李红")
    fields.headcount.setFocus()
    fields.headcount.selectAll()
    qtbot.keyClicks(fields.headcount, "2")
    type_text(fields.notes["purpose"], "参观样板房")
    qtbot.mouseClick(fields.preparation_boxes[next(iter(fields.preparation_boxes))],
                     Qt.MouseButton.LeftButton)

    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible(), visible_errors(dialog)
    [record] = services.requests.list_requests()
    assert record.status is Status.SUBMITTED
    assert record.form.organisation == "万科考察团"
    assert [g.name for g in record.form.guests] == ["王建国", "李红"]
    assert record.form.headcount == 2
    panel = main_window.requests
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert "万科考察团" in panel.model.index(0, 2).data()


def test_missing_field_is_named_beside_it_and_the_form_keeps_what_was_typed(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    present(people.receptionist)
    dialog = open_new_form(qtbot, main_window)
    fields = dialog.fields
    type_text(fields.edits["organisation"], "万科考察团")
    type_text(fields.notes["purpose"], "参观")
    qtbot.mouseClick(fields.guests.add_button, Qt.MouseButton.LeftButton)
    type_text(fields.guests.cell(0, 0), "王建国")
    type_text(fields.guests.cell(0, 2), "12345")

    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    host_error = fields.errors["host"]
    assert host_error.isVisible() and "接待负责人" in host_error.text()
    assert fields.edits["host"].property("invalid") is True
    assert fields.errors["arrival_at"].isVisible()
    # The guest's phone: the message beside the table, the cell marked.
    assert fields.guests.error.isVisible() and "12345" in fields.guests.error.text()
    assert fields.guests.cell(0, 2).property("invalid") is True
    assert fields.guests.cell(0, 0).property("invalid") is not True
    # Everything typed is still there, and the draft kept it too.
    assert fields.edits["organisation"].text() == "万科考察团"
    assert fields.notes["purpose"].toPlainText() == "参观"
    title = fields.guests.cell(0, 2)
    assert isinstance(title, QLineEdit) and title.text() == "12345"
    [record] = services.requests.list_requests()
    assert record.status is Status.DRAFT and record.form.organisation == "万科考察团"


def test_short_notice_asks_for_a_reason(
        qtbot, main_window: MainWindow, people: People) -> None:
    present(people.receptionist)
    dialog = open_new_form(qtbot, main_window)
    fields = dialog.fields
    assert not fields.notes["short_notice_reason"].isVisible()
    qtbot.mouseClick(fields.level_buttons[fields.level().A], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(fields.arrival_at, Qt.MouseButton.LeftButton)  # tomorrow: A needs 3 days
    assert fields.notes["short_notice_reason"].isVisible()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert fields.errors["short_notice_reason"].isVisible()


def test_draft_saves_itself_after_a_pause_in_typing(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    present(people.receptionist)
    dialog = open_new_form(qtbot, main_window)
    assert not dialog.autosave.isActive()
    type_text(dialog.fields.edits["organisation"], "保利")
    assert dialog.autosave.isActive() and dialog.dirty
    assert services.requests.list_requests() == []   # nothing yet: still typing

    pause(qtbot, dialog)

    [record] = services.requests.list_requests()
    assert record.status is Status.DRAFT and record.form.organisation == "保利"
    assert not dialog.dirty
    assert "10:00" in dialog.saved_hint.text()
    type_text(dialog.fields.edits["organisation"], "地产")
    pause(qtbot, dialog)
    assert services.requests.get(record.id).form.organisation == "保利地产"
    assert len(services.requests.list_requests()) == 1
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())   # saved: closes without asking


def test_closing_with_unsaved_changes_asks(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    present(people.receptionist)
    dialog = open_new_form(qtbot, main_window)
    type_text(dialog.fields.edits["organisation"], "招商蛇口")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = shown(qtbot, QMessageBox, "unsavedChanges")
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()
    assert dialog.fields.edits["organisation"].text() == "招商蛇口"

    dialog.close()
    box = shown(qtbot, QMessageBox, "unsavedChanges")
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [record] = services.requests.list_requests()
    assert record.form.organisation == "招商蛇口"


def test_discarding_unsaved_changes_saves_nothing(
        qtbot, main_window: MainWindow, services: Services, people: People) -> None:
    present(people.receptionist)
    dialog = open_new_form(qtbot, main_window)
    type_text(dialog.fields.edits["organisation"], "碧桂园")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = shown(qtbot, QMessageBox, "unsavedChanges")
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.requests.list_requests() == []

"""Printed request sheets follow the masking rule and leave an audit entry.

A manager's sheet shows the guests' phones in full, a receptionist's masked;
printing or saving the sheet writes who, what and how many guests' rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from reception_desk.domain.roles import Actor
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.requests.actions import Sheet
from tests.conftest import TEST_ACTOR
from tests.ui.requests.conftest import People, full_form, present, submitted


def _save_sheet(qtbot, window: MainWindow, services: Services, actor: Actor,
                monkeypatch: pytest.MonkeyPatch, target: Path, record_id: int) -> str:
    window.show_requests()
    panel = window.requests
    panel.select_request(record_id)
    present(actor)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF (*.pdf)"))
    panel.print_actions[Sheet.REQUEST].trigger()
    actions = panel.request_actions
    preview = actions.last_preview
    assert preview is not None
    with qtbot.waitSignal(preview.saved):
        preview.save_as()
    return "".join(page.extract_text() for page in PdfReader(target).pages)


@pytest.mark.parametrize("who, full", [("manager", True), ("receptionist", False)])
def test_guest_phones_by_role_and_the_print_is_audited(
        qtbot, main_window: MainWindow, services: Services, people: People,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, who: str, full: bool) -> None:
    record = submitted(services, people.receptionist, full_form())
    actor: Actor = getattr(people, who)
    text = _save_sheet(qtbot, main_window, services, actor, monkeypatch,
                       tmp_path / "sheet.pdf", record.id)
    assert ("13812345678" in text) is full
    assert ("138****5678" in text) is not full
    assert "王建国" in text  # the name plates need the guests' names
    (entry,) = services.audit.entries(TEST_ACTOR, action="print")
    assert entry.actor == actor.name and entry.target == f"request {record.number}"
    assert entry.detail.startswith(f"2 rows, {'full' if full else 'masked'}; saved as ")
    assert services.audit.verify().ok

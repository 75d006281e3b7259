"""Saving the rotation log as a PDF (it names the customers) leaves an audit entry."""

from __future__ import annotations

from pathlib import Path

from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from tests.conftest import TEST_ACTOR
from tests.ui.rotation.test_log_and_stats import TODAY, day, open_log  # noqa: F401 (fixture)


def test_the_printed_log_is_audited(qtbot, main_window: MainWindow, services: Services,
                                    day: dict[str, int], tmp_path: Path) -> None:  # noqa: F811
    dialog = open_log(qtbot, main_window, services)
    pdf = tmp_path / "log.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=15000):
        assert dialog.print_to(str(pdf))
    (entry,) = services.audit.entries(TEST_ACTOR, action="print")
    rows = len(services.rotation.log(TODAY, TODAY))
    assert entry.target == "rotation-log" and entry.actor  # the PC, or who is signed in
    assert entry.detail == f"{rows} rows, masked; saved as {pdf}"
    dialog.close()

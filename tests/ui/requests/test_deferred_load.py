"""The tabs behind the water bar (requests, hotline) read their rows after the main
window's first paint, or at once when shown before it (issue 14)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reception_desk.app import DeskApp
from reception_desk.services.context import Services
from tests.ui.requests.conftest import People, submitted


@pytest.fixture
def unshown_desk(zh_app: QApplication, services: Services,
                 qtbot) -> Iterator[Callable[[], DeskApp]]:
    """Builds the desk, not shown yet (nothing painted); closed after the test."""
    built: list[DeskApp] = []

    def build() -> DeskApp:
        desk = DeskApp(zh_app, services, "main", interactive=False)
        assert desk.main is not None
        desk.main.remember_layout = False
        qtbot.addWidget(desk.main)
        built.append(desk)
        return desk

    yield build
    for desk in built:
        desk.close()


def test_the_hidden_tabs_load_after_the_first_paint_and_work(
        unshown_desk: Callable[[], DeskApp], services: Services, people: People,
        qtbot) -> None:
    record = submitted(services, people.receptionist)
    desk = unshown_desk()
    main = desk.main
    assert main is not None
    assert not main.requests.loaded and not main.hotline.loaded
    assert main.requests.model.rowCount() == 0
    assert not main.requests.act_open.isEnabled()  # no row to open yet
    assert main.after_first_paint.pending() == 2

    desk.show()
    qtbot.waitUntil(lambda: main.requests.loaded and main.hotline.loaded)
    assert main.after_first_paint.pending() == 0
    assert [r.id for r in main.requests.model.records()] == [record.id]
    assert main.requests.act_open.isEnabled()  # the first row is selected

    # Its key brings the tab to the front, rows and all.
    main.act_show_requests.trigger()
    qtbot.waitUntil(main.requests.view.isVisible)
    assert main.requests.selected_ids() == [record.id]


def test_a_tab_in_front_at_start_loads_before_the_first_paint(
        unshown_desk: Callable[[], DeskApp], services: Services, people: People,
        qtbot) -> None:
    record = submitted(services, people.receptionist)
    desk = unshown_desk()
    main = desk.main
    assert main is not None
    main.docks["dock_requests"].raise_()  # as a saved layout with that tab in front
    desk.show()  # no event handled yet: nothing has been painted
    assert main.requests.loaded
    assert [r.id for r in main.requests.model.records()] == [record.id]
    assert not main.hotline.loaded  # still behind, until the paint
    assert main.after_first_paint.pending() == 1
    qtbot.waitUntil(lambda: main.hotline.loaded)

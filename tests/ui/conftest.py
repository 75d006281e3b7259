"""GUI fixtures: the real app (fonts, style, translations) around a test database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reception_desk.app import DeskApp, make_qapp
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["reception-desk-tests"]


@pytest.fixture
def zh_app(qapp: QApplication) -> QApplication:
    """The application set up as a start-up does, in Chinese."""
    make_qapp("zh_CN")
    return qapp


@pytest.fixture
def desk(zh_app: QApplication, services: Services, qtbot) -> Iterator[DeskApp]:  # type: ignore[no-untyped-def]
    app = DeskApp(zh_app, services, "main", interactive=False)
    assert app.main is not None
    qtbot.addWidget(app.main)
    app.show()
    qtbot.waitExposed(app.main)
    app.main.activateWindow()
    yield app
    app.close()


@pytest.fixture
def main_window(desk: DeskApp) -> MainWindow:
    assert desk.main is not None
    return desk.main

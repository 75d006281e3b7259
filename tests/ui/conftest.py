"""GUI fixtures: the real app (fonts, style, translations) around a test database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reception_desk.app import DeskApp, make_qapp
from reception_desk.domain.roles import Actor
from reception_desk.services.context import Services
from reception_desk.ui.accounts.session import SignInSession
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
def desk(zh_app: QApplication, services: Services, qtbot) -> Iterator[DeskApp]:
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


@pytest.fixture(autouse=True)
def signed_out(qapp: QApplication) -> Iterator[None]:
    """Every GUI test starts and ends with nobody signed in at this "PC", and with no
    sign-out hook left by an earlier test's window (it would write to that test's DB)."""
    session = SignInSession.instance()
    session.on_sign_out = None
    session.sign_out()
    yield
    session.sign_out()
    session.on_sign_out = None


@pytest.fixture
def signed_in_admin(qapp: QApplication) -> Iterator[Actor]:
    """Someone holding every permission is signed in, so gated dialogs ask no PIN
    (for tests of roster, menu, stock, settings and overrides themselves)."""
    actor = Actor.system("pytest")
    SignInSession.instance().sign_in(actor)
    yield actor
    SignInSession.instance().sign_out()

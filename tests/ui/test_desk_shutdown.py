"""A closed desk stays closed (issue 12). The PC's sign-in session belongs to the
application and outlives the desk's windows: after the desk closed, a sign-in or
sign-out reads and writes nothing of its disposed database. (The closed window's
requests dock used to reload on the next sign-in; on PostgreSQL that opened a
connection nobody closed, and a later test failed on its ResourceWarning.)"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from reception_desk.app import DeskApp
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.ui.accounts.session import SignInSession
from tests.conftest import manager_actor


def test_a_closed_desk_reads_nothing_on_a_later_sign_in_or_sign_out(
        zh_app: QApplication, any_db_url: str, qtbot) -> None:
    db, _ = open_database(any_db_url)
    desk = DeskApp(zh_app, Services.open(db), "main", interactive=False)
    assert desk.main is not None
    qtbot.addWidget(desk.main)
    desk.show()
    qtbot.waitExposed(desk.main)
    reads: list[object] = []
    event.listen(db.engine, "engine_connect", reads.append)
    session = SignInSession.instance()
    session.sign_in(manager_actor())
    session.sign_out()
    assert reads, "an open desk follows the sign-in session (menu, requests dock)"
    desk.close()
    reads.clear()
    session.sign_in(manager_actor())
    session.sign_out()
    assert reads == [], "the closed desk read its database"
    assert session.on_sign_out is None, "the closed desk's sign-out hook is gone"
    gc.collect()  # on PostgreSQL an unclosed connection would warn here, in this test

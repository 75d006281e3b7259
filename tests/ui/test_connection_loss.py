"""PostgreSQL connection loss at a running desk (issue 11): a banner, retries, and on
reconnect everything reloads; an action that fails meanwhile is refused in words."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from reception_desk.app import DeskApp
from reception_desk.domain.events import EVERYTHING, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.storage import CONNECTION_LOST
from reception_desk.services.context import Services
from reception_desk.services.storage import storage_failure
from reception_desk.startup import open_database
from reception_desk.ui.errors import ErrorReporter
from reception_desk.ui.status_bar import DeskStatusBar


@pytest.fixture
def pg_desk(zh_app: QApplication, pg_url: str, qtbot) -> Iterator[DeskApp]:
    db, _ = open_database(pg_url)
    app = DeskApp(zh_app, Services.open(db), "main", interactive=False)
    assert app.main is not None
    qtbot.addWidget(app.main)
    app.show()
    qtbot.waitExposed(app.main)
    yield app
    app.close()
    gc.collect()  # an unclosed LISTEN connection would warn here, in this test


def test_a_lost_listen_connection_shows_a_banner_then_reloads_everything(
        qtbot, pg_desk: DeskApp) -> None:
    bridge, main = pg_desk.bridge, pg_desk.main
    assert main is not None and bridge._feed is not None and bridge._feed.pushes
    listening = bridge._feed._feed._pg_conn  # the store's LISTEN connection
    assert listening is not None
    pid = listening.info.backend_pid
    del listening  # the feed closes it on reconnecting; no reference may outlive that
    status = main.statusBar()
    assert isinstance(status, DeskStatusBar)
    banner = status.offline
    assert not banner.isVisible()
    seen: list[Event] = []
    bridge.changed.connect(seen.append)
    with qtbot.waitSignal(bridge.connection, timeout=10000) as lost, psycopg.connect(
            "host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert lost.args == [False]
    assert banner.isVisible()
    qtbot.waitUntil(lambda: bridge.connected, timeout=15000)
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert any(e.topic == EVERYTHING for e in seen), "everything reloads after reconnecting"
    # The desk works on: the next registration lands and reaches the board.
    pg_desk.services.arrivals.register(PartyDraft("王", Honorific.MR, 2, VisitKind.WALK_IN,
                                                  "网络"))
    qtbot.waitUntil(lambda: main.board.active_model.rowCount() == 1)


def test_an_action_while_the_server_is_unreachable_is_refused_in_words(
        zh_app: QApplication) -> None:
    error = OperationalError("INSERT ...", {}, psycopg.OperationalError(
        "connection failed: Connection refused"))
    assert storage_failure(error) == CONNECTION_LOST
    reporter = ErrorReporter(interactive=False)
    reporter.handle(OperationalError, error, None)
    assert "无法连接数据库服务器" in reporter.last_message
    assert "没有保存" in reporter.last_message

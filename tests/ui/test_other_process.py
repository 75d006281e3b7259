"""A second process on the same database (the bar PC): its commits reach this window."""

from __future__ import annotations

from reception_desk.app import DeskApp
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.ui.arrival_board.model import Col
from tests.conftest import FakeClock


def test_arrival_registered_elsewhere_appears_and_is_announced(
        qtbot, desk: DeskApp, db_url: str, clock: FakeClock) -> None:
    assert desk.main is not None
    other_db, _ = open_database(db_url)
    other = Services.open(other_db, clock=clock)
    try:
        other.arrivals.register(PartyDraft("韩", Honorific.MS, 4, VisitKind.WALK_IN, "路过"))
        board = desk.main.board
        qtbot.waitUntil(lambda: board.active_model.rowCount() == 1, timeout=5000)
        assert board.active_model.index(0, Col.NAME).data() == "韩女士"
        main = desk.main
        qtbot.waitUntil(lambda: bool(main.announcer.arrival_notices(main)), timeout=5000)
        assert "韩女士" in main.announcer.arrival_notices(main)[-1].label.text()
    finally:
        other_db.dispose()


def test_own_changes_are_not_replayed_from_the_feed(qtbot, desk: DeskApp) -> None:
    assert desk.main is not None
    seen: list[str] = []
    desk.bridge.changed.connect(lambda event: seen.append(event.origin))
    desk.services.arrivals.register(PartyDraft("曹", Honorific.MR, 1, VisitKind.WALK_IN, "路过"))
    for _ in range(2):  # two feed polls: the poll runs before the blocker's slot
        with qtbot.waitSignal(desk.bridge._timer.timeout, timeout=5000):
            pass
    assert seen == ["local"]


def test_postgresql_notify_reaches_the_board(qtbot, zh_app, pg_url: str,
                                             clock: FakeClock) -> None:
    here_db, _ = open_database(pg_url)
    there_db, _ = open_database(pg_url)
    desk = DeskApp(zh_app, Services.open(here_db, clock=clock), "main", interactive=False)
    assert desk.main is not None
    qtbot.addWidget(desk.main)
    try:
        there = Services.open(there_db, clock=clock)
        there.arrivals.register(PartyDraft("欧阳", Honorific.MR, 2, VisitKind.WALK_IN, "网络"))
        board = desk.main.board
        qtbot.waitUntil(lambda: board.active_model.rowCount() == 1, timeout=5000)
        assert board.active_model.index(0, Col.NAME).data() == "欧阳先生"
    finally:
        desk.close()
        there_db.dispose()


def test_a_commit_elsewhere_reaches_the_board_without_the_poll_tick(
        qtbot, zh_app, any_db_url: str, clock: FakeClock) -> None:
    """SQLite: the other process's commit touches the log and the watcher polls at
    once; PostgreSQL: its NOTIFY. The tick (the safety net) is stopped here."""
    here_db, _ = open_database(any_db_url)
    there_db, _ = open_database(any_db_url)
    desk = DeskApp(zh_app, Services.open(here_db, clock=clock), "main", interactive=False)
    assert desk.main is not None
    qtbot.addWidget(desk.main)
    try:
        desk.bridge._timer.stop()
        assert (desk.bridge._watcher is not None) == here_db.is_sqlite
        there = Services.open(there_db, clock=clock)
        for surname in ("欧阳", "司马"):
            there.arrivals.register(PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN,
                                               "网络"))
        board = desk.main.board
        qtbot.waitUntil(lambda: board.active_model.rowCount() == 2, timeout=10000)
        assert not desk.bridge._timer.isActive()
    finally:
        desk.close()
        there_db.dispose()
    assert desk.bridge._watcher is None  # gone with its inotify handle, not left for later


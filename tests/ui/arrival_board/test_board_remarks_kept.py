"""The board keeps each party's remarks and asks the database only for parties it does
not know yet: those an event named since (a remark is a PARTIES event naming the party),
all of them after an event that names none. A remark noted here shows at once, one
noted on another PC once the change feed brings its event (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from reception_desk.app import DeskApp
from reception_desk.domain.events import EVERYTHING, Event
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.ui.arrival_board.panel import ArrivalBoardPanel
from tests.conftest import FakeClock


def draft(surname: str) -> PartyDraft:
    return PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络")


@pytest.fixture
def two_pcs(zh_app: QApplication, any_db_url: str, clock: FakeClock,
            qtbot) -> Iterator[tuple[DeskApp, Services, Services]]:
    """This PC's window and services, and another PC's services on the same database."""
    here_db, _ = open_database(any_db_url)
    there_db, _ = open_database(any_db_url)
    here = Services.open(here_db, clock=clock)
    desk = DeskApp(zh_app, here, "main", interactive=False)
    assert desk.main is not None
    qtbot.addWidget(desk.main)
    try:
        yield desk, here, Services.open(there_db, clock=clock)
    finally:
        desk.close()
        there_db.dispose()
        here_db.dispose()


def asked(board: ArrivalBoardPanel, monkeypatch: pytest.MonkeyPatch) -> list[set[int]]:
    """The party ids of each remark query the board makes from now on."""
    queries: list[set[int]] = []
    real = board.services.bar.parties_with_remarks

    def counted(party_ids: list[int]) -> dict[int, list[str]]:
        queries.append(set(party_ids))
        return real(party_ids)

    monkeypatch.setattr(board.services.bar, "parties_with_remarks", counted)
    return queries


def test_remarks_are_read_only_for_parties_an_event_named(
        qtbot, two_pcs: tuple[DeskApp, Services, Services],
        monkeypatch: pytest.MonkeyPatch) -> None:
    desk, here, there = two_pcs
    assert desk.main is not None
    board = desk.main.board
    first, second, third = (here.arrivals.register(draft(name)) for name in "王李张")
    here.bar.add_remark(second.id, "茶太烫")
    board.reload()
    queries = asked(board, monkeypatch)

    here.arrivals.register(draft("赵"))  # new: no remarks yet, nothing to ask
    here.arrivals.move(first.id, Stage.PARKED)
    assert queries == [{first.id}]
    assert board.active_model.remarks_of(second.id) == ["茶太烫"]

    # A remark noted here shows at once.
    here.bar.add_remark(third.id, "想看样板间")
    assert board.active_model.remarks_of(third.id) == ["想看样板间"]

    # One noted on another PC shows once the change feed brings its event.
    there.bar.add_remark(first.id, "嫌贵")
    qtbot.waitUntil(lambda: board.active_model.remarks_of(first.id) == ["嫌贵"],
                    timeout=5000)
    assert board.active_model.remarks_of(second.id) == ["茶太烫"]
    assert board.active_model.remarks_of(third.id) == ["想看样板间"]

    # An event that names nothing we can follow: every party is asked again.
    queries.clear()
    here.bus.publish(Event(EVERYTHING))
    assert queries == [{r.id for r in board.active_model.records()}]

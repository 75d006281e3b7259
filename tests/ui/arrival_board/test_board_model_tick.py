"""The board's clock tick repaints the rows of parties still in the building, not those
of departed ones, whose times have stopped (a search lists mostly those)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.model import Col, PartyTableModel
from tests.conftest import FakeClock


def test_the_tick_repaints_only_the_rows_whose_times_run(
        qapp: QApplication, services: Services, clock: FakeClock) -> None:
    ids = [services.arrivals.register(
        PartyDraft(name, Honorific.MR, 1, VisitKind.WALK_IN, "网络")).id for name in "吴李张王"]
    for departed in (ids[1], ids[2]):
        services.arrivals.move(departed, Stage.DEPARTED)
    model = PartyTableModel(clock, lambda: ZoneInfo("Asia/Shanghai"), lambda: 2)
    model.set_records([services.arrivals.get(i) for i in ids])
    repainted: set[int] = set()

    def note(first: QModelIndex, last: QModelIndex, _roles: object = None) -> None:
        repainted.update(range(first.row(), last.row() + 1))

    model.dataChanged.connect(note)
    before = model.data(model.index(3, Col.IN_BUILDING))
    clock.advance(minutes=3)
    model.tick()
    assert repainted == {0, 3}  # 吴 and 王 are still in the building
    assert model.data(model.index(3, Col.IN_BUILDING)) != before  # and their time runs

    repainted.clear()
    model.set_records([services.arrivals.get(i) for i in ids[1:3]])  # departed only
    model.tick()
    assert not repainted

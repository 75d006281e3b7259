"""The board's rows turn red when a party waits past the alert time, on the next tick,
and back when a consultant receives it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.model import WAIT_BG, WAIT_FG, Col, PartyTableModel
from tests.conftest import FakeClock


def _colours(model: PartyTableModel) -> tuple[object, object, bool]:
    name = model.index(0, Col.NAME)
    status = model.index(0, Col.STATUS)
    background = model.data(name, Qt.ItemDataRole.BackgroundRole)
    foreground = model.data(status, Qt.ItemDataRole.ForegroundRole)
    bold = model.data(status, Qt.ItemDataRole.FontRole).bold()
    return (background.color() if background is not None else None,
            foreground.color() if foreground is not None else None, bold)


def test_a_row_turns_red_on_the_tick_after_the_alert_and_back_when_received(
        qapp: QApplication, services: Services, clock: FakeClock) -> None:
    party = services.arrivals.register(
        PartyDraft("吴", Honorific.MR, 1, VisitKind.WALK_IN, "网络"))
    model = PartyTableModel(clock, lambda: ZoneInfo("Asia/Shanghai"), lambda: 2)
    model.set_records([services.arrivals.get(party.id)])
    assert _colours(model) == (None, None, False)

    clock.advance(minutes=3)
    model.tick()
    assert _colours(model) == (WAIT_BG, WAIT_FG, True)
    assert "⚠" in model.data(model.index(0, Col.STATUS), Qt.ItemDataRole.DisplayRole)
    assert model.data(model.index(0, Col.NAME), Qt.ItemDataRole.DecorationRole) is None

    services.arrivals.move(party.id, Stage.RECEIVED)  # a consultant receives the party
    model.set_records([services.arrivals.get(party.id)])
    assert _colours(model)[:2] == (None, None)

"""A row of the board is worked out once per change, when it is first painted: a search
lists a hundred parties, and its visible rows are built in the repaint. Building one
reads the clock and the site's time zone once (they were read for every cell), and
shows the same texts as each column says on its own."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.model import Col, PartyTableModel
from reception_desk.ui.text import kind_label, stage_label
from tests.conftest import FakeClock


def test_a_row_reads_the_clock_and_the_zone_once_and_shows_every_column(
        zh_app: QApplication, services: Services, clock: FakeClock) -> None:
    arrivals = services.arrivals
    inside = arrivals.register(PartyDraft("吴", Honorific.MR, 2, VisitKind.WALK_IN, "网络",
                                          description="穿灰色外套", note="带小孩"))
    earlier = arrivals.register(PartyDraft("李", Honorific.MS, 1, VisitKind.WALK_IN, "网络"),
                                at=clock.now - timedelta(days=1))
    gone = arrivals.register(PartyDraft("王", Honorific.MR, 3, VisitKind.WALK_IN, "网络"))
    place = arrivals.free_places()[0]
    arrivals.move(gone.id, Stage.SEATED, place)
    clock.advance(minutes=5)
    arrivals.move(gone.id, Stage.DEPARTED)
    clock.advance(minutes=1)
    records = [arrivals.get(p.id) for p in (inside, earlier, gone)]

    reads = {"clock": 0, "zone": 0}

    def now() -> datetime:
        reads["clock"] += 1
        return clock()

    def zone() -> ZoneInfo:
        reads["zone"] += 1
        return ZoneInfo("Asia/Shanghai")

    model = PartyTableModel(now, zone, lambda: 30)
    model.set_view(clock.now.astimezone(ZoneInfo("Asia/Shanghai")).date(), False)
    model.set_numbers({inside.id: 2, earlier.id: 1, gone.id: 3})
    model.set_records(records)
    reads.update(clock=0, zone=0)
    shown = [[model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole) for col in Col]
             for row in range(3)]
    # One read of each a row (and one of the clock for "waiting too long"), not one a cell.
    assert reads["clock"] <= 2 * 3
    assert reads["zone"] <= 3
    gate, left = stage_label(Stage.ARRIVED), stage_label(Stage.DEPARTED)
    source = f"{kind_label(VisitKind.WALK_IN)} · 网络"
    assert shown == [
        ["2", "10:00", "吴先生", "2位", gate, "6:00", "6:00", "等待顾问接待", "", "",
         source, "穿灰色外套 · 带小孩"],
        ["1", "11-27 10:00", "李女士", "1位", gate, "24:06:00", "24:06:00",
         "⚠ 等待 24:06:00 未接待  非今日到访", "", "", source, ""],
        ["3", "10:00", "王先生", "3位", left, "", "5:00", "", place, "", source, ""],
    ]

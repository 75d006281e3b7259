"""Arrival notices reuse their closed cards (ui/notice.py): an arrival every few minutes
all day builds no new widget after the first few, and a reused card behaves as a new
one (its own text, its timer, Esc)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.notice import MAX_CARDS, ArrivalNotice, notice_area
from tests.conftest import TEST_ACTOR


def test_a_day_of_arrivals_builds_only_a_few_cards(
        qtbot, main_window: MainWindow, services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    announcer = main_window.announcer
    area = notice_area(main_window)
    built: list[ArrivalNotice] = []
    build = ArrivalNotice.__init__

    def counted(self: ArrivalNotice, *args: Any, **kwargs: Any) -> None:
        built.append(self)
        build(self, *args, **kwargs)

    monkeypatch.setattr(ArrivalNotice, "__init__", counted)
    names = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨"
    for name in names:
        record = services.arrivals.register(
            PartyDraft(name, Honorific.MS, 2, VisitKind.WALK_IN, "网络"))
        qtbot.waitUntil(lambda r=record: any(
            r.name in c.label.text() for c in announcer.arrival_notices(main_window)))
    shown = announcer.arrival_notices(main_window)
    assert len(shown) == MAX_CARDS
    assert [next(n for n in names if f"{n}女士" in c.label.text()) for c in shown] == list(
        names[-MAX_CARDS:])  # the newest, oldest first, each with its own text
    assert all(c.isVisible() for c in shown)
    # Sixteen arrivals in each window, not sixteen widgets: the four shown and one more.
    assert len(built) <= (MAX_CARDS + 1) * len(announcer.areas)
    hidden = [c for c in area.findChildren(ArrivalNotice) if c not in shown]
    assert hidden and all(not c.isVisible() and c.is_closed() for c in hidden)


def test_a_reused_card_closes_by_its_timer_and_by_esc(
        qtbot, main_window: MainWindow, services: Services) -> None:
    services.settings.save(replace(services.settings.current(), arrival_notice_seconds=5),
                           TEST_ACTOR)
    announcer = main_window.announcer
    first = services.arrivals.register(PartyDraft("郑", Honorific.MR, 3, VisitKind.WALK_IN,
                                                  "网络"))
    qtbot.waitUntil(lambda: bool(announcer.arrival_notices(main_window)))
    [card] = announcer.arrival_notices(main_window)
    assert first.name in card.label.text()
    with qtbot.waitSignal(card.dismissed):
        card._timer.timeout.emit()  # as 5 s later
    assert announcer.arrival_notices(main_window) == []

    second = services.arrivals.register(PartyDraft("韩", Honorific.MS, 1,
                                                   VisitKind.APPOINTMENT, "网络"))
    qtbot.waitUntil(lambda: bool(announcer.arrival_notices(main_window)))
    [again] = announcer.arrival_notices(main_window)
    assert again is card  # the same widget, shown again
    assert second.name in again.label.text() and first.name not in again.label.text()
    assert again.isVisible() and again._timer.isActive()
    assert again._timer.interval() == 5000

    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    QTest.keyClick(main_window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: announcer.arrival_notices(main_window) == [])
    assert not again.isVisible()

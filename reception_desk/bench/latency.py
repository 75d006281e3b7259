"""Per-action latency: from the key press to the repaint of every open window.

The real main and bar windows run in this process, offscreen, on a copy of the
history database. Each round a receptionist registers a party (F2 … Enter), moves
it on a stage (Space), gives it to the up consultant (F5), orders a drink for it
(D, 1, Enter) and the bar serves the oldest order (Space on the bar window). Only
the key that commits is timed. The baseline is the bare commit of the same action
through the services, in a second connection nobody listens to.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .harness import Repaints, open_desk

if TYPE_CHECKING:
    from ..services.context import Services
from .stats import ratio, summary

ACTIONS = ("register", "next_stage", "assign", "order", "serve")


def type_chinese(widget: QWidget, text: str) -> None:
    """An input-method commit, as a pinyin IME sends it."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def visible(kind: type) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def shown(widget: QWidget) -> bool:
    """Visible and not yet deleted (the dialogs delete themselves on close)."""
    return shiboken6.isValid(widget) and widget.isVisible()


def close_messages() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()


class Rounds:
    """One receptionist's rounds on the real windows."""

    def __init__(self, desk, repaints: Repaints) -> None:  # type: ignore[no-untyped-def]
        self.desk = desk
        self.repaints = repaints
        self.main = desk.main
        self.board = desk.main.board
        self.bar = desk.main.bar_window
        self.services = desk.services
        self.times: dict[str, list[float]] = {name: [] for name in ACTIONS}
        self.missed: dict[str, int] = {name: 0 for name in ACTIONS}
        self.windows: dict[str, int] = {name: 0 for name in ACTIONS}

    def _timed(self, name: str, action: Callable[[], object]) -> None:
        seconds, painted = self.repaints.after(action)
        self.times[name].append(seconds)
        self.windows[name] = max(self.windows[name], len(painted))

    def activate(self, window: QWidget, focus: QWidget) -> None:
        """Make `window` the active one (shortcuts go to it) and give `focus` the focus."""
        window.activateWindow()
        self.repaints.until(window.isActiveWindow)
        focus.setFocus()

    def newest_party(self) -> int:
        today = self.services.arrivals.list_day(self.services.arrivals.today())
        return int(max(r.id for r in today))

    def round(self, number: int) -> None:
        from ..domain.stages import Stage
        from ..ui.arrival_board.entry_dialog import NOBODY, PartyEntryDialog
        from ..ui.bar_desk.order_dialog import DrinkOrderDialog

        view = self.board.active_view
        self.activate(self.main, view)
        QTest.keyClick(view, Qt.Key.Key_F2)
        self.repaints.until(lambda: visible(PartyEntryDialog) is not None)
        dialog = visible(PartyEntryDialog)
        assert isinstance(dialog, PartyEntryDialog)
        type_chinese(dialog.surname, "王李张刘陈杨黄赵"[number % 8])
        size = dialog.party_size
        size.selectAll()
        QTest.keyClicks(size, "2")
        dialog.channel.setCurrentIndex(0)
        nobody = dialog.consultant.findData(NOBODY)
        if nobody >= 0:
            dialog.consultant.setCurrentIndex(nobody)
        self._timed("register", lambda: QTest.keyClick(dialog.surname, Qt.Key.Key_Return))
        self.repaints.until(lambda: not shown(dialog))
        party = self.newest_party()

        self.board.select_party(party)
        self.activate(self.main, view)
        self._timed("next_stage", lambda: QTest.keyClick(view, Qt.Key.Key_Space))

        someone_up(self.services, party)
        self.repaints.settle()
        before = self.services.arrivals.get(party).consultant
        self._timed("assign", lambda: QTest.keyClick(view, Qt.Key.Key_F5))
        if self.services.arrivals.get(party).consultant == before:
            self.missed["assign"] += 1
        close_messages()

        free = self.services.arrivals.free_places()
        self.services.arrivals.move(party, Stage.SEATED, free[0] if free else None)
        self.repaints.settle()
        self.board.select_party(party)
        self.activate(self.main, view)
        QTest.keyClick(view, Qt.Key.Key_D)
        self.repaints.until(lambda: visible(DrinkOrderDialog) is not None)
        order_dialog = visible(DrinkOrderDialog)
        assert isinstance(order_dialog, DrinkOrderDialog)
        QTest.keyClick(order_dialog.table, Qt.Key.Key_1)
        self._timed("order", lambda: QTest.keyClick(order_dialog.table, Qt.Key.Key_Return))
        self.repaints.until(lambda: not shown(order_dialog))

        waiting = len(self.services.bar.board().orders)
        self.activate(self.bar, self.bar)
        self._timed("serve", lambda: QTest.keyClick(self.bar, Qt.Key.Key_Space))
        if len(self.services.bar.board().orders) >= waiting:
            self.missed["serve"] += 1
        close_messages()
        self.services.arrivals.move(party, Stage.DEPARTED)
        self.repaints.settle()


def someone_up(services: Services, party: int) -> None:
    """Make sure the rotation has someone to propose (a demo made at night has its team
    signed off): sign one in, or call one back, so the assignment is measured."""
    from ..domain.rotation import DutyStatus

    rotation = services.rotation
    if rotation.propose("", party).consultant_id is not None:
        return
    state = rotation.state()
    away = [c.id for c in rotation.consultants() if not state.on_duty(c.id)]
    if away:
        rotation.sign_in(away[0], actor="bench")
    elif state.order:
        rotation.set_status(state.order[0], DutyStatus.AVAILABLE, actor="bench")


def bare_commits(db_url: str, rounds: int) -> dict[str, list[float]]:
    """The same commits through a second, unwatched Services on the same file."""
    from ..domain.bar import OrderLine
    from ..domain.party import Honorific, PartyDraft, VisitKind
    from ..domain.stages import Stage
    from ..services.context import Services
    from ..startup import open_database

    db, _ = open_database(db_url, migrate=False)
    services = Services.open(db)
    times: dict[str, list[float]] = {name: [] for name in ACTIONS}
    menu = services.bar.menu(only_available=True)
    channel = services.settings.current().channels[0]

    def clock(name: str, start: float) -> None:
        times[name].append(time.perf_counter() - start)

    try:
        for number in range(rounds):
            draft = PartyDraft("王李张刘陈杨黄赵"[number % 8], Honorific.MR, 2,
                               VisitKind.WALK_IN, channel)
            start = time.perf_counter()
            pid = services.arrivals.register(draft).id
            clock("register", start)
            start = time.perf_counter()
            services.arrivals.move(pid, Stage.PARKED)
            clock("next_stage", start)
            someone_up(services, pid)
            proposal = services.rotation.propose("", pid)
            if proposal.consultant_id is not None:
                start = time.perf_counter()
                services.rotation.assign(pid, proposal.consultant_id, proposed=True)
                clock("assign", start)
            free = services.arrivals.free_places()
            services.arrivals.move(pid, Stage.SEATED, free[0] if free else None)
            if menu:
                start = time.perf_counter()
                order = services.bar.order(pid, [OrderLine(menu[0].id, 1)])
                clock("order", start)
                start = time.perf_counter()
                services.bar.bump(order.id)
                clock("serve", start)
            services.arrivals.move(pid, Stage.DEPARTED)
    finally:
        db.dispose()
    return times


def latency(db_url: str, rounds: int) -> dict[str, object]:
    desk, repaints = open_desk(db_url)
    try:
        walk = Rounds(desk, repaints)
        walk.round(0)  # warm up: first dialogs, first queries
        walk.times = {name: [] for name in ACTIONS}
        for number in range(1, rounds + 1):
            walk.round(number)
    finally:
        desk.close()
    bare = bare_commits(db_url, rounds)
    result: dict[str, object] = {"rounds": rounds, "goal_p95_ms": 16.0}
    for name in ACTIONS:
        ui = summary(walk.times[name])
        commit = summary(bare[name])
        result[name] = {
            "ui": ui,
            "bare_commit": commit,
            "ratio_median": ratio(ui["median_ms"], commit["median_ms"]),
            "windows_repainted": walk.windows[name],
            "not_done": walk.missed[name],
        }
    return result


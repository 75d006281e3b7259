"""The status bar's clock ticks every second all day: its new time repaints the clock
and nothing else. It does not lay the main window out again (the window's docks then
moved and repainted its right side every second), and the time always fits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.status_bar import DeskStatusBar
from tests.conftest import FakeClock


class LayoutRequests(QObject):
    """Counts the layout requests the watched widgets receive."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_the_clock_ticks_without_laying_the_window_out(
        qtbot, main_window: MainWindow, clock: FakeClock) -> None:
    status = main_window.statusBar()
    assert isinstance(status, DeskStatusBar)
    status._tick()  # what the window's start left to lay out is done first
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    requests = LayoutRequests([main_window, status])
    shown: list[str] = []
    for seconds in (1, 1, 9, 50, 3600 - 61):  # 1s, 2s, 11s, 1min 1s, to the next hour
        clock.advance(seconds=seconds)
        status._tick()
        QApplication.processEvents()
        shown.append(status.clock.text())
    assert len(set(shown)) == len(shown)  # it ticked
    assert requests.count == 0
    widest = max(status.clock.fontMetrics().horizontalAdvance(t) for t in shown)
    assert status.clock.contentsRect().width() >= widest

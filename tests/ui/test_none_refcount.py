"""The Qt binding must not leak references to ``None`` (issue 19).

PySide6/shiboken6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt
call that returns nothing; when the count reaches zero CPython aborts with
``none_dealloc`` after minutes of an open window. These tests make thousands of
such calls the way the open windows do (widgets, timers, event processing, a
repaint of the bar's order card) and require ``sys.getrefcount(None)`` to stay
put. On Python 3.12+ ``None`` is immortal and its count never moves, so there
the tests pass trivially: the abort cannot happen there.
"""

from __future__ import annotations

import gc
import sys
import warnings
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from reception_desk.services.context import Services
from reception_desk.ui.bar import BarWindow
from reception_desk.ui.qt_binding import leaks_none_references
from tests.ui.bar.test_bar_window import bar, bar_app, order, seat, set_up_menu  # noqa: F401

CALLS = 3000


def collect() -> None:
    """A full collection; whatever an earlier test left unclosed is not this test's."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def none_drift(work: Callable[[], None], calls: int = CALLS) -> int:
    """How many references to None `calls` runs of `work` lost (positive = lost)."""
    work()  # warm-up: first calls create caches that hold None legitimately
    collect()
    before = sys.getrefcount(None)
    for _ in range(calls):
        work()
    collect()
    return before - sys.getrefcount(None)


def assert_steady(work: Callable[[], None]) -> None:
    lost = none_drift(work)
    # A leaking binding loses exactly one per call (3,000); allow noise from caches.
    assert lost < CALLS // 10, f"{lost} references to None lost in {CALLS} Qt calls"


def test_void_calls_on_widgets_and_timers_keep_none_alive(zh_app: QApplication) -> None:
    label = QLabel()
    timer = QTimer()

    def work() -> None:
        label.setObjectName("x")
        label.setText("1")
        timer.setInterval(1000)

    assert_steady(work)


def test_event_processing_keeps_none_alive(zh_app: QApplication) -> None:
    assert_steady(QApplication.processEvents)


def test_repainting_a_bar_card_keeps_none_alive(
        qtbot, bar: BarWindow, services: Services) -> None:  # noqa: F811
    menu = set_up_menu(services)
    order(services, seat(services, "王", "VIP1"), menu, ("龙井", 2))
    qtbot.waitUntil(lambda: bar.model.rowCount() == 1)
    view = bar.view

    def work() -> None:
        view.viewport().repaint()

    lost = none_drift(work, calls=500)
    assert lost < 50, f"{lost} references to None lost in 500 repaints of the bar card"


def test_start_up_probe_agrees_with_the_measurement(zh_app: QApplication) -> None:
    """The probe the app runs at start-up (to refuse a leaking install) sees no leak here."""
    assert not leaks_none_references()

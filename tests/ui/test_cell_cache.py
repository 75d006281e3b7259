"""The board's and the queue's cells are drawn once per look and then copied
(ui/cell_cache.py): they must look exactly as Qt draws them, follow every change, ask
the model one question per cell, and keep the cache within its budget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from reception_desk.domain.bar import DrinkCategory, OrderLine
from reception_desk.domain.consultants import ConsultantDraft
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.domain.rotation import DutyStatus
from reception_desk.domain.stages import Stage
from reception_desk.services.context import Services
from reception_desk.ui import cell_cache
from reception_desk.ui.arrival_board.model import PartyTableModel
from reception_desk.ui.main_window import MainWindow
from tests.conftest import TEST_ACTOR, FakeClock, manager_actor


def busy_board(services: Services, clock: FakeClock) -> None:
    """Parties of every look: waiting too long, seated, departed, returning, plain."""
    arrivals = services.arrivals
    ids = [arrivals.register(PartyDraft(name, Honorific.MR, size, VisitKind.WALK_IN, "网络",
                                        phone=phone)).id
           for name, size, phone in (("吴", 2, "13800138000"), ("李", 1, ""),
                                     ("张", 3, ""), ("王", 4, "13800138000"))]
    arrivals.move(ids[0], Stage.DEPARTED)
    arrivals.move(ids[1], Stage.PARKED)
    place = arrivals.free_places()[0]
    arrivals.move(ids[2], Stage.SEATED, place)
    water = services.stock.save_item("矿泉水", "瓶", 5, quantity=48, actor=TEST_ACTOR)
    drink = services.bar.save_menu_item("矿泉水", DrinkCategory.WATER, [(water.id, 1)],
                                        actor=TEST_ACTOR).id
    served = services.bar.order(ids[2], [OrderLine(drink, 1)])
    services.bar.bump(served.id)
    clock.advance(minutes=2)
    services.bar.order(ids[2], [OrderLine(drink, 2)])  # late by the time the test looks
    rotation = services.rotation
    for number, name in enumerate(("李娜", "王芳", "陈静"), start=1):
        consultant = rotation.save_consultant(ConsultantDraft(name, f"00{number}"),
                                              actor=manager_actor())
        rotation.sign_in(consultant.id, actor="test")
    first = rotation.consultants()[0].id
    rotation.set_status(first, DutyStatus.BREAK, actor="test")
    clock.advance(minutes=25)  # 李 and 王 now wait too long


def picture(view: QTableView) -> QImage:
    return view.viewport().grab().toImage()  # one paint of the viewport


def qt_picture(view: QTableView) -> QImage:
    """What Qt's own delegate draws, the cache's delegate put back afterwards."""
    mine = view.itemDelegate()
    plain = QStyledItemDelegate(view)
    view.setItemDelegate(plain)
    try:
        return picture(view)
    finally:
        view.setItemDelegate(mine)
        plain.deleteLater()


def tables(window: MainWindow) -> Iterator[QTableView]:
    yield window.board.active_view
    yield window.board.left_view
    for name in ("queueTable", "barOrdersTable"):
        table = window.findChild(QTableView, name)
        assert isinstance(table, QTableView), name
        yield table


@pytest.fixture
def busy_window(qtbot, main_window: MainWindow, services: Services,
                clock: FakeClock) -> MainWindow:
    busy_board(services, clock)
    main_window.board.reload()
    main_window.rotation.reload()
    main_window.bar_desk.reload()
    main_window.board.active_view.selectRow(1)
    qtbot.wait(20)
    return main_window


def test_cached_cells_look_exactly_as_qt_draws_them(busy_window: MainWindow) -> None:
    for view in tables(busy_window):
        assert isinstance(view.itemDelegate(), cell_cache.CachedCellDelegate)
        assert view.model().rowCount() > 0
        first = picture(view)          # drawn into the cache
        again = picture(view)          # copied from it
        assert first == qt_picture(view), view.objectName()
        assert again == first, view.objectName()


def test_a_cell_that_changes_shows_its_new_look(
        qtbot, busy_window: MainWindow, services: Services, clock: FakeClock) -> None:
    view = busy_window.board.active_view
    before = picture(view)
    party = busy_window.board.active_model.records()[0].id
    services.arrivals.move(party, Stage.DEPARTED)
    clock.advance(minutes=1)
    busy_window.board.active_model.tick()
    qtbot.waitUntil(lambda: party not in {r.id for r in
                                          busy_window.board.active_model.records()})
    after = picture(view)
    assert after != before
    assert after == qt_picture(view)


def test_a_repaint_asks_each_cell_one_question(
        busy_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    view = busy_window.board.active_view
    model = busy_window.board.active_model
    picture(view)  # every look drawn once
    asked: list[int] = []
    plain_data = PartyTableModel.data
    plain_key = PartyTableModel.cell_key

    def data(self: PartyTableModel, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        asked.append(int(role))
        return plain_data(self, index, role)

    keys: list[tuple[int, int]] = []

    def cell_key(self: PartyTableModel, row: int, column: int) -> object:
        keys.append((row, column))
        return plain_key(self, row, column)

    monkeypatch.setattr(PartyTableModel, "data", data)
    monkeypatch.setattr(PartyTableModel, "cell_key", cell_key)
    picture(view)
    cells = model.rowCount() * model.columnCount()
    assert len(keys) == cells
    assert asked == []  # Qt's delegate would have asked seven roles of each


def test_a_new_palette_draws_the_cells_again(busy_window: MainWindow) -> None:
    view = busy_window.board.active_view
    picture(view)
    palette = QPalette(view.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#fff7e0"))
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#fff0c0"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#003366"))
    view.setPalette(palette)
    assert picture(view) == qt_picture(view)


def test_the_cache_keeps_within_its_budget(
        qtbot, busy_window: MainWindow, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = busy_window.board.active_view
    monkeypatch.setattr(cell_cache.CACHE, "limit", 200_000)
    for _second in range(30):  # the clock columns take a new look every second
        clock.advance(seconds=1)
        busy_window.board.active_model.tick()
        picture(view)
        assert cell_cache.CACHE.bytes <= 200_000
    assert len(cell_cache.CACHE) > 0
    assert picture(view) == qt_picture(view)


def test_a_closed_view_leaves_no_pixels_behind(qtbot, busy_window: MainWindow) -> None:
    model = busy_window.board.active_model
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    cell_cache.cache_cells(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    picture(view)
    mine = id(view)
    assert cell_cache.CACHE.holds_view(mine)
    view.setParent(None)
    view.deleteLater()
    qtbot.waitUntil(lambda: not cell_cache.CACHE.holds_view(mine))


def test_cells_copied_from_the_windows_own_paint_look_as_qt_draws_them(
        busy_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new look is drawn by Qt on the window and its pixels copied from there (not
    drawn a second time into a pixmap): the copies, shown by the next paint, are the
    cells Qt draws."""
    drawn: list[int] = []
    plain_draw = cell_cache.CachedCellDelegate._draw

    def counted(self: cell_cache.CachedCellDelegate, *args: object) -> object:
        drawn.append(1)
        return plain_draw(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(cell_cache.CachedCellDelegate, "_draw", counted)
    for view in tables(busy_window):
        cell_cache.CACHE.drop_view(id(view))
        drawn.clear()
        view.viewport().repaint()  # the window's paint, into the image shown on screen
        cells = view.model().rowCount() * view.model().columnCount()
        assert cell_cache.CACHE.holds_view(id(view)), view.objectName()
        assert len(drawn) < cells, view.objectName()
        assert picture(view) == qt_picture(view), view.objectName()

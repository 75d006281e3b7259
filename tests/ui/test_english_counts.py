"""Counts read right in English (issue 15): "1 party, 1 person" and "2 people", not
"1 parties, 1 people" or "2 person(s)"; Chinese keeps its counters (1组，1人)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QSpinBox

from reception_desk.app import DeskApp, make_qapp
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.ui.arrival_board.entry_dialog import PartyEntryDialog
from reception_desk.ui.arrival_board.model import Col
from reception_desk.ui.hotline.import_dialog import ImportDialog
from reception_desk.ui.main_window import MainWindow
from reception_desk.ui.settings.settings_dialog import SettingsDialog


@pytest.fixture
def open_desk(qtbot, qapp: QApplication, services: Services) -> Iterator:
    opened: list[DeskApp] = []

    def open_in(language: str) -> MainWindow:
        make_qapp(language)
        desk = DeskApp(qapp, services, "main", interactive=False)
        opened.append(desk)
        window = desk.main
        assert window is not None
        window.remember_layout = False
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield open_in
    for desk in opened:
        desk.close()
    make_qapp("zh_CN")


def register(services: Services, surname: str, size: int) -> None:
    services.arrivals.register(PartyDraft(surname, Honorific.MS, size, VisitKind.WALK_IN, "网络"))


@pytest.mark.parametrize(("language", "title", "one", "two", "status"), [
    ("en", "In the building: 1 party, 1 person", "1 person", "2 people",
     "Today: 2 parties, 3 people · in the building now: 1 party, 1 person"),
    ("zh_CN", "在场：1组，1人", "1位", "2位", "今日：2组，3人 · 当前在场：1组，1人"),
])
def test_the_board_and_the_status_bar_count_one_and_several(
        qtbot, open_desk, services: Services, language: str, title: str, one: str,
        two: str, status: str) -> None:
    register(services, "王", 2)
    register(services, "李", 1)
    window = open_desk(language)
    board = window.board
    qtbot.waitUntil(lambda: board.active_model.rowCount() == 2)
    first = board.active_model.records()[0]
    board.select_party(first.id)
    board.active_view.setFocus()
    qtbot.keyClick(board.active_view, Qt.Key.Key_F8)  # the party has left
    qtbot.waitUntil(lambda: board.active_model.rowCount() == 1)
    assert board.active_title.text() == title
    sizes = {str(m.index(0, Col.SIZE).data()) for m in (board.active_model, board.left_model)}
    assert sizes == {one, two}
    counts = window.statusBar().findChild(QLabel, "statusCounts")
    assert counts is not None
    qtbot.waitUntil(lambda: counts.text() == status)


@pytest.mark.parametrize(("language", "size", "expected"), [
    ("en", 1, "Walk-in customer Ms 周 has arrived, 1 person"),
    ("en", 3, "Walk-in customer Ms 周 has arrived, 3 people"),
    ("zh_CN", 1, "自然到访客户周女士到访，1位"),
])
def test_the_arrival_notice_counts_one_and_several(
        qtbot, open_desk, services: Services, language: str, size: int,
        expected: str) -> None:
    window = open_desk(language)
    register(services, "周", size)
    qtbot.waitUntil(lambda: bool(window.announcer.arrival_notices(window)))
    [notice] = window.announcer.arrival_notices(window)
    assert notice.label.text().startswith(expected)


def test_the_import_dialog_counts_one_row_in_english(
        qtbot, open_desk, services: Services, tmp_path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("agency,customer name,phone,expected date\n"
                    f"链家,王强,13611112222,{services.appointments.today().isoformat()}\n",
                    encoding="utf-8")
    window = open_desk("en")
    window.hotline.act_import.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ImportDialog)
    qtbot.keyClicks(dialog.path, str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.summary.text() == "1 row ready, 0 with errors, 0 already imported"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == "Imported 1 pre-registration."
    assert dialog.summary.text() == "0 rows ready, 0 with errors, 1 already imported"
    dialog.reject()


@pytest.mark.usefixtures("signed_in_admin")
def test_the_settings_show_every_label_whole_and_count_days_in_english(
        qtbot, open_desk) -> None:
    window = open_desk("en")
    window.act_settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    # The longer English labels widen the dialog instead of being cut off.
    assert dialog.width() >= dialog.layout().minimumSize().width()
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        shown = [w for w in dialog.pages.currentWidget().findChildren(QLabel)
                 if w.isVisible() and w.text() and not w.wordWrap()]
        shown += [w for w in dialog.pages.currentWidget().findChildren(QCheckBox)
                  if w.isVisible()]
        assert shown
        cut = [w.text() for w in shown if w.width() < w.sizeHint().width()]
        assert not cut
    notice_c = dialog.findChild(QSpinBox, "setting_notice_days_c")
    assert notice_c is not None and notice_c.value() == 1
    assert notice_c.text() == "1 day"
    notice_c.selectAll()
    qtbot.keyClicks(notice_c, "3")
    assert notice_c.text() == "3 days"
    dialog.reject()


def test_the_registration_form_counts_its_party_in_english(qtbot, open_desk) -> None:
    window = open_desk("en")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.board.findChild(PartyEntryDialog) is not None
                    and window.board.findChild(PartyEntryDialog).isVisible())
    dialog = window.board.findChild(PartyEntryDialog)
    assert dialog.party_size.text() == "2 people"
    dialog.party_size.selectAll()
    qtbot.keyClicks(dialog.party_size, "1")
    assert dialog.party_size.text() == "1 person"
    dialog.reject()

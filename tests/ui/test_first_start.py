"""First start on an empty database offers demo data and loads it without freezing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from reception_desk.app import DeskApp, offer_demo


def test_accepting_the_offer_fills_the_board_in_the_background(
        qtbot, desk: DeskApp, monkeypatch) -> None:
    asked: list[str] = []

    def answer_yes(*args, **_kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    # Two days show the same behaviour as the fourteen a real first start writes.
    monkeypatch.setattr("reception_desk.ui.demo_loader.DEMO_DAYS", 2)
    offer_demo(desk)
    assert len(asked) == 1 and "演示数据" in asked[0]
    assert desk.demo_loader is not None
    with qtbot.waitSignal(desk.demo_loader.done, timeout=60000) as blocker:
        pass
    assert blocker.args == [True]
    assert desk.main is not None
    board = desk.main.board
    assert board.active_model.rowCount() + board.left_model.rowCount() > 0
    desk.demo_loader.wait()
    offer_demo(desk)
    assert len(asked) == 1, "the offer is made once per database"


def test_declining_leaves_the_database_empty(qtbot, desk: DeskApp, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.No)
    offer_demo(desk)
    assert desk.demo_loader is None
    assert desk.services.arrivals.list_day(desk.services.arrivals.today()) == []

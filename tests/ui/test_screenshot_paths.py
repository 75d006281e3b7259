"""`--screenshot PATH`: which window's picture goes to which file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from reception_desk.app import DeskApp, screenshot_paths, take_screenshots
from reception_desk.services.context import Services


def test_paths_with_and_without_the_main_window() -> None:
    assert screenshot_paths("shots/desk.png") == (Path("shots/desk.png"),
                                                  Path("shots/desk-bar.png"))
    assert screenshot_paths("shots/bar.png", with_main=False) == (Path("shots/bar.png"),
                                                                  Path("shots/bar.png"))
    assert screenshot_paths("shots/desk")[1] == Path("shots/desk-bar.png")


def test_main_at_path_and_its_bar_window_beside_it(
        qtbot, desk: DeskApp, tmp_path: Path) -> None:
    assert desk.main is not None
    bar = desk.main.open_bar_window()
    qtbot.addWidget(bar)
    qtbot.waitExposed(bar)
    shot = tmp_path / "desk.png"
    saved = take_screenshots(desk, str(shot))
    assert saved == [shot, tmp_path / "desk-bar.png"]
    assert all(not QImage(str(p)).isNull() for p in saved)


def test_the_bar_window_alone_goes_to_exactly_the_path(
        qtbot, zh_app: QApplication, services: Services, tmp_path: Path) -> None:
    desk = DeskApp(zh_app, services, "bar", interactive=False)
    assert desk.bar is not None and desk.main is None
    qtbot.addWidget(desk.bar)
    desk.show()
    qtbot.waitExposed(desk.bar)
    shot = tmp_path / "bar.png"
    try:
        assert take_screenshots(desk, str(shot)) == [shot]
    finally:
        desk.close()
    assert not QImage(str(shot)).isNull()
    assert not (tmp_path / "bar-bar.png").exists()

"""`reception-desk --window lobby --screenshot PATH` in its own process, after a demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.e2e.cli_process import run_cli

pytestmark = pytest.mark.slow


def test_demo_then_a_picture_of_the_lobby_display(tmp_path: Path, qapp: QApplication) -> None:
    home = tmp_path / "home"
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    demo = run_cli(home, "demo", "--days", "1", db=db)
    assert demo.returncode == 0, demo.stderr

    shot = tmp_path / "shots" / "lobby.png"
    lobby = run_cli(home, "--window", "lobby", "--screenshot", str(shot), db=db)
    assert lobby.returncode == 0, lobby.stderr
    # Only the lobby display is shown: its picture goes to exactly the path given.
    assert lobby.stdout.split() == [str(shot)]
    assert not (tmp_path / "shots" / "lobby-bar.png").exists()
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1920, 1080)
    # Dark background with large light type: far more dark pixels than light, and some
    # of each (an empty or failed window would be one colour).
    samples = [QImage.pixelColor(image, x, y).lightness()
               for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)]
    dark = sum(1 for value in samples if value < 60)
    light = sum(1 for value in samples if value > 200)
    assert dark > len(samples) // 2
    assert light > 20


def test_an_unknown_window_is_refused(tmp_path: Path) -> None:
    result = run_cli(tmp_path / "home", "--window", "wall", "--screenshot",
                     str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "lobby" in result.stderr
    assert not (tmp_path / "x.png").exists()

"""`reception-desk demo` then `reception-desk --screenshot`, as separate processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.slow


def run(args: list[str], home: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RECEPTION_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RECEPTION_DESK_DB", None)
    return subprocess.run([sys.executable, "-m", "reception_desk", *args], env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_demo_then_screenshot_of_main_and_bar_windows(tmp_path: Path, qapp) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    demo = run(["demo", "--db", db, "--days", "2"], tmp_path / "home")
    assert demo.returncode == 0, demo.stderr

    shot = tmp_path / "shots" / "main.png"
    main = run(["--db", db, "--screenshot", str(shot)], tmp_path / "home")
    assert main.returncode == 0, main.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 700
    # A board full of parties is not a blank window: many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 50

    bar_shot = tmp_path / "shots" / "bar.png"
    bar = run(["--db", db, "--window", "bar", "--screenshot", str(bar_shot)], tmp_path / "home")
    assert bar.returncode == 0, bar.stderr
    # Only the bar window is shown: its picture is written to exactly the path given.
    assert bar.stdout.split() == [str(bar_shot)]
    assert not QImage(str(bar_shot)).isNull()
    assert not (tmp_path / "shots" / "bar-bar.png").exists()


def test_screenshot_of_a_damaged_database_fails_cleanly(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    result = run(["--db", f"sqlite:///{broken}", "--screenshot", str(tmp_path / "x.png")],
                 tmp_path / "home")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(broken) in result.stderr
    assert not (tmp_path / "x.png").exists()

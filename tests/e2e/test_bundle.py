"""The one-folder build (`make build`, dist/reception-desk/) starts and draws its window.

Building takes a few minutes on two cores, so this runs in `make test-slow` (which
builds first), not in `make test`: set RECEPTION_DESK_TEST_BUNDLE=1 to run it by hand
after `make build`.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import build_spec

pytestmark = [
    pytest.mark.slow,
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("RECEPTION_DESK_TEST_BUNDLE") != "1",
                       reason="the built app is tested by `make test-slow`"),
]

APP_DIR = build_spec.DIST / build_spec.NAME
EXE = APP_DIR / (build_spec.NAME + (".exe" if sys.platform == "win32" else ""))
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG header (IHDR is always the first chunk)."""
    data = path.read_bytes()[:24]
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture(scope="module")
def exe() -> Path:
    if not EXE.exists():
        pytest.fail(f"{EXE} does not exist: run `make build` first (or `make test-slow`)")
    return EXE


def test_the_built_app_takes_a_screenshot(exe: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shots" / "main.png"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECEPTION_DESK")}
    env.update({"RECEPTION_DESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"})
    done = subprocess.run(
        [str(exe), "--db", f"sqlite:///{tmp_path / 'desk.db'}", "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=180, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert shot.stat().st_size > 0
    width, height = png_size(shot)
    assert width >= 800 and height >= 600


def test_the_bundle_holds_the_qt_the_app_uses_and_not_the_rest(exe: Path) -> None:
    internal = APP_DIR / "_internal"
    names = {path.name.lower() for path in internal.rglob("*")}
    text = " ".join(sorted(names))
    for used in ("qtpdf", "qtpdfwidgets", "qtmultimedia", "qtsvg", "qtprintsupport"):
        assert f"{used}." in text or f"qt6{used[2:]}" in text, used
    for unused in ("webengine", "qt6quick", "qt6qml", "qt63d", "virtualkeyboard", "avcodec"):
        assert unused not in text, unused
    assert (internal / "resources" / "translations" / "reception_desk_zh_CN.qm").exists()
    assert list(internal.rglob("qtbase_zh_CN.qm"))

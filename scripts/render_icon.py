#!/usr/bin/env python3
"""Render resources/icons/app.svg to PNG(s) with Qt's SVG renderer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icon.py [SIZE ...]

Without arguments writes resources/icons/app.png at 256x256. Extra sizes
(e.g. 16 32 48 64 128) are written as app-<size>.png next to it.
Needs PySide6 (the project's venv has it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path, out: Path, size: int) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    # PySide6's stub wants the format as bytes; the binding refuses bytes and takes str.
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]
        raise SystemExit(f"could not write {out}")
    print(f"wrote {out} ({size}x{size})")


def main(argv: list[str]) -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "app.svg"
    render(svg, ICONS / "app.png", 256)
    for arg in argv:
        size = int(arg)
        render(svg, ICONS / f"app-{size}.png", size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

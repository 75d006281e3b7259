"""Making Chinese render as characters, even on a PC without a CJK font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import paths

log = logging.getLogger(__name__)
BUNDLED = "wqy-microhei.ttc"
PREFERRED = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
             "Source Han Sans SC", "WenQuanYi Micro Hei")


def _has_chinese(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def setup_fonts(app: QApplication) -> str:
    """Choose a CJK family (system first, bundled otherwise) as the app font."""
    families = QFontDatabase.families()
    chosen = next((f for f in PREFERRED if f in families and _has_chinese(f)), None)
    if chosen is None:
        font_id = QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / BUNDLED))
        if font_id >= 0:
            loaded = QFontDatabase.applicationFontFamilies(font_id)
            chosen = loaded[0] if loaded else None
        else:
            log.warning("could not load the bundled CJK font")
    font = QFont(app.font())
    if chosen:
        font.setFamily(chosen)
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    return chosen or font.family()

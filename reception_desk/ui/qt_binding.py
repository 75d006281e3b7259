"""Start-up guard against a Qt binding that leaks references to ``None``.

PySide6/shiboken6 6.12 on Python 3.11 drops one reference to ``None`` on every Qt
call that returns nothing; an open window then aborts CPython within minutes
(``none_dealloc``). pyproject.toml keeps such installs from being selected; this
probe catches one made by hand, so the desk refuses to start with a clear message
instead of dying in the middle of the day.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QObject

PROBE_CALLS = 200


def leaks_none_references(calls: int = PROBE_CALLS) -> bool:
    """True when `calls` void Qt calls lose (nearly) as many references to None."""
    probe = QObject()
    probe.setObjectName("probe")
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    return lost >= calls // 2


def unsafe_binding_text() -> str:
    """What the person (or the installer) reads when the probe finds a leak."""
    python = ".".join(str(part) for part in sys.version_info[:3])
    return (
        f"PySide6 {PYSIDE_VERSION} on Python {python} leaks references to None: "
        "an open window would abort within minutes. Install a supported combination: "
        "Python 3.12 or newer (any PySide6 >= 6.6), or on Python 3.11 PySide6 below 6.12 "
        "(pip install 'PySide6-Essentials>=6.6,<6.12' 'PySide6-Addons>=6.6,<6.12'); "
        "'make' sets this up by itself.\n"
        f"PySide6 {PYSIDE_VERSION} 与 Python {python} 的组合存在内存缺陷，窗口会在几分钟内崩溃。"
        "请使用 Python 3.12 及以上，或在 Python 3.11 上安装低于 6.12 的 PySide6。"
    )

"""Consultant rotation (轮接) panel: who is up, who is on deck, the queue and its log.

Files: `panel.py` (the dock's widget), `model.py` (queue table model),
`dialogs.py` (roster, sign-in, move), `override_dialog.py` (manager
confirmation), `log_dialog.py` (the day's log), `stats_dialog.py`. This module
is the package's surface: other packages import from here only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .log_dialog import LogDialog
    from .override_dialog import OverrideDialog
    from .panel import RotationPanel
    from .stats_dialog import StatsDialog

# Where each name lives: a name loads its module on first use (PEP 562), so
# importing the package costs nothing at start-up.
_HOMES = {
    "LogDialog": "log_dialog",
    "OverrideDialog": "override_dialog",
    "RotationPanel": "panel",
    "StatsDialog": "stats_dialog",
}

__all__ = [
    "LogDialog",
    "OverrideDialog",
    "RotationPanel",
    "StatsDialog",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)

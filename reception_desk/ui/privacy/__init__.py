"""Personal data in the UI: the consent box of the forms, the retention preview and run.

Files: `consent_box.py` (the consent line of the forms), `retention_dialog.py`
(who the next retention run anonymises), `daily_retention.py` (the run at
start-up and once a day). No `panel.py` and no `model.py`: the package is a widget
other packages' forms embed, a dialog opened from a menu, and a timer. This module
is the package's surface: other packages import from here only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .consent_box import ConsentBox
    from .daily_retention import start_daily_retention
    from .retention_dialog import RetentionDialog

# Where each name lives: a name loads its module on first use (PEP 562), so
# importing the package costs nothing at start-up.
_HOMES = {
    "ConsentBox": "consent_box",
    "RetentionDialog": "retention_dialog",
    "start_daily_retention": "daily_retention",
}

__all__ = [
    "ConsentBox",
    "RetentionDialog",
    "start_daily_retention",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)

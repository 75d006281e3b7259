"""Settings (File › Settings…): the site's settings, shared by every PC through the
database, and this PC's preferences (language, sound).

Files: `settings_dialog.py` (the dialog and its "Desk, rotation and bar" tab: the
site, the rotation, the water bar and this PC; saved with the version it was opened
at), `more_groups.py` (the "Requests, accounts and hotline" tab: reception requests
and their working-day calendar, accounts, the hotline, backups and retention). No
panel and no model: it is one dialog. This module is the package's surface: other
packages import from here only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .settings_dialog import SettingsDialog

# Where each name lives: a name loads its module on first use (PEP 562), so
# importing the package costs nothing at start-up.
_HOMES = {
    "SettingsDialog": "settings_dialog",
}

__all__ = [
    "SettingsDialog",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)

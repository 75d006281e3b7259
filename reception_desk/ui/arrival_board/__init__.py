"""The arrival board (到访看板): every party from gate to departure.

Files: `panel.py` (the dock's widget and its actions), `model.py` (table model),
`columns.py` (column widths), `sizing.py` (row height, rows shown, the split),
`assigning.py` (giving a party a consultant), `remarks.py` (remarks kept between
reloads), `entry_dialog.py` (register / edit a party), `dialogs.py` (seat, stage,
invalid reception, consultant). This module is the package's surface: other packages
import from here only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .entry_dialog import NOBODY, PartyEntryDialog
    from .panel import ArrivalBoardPanel

# Where each name lives: a name loads its module on first use (PEP 562), so
# importing the package costs nothing at start-up.
_HOMES = {
    "ArrivalBoardPanel": "panel",
    "NOBODY": "entry_dialog",
    "PartyEntryDialog": "entry_dialog",
}

__all__ = [
    "NOBODY",
    "ArrivalBoardPanel",
    "PartyEntryDialog",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)

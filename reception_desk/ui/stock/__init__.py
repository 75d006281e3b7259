"""The bar's stock register and menu on the control desk: Bar menu dialogs and the
closing-count reminder (物耗 / 清点物耗).

Files: `bar_menu.py` (the Bar menu), `menu_dialog.py`, `stock_dialog.py`,
`closing_dialog.py`, `bar_stats_dialog.py`, `reminder.py` (the 18:50 reminder),
`common.py` (quantities, categories). No `panel.py` and no `model.py`: the package
is the Bar menu of the main window and the dialogs it opens, each with its table
(the closing count's model lives in `closing_dialog.py`, the list dialogs use
`ui.common`'s bases). This module is the package's surface: other packages import
from here only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bar_menu import BarMenu

# Where each name lives: a name loads its module on first use (PEP 562), so
# importing the package costs nothing at start-up.
_HOMES = {
    "BarMenu": "bar_menu",
}

__all__ = [
    "BarMenu",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)

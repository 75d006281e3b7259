"""The hotline (来电登记): call form, calls dock, customers, VIP card, expected parties, import.

Files: `panel.py` (the Hotline dock: the day's calls and the doors to the dialogs),
`call_dialog.py` (the call form), `customers_dialog.py` (search / merge),
`vip_card_dialog.py`, `import_dialog.py` (agency lists), `conflicts_dialog.py`
(判客), `expected_strip.py` (the arrival board's strip of expected parties and its
VIP card action), `history.py` (a customer's history box), `common.py` (labels,
tables, time text). No `model.py`: the dock and the dialogs fill plain tables
through `common.fill_table`. This module is the package's surface: other packages
import from here only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .customers_dialog import CustomersDialog
    from .expected_strip import attach_to_board
    from .panel import HotlinePanel

# Where each name lives: a name loads its module on first use (PEP 562), so
# importing the package costs nothing at start-up.
_HOMES = {
    "attach_to_board": "expected_strip",
    "CustomersDialog": "customers_dialog",
    "HotlinePanel": "panel",
}

__all__ = [
    "CustomersDialog",
    "HotlinePanel",
    "attach_to_board",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)

"""The hotline (来电登记): call form, calls dock, customers, VIP card, expected parties, import.

File roles: `common` (labels, tables, time text), `history` (a customer's
history box), `call_dialog` (the call form), `calls_dock` (today's calls),
`customers_dialog` (search / merge), `vip_card_dialog`, `expected_panel`
(the arrival board's expected strip and its VIP card action), `import_dialog`
(agency lists) and `conflicts_dialog` (判客). This module is the package's
surface: other packages import from here only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .calls_dock import HotlinePanel
    from .customers_dialog import CustomersDialog
    from .expected_panel import attach_to_board

# Where each name lives: a name loads its module on first use (PEP 562), so
# importing the package costs nothing at start-up.
_HOMES = {
    "attach_to_board": "expected_panel",
    "CustomersDialog": "customers_dialog",
    "HotlinePanel": "calls_dock",
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

"""Reception requests (接待申请) panel: the dock, the request form, approvals and printing.

Files: `panel.py` (the dock's widget), `model.py` (requests table model),
`labels.py` (translated level / status / preparation texts and row flags),
`form_dialog.py` (the request form with autosave), `form_sections.py` (its
field widgets), `guests_table.py` and `itinerary_table.py` (its list editors),
`actions.py` (approve / reject / cancel / feedback / print glue),
`feedback_dialog.py` (the feedback form and the reason prompt). This module is
the package's surface: other packages import from here only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .panel import RequestsPanel

# Where each name lives: a name loads its module on first use (PEP 562), so
# importing the package costs nothing at start-up.
_HOMES = {
    "RequestsPanel": "panel",
}

__all__ = [
    "RequestsPanel",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)

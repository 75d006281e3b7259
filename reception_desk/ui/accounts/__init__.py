"""Accounts in the UI: who is signed in here, the PIN prompt, and the admin's dialogs.

Files: `session.py` (who is signed in at this PC), `guard.py` (asking for a PIN
before a guarded action: `Gate`, `ask_actor`, `may`), `pin_dialog.py`,
`first_admin_dialog.py`, `menu.py` (the Accounts menu), `accounts_dialog.py`,
`audit_dialog.py`. No `panel.py` and no `model.py`: the package is the Accounts
menu, the dialogs it opens and the PIN prompt other packages ask through
`ask_actor` (the accounts list uses `ui.common`'s list bases). This module is the
package's surface: other packages import from here only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .first_admin_dialog import FirstAdminDialog
    from .guard import Gate, ask_actor, may
    from .menu import AccountsMenu
    from .pin_dialog import PinEntry
    from .session import SignInSession

# Where each name lives: a name loads its module on first use (PEP 562), so
# importing the package costs nothing at start-up.
_HOMES = {
    "AccountsMenu": "menu",
    "ask_actor": "guard",
    "FirstAdminDialog": "first_admin_dialog",
    "Gate": "guard",
    "may": "guard",
    "PinEntry": "pin_dialog",
    "SignInSession": "session",
}

__all__ = [
    "AccountsMenu",
    "FirstAdminDialog",
    "Gate",
    "PinEntry",
    "SignInSession",
    "ask_actor",
    "may",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{home}", __name__), name)

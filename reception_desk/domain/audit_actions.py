"""The audit log's action codes and how they read (English sources, translated by the .ts)."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP

#: code -> its English source, marked for the one catalogue (the window and the export).
AUDIT_ACTIONS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("Messages", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("Messages", "Wrong PIN"),
    "login_refused": QT_TRANSLATE_NOOP("Messages", "Sign-in refused (locked)"),
    "sign_out": QT_TRANSLATE_NOOP("Messages", "Signed out"),
    "account_create": QT_TRANSLATE_NOOP("Messages", "Account created"),
    "account_update": QT_TRANSLATE_NOOP("Messages", "Account changed"),
    "account_pin": QT_TRANSLATE_NOOP("Messages", "PIN reset"),
    "account_deactivate": QT_TRANSLATE_NOOP("Messages", "Account deactivated"),
    "export": QT_TRANSLATE_NOOP("Messages", "Data exported"),
    "print": QT_TRANSLATE_NOOP("Messages", "Sheet printed"),
    "override": QT_TRANSLATE_NOOP("Messages", "Rotation overridden"),
    "settings": QT_TRANSLATE_NOOP("Messages", "Settings changed"),
    "roster": QT_TRANSLATE_NOOP("Messages", "Roster changed"),
    "menu": QT_TRANSLATE_NOOP("Messages", "Menu changed"),
    "stock": QT_TRANSLATE_NOOP("Messages", "Stock item changed"),
    "request.approve_department": QT_TRANSLATE_NOOP(
        "Messages", "Request approved by department head"),
    "request.approve_gm": QT_TRANSLATE_NOOP("Messages", "Request approved by general manager"),
    "request.reject": QT_TRANSLATE_NOOP("Messages", "Request rejected"),
    "request.cancel": QT_TRANSLATE_NOOP("Messages", "Request cancelled"),
    "customer.merge": QT_TRANSLATE_NOOP("Messages", "Customers merged"),
    "customer.conflict": QT_TRANSLATE_NOOP("Messages", "Customer conflict settled"),
    "privacy.retention": QT_TRANSLATE_NOOP("Messages", "Personal data past retention anonymised"),
    "privacy.export_person": QT_TRANSLATE_NOOP("Messages", "A customer's data exported"),
    "privacy.erase": QT_TRANSLATE_NOOP("Messages", "A customer's data erased"),
}


def action_label(code: str) -> str:
    """The marked English name of an action; an unknown code (a newer version's) is itself."""
    return AUDIT_ACTIONS.get(code, code)


def action_source(code: str) -> str:
    """The English source text of an action, for `translate("Messages", ...)`."""
    return str(action_label(code))

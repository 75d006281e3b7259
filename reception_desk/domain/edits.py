"""Optimistic locking of edited records: versions, field changes, the refusal.

Every record a form edits carries a version. A save names the version the form
read; when the record has moved on, the save is refused with the edits made
since (who, when, which fields from what to what), and the form keeps what the
person typed so they can check and save again. No silent last-writer-wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from .errors import ConflictError
from .i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Edit:
    """One saved edit: the record's version after it, who, when and what."""

    version: int
    at: datetime
    actor: str
    changes: tuple[FieldChange, ...]


def shown(value: object) -> str:
    """A field value as the person sees it in a change list."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(getattr(value, "value", value))


def field_changes(before: Mapping[str, object], after: Mapping[str, object],
                  labels: Mapping[str, str]) -> tuple[FieldChange, ...]:
    """The labelled fields whose value differs between two snapshots, in label order."""
    return tuple(FieldChange(label, shown(before.get(name)), shown(after.get(name)))
                 for name, label in labels.items()
                 if shown(before.get(name)) != shown(after.get(name)))


class StaleEditError(ConflictError):
    """The record changed since the form read it; `edits` say who changed what."""

    def __init__(self, what: str, expected: int, current: int, edits: Sequence[Edit]) -> None:
        last = edits[-1] if edits else None
        who = last.actor if last is not None and last.actor else "?"
        at = last.at if last is not None else None
        super().__init__(
            QT_TRANSLATE_NOOP("Messages", "{who} changed this {what} at {time} ({changes}). "
                              "What you typed is still in the form: check it and save again."),
            who=who, what=what, time=at.strftime("%H:%M UTC") if at else "?",
            changes="; ".join(f"{c.field}: {c.old} → {c.new}"
                              for e in edits for c in e.changes) or "?")
        self.what = what
        self.expected = expected
        self.current = current
        self.edits = tuple(edits)


#: What the message calls each kind of record (translated by the UI).
RECORD_NAMES: dict[str, str] = {
    "parties": QT_TRANSLATE_NOOP("Messages", "party"),
    "consultants": QT_TRANSLATE_NOOP("Messages", "consultant"),
    "stock_items": QT_TRANSLATE_NOOP("Messages", "stock item"),
    "menu_items": QT_TRANSLATE_NOOP("Messages", "drink"),
    "customers": QT_TRANSLATE_NOOP("Messages", "customer"),
    "vip_cards": QT_TRANSLATE_NOOP("Messages", "VIP card"),
    "reception_requests": QT_TRANSLATE_NOOP("Messages", "reception request"),
    "site_settings": QT_TRANSLATE_NOOP("Messages", "settings"),
}

CONSULTANT_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "staff_no": QT_TRANSLATE_NOOP("Messages", "Staff number"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "active": QT_TRANSLATE_NOOP("Messages", "Active"),
}
MENU_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "category": QT_TRANSLATE_NOOP("Messages", "Category"),
    "available": QT_TRANSLATE_NOOP("Messages", "Available"),
    "recipe": QT_TRANSLATE_NOOP("Messages", "Recipe"),
}
STOCK_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "unit": QT_TRANSLATE_NOOP("Messages", "Unit"),
    "low_threshold": QT_TRANSLATE_NOOP("Messages", "Low-stock level"),
    "active": QT_TRANSLATE_NOOP("Messages", "Active"),
}

VIP_CARD_FIELDS: dict[str, str] = {
    "area": QT_TRANSLATE_NOOP("Messages", "Wanted area"),
    "budget": QT_TRANSLATE_NOOP("Messages", "Budget"),
    "layout": QT_TRANSLATE_NOOP("Messages", "Layout"),
    "floor": QT_TRANSLATE_NOOP("Messages", "Floor"),
    "purpose": QT_TRANSLATE_NOOP("Messages", "Purpose"),
    "household_size": QT_TRANSLATE_NOOP("Messages", "Household"),
    "current_district": QT_TRANSLATE_NOOP("Messages", "Lives in"),
    "consent_contact": QT_TRANSLATE_NOOP("Messages", "Agreed to be contacted"),
    "notes": QT_TRANSLATE_NOOP("Messages", "Notes"),
}
REQUEST_FIELDS: dict[str, str] = {
    "level": QT_TRANSLATE_NOOP("Messages", "Level"),
    "host": QT_TRANSLATE_NOOP("Messages", "Host"),
    "department": QT_TRANSLATE_NOOP("Messages", "Department"),
    "organisation": QT_TRANSLATE_NOOP("Messages", "Organisation"),
    "guests": QT_TRANSLATE_NOOP("Messages", "Guests"),
    "headcount": QT_TRANSLATE_NOOP("Messages", "Headcount"),
    "purpose": QT_TRANSLATE_NOOP("Messages", "Purpose"),
    "arrival_at": QT_TRANSLATE_NOOP("Messages", "Arrival"),
    "departure_at": QT_TRANSLATE_NOOP("Messages", "Departure"),
    "itinerary": QT_TRANSLATE_NOOP("Messages", "Itinerary"),
    "route": QT_TRANSLATE_NOOP("Messages", "Route"),
    "meals": QT_TRANSLATE_NOOP("Messages", "Meals"),
    "lodging": QT_TRANSLATE_NOOP("Messages", "Lodging"),
    "vehicle": QT_TRANSLATE_NOOP("Messages", "Vehicle"),
    "preparations": QT_TRANSLATE_NOOP("Messages", "Preparations"),
    "budget": QT_TRANSLATE_NOOP("Messages", "Budget"),
    "notes": QT_TRANSLATE_NOOP("Messages", "Notes"),
    "short_notice_reason": QT_TRANSLATE_NOOP("Messages", "Reason for short notice"),
}

#: The party form's fields as the change list names them.
PARTY_FIELDS: dict[str, str] = {
    "surname": QT_TRANSLATE_NOOP("Messages", "Surname"),
    "honorific": QT_TRANSLATE_NOOP("Messages", "Title"),
    "size": QT_TRANSLATE_NOOP("Messages", "People"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Visit type"),
    "channel": QT_TRANSLATE_NOOP("Messages", "Channel"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "plate": QT_TRANSLATE_NOOP("Messages", "Plate"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "note": QT_TRANSLATE_NOOP("Messages", "Note"),
    "consultant": QT_TRANSLATE_NOOP("Messages", "Consultant"),
}

"""The hotline call form (来电登记) and the manual appointment form, with their checks."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from .customer_records import Consent
from .errors import FieldProblem, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .party import MAX_PARTY_SIZE, Honorific
from .phone import normalise_phone
from .text import check_text

#: Longest text per field (the columns of `calls`).
LIMITS: dict[str, int] = {
    "caller_name": 40, "address": 100, "area": 20, "budget": 40, "layout": 20,
    "floor": 20, "channel": 40, "questions": 1000, "notes": 1000,
    # appointments
    "name": 40, "agency": 60, "agent": 40, "note": 1000,
}
#: A phone as typed (spaces, dashes, +86) is never longer than this.
LIMITS_PHONE = 40

_BAD_PHONE = QT_TRANSLATE_NOOP(
    "Messages", "Not a valid phone number: use an 11-digit mobile (138 1234 5678) "
    "or a landline with area code (010-12345678).")
#: Fields that may hold several lines.
MULTILINE: frozenset[str] = frozenset({"questions", "notes", "note"})


@dataclass(frozen=True)
class CallForm:
    """The call form as typed. Phones are normalised by `validate_call`."""

    phone: str = ""
    phone2: str = ""
    caller_name: str = ""
    honorific: Honorific | None = None
    address: str = ""
    area: str = ""
    budget: str = ""
    layout: str = ""
    floor: str = ""
    channel: str = ""
    questions: str = ""
    #: The consultant who answered (a roster id); None when the desk answered.
    consultant_id: int | None = None
    #: The agreed visit time (aware); None when no visit was agreed.
    visit_at: datetime | None = None
    #: Party size expected for the agreed visit.
    visit_size: int = 1
    notes: str = ""
    competitor: bool = False
    non_customer: bool = False
    #: The caller's answer to "may we contact you?" (recorded on the customer).
    consent: Consent = Consent.UNKNOWN


def _phone(value: str, name: str, problems: list[FieldProblem]) -> str:
    before = len(problems)
    value = check_text(problems, name, value, LIMITS_PHONE)
    if not value or len(problems) > before:
        return value
    normal = normalise_phone(value)
    if normal is None:
        problems.append(FieldProblem(name, _BAD_PHONE))
        return value
    return normal


def _texts(form: object, names: tuple[str, ...],
           problems: list[FieldProblem]) -> dict[str, str]:
    return {name: check_text(problems, name, getattr(form, name), LIMITS[name],
                             multiline=name in MULTILINE) for name in names}


def validate_call(form: CallForm, now: datetime, channels: list[str] | None = None) -> CallForm:
    """Check every field; return the cleaned form (phones normalised, text stripped).

    Raises ValidationError listing every problem, field by field.
    """
    problems: list[FieldProblem] = []
    phone = _phone(form.phone, "phone", problems)
    phone2 = _phone(form.phone2, "phone2", problems)
    if not (form.competitor or form.non_customer) and not (phone or phone2) and \
            not {"phone", "phone2"} & {p.field for p in problems}:
        problems.append(FieldProblem("phone", QT_TRANSLATE_NOOP(
            "Messages", "Enter the caller's phone number (or mark the call as not a "
            "customer).")))
    texts: dict[str, Any] = _texts(form, ("caller_name", "address", "area", "budget", "layout",
                                          "floor", "channel", "questions", "notes"), problems)
    bad = {p.field for p in problems}
    if "caller_name" not in bad and any(ch.isdigit() for ch in texts["caller_name"]):
        problems.append(FieldProblem("caller_name", QT_TRANSLATE_NOOP(
            "Messages", "The name cannot contain digits.")))
    if channels and "channel" not in bad and texts["channel"] and \
            texts["channel"] not in channels:
        problems.append(FieldProblem("channel", QT_TRANSLATE_NOOP(
            "Messages", "“{channel}” is not in the channel list; pick one from the list."),
            {"channel": texts["channel"]}))
    if form.visit_at is not None:
        if form.competitor or form.non_customer:
            problems.append(FieldProblem("visit_at", QT_TRANSLATE_NOOP(
                "Messages", "A competitor or non-customer call makes no appointment.")))
        elif form.visit_at.tzinfo is None:
            problems.append(FieldProblem("visit_at", QT_TRANSLATE_NOOP(
                "Messages", "The visit time needs a time zone.")))
        elif form.visit_at < now.replace(second=0, microsecond=0):
            problems.append(FieldProblem("visit_at", QT_TRANSLATE_NOOP(
                "Messages", "The agreed visit time is in the past.")))
    if not 1 <= form.visit_size <= MAX_PARTY_SIZE:
        problems.append(FieldProblem("visit_size", QT_TRANSLATE_NOOP(
            "Messages", "Party size must be between 1 and {max}."), {"max": MAX_PARTY_SIZE}))
    if form.consent is not Consent.UNKNOWN and (form.competitor or form.non_customer):
        problems.append(FieldProblem("consent", QT_TRANSLATE_NOOP(
            "Messages", "A competitor or non-customer call keeps no customer, so no consent: "
            "set it back to “Not asked”.")))
    if problems:
        raise ValidationError(problems)
    if not phone and phone2:
        phone, phone2 = phone2, ""
    if phone2 == phone:
        phone2 = ""
    return replace(form, phone=phone, phone2=phone2, **texts)


@dataclass(frozen=True)
class AppointmentForm:
    """A manual appointment or an agency's pre-registration typed at the desk."""

    day: date
    name: str
    phone: str = ""
    honorific: Honorific | None = None
    expected_at: datetime | None = None
    size: int = 1
    channel: str = ""
    agency: str = ""
    agent: str = ""
    note: str = ""


def validate_appointment(form: AppointmentForm, today: date) -> AppointmentForm:
    problems: list[FieldProblem] = []
    phone = _phone(form.phone, "phone", problems)
    texts: dict[str, Any] = _texts(form, ("name", "channel", "agency", "agent", "note"),
                                   problems)
    if not texts["name"] and not phone:
        problems.append(FieldProblem("name", QT_TRANSLATE_NOOP(
            "Messages", "Enter the customer's name or phone.")))
    if texts["agency"] and not phone:
        problems.append(FieldProblem("phone", QT_TRANSLATE_NOOP(
            "Messages", "A pre-registration needs the customer's phone.")))
    if form.day < today:
        problems.append(FieldProblem("day", QT_TRANSLATE_NOOP(
            "Messages", "The expected day is in the past.")))
    if not 1 <= form.size <= MAX_PARTY_SIZE:
        problems.append(FieldProblem("size", QT_TRANSLATE_NOOP(
            "Messages", "Party size must be between 1 and {max}."), {"max": MAX_PARTY_SIZE}))
    if problems:
        raise ValidationError(problems)
    return replace(form, phone=phone, **texts)

"""A party (来访组): what the receptionist types at the door, and its rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from .errors import FieldProblem, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .phone import normalise_phone
from .text import check_text


class Honorific(StrEnum):
    MR = "mr"
    MS = "ms"


HONORIFIC_LABELS: dict[Honorific, str] = {
    Honorific.MR: QT_TRANSLATE_NOOP("Honorific", "Mr"),
    Honorific.MS: QT_TRANSLATE_NOOP("Honorific", "Ms"),
}

#: The Chinese forms are what the posts say on the radio and what prints.
HONORIFIC_ZH: dict[Honorific, str] = {Honorific.MR: "先生", Honorific.MS: "女士"}


class VisitKind(StrEnum):
    WALK_IN = "walk_in"
    APPOINTMENT = "appointment"


VISIT_KIND_LABELS: dict[VisitKind, str] = {
    VisitKind.WALK_IN: QT_TRANSLATE_NOOP("VisitKind", "Walk-in"),
    VisitKind.APPOINTMENT: QT_TRANSLATE_NOOP("VisitKind", "Appointment"),
}


class InvalidReason(StrEnum):
    COMPETITOR = "competitor"
    ASKING_WAY = "asking_way"
    LOOKING_FOR_SOMEONE = "looking_for_someone"
    DELIVERY = "delivery"
    OTHER = "other"


INVALID_REASON_LABELS: dict[InvalidReason, str] = {
    InvalidReason.COMPETITOR: QT_TRANSLATE_NOOP("InvalidReason", "Competitor survey"),
    InvalidReason.ASKING_WAY: QT_TRANSLATE_NOOP("InvalidReason", "Asking the way"),
    InvalidReason.LOOKING_FOR_SOMEONE: QT_TRANSLATE_NOOP("InvalidReason", "Looking for someone"),
    InvalidReason.DELIVERY: QT_TRANSLATE_NOOP("InvalidReason", "Delivery"),
    InvalidReason.OTHER: QT_TRANSLATE_NOOP("InvalidReason", "Other"),
}

MAX_SURNAME = 8
MAX_PLATE = 10
MAX_TEXT = 200
MAX_PARTY_SIZE = 50
#: The consultant's name as stored (the column holds 40 characters).
MAX_CONSULTANT = 40

# 京A12345, 粤B D12345 (new energy: 6 after the letter), or 4 then a
# 挂/学/警/港/澳/使/领 suffix (京A1234学).
_PLATE = re.compile(
    r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[A-HJ-NP-Z](?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳使领])$"
)


@dataclass(frozen=True)
class PartyDraft:
    """The entry form's values, as typed."""

    surname: str
    honorific: Honorific
    size: int
    kind: VisitKind
    channel: str
    phone: str = ""
    plate: str = ""
    description: str = ""
    note: str = ""
    consultant: str = ""


#: The form's fields in order: problems are listed (and the first one focused) in this order.
_FIELD_ORDER = ("surname", "honorific", "size", "kind", "channel", "phone", "plate",
                "description", "note", "consultant")


def _problem(field: str, text: str, **params: object) -> FieldProblem:
    return FieldProblem(field, text, dict(params))


def validate_party(draft: PartyDraft, channels: list[str]) -> PartyDraft:
    """Check every field; return the cleaned draft (phone normalised, plate upper-case).

    Raises ValidationError listing every problem at once, so the form can mark
    all wrong fields in one go.
    """
    problems: list[FieldProblem] = []
    texts = {name: check_text(problems, name, getattr(draft, name), limit)
             for name, limit in (("surname", None), ("channel", MAX_CONSULTANT),
                                 ("phone", MAX_TEXT), ("plate", MAX_TEXT),
                                 ("description", MAX_TEXT), ("note", MAX_TEXT),
                                 ("consultant", MAX_CONSULTANT))}
    bad = {p.field for p in problems}
    surname = texts["surname"]
    if "surname" in bad:
        pass
    elif not surname:
        problems.append(_problem("surname", QT_TRANSLATE_NOOP(
            "Messages", "Enter the surname, e.g. 王.")))
    elif len(surname) > MAX_SURNAME:
        problems.append(_problem("surname", QT_TRANSLATE_NOOP(
            "Messages", "The surname is too long (at most {max} characters)."), max=MAX_SURNAME))
    elif any(ch.isdigit() for ch in surname):
        problems.append(_problem("surname", QT_TRANSLATE_NOOP(
            "Messages", "The surname cannot contain digits.")))
    if not 1 <= draft.size <= MAX_PARTY_SIZE:
        problems.append(_problem("size", QT_TRANSLATE_NOOP(
            "Messages", "Party size must be between 1 and {max}."), max=MAX_PARTY_SIZE))
    channel = texts["channel"]
    if "channel" in bad:
        pass
    elif not channel:
        problems.append(_problem("channel", QT_TRANSLATE_NOOP(
            "Messages", "Choose how they heard of the project.")))
    elif channels and channel not in channels:
        problems.append(_problem("channel", QT_TRANSLATE_NOOP(
            "Messages", "“{channel}” is not in the channel list; pick one from the list."),
            channel=channel))
    phone = texts["phone"]
    if phone and "phone" not in bad:
        normal = normalise_phone(phone)
        if normal is None:
            problems.append(_problem("phone", QT_TRANSLATE_NOOP(
                "Messages",
                "Not a valid phone number: use an 11-digit mobile (138 1234 5678) "
                "or a landline with area code (010-12345678).")))
        else:
            phone = normal
    plate = texts["plate"].upper().replace(" ", "").replace("·", "")
    if plate and "plate" not in bad and not _PLATE.match(plate):
        problems.append(_problem("plate", QT_TRANSLATE_NOOP(
            "Messages", "Not a valid plate: province character, letter, then 5-6 "
            "letters or digits (京A12345).")))
    if problems:
        raise ValidationError(sorted(problems, key=lambda p: _FIELD_ORDER.index(p.field)))
    return replace(
        draft,
        surname=surname,
        channel=channel,
        phone=phone,
        plate=plate,
        description=texts["description"],
        note=texts["note"],
        consultant=texts["consultant"],
    )


def display_name(surname: str, honorific: Honorific | str) -> str:
    """王先生 — how the posts and the bar refer to a party (no full name)."""
    return f"{surname}{HONORIFIC_ZH[Honorific(honorific)]}"

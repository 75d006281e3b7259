"""Personal data by role: the one rule of who sees a full phone or a full name.

Every screen, printed sheet and export asks `may_see_full(viewer, purpose)`
before it shows a phone, a customer's full name or a plate; when the answer is
no it shows `mask_phone` / `mask_name` / `mask_plate` of the value instead.

The rule (PIPL: only the people whose work needs it):

| purpose | full phones for |
|---|---|
| `BAR` (the water-bar window) | nobody: never a phone, never a full name |
| `BOARD` (shared desk screens: arrival board, expected strip, calls dock) | nobody |
| `CUSTOMER_RECORD` (one customer's own record, a manager's view) | a manager or admin |
| `SHEET` (a printed sheet) | a manager or admin who prints it |
| `EXPORT` (a file) | a manager or admin who approved it with their PIN |

Names: the desk greets people by name, so screens and sheets show them; the
bar shows only the surname with 先生 / 女士 (`short_name`), and an export
without approval shows 王* (`mask_name`). Plates follow the phones.

The command line's operating-system user (`Actor.system`) may run every
command, but it is nobody's approval: its exports are masked unless a
manager's or admin's name and PIN come with them. Nobody (`None`) sees
masked values everywhere. Pure Python, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum

from .phone import mask_phone
from .roles import Actor, Role


class Purpose(StrEnum):
    """Where personal data is about to be shown."""

    BAR = "bar"
    BOARD = "board"
    CUSTOMER_RECORD = "customer_record"
    SHEET = "sheet"
    EXPORT = "export"


class MaskKind(StrEnum):
    """How a value is hidden when the viewer may not see it in full."""

    PHONE = "phone"   # 13812345678 -> 138****5678
    NAME = "name"     # 张伟 -> 张*, 张先生 stays
    PLATE = "plate"   # 粤B12345 -> 粤B***45
    TEXT = "text"     # free text: phone numbers inside it are masked


#: The roles whose work needs full personal data (where the purpose allows it at all).
FULL_DATA_ROLES: frozenset[Role] = frozenset({Role.MANAGER, Role.ADMIN})

#: Purposes that never show full personal data, whoever looks.
ALWAYS_MASKED: frozenset[Purpose] = frozenset({Purpose.BAR, Purpose.BOARD})


def may_see_full(viewer: Actor | None, purpose: Purpose | str) -> bool:
    """Whether `viewer` may see full phones and names for `purpose` (the one rule)."""
    chosen = Purpose(purpose)
    if chosen in ALWAYS_MASKED or viewer is None:
        return False
    if viewer.is_system:  # the OS user of the command line: no one approved it
        return False
    return viewer.role in FULL_DATA_ROLES


# -- masks ---------------------------------------------------------------------------

#: Honorifics a reduced name may end with (先生 / 女士 / 小姐, English Mr / Ms).
HONORIFIC_SUFFIXES: tuple[str, ...] = ("先生", "女士", "小姐", "太太")

#: Two-character family names, so 欧阳娜娜 keeps 欧阳.
COMPOUND_SURNAMES: frozenset[str] = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
    "司徒", "夏侯", "长孙", "宇文", "轩辕", "端木", "独孤", "南宫", "西门", "呼延",
    "钟离", "闻人", "赫连", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "申屠",
})


def surname_of(name: str) -> str:
    """The family name of a Chinese full name (two characters for 欧阳 and the like)."""
    text = name.strip()
    if text[:2] in COMPOUND_SURNAMES:
        return text[:2]
    return text[:1]


def is_reduced_name(name: str) -> bool:
    """A surname with an honorific only (王先生): already what the bar may show."""
    text = name.strip()
    for suffix in HONORIFIC_SUFFIXES:
        if text.endswith(suffix):
            head = text[: -len(suffix)]
            return 1 <= len(head) <= 2 and (len(head) == 1 or head in COMPOUND_SURNAMES)
    return False


def short_name(name: str, honorific: str = "") -> str:
    """The name as the bar may show it: surname + 先生 / 女士 (王先生), else 王*."""
    text = name.strip()
    if not text or is_reduced_name(text):
        return text
    surname = surname_of(text)
    if honorific:
        return f"{surname}{honorific}"
    return mask_name(text)


def mask_name(name: str) -> str:
    """张伟 -> 张*, 欧阳娜娜 -> 欧阳**, John Smith -> J*********; 王先生 stays."""
    text = name.strip()
    if len(text) <= 1 or is_reduced_name(text):
        return text
    keep = surname_of(text) if not text.isascii() else text[:1]
    rest = text[len(keep):]
    return keep + "".join(" " if ch == " " else "*" for ch in rest)


def mask_plate(plate: str) -> str:
    """粤B12345 -> 粤B***45: the province and letter, then only the last two."""
    text = plate.strip()
    if len(text) <= 4:
        return text
    return text[:2] + "*" * (len(text) - 4) + text[-2:]


# A mobile (1[3-9] + 9 digits) or a landline with its area code, possibly with
# separators, not part of a longer digit run.
_PHONE_IN_TEXT = re.compile(
    r"(?<![0-9])(?:\+?86[ -]?)?(?:1[3-9][0-9](?:[ -]?[0-9]){8}|0[1-9][0-9]{1,2}[ -]?[0-9]{7,8})"
    r"(?![0-9])")


def mask_phones_in_text(text: str) -> str:
    """Free text (notes, an audit detail) with every phone number in it masked."""
    def hide(found: re.Match[str]) -> str:
        digits = re.sub(r"[^0-9]", "", found.group(0))
        if digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        return mask_phone(digits)

    return _PHONE_IN_TEXT.sub(hide, text)


def mask_value(value: object, kind: MaskKind | str) -> object:
    """One value hidden as `kind` says; anything not text is returned unchanged."""
    if not isinstance(value, str) or not value:
        return value
    chosen = MaskKind(kind)
    if chosen is MaskKind.PHONE:
        return mask_phone(value) if value.isdigit() else mask_phones_in_text(value)
    if chosen is MaskKind.NAME:
        return mask_name(value)
    if chosen is MaskKind.PLATE:
        return mask_plate(value)
    return mask_phones_in_text(value)


def mask_row(row: Mapping[str, object],
             masks: Mapping[str, MaskKind | str]) -> dict[str, object]:
    """A copy of an export row with the named columns masked."""
    return {key: (mask_value(value, masks[key]) if key in masks else value)
            for key, value in row.items()}


def shown_phone(phone: str, viewer: Actor | None, purpose: Purpose | str) -> str:
    """The phone as this viewer may see it here."""
    return phone if may_see_full(viewer, purpose) else mask_phone(phone)


def shown_name(name: str, viewer: Actor | None, purpose: Purpose | str) -> str:
    """A customer's name as this viewer may see it here.

    The desk greets people by name, so screens and sheets show it; the bar shows
    only 王先生 / 王*, and a masked export shows 王*.
    """
    chosen = Purpose(purpose)
    if chosen is Purpose.BAR:
        return short_name(name)
    if chosen is Purpose.EXPORT and not may_see_full(viewer, chosen):
        return mask_name(name)
    return name

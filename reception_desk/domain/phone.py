"""Mainland China phone numbers: validation and the normal form used for matching."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-()（）.]")
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
# Area code 0 + 2..3 digits (never 00: that is an international prefix),
# local number 7..8 digits.
_LANDLINE = re.compile(r"^0[1-9][0-9]{1,2}[0-9]{7,8}$")


def normalise_phone(raw: str) -> str | None:
    """Return the digits-only normal form of a valid number, or None if it is not one.

    Accepts spaces, dashes, brackets, a +86 / 0086 / 86 country prefix (for
    mobiles) and landlines with an area code.
    """
    # Full-width digits and signs (a Chinese input method's default) count as ASCII.
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw).strip())
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if not (text.isascii() and text.isdigit()):
        return None
    if _MOBILE.match(text) or _LANDLINE.match(text):
        return text
    return None


def is_mobile(normal: str) -> bool:
    return bool(_MOBILE.match(normal))


def mask_phone(normal: str) -> str:
    """Show a number with its middle hidden: 138****5678."""
    if len(normal) >= 7:
        return normal[:3] + "*" * (len(normal) - 7) + normal[-4:]
    return normal

"""Mainland China phone numbers: validation, the normal form used for matching, search.

Parsing is done by the `phonenumbers` library (region CN): it understands the
+86 / 0086 prefixes, full-width digits and the national trunk prefix. The
normal form stays what the stored data has always used: the national number
as digits only, with the leading 0 of a landline's area code ("13812345678",
"01012345678"). A landline may have a 7- or 8-digit local number.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEPARATORS = re.compile(r"[\s\-()（）.]")
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
# Area code 0 + 2..3 digits (never 00: that is an international prefix),
# local number 7..8 digits.
_LANDLINE = re.compile(r"^0[1-9][0-9]{1,2}[0-9]{7,8}$")
_CHINA = 86


def _clean(raw: str) -> str:
    """Full-width digits and signs (a Chinese input method's default) count as ASCII."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw).strip())


#: Numbers whose answer `normalise_phone` keeps: parsing is its cost (about 0.1 ms), and
#: the same numbers come back (a search's query for every row, returning customers, calls).
PHONE_CACHE_SIZE = 4096


@lru_cache(maxsize=PHONE_CACHE_SIZE)
def normalise_phone(raw: str) -> str | None:
    """Return the digits-only normal form of a valid number, or None if it is not one.

    Accepts spaces, dashes, brackets, dots, full-width digits, a +86 / 0086 / 86
    country prefix and landlines with an area code. Foreign numbers are refused:
    the desk cannot use them to recognise a customer.
    """
    text = _clean(raw)
    body = text[1:] if text.startswith("+") else text
    # Only plain digits: phonenumbers would read letters as a keypad ("138l...").
    if not (body.isascii() and body.isdigit()):
        return None
    if text.startswith("86") and len(text) == 13:
        text = "+" + text  # 86 138 1234 5678: a mobile with the country code
    import phonenumbers  # here, at the first number: the windows paint without it

    try:
        number = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        return None
    if number.country_code != _CHINA or not phonenumbers.is_possible_number(number):
        return None
    national = str(number.national_number)
    normal = "0" + national
    # Typed with its trunk 0 it is a landline as typed (even 0 + something mobile-like).
    if text.endswith(normal) and _LANDLINE.match(normal):
        return normal
    if _MOBILE.match(national):
        return national
    # A landline without its 0 only after +86 / 0086; Beijing's area code is 10 and no
    # other starts with 1 (a mobile with a digit missing is no landline).
    international = text.startswith(("+", "00"))
    if international and _LANDLINE.match(normal) and (
            not national.startswith("1") or national.startswith("10")):
        return normal
    return None


def is_mobile(normal: str) -> bool:
    return bool(_MOBILE.match(normal))


def phone_digits(query: str) -> str:
    """The ASCII digits of what was typed (full-width digits included)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", query) if ch.isascii()
                   and ch.isdigit())


def phone_matches(query: str, normal: str, min_digits: int = 3) -> bool:
    """Whether a search query finds a stored normal-form number.

    A complete number typed any way ("+86 138-1234-5678") matches its normal
    form; otherwise any run of at least `min_digits` digits matches any part of
    the number ("5678" finds 13812345678).
    """
    if not normal:
        return False
    digits = phone_digits(query)
    return number_found(normal, normalise_phone(query),
                        digits if len(digits) >= min_digits else "")


def number_found(normal: str, whole: str | None, digits: str) -> bool:
    """`phone_matches` with the query worked out: `whole` its normal form (None when it
    is not a number), `digits` its digits if there are enough of them, else ""."""
    return bool(normal) and (normal == whole or (bool(digits) and digits in normal))


def mask_phone(normal: str) -> str:
    """Show a number with its middle hidden: 138****5678."""
    if len(normal) >= 7:
        return normal[:3] + "*" * (len(normal) - 7) + normal[-4:]
    return normal

"""Generated values that the app's own rules accept: phones, and parties and calls checked.

Every phone the demo makes is drawn from real mainland mobile prefixes and
kept only when `domain.phone.normalise_phone` returns it unchanged (a 179...
number, say, is refused by the phone rule, so it is never generated). Every
party and call goes through the same validators as the entry forms before a
row is built, so a rule change that the generator does not follow fails loudly
(a DomainError) instead of writing data the app would refuse.
"""

from __future__ import annotations

import random
from datetime import datetime

from ..domain.call_form import CallForm, validate_call
from ..domain.party import PartyDraft, validate_party
from ..domain.phone import normalise_phone

#: Mobile prefixes (the first three digits) of the mainland operators.
MOBILE_PREFIXES: tuple[str, ...] = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
    "147", "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "166", "173", "175", "176", "177", "178", "180", "181", "182", "183",
    "184", "185", "186", "187", "188", "189", "191", "198", "199",
)


def mobile(rng: random.Random, taken: set[str] | None = None) -> str:
    """An 11-digit mobile the phone rule accepts as it is (and not in `taken`).

    Which numbers the rule accepts depends on the prefix only, so each prefix is
    checked against the rule once (`_accepted`); the forms' validators check every
    number again where it is used.
    """
    while True:
        prefix = rng.choice(MOBILE_PREFIXES)
        number = prefix + f"{rng.randrange(10**8):08d}"
        if not _accepted(prefix, number):
            continue
        if taken is None or number not in taken:
            if taken is not None:
                taken.add(number)
            return number


_PREFIX_OK: dict[str, bool] = {}


def _accepted(prefix: str, number: str) -> bool:
    known = _PREFIX_OK.get(prefix)
    if known is None:
        known = _PREFIX_OK[prefix] = normalise_phone(number) == number
    return known


def checked_party(draft: PartyDraft, channels: list[str]) -> PartyDraft:
    """The draft as the entry form would store it (ValidationError if a rule refuses it)."""
    return validate_party(draft, channels)


def checked_call(form: CallForm, now: datetime, channels: list[str]) -> CallForm:
    """The call form as the hotline would store it (ValidationError if a rule refuses it)."""
    return validate_call(form, now, channels)

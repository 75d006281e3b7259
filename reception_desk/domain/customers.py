"""Customer rules: pinyin of a name, search matching, and ownership (归属) windows.

Ownership, first come first served:
- a call owns the customer for `call_ownership_days`, a visit for
  `ownership_visit_days`, counted from the call or the arrival;
- the window is inclusive: at exactly `since + days` the owner still holds the
  customer, one instant later the customer is back in the open pool (the same
  boundary the rotation uses for returning customers);
- while an ownership is live, another consultant's call or visit does not take
  the customer over; the owner's own new call or visit extends it (never
  shortens it);
- once it has expired, the next call or visit starts a new ownership.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from .customer_records import Ownership, OwnerSource
from .phone import normalise_phone, number_found, phone_digits

_LATIN_WORD = re.compile(r"[a-z0-9]+")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def _syllables(name: str) -> list[str]:
    # pypinyin loads its phrase dictionary on import (about 0.3 s): only when a name
    # is first spelled out, never at start-up.
    from pypinyin import Style, lazy_pinyin

    return list(lazy_pinyin(_fold(name), style=Style.NORMAL, errors="default"))


def name_pinyin(name: str) -> str:
    """The full pinyin without tones or spaces: 张伟 -> "zhangwei"; Latin kept, lower case."""
    parts = _syllables(name)
    return "".join(ch for ch in "".join(parts) if ch.isascii() and ch.isalnum())


def name_initials(name: str) -> str:
    """The initials: 张伟 -> "zw", 欧阳娜娜 -> "oynn", "Tom Li" -> "tl", 张Tom -> "zt"."""
    initials: list[str] = []
    for part in _syllables(name):
        for word in _LATIN_WORD.findall(part):
            initials.append(word[0])
    return "".join(initials)


class Searchable(Protocol):
    name: str
    phone: str
    phone2: str
    plate: str


@dataclass(frozen=True, slots=True)
class SearchTerms:
    """What a search box's text looks for, worked out once for a whole search: `matches`
    compares these with each customer, and the store's SQL pre-selection asks for the
    same texts (store/customers_repo.py), so the two cannot drift apart."""

    #: The text as typed, trimmed (what SQL compares names with).
    typed: str
    #: Folded (NFKC, trimmed, lower case): found in any part of the name.
    text: str
    #: The whole number typed, in its normal form; None when it is not one.
    phone: str | None
    #: Its ASCII digits when there are at least 3: found in any part of either number.
    digits: str
    #: Upper case without spaces or "·" when 2 characters or more: any part of the plate.
    plate: str
    #: The letters of a text of letters (and spaces) only: pinyin initials (a prefix)
    #: or, from 2 letters on, any part of the full pinyin; "" otherwise.
    letters: str


def search_terms(query: str) -> SearchTerms:
    text = _fold(query)
    digits = phone_digits(query)
    plate = text.upper().replace(" ", "").replace("·", "")
    letters = "".join(ch for ch in text if ch.isascii() and ch.isalpha())
    return SearchTerms(
        typed=query.strip(), text=text,
        phone=normalise_phone(query) if digits else None,
        digits=digits if len(digits) >= 3 else "",
        plate=plate if len(plate) >= 2 else "",
        letters=letters if letters and letters == text.replace(" ", "") else "")


def matches(query: str | SearchTerms, customer: Searchable, *, initials: str | None = None,
            pinyin: str | None = None) -> bool:
    """Whether a search box's text finds a customer.

    By name (any part), phone (any part of either number, at least 3 digits),
    plate (any part, case and spaces ignored), pinyin initials ("zw" finds 张伟)
    or full pinyin ("zhangw"). `initials` and `pinyin` are the name's as stored with
    the customer (``name_initials``/``name_pinyin`` of the name): given, the name is
    not spelled out again (pypinyin is neither loaded nor run by a search).
    """
    terms = search_terms(query) if isinstance(query, str) else query
    if not terms.text:
        return False
    name = _fold(customer.name)
    if name and terms.text in name:
        return True
    if any(number_found(number, terms.phone, terms.digits)
           for number in (customer.phone, customer.phone2)):
        return True
    if customer.plate and terms.plate and terms.plate in customer.plate.upper():
        return True
    letters = terms.letters
    if letters:
        if initials is None:
            initials = name_initials(customer.name)
        if initials.startswith(letters):
            return True
        if len(letters) >= 2:
            if pinyin is None:
                pinyin = name_pinyin(customer.name)
            if letters in pinyin:
                return True
    return False


@dataclass(frozen=True)
class OwnershipClaim:
    """A call answered or a visit received by a consultant: a bid for ownership."""

    consultant_id: int
    source: OwnerSource
    at: datetime


class OwnershipDays(Protocol):
    @property
    def call_ownership_days(self) -> int: ...
    @property
    def ownership_visit_days(self) -> int: ...


def owner_until(source: OwnerSource, at: datetime, settings: OwnershipDays) -> datetime:
    """The last instant (inclusive) a call or visit at `at` keeps the customer."""
    days = (settings.call_ownership_days if source is OwnerSource.CALL
            else settings.ownership_visit_days)
    return at + timedelta(days=days)


def is_live(ownership: Ownership | None, now: datetime) -> bool:
    return ownership is not None and ownership.since <= now <= ownership.until


def apply_claim(current: Ownership | None, claim: OwnershipClaim,
                settings: OwnershipDays) -> Ownership | None:
    """The ownership after one more call or visit (first come: no take-over while live)."""
    until = owner_until(claim.source, claim.at, settings)
    if current is not None and current.since <= claim.at <= current.until:
        if claim.consultant_id != current.owner_id:
            return current
        if until <= current.until:
            return current
        return Ownership(current.owner_id, claim.source, current.since, until,
                         current.owner_name)
    return Ownership(claim.consultant_id, claim.source, claim.at, until)


def current_owner(claims: Iterable[OwnershipClaim], now: datetime,
                  settings: OwnershipDays) -> Ownership | None:
    """Who owns the customer at `now`, replaying the calls and visits up to then."""
    ownership: Ownership | None = None
    # Simultaneous claims (rare) are settled by a fixed order, not by list order.
    for claim in sorted(claims, key=lambda c: (c.at, c.consultant_id, c.source.value)):
        if claim.at > now:
            break
        ownership = apply_claim(ownership, claim, settings)
    return ownership if is_live(ownership, now) else None

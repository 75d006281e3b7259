"""What a public screen may show of a customer's name: the surname and an honorific.

The lobby wall display (and anything else people in the sales hall can read)
shows 王先生 / 王女士 for 王伟, or 王* when the honorific is not known: never the
full name. The reduction is pure so it can be tested without a screen; the surname rule
(compound surnames, typed honorifics) is privacy.py's, so the bar window and
the wall agree. Unlike `privacy.short_name` it keeps the surname and the
honorific apart, so the screen can say 王先生 in Chinese and Mr 王 in English.

- A Chinese name keeps its first character, or its first two for a compound
  surname (欧阳, 司马, ...), when the name is longer than the surname alone.
- A name typed with its honorific (王先生, 李女士, 张小姐) gives both.
- A Latin name keeps its last word (the same rule as the arrival board).
- Digits and other characters that are not a name are never shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from .party import MAX_SURNAME, Honorific
from .privacy import HONORIFIC_SUFFIXES, surname_of

#: Honorifics people type after a surname (privacy's list), and what they mean.
TYPED_HONORIFICS: tuple[tuple[str, Honorific], ...] = tuple(
    (word, Honorific.MR if word == "先生" else Honorific.MS) for word in HONORIFIC_SUFFIXES)
_LATIN_TITLES = {"mr": Honorific.MR, "mr.": Honorific.MR, "mrs": Honorific.MS,
                 "mrs.": Honorific.MS, "ms": Honorific.MS, "ms.": Honorific.MS,
                 "miss": Honorific.MS}


@dataclass(frozen=True)
class PublicName:
    """The part of a name a public screen shows; `surname` is "" when none is known."""

    surname: str
    honorific: Honorific | None


def _is_name_char(char: str) -> bool:
    return char.isalpha() or char in "·'-"


def _is_han(char: str) -> bool:
    """A Chinese character (CJK unified ideographs and their extension A)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def chinese_surname(name: str) -> str:
    """欧阳娜娜 -> 欧阳, 张伟 -> 张, 张 -> 张 (privacy's rule, with its compound surnames)."""
    return surname_of(name)


def latin_surname(name: str) -> str:
    """John Smith -> Smith; a title or a word with digits is never the surname."""
    words = [w for w in name.replace(",", " ").split()
             if w.lower() not in _LATIN_TITLES and all(_is_name_char(c) for c in w)]
    return words[-1] if words else ""


def public_name(name: str, honorific: Honorific | None = None) -> PublicName:
    """The surname (at most MAX_SURNAME characters) and the honorific, if known."""
    text = " ".join(name.split())
    for word, meaning in TYPED_HONORIFICS:
        if text.endswith(word) and len(text) > len(word):
            text = text[:-len(word)].strip()
            honorific = honorific or meaning
            break
    first = text.split(" ", 1)[0].lower() if text else ""
    if first in _LATIN_TITLES:
        honorific = honorific or _LATIN_TITLES[first]
    han = "".join(c for c in text if _is_han(c))
    surname = chinese_surname(han) if han else latin_surname(text)
    return PublicName(surname[:MAX_SURNAME], honorific)


__all__ = ["PublicName", "chinese_surname", "latin_surname",
           "public_name"]

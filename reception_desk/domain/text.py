"""One rule for free text, wherever a person or a file types it (forms, imports, CLI).

`clean_text(value, multiline=...)` does what is obviously right and nothing
else: leading and trailing whitespace (a pasted trailing newline included)
goes, and in a multi-line field CR LF / CR / U+2028 / U+2029 become LF.

`text_problem(value, ...)` then says what cannot be stored, as a message
marked for translation (context "Messages") and its parameters:

- control characters: C0 (NUL, BEL, ESC ...), DEL and C1; a multi-line field
  (notes, descriptions) keeps LF and TAB, a single-line field keeps neither;
- lone surrogates (they cannot be written as UTF-8) and noncharacters
  (U+FFFE, U+FFFF ...: not allowed in the XML of an Excel file);
- bidirectional overrides, embeddings and isolates (U+202A-202E,
  U+2066-2069) and the direction marks U+200E, U+200F, U+061C: they make a
  name read differently from what is stored (a "right-to-left override" trick);
- invisible-only values: nothing but zero-width characters (U+200B-200D,
  U+2060, U+FEFF, U+180E) and whitespace;
- more than `max_length` characters (code points, as the columns count them).

`check_text(problems, field, value, max_length, ...)` is the one call a
validator makes: it cleans, appends a `FieldProblem` naming the field when the
text is refused, and returns the cleaned text.

`export_safe(value)` is for the way out: old data typed before this rule may
still hold such characters, and an export must never crash on them.
"""

from __future__ import annotations

import re

from .errors import FieldProblem, ValidationError
from .i18n import QT_TRANSLATE_NOOP

#: Bidirectional formatting: embeddings, overrides, isolates, and the direction marks.
BIDI_CONTROLS: frozenset[str] = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"])
#: Characters that show nothing: a value of only these (and whitespace) is refused.
ZERO_WIDTH: frozenset[str] = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e")
#: What a multi-line field keeps of the control characters.
MULTILINE_CONTROLS: frozenset[str] = frozenset("\n\t")

NOT_TEXT = QT_TRANSLATE_NOOP("Messages", "This must be text.")
TOO_LONG = QT_TRANSLATE_NOOP("Messages", "Too long: at most {max} characters.")
LINE_BREAK = QT_TRANSLATE_NOOP("Messages", "Must be one line: remove the line break.")
CONTROL = QT_TRANSLATE_NOOP(
    "Messages", "Contains an invisible control character ({code}); delete it and type the "
    "text again.")
BROKEN = QT_TRANSLATE_NOOP(
    "Messages", "Contains a broken character ({code}) that cannot be saved; type the text "
    "again.")
BIDI = QT_TRANSLATE_NOOP(
    "Messages", "Contains a text-direction control ({code}) that makes the text read "
    "differently from what is saved; delete it.")
INVISIBLE = QT_TRANSLATE_NOOP(
    "Messages", "Contains only invisible characters; type the text or leave the field empty.")

_NEWLINES = re.compile("\r\n|[\r\u2028\u2029]")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")


def code_of(ch: str) -> str:
    """U+0000 style, as shown in messages."""
    return f"U+{ord(ch):04X}"


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Strip surrounding whitespace; in a multi-line field make every line break an LF.

    Idempotent: cleaning a cleaned text changes nothing.
    """
    if multiline:
        value = _NEWLINES.sub("\n", value)
    return value.strip()


def _noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


#: Every character `forbidden_char` may refuse (in one mode or the other), and nothing
#: else: a text without any (nearly every text) is passed without a loop in Python.
_SUSPECT = re.compile(
    "[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\ud800-\\udfff\\ufdd0-\\ufdef"
    + "".join(f"\\U{plane:04x}fffe\\U{plane:04x}ffff" for plane in range(0x11))
    + "".join(f"\\u{ord(ch):04x}" for ch in sorted(BIDI_CONTROLS)) + "]")
_ZERO_WIDTH = re.compile("[" + "".join(f"\\u{ord(ch):04x}" for ch in sorted(ZERO_WIDTH)) + "]")


def forbidden_char(value: str, *, multiline: bool = False) -> tuple[str, str] | None:
    """The first character the text may not hold, with the message for it; else None."""
    if _SUSPECT.search(value) is None:
        return None
    return _first_forbidden(value, multiline=multiline)


def _first_forbidden(value: str, *, multiline: bool) -> tuple[str, str] | None:
    """`forbidden_char` character by character (the rule itself)."""
    for ch in value:
        code = ord(ch)
        if code < 0x20 or 0x7F <= code <= 0x9F or ch in ("\u2028", "\u2029"):
            if multiline and ch in MULTILINE_CONTROLS:
                continue
            if not multiline and ch in _LINE_BREAKS:
                return ch, LINE_BREAK
            return ch, CONTROL
        if 0xD800 <= code <= 0xDFFF or _noncharacter(code):
            return ch, BROKEN
        if ch in BIDI_CONTROLS:
            return ch, BIDI
    return None


def invisible_only(value: str) -> bool:
    """Non-empty, yet nothing but zero-width characters and whitespace."""
    return bool(value) and _ZERO_WIDTH.search(value) is not None and \
        all(ch in ZERO_WIDTH or ch.isspace() for ch in value)


def text_problem(value: str, *, max_length: int | None = None,
                 multiline: bool = False) -> tuple[str, dict[str, object]] | None:
    """Why a cleaned text cannot be stored (message, params), or None when it can."""
    bad = forbidden_char(value, multiline=multiline)
    if bad is not None:
        ch, text = bad
        return text, {"code": code_of(ch)}
    if invisible_only(value):
        return INVISIBLE, {}
    if max_length is not None and len(value) > max_length:
        return TOO_LONG, {"max": max_length}
    return None


def check_text(problems: list[FieldProblem], field: str, value: object,
               max_length: int | None = None, *, multiline: bool = False) -> str:
    """Clean `value`; append a problem for `field` if it cannot be stored; the cleaned text.

    None counts as empty; anything else that is not a str is refused.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(FieldProblem(field, NOT_TEXT))
        return ""
    cleaned = clean_text(value, multiline=multiline)
    found = text_problem(cleaned, max_length=max_length, multiline=multiline)
    if found is not None:
        problems.append(FieldProblem(field, found[0], found[1]))
    return cleaned


def checked_text(field: str, value: object, max_length: int | None = None, *,
                 multiline: bool = False) -> str:
    """The cleaned text of one field; raises ValidationError naming the field if refused."""
    problems: list[FieldProblem] = []
    cleaned = check_text(problems, field, value, max_length, multiline=multiline)
    if problems:
        raise ValidationError(problems)
    return cleaned


def acceptable(value: str, max_length: int | None = None, *, multiline: bool = False) -> bool:
    """Whether the cleaned `value` passes the rule."""
    return text_problem(clean_text(value, multiline=multiline), max_length=max_length,
                        multiline=multiline) is None


#: What an export writes instead of a character it cannot write.
REPLACEMENT = "\ufffd"


def export_safe(value: str) -> str:
    """`value` with every character an export cannot write replaced by U+FFFD.

    For data stored before the rule: control characters (but LF and TAB),
    lone surrogates and noncharacters. Bidi controls are dropped too, so a
    spreadsheet shows the text in the order it is stored. Idempotent.
    """
    if not value:
        return value
    out: list[str] = []
    changed = False
    for ch in value:
        bad = forbidden_char(ch, multiline=True)
        if bad is None:
            out.append(ch)
        else:
            changed = True
            if bad[1] != BIDI:
                out.append(REPLACEMENT)
    return "".join(out) if changed else value

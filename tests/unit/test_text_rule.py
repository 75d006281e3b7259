"""The free-text rule: what it refuses, what it cleans, and its invariants (hypothesis)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

from reception_desk.domain.errors import FieldProblem
from reception_desk.domain.text import (
    BIDI,
    BIDI_CONTROLS,
    BROKEN,
    CONTROL,
    INVISIBLE,
    LINE_BREAK,
    NOT_TEXT,
    TOO_LONG,
    ZERO_WIDTH,
    acceptable,
    check_text,
    clean_text,
    export_safe,
    forbidden_char,
    text_problem,
)

# Text biased towards the troublemakers, mixed with ordinary and CJK characters.
_NASTY = st.sampled_from(
    ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9f",
     "\n", "\r", "\r\n", "\t", " ", "\u3000", "\u2028", "\u2029", "\ud800", "\udfff",
     "\ufffe", "\uffff", "\ufdd0", *sorted(BIDI_CONTROLS), *sorted(ZERO_WIDTH),
     "王", "先生", "a", "1", "é", "😀", "👨\u200d👩\u200d👧"])
TEXT = st.one_of(st.text(), st.lists(_NASTY | st.text(max_size=3)).map("".join))


def _check(value: str, multiline: bool = False, max_length: int | None = None
           ) -> tuple[str, list[FieldProblem]]:
    problems: list[FieldProblem] = []
    cleaned = check_text(problems, "surname", value, max_length, multiline=multiline)
    return cleaned, problems


@pytest.mark.parametrize(("value", "message"), [
    ("王\x00", CONTROL),
    ("王\x1b[31m", CONTROL),
    ("王\x7f", CONTROL),
    ("王\x9b", CONTROL),
    ("王\n先生", LINE_BREAK),
    ("王\r先生", LINE_BREAK),
    ("王\u2028先生", LINE_BREAK),
    ("王\t先生", CONTROL),
    ("王\ud800", BROKEN),
    ("王\uffff", BROKEN),
    ("\u202e王", BIDI),
    ("王\u2066x\u2069", BIDI),
    ("王\u200f", BIDI),
    ("\u200b", INVISIBLE),
    ("\u200b\u200c \ufeff\u2060", INVISIBLE),
])
def test_refused_with_a_message_for_the_field(value: str, message: str) -> None:
    _cleaned, problems = _check(value)
    assert [(p.field, p.message) for p in problems] == [("surname", message)]
    if "{code}" in message:
        assert problems[0].text().startswith(message.split("{")[0])
        assert "U+" in problems[0].text()


def test_cleaned_where_obviously_right() -> None:
    assert _check("  王 \n") == ("王", [])
    assert _check("\u3000王\t") == ("王", [])
    assert _check("   ") == ("", [])
    assert _check("") == ("", [])
    assert _check(None) == ("", [])   # type: ignore[arg-type]


def test_multiline_keeps_lines_and_tabs() -> None:
    assert _check("line 1\r\nline 2\r\tx\u2028y\n\n", multiline=True) == (
        "line 1\nline 2\n\tx\ny", [])
    assert _check("a\x00b", multiline=True)[1][0].message == CONTROL
    assert _check("a\u202eb", multiline=True)[1][0].message == BIDI


def test_length_and_type() -> None:
    assert _check("王" * 9, max_length=8)[1] == [FieldProblem("surname", TOO_LONG, {"max": 8})]
    assert _check(" " + "王" * 8 + "\n", max_length=8) == ("王" * 8, [])
    assert _check(12)[1] == [FieldProblem("surname", NOT_TEXT)]   # type: ignore[arg-type]


def test_joiners_inside_real_text_are_fine() -> None:
    assert acceptable("👨\u200d👩\u200d👧 family")
    assert acceptable("王\u200b先生")


def test_export_safe_replaces_what_cannot_be_written() -> None:
    assert export_safe("a\x00b\u202ec\ud800\nd\te") == "a\ufffdbc\ufffd\nd\te"
    assert export_safe("王先生") == "王先生"


def _xlsx_round_trip(value: str) -> object:
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet["A1"] = value   # raises IllegalCharacterError on control characters
    buffer = io.BytesIO()
    book.save(buffer)
    read = load_workbook(io.BytesIO(buffer.getvalue())).active
    assert isinstance(read, Worksheet)
    return read["A1"].value


@settings(max_examples=300, deadline=None)
@given(TEXT, st.booleans())
def test_accepted_text_is_safe_everywhere(value: str, multiline: bool) -> None:
    cleaned, problems = _check(value, multiline=multiline)
    if problems:
        return
    assert forbidden_char(cleaned, multiline=multiline) is None
    assert not any(ch in BIDI_CONTROLS for ch in cleaned)
    assert not (0xD800 <= min((ord(c) for c in cleaned), default=0x41) <= 0xDFFF)
    assert cleaned.encode("utf-8").decode("utf-8") == cleaned
    assert ILLEGAL_CHARACTERS_RE.search(cleaned) is None
    assert cleaned == cleaned.strip()
    if not multiline:
        assert "\n" not in cleaned and "\r" not in cleaned and "\t" not in cleaned
    assert cleaned == "" or not all(ch in ZERO_WIDTH or ch.isspace() for ch in cleaned)


@settings(max_examples=40, deadline=None)
@given(TEXT)
def test_accepted_text_round_trips_through_an_xlsx_cell(value: str) -> None:
    cleaned, problems = _check(value, multiline=True)
    if problems or not cleaned:
        return
    assert _xlsx_round_trip(cleaned) == cleaned


@given(TEXT, st.booleans())
def test_cleaning_is_idempotent(value: str, multiline: bool) -> None:
    once = clean_text(value, multiline=multiline)
    assert clean_text(once, multiline=multiline) == once
    assert text_problem(once, multiline=multiline) == text_problem(
        clean_text(once, multiline=multiline), multiline=multiline)


@given(TEXT)
def test_export_safe_output_is_always_writable(value: str) -> None:
    safe = export_safe(value)
    assert export_safe(safe) == safe
    assert ILLEGAL_CHARACTERS_RE.search(safe) is None
    safe.encode("utf-8")
    assert forbidden_char(safe, multiline=True) is None


def test_the_quick_screen_finds_exactly_what_the_rule_may_refuse() -> None:
    """`forbidden_char` first looks for any suspect character with one regular expression
    and walks the text only when one is there: that set is, code point by code point, what
    the walk refuses in one mode or the other."""
    from reception_desk.domain.text import _SUSPECT, _ZERO_WIDTH, _first_forbidden

    every = "".join(map(chr, range(0x110000)))
    # A single-line field refuses all a multi-line one does, and LF and TAB too.
    refused = {ch for ch in every if _first_forbidden(ch, multiline=False) is not None}
    assert set(_SUSPECT.findall(every)) == refused
    assert set(_ZERO_WIDTH.findall(every)) == ZERO_WIDTH
    assert {"\n", "\t", "\ud800", "\U0010ffff", "\u202e"} <= refused


@given(TEXT, st.booleans())
def test_the_quick_screen_gives_the_walks_answer(value: str, multiline: bool) -> None:
    from reception_desk.domain.text import _first_forbidden

    assert forbidden_char(value, multiline=multiline) == _first_forbidden(
        value, multiline=multiline)

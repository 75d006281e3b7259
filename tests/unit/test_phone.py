"""Phone numbers: the normal form used to recognise a returning customer, and the mask."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_desk.domain.phone import is_mobile, mask_phone, normalise_phone


@pytest.mark.parametrize(
    "typed",
    [
        "13812345678",
        " 138 1234 5678 ",
        "138-1234-5678",
        "138.1234.5678",
        "(138) 1234 5678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "0086 138 1234 5678",
        "86 138 1234 5678",
        "１３８ １２３４ ５６７８",
        "＋８６ １３８１２３４５６７８",
    ],
)
def test_every_way_of_typing_one_mobile_gives_one_number(typed: str) -> None:
    assert normalise_phone(typed) == "13812345678"


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("010-12345678", "01012345678"),
        ("(010)12345678", "01012345678"),
        ("（010）12345678", "01012345678"),
        ("0755-1234567", "07551234567"),
        ("0755 8888 6666", "075588886666"),
        ("021 5555 6666", "02155556666"),
    ],
)
def test_landlines_keep_their_area_code(typed: str, normal: str) -> None:
    assert normalise_phone(typed) == normal


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "1381234567",
        "138123456789",
        "11812345678",
        "12345678",
        "010-123456",
        "0000000000",
        "00-12345678",
        "+1 415 555 0100",
        "138l2345678",
        "١٣٨١٢٣٤٥٦٧٨",  # Arabic-Indic digits are not what the desk can dial
        "+86",
    ],
)
def test_numbers_that_cannot_be_dialled_are_refused(typed: str) -> None:
    assert normalise_phone(typed) is None


def test_mobile_versus_landline() -> None:
    assert is_mobile("13812345678")
    assert not is_mobile("01012345678")


@pytest.mark.parametrize(
    ("normal", "shown"),
    [
        ("13812345678", "138****5678"),
        ("01012345678", "010****5678"),
        ("075512345678", "075*****5678"),
        ("123", "123"),
        ("", ""),
    ],
)
def test_mask_hides_the_middle_but_keeps_the_ends(normal: str, shown: str) -> None:
    assert mask_phone(normal) == shown


def test_mask_never_shows_the_middle_digits_of_a_mobile() -> None:
    masked = mask_phone("13899990000")
    assert "9999" not in masked and masked.startswith("138") and masked.endswith("0000")


# -- properties -----------------------------------------------------------------

mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
landlines = st.from_regex(r"0[1-9][0-9]{1,2}[1-9][0-9]{6,7}", fullmatch=True)
prefixes = st.sampled_from(["", "+86", "0086", "86", "+86 ", "0086-"])
# Pieces people type and prefixes the rules strip, so that odd combinations
# ("0086" before a landline, prefixes twice) come up often.
phone_like = st.lists(
    st.sampled_from(["+86", "0086", "86", "0", "10", "1234567", "12345678", "1381234",
                     " ", "-", "８"]),
    max_size=5,
).map("".join)


@given(phone_like)
def test_normalising_a_normal_form_changes_nothing(raw: str) -> None:
    normal = normalise_phone(raw)
    if normal is not None:
        assert normalise_phone(normal) == normal


@given(st.one_of(st.tuples(prefixes, mobiles), st.tuples(st.just(""), landlines)),
       st.data())
def test_spaces_and_dashes_anywhere_do_not_change_the_number(
    number: tuple[str, str], data: st.DataObject
) -> None:
    prefix, digits = number
    typed = prefix + digits
    expected = normalise_phone(typed)
    assert expected == digits
    # Insert separators at arbitrary positions, as a receptionist might type them.
    positions = data.draw(st.lists(st.integers(0, len(typed)), max_size=6))
    separators = data.draw(
        st.lists(st.sampled_from([" ", "-", "  ", " - "]), min_size=len(positions),
                 max_size=len(positions))
    )
    spaced = typed
    for position, separator in sorted(zip(positions, separators, strict=True), reverse=True):
        spaced = spaced[:position] + separator + spaced[position:]
    assert normalise_phone(spaced) == expected


@given(mobiles)
def test_a_masked_mobile_keeps_its_length_and_ends(number: str) -> None:
    masked = mask_phone(number)
    assert len(masked) == len(number)
    assert masked[:3] == number[:3] and masked[-4:] == number[-4:]
    assert masked[3:7] == "****"


# -- phonenumbers-based forms and "any part" search -------------------------------------

from reception_desk.domain.phone import phone_matches  # noqa: E402


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("13812345678", "13812345678"),            # mobile
        ("010 8888 6666", "01088886666"),           # Beijing landline, spaces
        ("0571-8888-6666", "057188886666"),         # Hangzhou landline, dashes
        ("(0755) 8888-6666", "075588886666"),       # brackets
        ("+86 10 8888 6666", "01088886666"),        # +86 before a landline, no trunk 0
        ("+86 (0)10 8888 6666", "01088886666"),
        ("0086-755-8888-6666", "075588886666"),     # 0086
        ("+86 139-0000-1111", "13900001111"),       # +86 mobile
        ("０５７１－８８８８６６６６", "057188886666"),  # full-width digits and dash
    ],
)
def test_phonenumbers_forms_give_the_stored_normal_form(typed: str, normal: str) -> None:
    assert normalise_phone(typed) == normal


@pytest.mark.parametrize("typed", ["1381234567", "+44 20 7946 0958", "138 1234 567a"])
def test_a_short_mobile_is_not_read_as_a_landline_and_foreign_numbers_are_refused(
        typed: str) -> None:
    assert normalise_phone(typed) is None


@pytest.mark.parametrize(
    ("query", "found"),
    [("5678", True), ("1234", True), ("138 1234", True), ("+86 138 1234 5678", True),
     ("13812345679", False), ("56", False), ("zhang", False), ("９９９", False)],
)
def test_search_finds_a_number_by_any_part(query: str, found: bool) -> None:
    assert phone_matches(query, "13812345678") is found


def test_search_never_matches_a_customer_without_a_number() -> None:
    assert not phone_matches("138", "")


@given(mobiles, st.integers(0, 8), st.integers(3, 11))
def test_every_piece_of_a_number_finds_it(number: str, start: int, length: int) -> None:
    piece = number[start:start + length]
    if len(piece) >= 3:
        assert phone_matches(piece, number)

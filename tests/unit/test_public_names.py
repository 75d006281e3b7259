"""The name a public screen shows: surname and honorific, never the full name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_desk.domain.party import MAX_SURNAME, Honorific
from reception_desk.domain.public_names import PublicName, public_name


@pytest.mark.parametrize(("name", "honorific", "expected"), [
    ("张伟", Honorific.MR, PublicName("张", Honorific.MR)),
    ("李娜", Honorific.MS, PublicName("李", Honorific.MS)),
    ("王建国", None, PublicName("王", None)),
    ("王", Honorific.MR, PublicName("王", Honorific.MR)),
    ("欧阳娜娜", Honorific.MS, PublicName("欧阳", Honorific.MS)),
    ("司马光", None, PublicName("司马", None)),
    ("欧阳", Honorific.MR, PublicName("欧阳", Honorific.MR)),
    ("王先生", None, PublicName("王", Honorific.MR)),
    ("李女士", None, PublicName("李", Honorific.MS)),
    ("陈小姐", None, PublicName("陈", Honorific.MS)),
    ("  赵  六  ", None, PublicName("赵", None)),
    ("买买提·艾力", Honorific.MR, PublicName("买", Honorific.MR)),
    ("John Smith", Honorific.MR, PublicName("Smith", Honorific.MR)),
    ("Mrs Jane Doe", None, PublicName("Doe", Honorific.MS)),
    ("José García", None, PublicName("García", None)),
    ("张伟 13800138000", Honorific.MR, PublicName("张", Honorific.MR)),
    ("Room 101", None, PublicName("Room", None)),
    ("13800138000", None, PublicName("", None)),
    ("", Honorific.MS, PublicName("", Honorific.MS)),
])
def test_reduction(name: str, honorific: Honorific | None, expected: PublicName) -> None:
    assert public_name(name, honorific) == expected


def test_the_given_honorific_wins_over_a_typed_one() -> None:
    assert public_name("王先生", Honorific.MS) == PublicName("王", Honorific.MS)


def test_a_long_latin_surname_is_cut() -> None:
    assert public_name("Anna Wolfeschlegelsteinhausen").surname == "Wolfesch"


@given(st.text(max_size=40), st.sampled_from([None, Honorific.MR, Honorific.MS]))
def test_never_more_than_a_short_surname_and_never_a_digit(
        name: str, honorific: Honorific | None) -> None:
    reduced = public_name(name, honorific)
    assert len(reduced.surname) <= MAX_SURNAME
    assert not any(c.isdigit() for c in reduced.surname)
    # A Chinese name of two or more characters never comes out whole (a compound
    # surname alone is already just a surname).
    if len(name.strip()) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in name.strip()):
        assert reduced.surname != name.strip()

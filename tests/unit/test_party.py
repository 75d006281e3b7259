"""The entry form's rules: what the receptionist may type for a party, field by field."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_desk.domain.errors import ValidationError
from reception_desk.domain.party import (
    MAX_PARTY_SIZE,
    MAX_SURNAME,
    MAX_TEXT,
    Honorific,
    PartyDraft,
    VisitKind,
    display_name,
    validate_party,
)
from reception_desk.domain.site_settings import DEFAULT_CHANNELS
from reception_desk.domain.text import acceptable

CHANNELS = list(DEFAULT_CHANNELS)


def draft(**changes: Any) -> PartyDraft:
    base = PartyDraft(
        surname="王",
        honorific=Honorific.MR,
        size=2,
        kind=VisitKind.WALK_IN,
        channel="网络",
    )
    return replace(base, **changes)


def problems_of(d: PartyDraft, channels: list[str] = CHANNELS) -> dict[str, str]:
    """Field name -> message text of every problem the form would show."""
    with pytest.raises(ValidationError) as info:
        validate_party(d, channels)
    return {p.field: p.text() for p in info.value.problems}


def test_a_plain_walk_in_is_accepted_and_cleaned() -> None:
    clean = validate_party(
        draft(surname=" 王 ", channel=" 网络 ", description=" 两位，一男一女 ", note=" 看三房 "),
        CHANNELS,
    )
    assert clean.surname == "王"
    assert clean.channel == "网络"
    assert clean.description == "两位，一男一女"
    assert clean.note == "看三房"


# -- surname ------------------------------------------------------------------


@pytest.mark.parametrize("surname", ["", "   "])
def test_surname_is_required(surname: str) -> None:
    assert "surname" in problems_of(draft(surname=surname))["surname"]


def test_surname_at_the_limit_is_accepted_one_more_is_refused() -> None:
    assert validate_party(draft(surname="欧" * MAX_SURNAME), CHANNELS).surname == "欧" * 8
    message = problems_of(draft(surname="欧" * (MAX_SURNAME + 1)))["surname"]
    assert "too long" in message and str(MAX_SURNAME) in message


@pytest.mark.parametrize("surname", ["王1", "3", "张２"])
def test_surname_with_digits_is_refused(surname: str) -> None:
    assert "digits" in problems_of(draft(surname=surname))["surname"]


def test_compound_surname_is_fine() -> None:
    assert validate_party(draft(surname="欧阳"), CHANNELS).surname == "欧阳"


# -- size -----------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, -1, MAX_PARTY_SIZE + 1])
def test_size_outside_1_to_50_is_refused(size: int) -> None:
    message = problems_of(draft(size=size))["size"]
    assert "between 1 and 50" in message


@pytest.mark.parametrize("size", [1, MAX_PARTY_SIZE])
def test_size_bounds_are_accepted(size: int) -> None:
    assert validate_party(draft(size=size), CHANNELS).size == size


# -- channel --------------------------------------------------------------------


@pytest.mark.parametrize("channel", ["", "  "])
def test_channel_is_required(channel: str) -> None:
    assert "heard of the project" in problems_of(draft(channel=channel))["channel"]


def test_channel_must_come_from_the_site_list() -> None:
    message = problems_of(draft(channel="电视"))["channel"]
    assert "电视" in message and "not in the channel list" in message


def test_site_specific_channel_is_accepted() -> None:
    assert validate_party(draft(channel="电视"), ["电视", "网络"]).channel == "电视"


# -- phone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("0086 138 1234 5678", "13812345678"),
        ("86 13812345678", "13812345678"),
        ("010-12345678", "01012345678"),
        ("(010) 1234 5678", "01012345678"),
        ("0755-1234567", "07551234567"),
        ("0755-12345678", "075512345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("", ""),
    ],
)
def test_valid_phone_forms_are_stored_as_digits(typed: str, stored: str) -> None:
    assert validate_party(draft(phone=typed), CHANNELS).phone == stored


@pytest.mark.parametrize(
    "typed",
    [
        "1381234567",  # 10 digits
        "138123456789",  # 12 digits
        "12812345678",  # no mobile starts 12
        "23812345678",
        "138-1234-567a",
        "1234567",  # local number without area code
        "010-123456",  # local part too short
        "0000000000",  # no area code starts 00
        "008612345678",  # country prefix then a landline local number
        "+86",
        "电话",
    ],
)
def test_invalid_phones_are_refused_with_an_example(typed: str) -> None:
    message = problems_of(draft(phone=typed))["phone"]
    assert "138 1234 5678" in message and "010-12345678" in message


# -- plate ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("京A12345", "京A12345"),
        ("京a12345", "京A12345"),
        ("沪A 12345", "沪A12345"),
        ("粤B·D12345", "粤BD12345"),
        ("粤BD12345", "粤BD12345"),
        ("粤B 12345D", "粤B12345D"),
        ("京A1234学", "京A1234学"),
        ("", ""),
    ],
)
def test_valid_plates_are_stored_in_one_form(typed: str, stored: str) -> None:
    assert validate_party(draft(plate=typed), CHANNELS).plate == stored


@pytest.mark.parametrize(
    "typed",
    [
        "A12345",  # no province
        "京12345",  # no letter after the province
        "京I12345",  # I and O are never used
        "京O12345",
        "京A1234",  # one character short
        "京A123",
        "京AD123456",  # seven after the letter
        "粤BD1234567",
        "京A12345学学",
        "京A-12345",
    ],
)
def test_invalid_plates_are_refused(typed: str) -> None:
    assert "京A12345" in problems_of(draft(plate=typed))["plate"]


# -- free text ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["description", "note"])
def test_free_text_at_the_limit_is_accepted_one_more_is_refused(name: str) -> None:
    assert getattr(validate_party(draft(**{name: "好" * MAX_TEXT}), CHANNELS), name)
    message = problems_of(draft(**{name: "好" * (MAX_TEXT + 1)}))[name]
    assert str(MAX_TEXT) in message


def test_consultant_name_longer_than_the_store_keeps_is_refused() -> None:
    assert validate_party(draft(consultant="李" * 40), CHANNELS).consultant == "李" * 40
    assert "consultant" in problems_of(draft(consultant="李" * 41))


# -- all problems at once -----------------------------------------------------


def test_every_wrong_field_is_reported_in_one_go() -> None:
    bad = draft(
        surname="",
        size=0,
        channel="电视",
        phone="123",
        plate="A1",
        description="x" * 201,
        note="y" * 201,
    )
    with pytest.raises(ValidationError) as info:
        validate_party(bad, CHANNELS)
    error = info.value
    fields = [p.field for p in error.problems]
    assert fields == ["surname", "size", "channel", "phone", "plate", "description", "note"]
    # The form asks the error for each field it shows.
    assert error.for_field("phone") is not None
    assert error.for_field("honorific") is None
    # The error's own text is the first problem, readable without the form.
    assert str(error) == error.problems[0].text()


def test_display_name_is_what_the_posts_say() -> None:
    assert display_name("王", Honorific.MR) == "王先生"
    assert display_name("李", "ms") == "李女士"


# -- properties -----------------------------------------------------------------

surnames = st.text(
    alphabet=st.sampled_from("王李张刘陈杨黄赵周吴欧阳司马诸葛"), min_size=1, max_size=MAX_SURNAME
)
mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
phone_forms = st.one_of(
    st.just(""),
    mobiles,
    mobiles.map(lambda m: f"{m[:3]} {m[3:7]} {m[7:]}"),
    mobiles.map(lambda m: f"+86 {m}"),
    st.from_regex(r"0[1-9][0-9]{1,2}-[2-8][0-9]{6,7}", fullmatch=True),
)
plates = st.one_of(
    st.just(""),
    st.from_regex(r"[京沪粤川][A-HJ-NP-Z][0-9]{5}", fullmatch=True),
    st.from_regex(r"[京沪粤川][A-HJ-NP-Z]·[DF][0-9]{5}", fullmatch=True),
)
# Free text the text rule accepts (its own refusals are tested in test_text_rule.py).
texts = st.text(st.characters(exclude_categories=("Cc", "Cs", "Cf")), max_size=MAX_TEXT
                ).filter(lambda t: acceptable(t, MAX_TEXT))


@given(
    surname=surnames,
    honorific=st.sampled_from(Honorific),
    size=st.integers(1, MAX_PARTY_SIZE),
    kind=st.sampled_from(VisitKind),
    channel=st.sampled_from(CHANNELS),
    phone=phone_forms,
    plate=plates,
    description=texts,
    note=texts,
)
def test_a_valid_draft_validates_to_itself_the_second_time(
    surname: str,
    honorific: Honorific,
    size: int,
    kind: VisitKind,
    channel: str,
    phone: str,
    plate: str,
    description: str,
    note: str,
) -> None:
    d = PartyDraft(surname, honorific, size, kind, channel, phone, plate, description, note)
    once = validate_party(d, CHANNELS)
    assert validate_party(once, CHANNELS) == once


@pytest.mark.parametrize(("field", "value"), [
    ("surname", "王\x00"), ("surname", "\ud800"), ("surname", "王\n李"),
    ("surname", "\u202e王"), ("surname", "\u200b"), ("description", "高个子\x1b"),
    ("note", "\u2066备注"), ("plate", "京A\x0012345"), ("phone", "138\u200e12345678"),
    ("consultant", "陈静\u200f"),
])
def test_bad_characters_are_refused_at_their_field(field: str, value: str) -> None:
    values: dict[str, Any] = {"surname": "王", "honorific": Honorific.MR, "size": 2,
              "kind": VisitKind.WALK_IN, "channel": CHANNELS[0], field: value}
    with pytest.raises(ValidationError) as info:
        validate_party(PartyDraft(**values), CHANNELS)
    assert [p.field for p in info.value.problems] == [field]
    str(info.value).encode("utf-8", "surrogatepass")


def test_whitespace_and_a_trailing_newline_are_cleaned() -> None:
    draft = PartyDraft(surname=" 王\n", honorific=Honorific.MR, size=2,
                       kind=VisitKind.WALK_IN, channel=CHANNELS[0], note="  靠窗\r\n")
    clean = validate_party(draft, CHANNELS)
    assert (clean.surname, clean.note) == ("王", "靠窗")

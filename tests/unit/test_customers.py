"""Customer rules: pinyin of names, search matching and ownership windows at their boundaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception_desk.domain.customer_records import OwnerSource
from reception_desk.domain.customers import (
    OwnershipClaim,
    current_owner,
    matches,
    name_initials,
    name_pinyin,
    owner_until,
)
from reception_desk.domain.site_settings import SiteSettings

T0 = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
SETTINGS = SiteSettings()  # calls own 7 days, visits 15


@dataclass
class Person:
    name: str
    phone: str = ""
    phone2: str = ""
    plate: str = ""


@pytest.mark.parametrize(
    ("name", "initials", "pinyin"),
    [("张伟", "zw", "zhangwei"), ("欧阳娜娜", "oynn", "ouyangnana"), ("Tom Li", "tl", "tomli"),
     ("张Tom", "zt", "zhangtom"), ("李 小明", "lxm", "lixiaoming"), ("", "", "")],
)
def test_pinyin_of_chinese_latin_and_mixed_names(name: str, initials: str, pinyin: str) -> None:
    assert name_initials(name) == initials
    assert name_pinyin(name) == pinyin


ZHANG = Person("张伟", "13812345678", "01088886666", "京A12345")


@pytest.mark.parametrize("query", [
    "zw", "ZW", "z", "zhangwei", "zhangw", "张", "张伟",  # name and pinyin
    "5678", "138 1234", "+86 138 1234 5678", "8888", "010-8888-6666",  # either phone
    "京A123", "a12345",  # plate, case ignored
])
def test_search_finds_zhang_wei(query: str) -> None:
    assert matches(query, ZHANG)


@pytest.mark.parametrize("query", ["wz", "li", "王", "99999", "沪B", "", "  "])
def test_search_does_not_find_zhang_wei(query: str) -> None:
    assert not matches(query, ZHANG)


def test_typing_zw_finds_every_zw_and_only_them() -> None:
    people = [Person("张伟"), Person("赵文"), Person("王芳"), Person("周婉婷")]
    assert [p.name for p in people if matches("zw", p)] == ["张伟", "赵文", "周婉婷"]


# -- ownership -------------------------------------------------------------------------

def call(consultant: int, at: datetime) -> OwnershipClaim:
    return OwnershipClaim(consultant, OwnerSource.CALL, at)


def visit(consultant: int, at: datetime) -> OwnershipClaim:
    return OwnershipClaim(consultant, OwnerSource.VISIT, at)


def test_windows_come_from_the_settings() -> None:
    assert owner_until(OwnerSource.CALL, T0, SETTINGS) == T0 + timedelta(days=7)
    assert owner_until(OwnerSource.VISIT, T0, SETTINGS) == T0 + timedelta(days=15)
    short = SiteSettings(call_ownership_days=2, ownership_visit_days=3)
    assert owner_until(OwnerSource.CALL, T0, short) == T0 + timedelta(days=2)


@pytest.mark.parametrize(("claim", "days"), [(call, 7), (visit, 15)])
def test_an_ownership_holds_to_its_exact_end_and_not_one_second_more(
        claim: object, days: int) -> None:
    claims = [claim(1, T0)]  # type: ignore[operator]
    end = T0 + timedelta(days=days)
    owner = current_owner(claims, end, SETTINGS)
    assert owner is not None and owner.owner_id == 1 and owner.until == end
    assert current_owner(claims, end + timedelta(seconds=1), SETTINGS) is None  # open pool
    assert current_owner(claims, T0 - timedelta(seconds=1), SETTINGS) is None  # not yet


def test_first_come_another_consultants_call_does_not_take_over() -> None:
    claims = [call(1, T0), call(2, T0 + timedelta(days=3))]
    owner = current_owner(claims, T0 + timedelta(days=5), SETTINGS)
    assert owner is not None and owner.owner_id == 1
    # ... and the rival's call does not extend anything: after day 7 the pool is open.
    assert current_owner(claims, T0 + timedelta(days=7, seconds=1), SETTINGS) is None


def test_the_owners_own_call_or_visit_extends_it() -> None:
    claims = [call(1, T0), visit(1, T0 + timedelta(days=6))]
    owner = current_owner(claims, T0 + timedelta(days=20), SETTINGS)
    assert owner is not None and owner.owner_id == 1 and owner.source is OwnerSource.VISIT
    assert owner.since == T0 and owner.until == T0 + timedelta(days=21)
    # A later short call does not shorten the visit's window.
    claims.append(call(1, T0 + timedelta(days=7)))
    assert current_owner(claims, T0 + timedelta(days=21), SETTINGS) is not None


def test_after_expiry_the_next_consultant_gets_the_customer() -> None:
    claims = [call(1, T0), call(2, T0 + timedelta(days=7, seconds=1))]
    owner = current_owner(claims, T0 + timedelta(days=8), SETTINGS)
    assert owner is not None and owner.owner_id == 2
    # A call at the very last instant of the window is still the owner's time.
    claims = [call(1, T0), call(2, T0 + timedelta(days=7))]
    owner = current_owner(claims, T0 + timedelta(days=7), SETTINGS)
    assert owner is not None and owner.owner_id == 1


claim_lists = st.lists(
    st.builds(OwnershipClaim, st.integers(1, 3), st.sampled_from(list(OwnerSource)),
              st.integers(0, 60 * 24 * 40).map(lambda m: T0 + timedelta(minutes=m))),
    max_size=8)


@given(claim_lists, st.integers(0, 60 * 24 * 60))
def test_the_owner_always_made_a_claim_within_the_window(claims: list[OwnershipClaim],
                                                          minutes: int) -> None:
    now = T0 + timedelta(minutes=minutes)
    owner = current_owner(claims, now, SETTINGS)
    if owner is None:
        return
    assert owner.since <= now <= owner.until
    assert any(c.consultant_id == owner.owner_id and c.at <= now
               and owner_until(c.source, c.at, SETTINGS) >= now for c in claims)


@given(claim_lists)
def test_the_order_claims_are_listed_in_does_not_matter(claims: list[OwnershipClaim]) -> None:
    now = T0 + timedelta(days=20)
    assert current_owner(claims, now, SETTINGS) == current_owner(claims[::-1], now, SETTINGS)


def test_stored_initials_and_pinyin_spare_spelling_the_name_out(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reception_desk.domain import customers

    def no_pypinyin(name: str) -> list[str]:
        raise AssertionError("the name was spelled out again")

    monkeypatch.setattr(customers, "_syllables", no_pypinyin)
    for query in ("zw", "ZW", "z", "zhangw", "wei", "5678", "张"):
        assert matches(query, ZHANG, initials="zw", pinyin="zhangwei"), query
    for query in ("wz", "li", "zz"):
        assert not matches(query, ZHANG, initials="zw", pinyin="zhangwei"), query

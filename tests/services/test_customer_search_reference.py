"""The customer search on SQLite and PostgreSQL answers as a plain reference does: every
live customer compared with `domain.customers.matches` (the name spelled out again),
newest first, the first `limit`, each record whole. It reads the customers once and
their calls and visits in one statement, and keeps reading while too few rows matched."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reception_desk.domain.call_form import CallForm
from reception_desk.domain.customer_records import CustomerRecord
from reception_desk.domain.customers import SearchTerms, matches
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.store import customers_repo
from reception_desk.store.models_customers import Customer
from tests.conftest import TEST_ACTOR, FakeClock
from tests.services.hotline_helpers import add_consultant
from tests.sql_watch import statements

#: Names sharing pinyin initials (zw: 张伟 赵文 周婉婷 张文), others, a Latin name, one
#: with a LIKE wildcard in it.
NAMES = ("张伟", "赵文", "王芳", "周婉婷", "张文", "王伟", "李娜", "Tom Li", "刘_军", "王小明")
QUERIES = ("zw", "z", "ZW", "zhang", "wangw", "w", "张", "王", "王芳", "tom", "Tom Li",
           "5678", "138", "1380000", "13800000003", "+86 138 0000 0003", "京A", "a123",
           "沪b", "_", "%", "没有这个人", "zzz")


def _reference(services: Services, query: str, limit: int) -> list[int]:
    with services.db.read() as session:
        live = session.scalars(select(Customer).where(Customer.merged_into_id.is_(None)))
        found = sorted((c for c in live if matches(query, c)),
                       key=lambda c: (c.updated_at, c.id), reverse=True)
        return [c.id for c in found[:limit]]


def _whole(services: Services, found: list[CustomerRecord]) -> list[CustomerRecord]:
    return [services.customers.get(c.id, history=False) for c in found]


def _customers(services: Services, clock: FakeClock) -> None:
    chen = add_consultant(services, "陈静", "XS001")
    for n, name in enumerate(NAMES):
        services.calls.log_call(CallForm(
            phone=f"1380000{n:04d}", caller_name=name, honorific=Honorific.MR,
            consultant_id=chen if n % 3 == 0 else None))
        clock.advance(minutes=7)
    for n, (surname, plate) in enumerate((("王", "京A12345"), ("赵", "沪B12388"),
                                          ("张", "京A99999"))):
        services.arrivals.register(PartyDraft(
            surname, Honorific.MS, 2, VisitKind.WALK_IN, "网络",
            phone=f"1391111{n:04d}", plate=plate))
        clock.advance(minutes=3)
    # An early customer called again: newer than the ones after it.
    services.calls.log_call(CallForm(phone="13800000001", caller_name="赵文"))
    # Two records of one person: the one merged away is never listed.
    kept = services.customers.find_by_phone("13800000005")
    gone = services.customers.find_by_phone("13800000002")
    assert kept is not None and gone is not None
    services.customers.merge(TEST_ACTOR, kept.id, gone.id)


@pytest.mark.parametrize("limit", [50, 2])
def test_the_search_answers_as_the_reference_on_both_engines(
        any_services: Services, clock: FakeClock, limit: int) -> None:
    services = any_services
    _customers(services, clock)
    for query in QUERIES:
        found = services.customers.search(query, limit=limit)
        assert [c.id for c in found] == _reference(services, query, limit), query
        assert found == _whole(services, found), query
    assert len(services.customers.search("zw")) == 4  # 张伟 赵文 周婉婷 张文
    assert [c.name for c in services.customers.search("_")] == ["刘_军"]
    # A whole number typed with its country code finds its customer.
    assert [c.phone for c in services.customers.search("+86 138 0000 0003")] == [
        "13800000003"]


def test_the_search_keeps_reading_until_it_has_its_customers(
        any_services: Services, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    services = any_services
    given = "一二三四五六七八九十"
    for n in range(40):
        services.calls.log_call(CallForm(phone=f"1380000{n:04d}",
                                         caller_name=f"王{given[n // 10]}{given[n % 10]}"))
        clock.advance(minutes=1)
    # The domain turns down four customers in five: the first pages fall short, and the
    # search reads on, newest first, until it has as many as asked.
    kept = {f"1380000{n:04d}" for n in range(40) if n % 5 == 4}

    def picky(terms: SearchTerms, row: customers_repo.CustomerRow, **kwargs: str) -> bool:
        return row.phone in kept and matches(terms, row, **kwargs)

    monkeypatch.setattr(customers_repo, "matches", picky)
    found = services.customers.search("王", limit=5)
    assert [c.phone for c in found] == [f"1380000{n:04d}" for n in (39, 34, 29, 24, 19)]
    assert len(services.customers.search("wang", limit=50)) == 8


def test_a_search_reads_its_customers_once_and_their_claims_in_one_statement(
        any_services: Services, clock: FakeClock) -> None:
    services = any_services
    _customers(services, clock)
    services.customers.search("zw")  # the trigram index's presence is asked once
    with statements(services) as seen:
        found = services.customers.search("zw")
    assert len(found) == 4
    assert len([s for s in seen if "FROM customers" in s]) == 1
    assert len([s for s in seen if "FROM calls" in s or "FROM parties" in s]) == 1

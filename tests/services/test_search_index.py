"""The searches' trigram indexes (migration 0011) on SQLite and PostgreSQL: a party or
customer inserted, edited or deleted is found (or not) by its new texts at once, and
a search through the index answers as the scan does."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from reception_desk.domain.call_form import CallForm
from reception_desk.domain.party import Honorific, PartyDraft, VisitKind
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store import search_index
from reception_desk.store.demo_repo import DemoRepository
from tests.conftest import FakeClock
from tests.services.test_retention import admin


def _draft(surname: str, phone: str = "", plate: str = "") -> PartyDraft:
    return PartyDraft(surname, Honorific.MR, 2, VisitKind.WALK_IN, "网络", phone=phone,
                      plate=plate)


def _found(services: Services, query: str) -> list[int]:
    return [p.id for p in services.arrivals.search(query)]


def _customers(services: Services, query: str) -> list[str]:
    return [c.name for c in services.customers.search(query)]


def test_the_index_is_there(any_services: Services) -> None:
    with any_services.db.engine.connect() as conn:
        if any_services.db.is_sqlite:
            tables = set(inspect(conn).get_table_names())
            assert {"parties_search", "customers_search"} <= tables
            triggers = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
            assert {f"{t}_search_{s}" for t in ("parties", "customers")
                    for s in ("insert", "update", "delete")} <= triggers
        else:
            available = conn.execute(text(
                "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'"))
            if not available.scalar():
                pytest.skip("pg_trgm is not on this server: the searches scan")
            names = {ix["name"] for ix in inspect(conn).get_indexes("parties")}
            assert {"ix_parties_phone_trgm", "ix_parties_surname_trgm"} <= names


def test_a_party_is_found_by_its_texts_after_insert_edit_and_delete(
        any_services: Services) -> None:
    services = any_services
    party = services.arrivals.register(_draft("欧阳修", phone="13912345678",
                                              plate="粤B12345"))
    kept = services.arrivals.register(_draft("王", phone="13800001111"), demo=False)
    assert _found(services, "2345") == [party.id]        # phone digits and plate
    assert _found(services, "欧阳修") == [party.id]
    assert _found(services, "b12345") == [party.id]      # the plate, any case

    services.arrivals.edit(party.id, _draft("司马光", phone="13700009999",
                                            plate="京A99999"))
    assert _found(services, "欧阳修") == []
    assert _found(services, "12345") == []
    assert _found(services, "司马光") == [party.id]
    assert _found(services, "0009999") == [party.id]
    assert _found(services, "A999") == [party.id]
    # Another column's change (a stage) leaves the party found as it was.
    services.arrivals.advance(party.id)
    assert _found(services, "司马光") == [party.id]

    demo = services.arrivals.register(_draft("诸葛亮", phone="13600002222"), demo=True)
    assert _found(services, "诸葛亮") == [demo.id]
    with services.db.write() as session:
        DemoRepository(session).delete_demo_parties_and_consultants()
    assert _found(services, "诸葛亮") == []
    assert _found(services, "0002222") == []
    assert _found(services, "0001111") == [kept.id]


def test_a_customer_is_found_by_its_texts_after_insert_erase_and_delete(
        any_services: Services, clock: FakeClock) -> None:
    services = any_services
    call = services.calls.log_call(CallForm(phone="13912345678", caller_name="张伟"))
    assert _customers(services, "2345678") == ["张伟"]
    assert _customers(services, "zhangwei") == ["张伟"]    # the stored pinyin
    clock.advance(minutes=1)

    services.privacy.erase(admin(services), call.customer_id or 0)
    assert _customers(services, "2345678") == []
    assert _customers(services, "zhangwei") == []

    services.calls.log_call(CallForm(phone="13600002222", caller_name="诸葛亮"), demo=True)
    assert _customers(services, "0002222") == ["诸葛亮"]
    assert _customers(services, "zhuge") == ["诸葛亮"]
    with services.db.write() as session:
        DemoRepository(session).delete_demo_hotline()
    assert _customers(services, "0002222") == []
    assert _customers(services, "zhuge") == []


QUERIES = ("王", "王小", "王小明", "1380", "138", "13", "b12", "B12345", "%", "1_3",
           "ab\"c", "zhang", "zw", "xiao", "没有这个人")


@pytest.mark.parametrize("common", [search_index.COMMON, 2])
def test_the_index_answers_as_the_scan_does(services: Services, clock: FakeClock,
                                            common: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the index, or (2) through the scan for a text it names twice or more."""
    monkeypatch.setattr(search_index, "COMMON", common)
    names = ("王小明", "王小红", "张伟", "李晓", "欧阳", "王")
    for n, name in enumerate(names):
        services.arrivals.register(_draft(name, phone=f"138{n:04d}1{n}3{n}",
                                          plate=f"粤B12{n}45"))
        services.calls.log_call(CallForm(phone=f"139{n:04d}8{n}8{n}", caller_name=name))
        clock.advance(minutes=1)
    engine = services.db.engine
    with_index = {q: (_found(services, q), _customers(services, q)) for q in QUERIES}
    assert search_index._present.get(engine) is True
    search_index._present[engine] = False
    try:
        scanned = {q: (_found(services, q), _customers(services, q)) for q in QUERIES}
    finally:
        search_index._present[engine] = True
    assert with_index == scanned
    assert with_index["王小明"][0] and with_index["1380"][0] and with_index["zhang"][1]


def test_rows_written_in_bulk_are_found_and_the_index_stays_whole(any_db_url: str) -> None:
    """The bulk writer (the demo's years) indexes a day's new rows at once on SQLite;
    a row it updates afterwards in the same batch is indexed by its trigger."""
    from datetime import UTC, datetime

    from reception_desk.store.bulk import Batch, Ids, write_batch

    db, _ = open_database(any_db_url)
    try:
        now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
        keep: dict[str, int] = {}

        def build(ids: Ids) -> Batch:
            batch = Batch()
            customer = keep["customer"] = ids.take("customers")
            batch.add("customers", {"id": customer, "name": "欧阳修", "phone": "13911112222",
                                    "name_initials": "oyx", "name_pinyin": "ouyangxiu",
                                    "created_at": now, "updated_at": now})
            party = keep["party"] = ids.take("parties")
            batch.add("parties", {"id": party, "arrived_at": now, "surname": "欧阳",
                                  "honorific": "mr", "size": 2, "kind": "walk_in",
                                  "channel": "网络", "phone": "13911112222", "plate": "",
                                  "stage": "arrived", "stage_at": now, "customer_id": customer,
                                  "created_at": now, "updated_at": now})
            batch.updates.setdefault("customers", []).append(
                {"id": customer, "phone2": "13633334444"})
            return batch

        write_batch(db, build)
        services = Services.open(db)
        assert [p.id for p in services.arrivals.search("1112222")] == [keep["party"]]
        assert [c.id for c in services.customers.search("ouyang")] == [keep["customer"]]
        assert [c.id for c in services.customers.search("3334444")] == [keep["customer"]]
        if db.is_sqlite:
            with db.engine.begin() as conn:
                for name in ("parties", "customers"):  # raises when the index is not whole
                    conn.exec_driver_sql(
                        f"INSERT INTO {name}_search({name}_search) VALUES ('integrity-check')")
                paused = conn.exec_driver_sql("SELECT count(*) FROM search_index_paused")
                assert paused.scalar() == 0
    finally:
        db.dispose()

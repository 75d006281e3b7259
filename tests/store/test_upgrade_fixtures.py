"""Every earlier schema version upgrades to the current one without losing data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.migrate import all_revisions, current_revision, head_revision
from tests.conftest import TEST_ACTOR

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_there_is_a_fixture_for_every_schema_version() -> None:
    present = {p.stem.removeprefix("schema_") for p in FIXTURES.glob("schema_*.sqlite")}
    missing = set(all_revisions()) - present
    assert not missing, f"run `python tests/store/make_fixture.py REV` for {sorted(missing)}"


@pytest.mark.parametrize("revision", all_revisions())
def test_fixture_upgrades_to_head_and_keeps_its_data(revision: str, tmp_path: Path,
                                                    clock) -> None:
    copy = tmp_path / f"schema_{revision}.sqlite"
    shutil.copy(FIXTURES / f"schema_{revision}.sqlite", copy)
    db, result = open_database(f"sqlite:///{copy}")
    try:
        assert current_revision(db) == head_revision()
        assert result is not None
        backups = list(tmp_path.glob("*.bak"))
        if revision == head_revision():
            assert not result.changed and not backups
        else:
            assert result.changed and result.before == revision
            assert len(backups) == 1, "a copy is taken before any migration runs"
            raw = sqlite3.connect(backups[0])
            assert raw.execute("SELECT count(*) FROM parties").fetchone()[0] == 3
            raw.close()
        services = Services.open(db, clock=clock)
        assert services.settings.current().site_name == "滨江售楼处"
        assert services.settings.current().wait_alert_minutes == 3
        found = services.arrivals.search("王")
        assert len(found) == 2
        first = services.arrivals.get(1)
        assert first.last_place == "VIP1" and first.departed_at is not None
        assert services.arrivals.get(3).returning
        seated = services.arrivals.get(2)
        assert seated.place == "VIP2"
        assert services.arrivals.occupied_places() == {"VIP2": 2}
        # Versions (0005): every older row starts at 1, so an open form can be checked.
        assert seated.version == 1
        assert first.version == (2 if revision >= "0005" else 1)
        # Consent (0006): recorded on the customer; older customers were not asked.
        if revision >= "0004":
            customer = services.customers.find_by_phone("13812345678")
            assert customer is not None and customer.anonymised_at is None
            assert customer.consent.value == ("yes" if revision >= "0006" else "")
        # The audit log's hash chain (0007): chained by the migration, intact at head.
        assert services.audit.verify().ok
        if revision >= "0007":
            (entry,) = services.audit.entries(TEST_ACTOR, action="export")
            assert entry.actor == "刘经理" and entry.target == "visits"
        if revision >= "0003":
            orders = services.bar.orders_of_party(2)
            assert [o.items_text for o in orders] == ["龙井×2"]
        # The windows' indexes (0008): the open table task is still on the bar board.
        if revision >= "0008":
            assert [t.place for t in services.bar.board().tasks] == ["VIP1"]
        # The bar history's indexes (0009): the open refill round is still on the board.
        if revision >= "0009":
            board = services.bar.board()
            assert [r.place for r in (*board.refills_due, *board.refills_later)] == ["VIP2"]
        # The searches' indexes (0010): the board and the customer search still find.
        if revision >= "0010":
            assert [p.id for p in services.arrivals.search("a0010")] == [3]
        if revision >= "0004":
            assert [c.phone for c in services.customers.search("5678")] == ["13812345678"]
        # The trigram indexes (0011): built from the rows there, kept in step since.
        assert [p.id for p in services.arrivals.search("2345678")] == [3, 1]
        if revision >= "0011":
            assert [p.id for p in services.arrivals.search("0110011")] == [2]
        with db.engine.connect() as conn:  # the bulk writer's pause (0012) is off
            assert conn.exec_driver_sql("SELECT count(*) FROM search_index_paused").scalar() == 0
        with db.engine.connect() as conn:
            names = {ix["name"] for table in ("table_tasks", "appointments", "drink_orders",
                                             "refill_checks", "stock_movements", "parties",
                                             "customers")
                     for ix in inspect(conn).get_indexes(table)}
        assert {"ix_table_tasks_done_at", "ix_appointments_call_id",
                "ix_drink_orders_status_served_at", "ix_refill_checks_done_at_due_at",
                "ix_stock_movements_item_at", "ix_parties_search",
                "ix_customers_search"} <= names
    finally:
        db.dispose()

"""The audit log is hash-chained: an edit or a deletion behind the app's back is found.

Runs on SQLite and PostgreSQL. The tampering is raw SQL on the database, as
someone holding the file (or a database login) could do it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from reception_desk.domain.roles import Actor, Role
from reception_desk.services.audit import AuditService, Output
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.audit_repo import AuditOutsideWriteError, AuditRepository
from reception_desk.store.database import Database
from reception_desk.store.migrate import _config
from tests.conftest import TEST_ACTOR, FakeClock

MANAGER = Actor("王经理", Role.MANAGER, account_id=None)


@pytest.fixture
def desk(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    db, _ = open_database(any_db_url)
    yield Services.open(db, clock=clock)
    db.dispose()


def _fill(services: Services, clock: FakeClock, n: int = 5) -> list[int]:
    ids = []
    for i in range(n):
        clock.advance(minutes=1)
        ids.append(services.audit.record_output(MANAGER, Output.EXPORT, "calls", i,
                                                masked=i % 2 == 0))
    return ids


def _raw(db: Database, sql: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(sa.text(sql), params)


def test_every_row_is_chained_and_verifies(desk: Services, clock: FakeClock) -> None:
    ids = _fill(desk, clock)
    report = desk.audit.verify()
    assert report.ok and report.rows == 5
    entries = desk.audit.entries(Actor.system("t"))
    assert [e.id for e in entries] == ids
    assert entries[0].detail == "0 rows, masked" and entries[1].detail == "1 rows, full"
    assert entries[1].action == "export" and entries[1].target == "calls"


def test_several_entries_in_one_transaction_chain_in_order(desk: Services,
                                                           clock: FakeClock) -> None:
    with desk.db.write() as session:
        repo = AuditRepository(session)
        for i in range(3):
            repo.add(clock(), TEST_ACTOR, "settings", "site", f"change {i}")
    _fill(desk, clock, 2)
    assert desk.audit.verify().ok


def test_an_edited_row_fails_the_check_at_that_row(desk: Services, clock: FakeClock) -> None:
    ids = _fill(desk, clock)
    _raw(desk.db, "UPDATE audit_log SET detail = :d WHERE id = :id", d="0 rows, full", id=ids[2])
    report = desk.audit.verify()
    assert not report.ok and report.broken is not None
    assert report.broken.row.id == ids[2]


def test_a_deleted_row_fails_the_check_at_the_next(desk: Services, clock: FakeClock) -> None:
    ids = _fill(desk, clock)
    _raw(desk.db, "DELETE FROM audit_log WHERE id = :id", id=ids[1])
    report = desk.audit.verify()
    assert report.broken is not None and report.broken.row.id == ids[2]


def test_a_row_inserted_behind_the_app_fails(desk: Services, clock: FakeClock) -> None:
    _fill(desk, clock, 2)
    _raw(desk.db, "INSERT INTO audit_log (at, actor, action, target, detail, hash) "
         "VALUES (:at, 'someone', 'export', 'calls', '', :h)",
         at=datetime(2026, 12, 1, tzinfo=UTC), h="0" * 64)
    report = desk.audit.verify()
    assert report.broken is not None and report.broken.row.actor == "someone"


def test_appends_after_a_break_do_not_hide_it(desk: Services, clock: FakeClock) -> None:
    ids = _fill(desk, clock, 3)
    _raw(desk.db, "UPDATE audit_log SET actor = 'x' WHERE id = :id", id=ids[0])
    _fill(desk, clock, 3)
    report = desk.audit.verify()
    assert report.broken is not None and report.broken.row.id == ids[0]


def test_the_app_only_appends(desk: Services) -> None:
    assert not any(hasattr(AuditRepository, name) for name in ("update", "delete", "remove"))
    assert not any(hasattr(AuditService, name) for name in ("update", "delete", "remove"))
    # An entry outside a write transaction could fork the chain: refused.
    with desk.db.read() as session, pytest.raises(AuditOutsideWriteError):
        AuditRepository(session).add(datetime.now(UTC), TEST_ACTOR, "export")


def test_the_migration_chains_the_rows_already_there(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = Database(url)
    config = _config()
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0006")
        conn.commit()
    with db.engine.begin() as conn:
        for minute in range(3):
            conn.execute(sa.text(
                "INSERT INTO audit_log (at, actor, account_id, action, target, detail) "
                f"VALUES ('2026-11-30 01:0{minute}:00', '刘经理', NULL, 'export', 'visits', "
                "'2026-11-30..2026-11-30, 3 rows, v.csv')"))
    db.dispose()
    db, result = open_database(url)
    try:
        assert result is not None and result.changed
        services = Services.open(db)
        report = services.audit.verify()
        assert report.ok and report.rows == 3
        services.audit.record(TEST_ACTOR, "settings", "site")
        assert services.audit.verify().ok
    finally:
        db.dispose()

"""Shared fixtures: headless Qt, an isolated home (settings, logs, data) and databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("RECEPTION_DESK_DB", None)

import pytest
from hypothesis import settings as hypothesis_settings

from reception_desk.domain.roles import Actor, Role
from reception_desk.services.context import Services
from reception_desk.startup import open_database
from reception_desk.store.database import Database

# CI runs the property tests on a fixed seed so a run is repeatable; locally
# they explore new examples each time.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

PG_BASE = os.environ.get("RECEPTION_DESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


#: Acts with every permission, as the command line does: for tests of features
#: whose permission checks are not the point (tests/services/test_accounts.py checks them).
TEST_ACTOR = Actor.system("pytest")


def manager_actor(name: str = "李经理") -> Actor:
    """A manager named `name` in logs, acting without an account (every permission)."""
    return Actor(name=name, role=Role.MANAGER, unrestricted=True)


class FakeClock:
    """A clock the test moves by hand; starts at 10:00 Beijing time."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 28, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Per-test user folders: QSettings, logs and the default database never leak."""
    home = tmp_path / "home"
    monkeypatch.setenv("RECEPTION_DESK_HOME", str(home))
    monkeypatch.delenv("RECEPTION_DESK_DB", raising=False)
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.db'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database, _ = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database, clock: FakeClock) -> Services:
    return Services.open(db, clock=clock)


def _pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test",
                             connect_timeout=2):
            return True
    except Exception:
        return False


PG_AVAILABLE = _pg_available()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL schema per test, dropped afterwards."""
    if not PG_AVAILABLE:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL on 127.0.0.1:5432 is not answering in CI")
        pytest.skip("PostgreSQL on 127.0.0.1:5432 is not answering")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test",
                         autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test",
                         autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run a store test on both SQLite (a file) and PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'any.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def any_services(any_db_url: str, clock: FakeClock) -> Iterator[Services]:
    """The services on SQLite, then on PostgreSQL (a test's write paths on both engines)."""
    database, _ = open_database(any_db_url)
    try:
        yield Services.open(database, clock=clock)
    finally:
        database.dispose()

"""The seated-place index the models declare is the one the migrations create, on
SQLite and PostgreSQL, though the models name its PostgreSQL option only once a
PostgreSQL database is in play (issue 14: no PostgreSQL dialect on a SQLite start)."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import Connection, text

from reception_desk.startup import open_database
from reception_desk.store.models import SEATED_PLACE


def index_sql(conn: Connection) -> str:
    if conn.dialect.name == "postgresql":
        query = ("SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_parties_seated_place'"
                 " AND schemaname = current_schema()")
    else:
        query = "SELECT sql FROM sqlite_master WHERE name = 'uq_parties_seated_place'"
    return str(conn.execute(text(query)).scalar_one())


def test_the_models_create_the_partial_index_the_migrations_create(any_db_url: str) -> None:
    db, _ = open_database(any_db_url)
    try:
        with db.engine.begin() as conn:
            migrated = index_sql(conn)
            conn.execute(text("DROP INDEX uq_parties_seated_place"))
            if conn.dialect.name == "postgresql":  # as in a process that ran no migration
                SEATED_PLACE.dialect_kwargs.pop("postgresql_where", None)
            SEATED_PLACE.create(conn)
            assert index_sql(conn) == migrated
        assert "WHERE" in migrated.upper()
    finally:
        db.dispose()


def test_the_models_load_no_postgresql_dialect() -> None:
    probe = ("import sys\n"
             "import reception_desk.store.models\n"
             "print('sqlalchemy.dialects.postgresql' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.split() == ["False"], done.stdout + done.stderr

"""Alembic environment: runs on the connection `store.migrate` hands over."""

from __future__ import annotations

from alembic import context

from reception_desk.store.models import Base, declare_dialect_options

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through reception_desk.store.migrate")
# The models as Alembic compares or renders them on this engine (postgresql_where).
declare_dialect_options(connection.dialect.name)

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

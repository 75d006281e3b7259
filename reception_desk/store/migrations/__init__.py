"""Alembic migrations; applied at start-up by `store.migrate`."""

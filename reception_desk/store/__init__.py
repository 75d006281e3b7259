"""Persistence: SQLAlchemy 2 models, the engine, repositories, migrations and the change feed.

No Qt here; a test enforces it.
"""

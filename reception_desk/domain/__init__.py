"""Pure-Python business rules and value objects.

Nothing here imports Qt, SQLAlchemy or does I/O; a test enforces it.
"""

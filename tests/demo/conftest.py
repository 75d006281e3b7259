"""Fixtures of the service tests: the demo database (one per test module)."""

from tests.services.demo_helpers import demo  # noqa: F401  (a pytest fixture)

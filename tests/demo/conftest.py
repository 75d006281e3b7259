"""Fixtures of the demo tests: the demo database (one per test module)."""

from tests.demo.demo_helpers import demo  # noqa: F401  (a pytest fixture)

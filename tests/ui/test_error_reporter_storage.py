"""A write that fails for a full disk or a read-only database is told in the app's words."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from reception_desk.app import make_qapp
from reception_desk.ui.errors import ErrorReporter


@pytest.fixture
def en_app(qapp):
    """The app in English, whatever an earlier test installed."""
    make_qapp("en")
    return qapp


@pytest.mark.parametrize(("driver_text", "words"), [
    ("database or disk is full", "disk is full"),
    ("attempt to write a readonly database", "read-only"),
])
def test_storage_failures_get_their_own_message(
        en_app, capsys: pytest.CaptureFixture[str], driver_text: str, words: str) -> None:
    reporter = ErrorReporter(interactive=False)
    error = OperationalError("INSERT INTO parties ...", {}, sqlite3.OperationalError(driver_text))
    reporter.handle(type(error), error, None)
    assert words in reporter.last_message
    assert "everything saved before is safe" in reporter.last_message
    assert "INSERT" not in reporter.last_message and "sqlite3" not in reporter.last_message
    assert reporter.last_message in capsys.readouterr().err


def test_other_errors_keep_the_general_message(en_app) -> None:
    reporter = ErrorReporter(interactive=False)
    reporter.handle(RuntimeError, RuntimeError("boom"), None)
    assert "Something went wrong: boom." in reporter.last_message

"""PIN rules, hashing (the PIN is never stored) and the lockout arithmetic."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reception_desk.domain.errors import ValidationError
from reception_desk.domain.pins import (
    after_wrong_pin,
    attempts_so_far,
    check_pin,
    hash_pin,
    is_locked,
    pin_problem,
    validate_pin,
)

NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize("pin", ["1234", "12345678", "000000", "correct horse", "密码是八个字符长"])
def test_accepted_pins_and_passwords(pin: str) -> None:
    assert pin_problem(pin) is None
    assert validate_pin(pin) == pin


@pytest.mark.parametrize("pin", ["", "   ", "123", "123456789", "abc", "pass 12", "１２３４"])
def test_refused_pins_name_the_field(pin: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_pin(pin, field="new_pin")
    assert caught.value.problems[0].field == "new_pin"


def test_hash_never_holds_the_pin_and_is_salted() -> None:
    first, second = hash_pin("482913"), hash_pin("482913")
    assert "482913" not in first and b"482913".hex() not in first
    assert first != second                         # a random salt each time
    assert first.startswith("scrypt$16384$8$1$")
    assert check_pin("482913", first) and check_pin("482913", second)
    assert not check_pin("482914", first)


@pytest.mark.parametrize("stored", ["", "plain", "scrypt$1$2", "md5$16384$8$1$00$00",
                                    "scrypt$x$8$1$00$00", "scrypt$16384$8$1$zz$00"])
def test_a_damaged_hash_never_matches(stored: str) -> None:
    assert not check_pin("1234", stored)


@settings(max_examples=8, deadline=None)
@given(pin=st.text(min_size=1, max_size=20), other=st.text(min_size=1, max_size=20))
def test_hash_round_trip(pin: str, other: str) -> None:
    stored = hash_pin(pin)
    assert check_pin(pin, stored)
    assert check_pin(other, stored) == (other == pin)


def test_the_fifth_wrong_pin_locks_for_the_lock_time() -> None:
    attempts = 0
    for tries_left in (4, 3, 2, 1):
        outcome = after_wrong_pin(attempts, 5, 5, NOW)
        assert (outcome.locked_until, outcome.tries_left) == (None, tries_left)
        attempts = outcome.failed_attempts
    locked = after_wrong_pin(attempts, 5, 5, NOW)
    assert locked.locked_until == NOW + timedelta(minutes=5) and locked.tries_left == 0


def test_the_lock_ends_exactly_at_its_time() -> None:
    until = NOW + timedelta(minutes=5)
    assert is_locked(until, until - timedelta(microseconds=1))
    assert not is_locked(until, until)
    assert not is_locked(None, NOW)
    # While locked the count stands; once the lock ends a new count starts.
    assert attempts_so_far(5, until, until - timedelta(seconds=1)) == 5
    assert attempts_so_far(5, until, until) == 0
    assert attempts_so_far(3, None, NOW) == 3


def test_a_single_attempt_setting_locks_at_once() -> None:
    assert after_wrong_pin(0, 1, 30, NOW).locked_until == NOW + timedelta(minutes=30)

"""PINs and passwords: what is accepted, how it is hashed, when an account locks.

A PIN is 4-8 digits; anything else must be a password of at least 8
characters. Only a salted scrypt hash is ever stored, in the form
"scrypt$n$r$p$salt_hex$hash_hex". The lockout arithmetic is pure: given the
wrong attempts so far, the settings and the time, it says what to store.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import FieldProblem, ValidationError
from .i18n import QT_TRANSLATE_NOOP

PIN_MIN, PIN_MAX = 4, 8
PASSWORD_MIN, PASSWORD_MAX = 8, 64
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
PREFIX = "scrypt"


def pin_problem(pin: str, field: str = "pin") -> FieldProblem | None:
    """Why `pin` is not acceptable as a new PIN or password, or None if it is."""
    if pin.isdigit() and pin.isascii():
        if PIN_MIN <= len(pin) <= PIN_MAX:
            return None
        return FieldProblem(field, QT_TRANSLATE_NOOP(
            "Messages", "A PIN has {low} to {high} digits."), {"low": PIN_MIN, "high": PIN_MAX})
    if not pin.strip():
        return FieldProblem(field, QT_TRANSLATE_NOOP("Messages", "Enter a PIN."))
    if len(pin) < PASSWORD_MIN:
        return FieldProblem(field, QT_TRANSLATE_NOOP(
            "Messages", "A password has at least {low} characters; a PIN only digits."),
            {"low": PASSWORD_MIN})
    if len(pin) > PASSWORD_MAX:
        return FieldProblem(field, QT_TRANSLATE_NOOP(
            "Messages", "At most {max} characters."), {"max": PASSWORD_MAX})
    return None


def validate_pin(pin: str, field: str = "pin") -> str:
    problem = pin_problem(pin, field)
    if problem is not None:
        raise ValidationError([problem])
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """A salted scrypt hash of the PIN, in the stored text form."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=HASH_BYTES)
    return f"{PREFIX}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches the stored hash (constant-time comparison)."""
    try:
        prefix, n, r, p, salt_hex, hash_hex = stored.split("$")
        if prefix != PREFIX:
            return False
        expected = bytes.fromhex(hash_hex)
        digest = hashlib.scrypt(pin.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=int(n),
                                r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


# -- lockout ---------------------------------------------------------------------------

@dataclass(frozen=True)
class AttemptOutcome:
    """What to store after one wrong PIN."""

    failed_attempts: int
    locked_until: datetime | None
    #: Tries left before the lock (0 once locked).
    tries_left: int


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    """Locked while now is before locked_until; at that instant the lock has ended."""
    return locked_until is not None and now < locked_until


def after_wrong_pin(failed_attempts: int, max_attempts: int, lock_minutes: int,
                    now: datetime) -> AttemptOutcome:
    """Count one more wrong PIN; the `max_attempts`-th locks for `lock_minutes`."""
    count = failed_attempts + 1
    if count >= max_attempts:
        return AttemptOutcome(count, now + timedelta(minutes=lock_minutes), 0)
    return AttemptOutcome(count, None, max_attempts - count)


def attempts_so_far(failed_attempts: int, locked_until: datetime | None,
                    now: datetime) -> int:
    """The wrong attempts that still count: a lock that has ended starts afresh."""
    if locked_until is not None and not is_locked(locked_until, now):
        return 0
    return failed_attempts
